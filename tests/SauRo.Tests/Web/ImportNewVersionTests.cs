using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SauRo.Data.Entities;
using SauRo.Features.Accounts;
using static SauRo.Tests.Web.ImportSteps;

namespace SauRo.Tests.Web;

/// <summary>Importing a plan the unit already has: a new version, shown and applied as a diff.</summary>
public abstract class ImportNewVersionTests(WebAppFixture app) : WebTest(app)
{
    private const string TanLap = "ke-hoach-xa-tan-lap-2026.md";
    private const string AnBinh = "ke-hoach-xa-an-binh-2026.md";

    private const string SmallPlan = """
        ỦY BAN NHÂN DÂN
        XÃ THỬ

        Số: 21/KH-UBND

        Thử, ngày 01 tháng 4 năm 2026

        KẾ HOẠCH

        Kế hoạch thử phiên bản năm 2026

        PHỤ LỤC: NHIỆM VỤ

        STT	Nội dung	Cơ quan chủ trì	Cơ quan phối hợp	Sản phẩm	Thời hạn	Căn cứ
        1	Việc thứ nhất	Phòng Văn hóa - Xã hội	Đoàn Thanh niên xã	Báo cáo	Quý II/2026	42/KH-UBND
        2	Việc thứ hai	Phòng Kinh tế	Đoàn Thanh niên xã	Bản đồ số	Tháng 9/2026	42/KH-UBND
        """;

    private async Task<(HttpClient Client, Unit Commune, List<Unit> Offices)> CommuneAsync()
    {
        var (_, commune, offices) = await App.NewCommuneAsync();
        return (await App.SignedInClientAsync(await App.NewUserAsync(Roles.StandingOfficer, commune.Id)), commune, offices);
    }

    private static async Task<HttpResponseMessage> ImportAsync(HttpClient client, int unitId, string text, Dictionary<string, string>? choices = null)
    {
        var id = await UploadOkAsync(client, unitId, Utf8(text));
        var response = await ConfirmAsync(client, id, ConfirmFields(await PreviewAsync(client, id), choices));
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        return response;
    }

    private Task<List<PlanTask>> TasksAsync(int unitId) => App.WithDbAsync(db => db.Tasks.Include(t => t.Units)
        .Where(t => t.Plan!.UnitId == unitId).OrderBy(t => t.Position).ToListAsync());

    [Fact]
    public async Task EditedPlan_PreviewListsExactlyTheChanges_AndConfirmAppliesThem()
    {
        var (client, commune, offices) = await CommuneAsync();
        var original = DemoText(TanLap);
        var first = await ImportAsync(client, commune.Id, original);
        var before = await TasksAsync(commune.Id);
        before.Count.ShouldBe(4);

        var edited = original
            .Replace("Phòng Văn hóa - Xã hội\tĐoàn Thanh niên xã, Hội Nông dân xã\tQuyết định thành lập\tTháng 6/2026",
                "Phòng Văn hóa - Xã hội\tĐoàn Thanh niên xã, Hội Nông dân xã\tQuyết định thành lập\tTháng 8/2026")
            .Replace("2\tNâng cấp đường truyền Internet cho nhà văn hóa các thôn\tPhòng Kinh tế\tCác thôn\tĐường truyền tốc độ cao\tQuý IV/2026\tQuý III/2026\t42/KH-UBND\n", string.Empty)
            .TrimEnd() + "\n3\tCập nhật hộ gia đình lên bản đồ số\tPhòng Kinh tế\tCông an xã\tBản đồ số\tQuý IV/2026\t\t42/KH-UBND\n";
        edited.ShouldNotBe(original);
        var id = await UploadOkAsync(client, commune.Id, Utf8(edited), "ke-hoach-tan-lap-sua.md");
        var html = await PreviewAsync(client, id);

        var planId = int.Parse(first.Headers.Location!.ToString()["/Plans/".Length..]);
        html.ShouldContain($"Kế hoạch này đã có: <a href=\"/Plans/{planId}\">Thực hiện nhiệm vụ chuyển đổi số và Đề án 06 năm 2026 trên địa bàn xã Tân Lập</a> — lần nhập này sẽ cập nhật");
        Count(html, "tasks").ShouldBe(4);
        (Count(html, "added"), Count(html, "changed"), Count(html, "removed"), Count(html, "unchanged")).ShouldBe((1, 1, 1, 5));
        Regex.Count(html, "data-kind=\"changed\"").ShouldBe(1);
        Regex.Count(html, "data-kind=\"removed\"").ShouldBe(1);
        html.ShouldContain("<li data-field=\"Thời hạn\"><strong>Thời hạn:</strong> <del>Tháng 6/2026</del> → <ins>Tháng 8/2026</ins></li>");
        Regex.Count(html, "data-field=\"").ShouldBe(1);
        html.ShouldMatch("(?s)data-kind=\"removed\">.*Nâng cấp đường truyền Internet cho nhà văn hóa các thôn");
        html.ShouldContain("Nhiệm vụ mới (1)");
        html.ShouldContain("Cập nhật hộ gia đình lên bản đồ số");

        var confirm = await ConfirmAsync(client, id, ConfirmFields(html));

        confirm.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        confirm.Headers.Location!.ToString().ShouldBe($"/Plans/{planId}");
        (await client.GetStringAsync("/Import")).ShouldContain("(thêm 1, sửa 1, xóa 1)");
        (await App.WithDbAsync(db => db.Plans.CountAsync(p => p.UnitId == commune.Id))).ShouldBe(1);
        var after = await TasksAsync(commune.Id);
        after.Select(t => t.Content).ShouldBe([
            "Thành lập Tổ công nghệ số cộng đồng ở các thôn còn thiếu",
            "Số hóa kết quả giải quyết thủ tục hành chính còn hiệu lực",
            "Vận động người dân cài đặt, sử dụng VNeID",
            "Cập nhật hộ gia đình lên bản đồ số",
        ]);
        var changed = after[0];
        changed.Id.ShouldBe(before[0].Id);
        changed.DueText.ShouldBe("Tháng 8/2026");
        changed.DueEnd.ShouldBe(new DateOnly(2026, 8, 31));
        after[1].Id.ShouldBe(before[2].Id);
        after[2].Id.ShouldBe(before[3].Id);
        after[3].Section.ShouldBe("NHIỆM VỤ ĐỀ ÁN 06");
        after[3].Ordinal.ShouldBe("3");
        after[3].Units.Single(u => u.Role == TaskUnitRole.Lead).UnitId.ShouldBe(offices.Single(o => o.Name == "Phòng Kinh tế").Id);
        (await App.WithDbAsync(db => db.Indicators.CountAsync(i => i.Plan!.UnitId == commune.Id))).ShouldBe(3);

        var imports = await App.WithDbAsync(db => db.PlanImports.Where(i => i.PlanId == planId).OrderBy(i => i.Id).ToListAsync());
        imports.Select(i => (i.Added, i.Changed, i.Removed)).ShouldBe([(7, 0, 0), (1, 1, 1)]);
        imports[1].FileName.ShouldBe("ke-hoach-tan-lap-sua.md");
    }

    [Fact]
    public async Task RowInsertedAndRenumbered_SameNumberNewTitle_OnlyTheNewRowIsAdded()
    {
        var (client, commune, _) = await CommuneAsync();
        var original = DemoText(AnBinh);
        await ImportAsync(client, commune.Id, original);
        var before = await TasksAsync(commune.Id);

        var renumbered = Regex.Replace(original, @"^\| (\d+)\. \|", m =>
        {
            var n = int.Parse(m.Groups[1].Value);
            return n >= 2 ? $"| {n + 1}. |" : m.Value;
        }, RegexOptions.Multiline);
        var edited = renumbered
            .Replace("| 3. | Ban hành danh mục dữ liệu mở", "| 2. | Rà soát quy chế tiếp nhận hồ sơ điện tử | Văn phòng HĐND và UBND xã | | Chánh Văn phòng HĐND và UBND xã | Quy chế | Tháng 5/2026 | 42/KH-UBND |\n| 3. | Ban hành danh mục dữ liệu mở")
            .Replace("### Phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số và Đề án 06 trên địa bàn xã An Bình năm 2026",
                "### Phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số xã An Bình năm 2026 (sửa đổi)");
        var id = await UploadOkAsync(client, commune.Id, Utf8(edited));
        var html = await PreviewAsync(client, id);

        html.ShouldContain("Kế hoạch này đã có");
        Count(html, "tasks").ShouldBe(11);
        (Count(html, "added"), Count(html, "changed"), Count(html, "removed")).ShouldBe((1, 0, 0));
        (await ConfirmAsync(client, id, ConfirmFields(html))).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var plan = await App.WithDbAsync(db => db.Plans.SingleAsync(p => p.UnitId == commune.Id));
        plan.Title.ShouldBe("Phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số xã An Bình năm 2026 (sửa đổi)");
        var after = await TasksAsync(commune.Id);
        after.Count.ShouldBe(11);
        after[1].Content.ShouldBe("Rà soát quy chế tiếp nhận hồ sơ điện tử");
        var moved = after.Single(t => t.Content.StartsWith("Số hóa hồ sơ, kết quả giải quyết", StringComparison.Ordinal));
        moved.Id.ShouldBe(before.Single(t => t.Ordinal == "3").Id);
        moved.Ordinal.ShouldBe("4");
        after.Select(t => t.Position).ShouldBe(Enumerable.Range(0, 11));
    }

    [Fact]
    public async Task DraftWithoutNumber_ThenNumbered_IsTheSamePlan()
    {
        var (client, commune, _) = await CommuneAsync();
        var draft = DemoText(TanLap);
        await ImportAsync(client, commune.Id, draft);

        await ImportAsync(client, commune.Id, draft.Replace("Số:      /KH-UBND", "Số: 12/KH-UBND"));

        var plan = await App.WithDbAsync(db => db.Plans.Include(p => p.Imports).SingleAsync(p => p.UnitId == commune.Id));
        plan.Number.ShouldBe("12/KH-UBND");
        plan.Imports.Count.ShouldBe(2);
    }

    [Fact]
    public async Task SameTitleOtherNumber_OrSameNumberOtherYear_IsAnotherPlan()
    {
        var (client, commune, _) = await CommuneAsync();
        await ImportAsync(client, commune.Id, SmallPlan);

        var otherNumber = SmallPlan.Replace("Số: 21/KH-UBND", "Số: 25/KH-UBND");
        var preview = await PreviewAsync(client, await UploadOkAsync(client, commune.Id, Utf8(otherNumber)));
        preview.ShouldNotContain("Kế hoạch này đã có");
        await ImportAsync(client, commune.Id, otherNumber);

        var nextYear = SmallPlan.Replace("năm 2026", "năm 2027").Replace("Quý II/2026", "Quý II/2027").Replace("Tháng 9/2026", "Tháng 9/2027");
        await ImportAsync(client, commune.Id, nextYear);

        var plans = await App.WithDbAsync(db => db.Plans.Where(p => p.UnitId == commune.Id).OrderBy(p => p.Id)
            .Select(p => new { p.Number, p.Year, Tasks = p.Tasks.Count }).ToListAsync());
        plans.Select(p => (p.Number, p.Year, p.Tasks)).ShouldBe([("21/KH-UBND", 2026, 2), ("25/KH-UBND", 2026, 2), ("21/KH-UBND", 2027, 2)]);
    }

    [Fact]
    public async Task SameFileAgain_ChangesNothing_ButLinksNamesTheUserNowMaps()
    {
        var (client, commune, _) = await CommuneAsync();
        await ImportAsync(client, commune.Id, SmallPlan, new() { ["Đoàn Thanh niên xã"] = "keep" });
        var before = await TasksAsync(commune.Id);
        before.SelectMany(t => t.Units).Where(u => u.Name == "Đoàn Thanh niên xã").ShouldAllBe(u => u.UnitId == null);

        var id = await UploadOkAsync(client, commune.Id, Utf8(SmallPlan));
        var html = await PreviewAsync(client, id);
        html.ShouldContain("Tệp này giống hệt tệp «ke-hoach.md» đã nhập lúc 22/11/2026 09:00.");
        (Count(html, "added"), Count(html, "changed"), Count(html, "removed"), Count(html, "unchanged")).ShouldBe((0, 0, 0, 2));

        var confirm = await ConfirmAsync(client, id, ConfirmFields(html, new() { ["Đoàn Thanh niên xã"] = "new" }));

        confirm.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await client.GetStringAsync("/Import")).ShouldContain("(thêm 0, sửa 0, xóa 0)");
        var youth = await App.WithDbAsync(db => db.Units.SingleAsync(u => u.ParentId == commune.Id && u.Name == "Đoàn Thanh niên xã"));
        var after = await TasksAsync(commune.Id);
        after.Select(t => t.Id).ShouldBe(before.Select(t => t.Id));
        after.SelectMany(t => t.Units).Where(u => u.Name == "Đoàn Thanh niên xã").ShouldAllBe(u => u.UnitId == youth.Id);
        var imports = await App.WithDbAsync(db => db.PlanImports.Where(i => i.PlanId == after[0].PlanId).ToListAsync());
        imports.Count.ShouldBe(2);
        imports.ShouldAllBe(i => i.Sha256 == imports[0].Sha256);
    }
}

public sealed class ImportNewVersionTests_Sqlite(SqliteWebApp app) : ImportNewVersionTests(app), IClassFixture<SqliteWebApp>;

public sealed class ImportNewVersionTests_Postgres(PostgresWebApp app) : ImportNewVersionTests(app), IClassFixture<PostgresWebApp>;
