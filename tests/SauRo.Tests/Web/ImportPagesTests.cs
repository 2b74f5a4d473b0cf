using System.Net;
using Microsoft.EntityFrameworkCore;
using SauRo.Core.Plans;
using SauRo.Data.Entities;
using SauRo.Features.Accounts;
using static SauRo.Tests.Web.ImportSteps;

namespace SauRo.Tests.Web;

/// <summary>Upload → preview → office mapping → confirm, for a plan new to the unit.</summary>
public abstract class ImportPagesTests(WebAppFixture app) : WebTest(app)
{
    /// <summary>A small plan whose office names are written the ways real plans write them.</summary>
    private const string OfficePlan = """
        ỦY BAN NHÂN DÂN
        XÃ THỬ

        Số: 21/KH-UBND

        Thử, ngày 01 tháng 4 năm 2026

        KẾ HOẠCH

        Thử nghiệm liên kết cơ quan năm 2026

        Căn cứ Kế hoạch số 42/KH-UBND ngày 10/02/2026 của UBND tỉnh.

        PHỤ LỤC: NHIỆM VỤ NĂM 2026

        STT	Nội dung	Cơ quan chủ trì	Cơ quan phối hợp	Sản phẩm	Thời hạn	Căn cứ
        1	Việc thứ nhất	phòng văn hoá - xã hội xã	Các cơ quan, đơn vị	Báo cáo	Quý II/2026	42/KH-UBND
        2	Việc thứ hai	PHÒNG KINH TẾ	Đoàn Thanh niên xã	Bản đồ số	Tháng 9/2026	42/KH-UBND
        3	Việc thứ ba	Công an	Bộ phận một cửa	Tài khoản	Thường xuyên	42/KH-UBND
        4	Việc thứ tư	TT PVHCC	Phòng VHXH	Dữ liệu	30/6/2026	42/KH-UBND
        5	Việc thứ năm	văn phòng ubnd xã		Văn bản	Tháng 5/2026	42/KH-UBND
        """;

    [Fact]
    public async Task Get_ShowsTheFormWithTheUnitsTheUserMayEdit()
    {
        var (province, commune, _) = await App.NewCommuneAsync();
        var (_, other, _) = await App.NewCommuneAsync();
        var client = await App.SignedInClientAsync(await App.NewUserAsync(Roles.StandingOfficer, commune.Id));

        var html = await client.GetStringAsync("/Import");

        html.ShouldContain("<select id=\"UnitId\" name=\"UnitId\"");
        html.ShouldContain($"<option value=\"{commune.Id}\" selected=\"selected\">{commune.Name}</option>");
        html.ShouldNotContain(other.Name);
        html.ShouldNotContain($"value=\"{province.Id}\"");
        html.ShouldContain("name=\"File\" type=\"file\" accept=\".docx,.md,.txt\"");
        html.ShouldContain(">Tải lên và xem trước</button>");
    }

    [Fact]
    public async Task Get_ProvinceOfficer_SeesTheProvinceAndItsCommunes()
    {
        var (province, commune, _) = await App.NewCommuneAsync();
        var client = await App.SignedInClientAsync(await App.NewUserAsync(Roles.ProvinceOfficer, province.Id));

        var html = await client.GetStringAsync("/Import");

        html.ShouldContain($"<option value=\"{province.Id}\" selected=\"selected\">{province.Name} (kế hoạch cấp tỉnh)</option>");
        html.ShouldContain($"<option value=\"{commune.Id}\">{commune.Name}</option>");
    }

    [Fact]
    public async Task DemoPlan_PreviewThenConfirm_WritesThePlanWithEverythingItSays()
    {
        var (_, commune, offices) = await App.NewCommuneAsync();
        var client = await App.SignedInClientAsync(await App.NewUserAsync(Roles.StandingOfficer, commune.Id));

        var id = await UploadOkAsync(client, commune.Id, Demo("ke-hoach-xa-an-binh-2026.md"), "ke-hoach-xa-an-binh-2026.md");
        var html = await PreviewAsync(client, id);

        html.ShouldContain("15/KH-UBND");
        html.ShouldContain("An Bình, 20/03/2026");
        html.ShouldContain("Phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số và Đề án 06 trên địa bàn xã An Bình năm 2026");
        html.ShouldContain("Nghị quyết số 57-NQ/TW ngày 22/12/2024");
        html.ShouldContain("Trần Minh Khôi (CHỦ TỊCH)");
        Count(html, "indicators").ShouldBe(9);
        Count(html, "tasks").ShouldBe(10);
        Count(html, "reporting").ShouldBe(4);
        html.ShouldContain("không hiểu thời hạn «Theo tiến độ của tỉnh»");
        html.ShouldNotContain("Kế hoạch này đã có");
        html.ShouldContain("Nhiệm vụ sẽ tạo (10)");
        html.ShouldContain("Gắn địa chỉ số cho hộ gia đình, cơ sở kinh doanh trên bản đồ số của xã");
        html.ShouldContain("Trong quý II/2026 (01/04/2026–30/06/2026)");
        html.ShouldContain("Các cơ quan, đơn vị báo cáo");
        html.ShouldContain(">Xác nhận nhập</button>");

        var rows = Offices(html);
        var vhxh = offices.Single(o => o.Name == "Phòng Văn hóa - Xã hội");
        rows["Phòng Văn hóa - Xã hội"].Selected.ShouldBe(vhxh.Id.ToString());
        rows["Trung tâm Phục vụ hành chính công"].Selected.ShouldBe(offices.Single(o => o.Name == "Trung tâm Phục vụ hành chính công").Id.ToString());
        rows["Đoàn Thanh niên xã"].Selected.ShouldBe("new");
        rows["Các cơ quan, đơn vị"].Selected.ShouldBe("keep");
        rows["các thôn"].Selected.ShouldBe("keep");
        html.ShouldContain("Khớp: Phòng Văn hóa - Xã hội");
        html.ShouldContain(">Tạo cơ quan mới</option>");
        html.ShouldContain(">Giữ nguyên chữ (nhóm/cơ quan ngoài)</option>");

        var before = await CountsAsync(App);
        var confirm = await ConfirmAsync(client, id, ConfirmFields(html));

        confirm.StatusCode.ShouldBe(HttpStatusCode.Redirect, await confirm.Content.ReadAsStringAsync());
        var planId = await App.WithDbAsync(db => db.Plans.Where(p => p.UnitId == commune.Id).Select(p => p.Id).SingleAsync());
        confirm.Headers.Location!.ToString().ShouldBe($"/Plans/{planId}");
        (await client.GetStringAsync("/Import")).ShouldContain(
            "Đã nhập kế hoạch: Phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số và Đề án 06 trên địa bàn xã An Bình năm 2026 (thêm 19, sửa 0, xóa 0)");

        var plan = await App.WithDbAsync(db => db.Plans
            .Include(p => p.Bases).Include(p => p.ReportingDuties).Include(p => p.Imports)
            .Include(p => p.Tasks).ThenInclude(t => t.Units).Include(p => p.Tasks).ThenInclude(t => t.Bases)
            .Include(p => p.Indicators).ThenInclude(i => i.Leads)
            .AsSplitQuery().SingleAsync(p => p.Id == planId));
        plan.Number.ShouldBe("15/KH-UBND");
        plan.IssuedOn.ShouldBe("2026-03-20");
        plan.Year.ShouldBe(2026);
        plan.Signer.ShouldBe("Trần Minh Khôi");
        plan.Bases.Count.ShouldBe(4);
        plan.ReportingDuties.Count.ShouldBe(4);
        plan.Indicators.Count.ShouldBe(9);
        plan.Tasks.Count.ShouldBe(10);
        plan.DeclaredTasks.ShouldBe(10);

        var task3 = plan.Tasks.Single(t => t.Ordinal == "3");
        task3.DueText.ShouldBe("Từ quý II đến quý III năm 2026");
        task3.DueEnd.ShouldBe(new DateOnly(2026, 9, 30));
        task3.Bases.OrderBy(b => b.Position).Select(b => b.Text).ShouldBe(["42/KH-UBND", "03-CTr/BCĐ"]);
        task3.Units.Single(u => u.Role == TaskUnitRole.Lead).UnitId.ShouldBe(offices.Single(o => o.Name == "Trung tâm Phục vụ hành chính công").Id);
        var task6 = plan.Tasks.Single(t => t.Ordinal == "6");
        var youth = await App.WithDbAsync(db => db.Units.SingleAsync(u => u.ParentId == commune.Id && u.Name == "Đoàn Thanh niên xã"));
        youth.Kind.ShouldBe(UnitKind.Office);
        task6.Units.Single(u => u.Role == TaskUnitRole.Cooperating).UnitId.ShouldBe(youth.Id);
        plan.Tasks.Single(t => t.Ordinal == "10").Units.Single(u => u.Role == TaskUnitRole.Lead).ShouldSatisfyAllConditions(
            u => u.Name.ShouldBe("Các cơ quan, đơn vị"),
            u => u.UnitId.ShouldBeNull());
        plan.Indicators.Single(i => i.Ordinal == "7").Leads.Single().UnitId.ShouldBe(vhxh.Id);

        var import = plan.Imports.Single();
        import.FileName.ShouldBe("ke-hoach-xa-an-binh-2026.md");
        (import.Added, import.Changed, import.Removed).ShouldBe((19, 0, 0));
        import.Warnings.ShouldContain("Theo tiến độ của tỉnh");
        import.ImportedBy.ShouldNotBeNullOrEmpty();

        var after = await CountsAsync(App);
        (after["pending"] - before["pending"]).ShouldBe(-1);
        (after["plans"] - before["plans"]).ShouldBe(1);
        (await client.GetAsync($"/Import/Preview/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task OfficeNames_WrittenDifferently_LinkToTheExistingOffices()
    {
        var (_, commune, offices) = await App.NewCommuneAsync();
        var office = offices.ToDictionary(o => o.Name, o => o.Id);
        await App.WithDbAsync(async db =>
        {
            db.UnitAliases.Add(new UnitAlias { UnitId = office["Văn phòng HĐND và UBND xã"], Alias = "Văn phòng UBND", AliasKey = OfficeNames.Key("Văn phòng UBND") });
            return await db.SaveChangesAsync();
        });
        var client = await App.SignedInClientAsync(await App.NewUserAsync(Roles.StandingOfficer, commune.Id));

        var id = await UploadOkAsync(client, commune.Id, Utf8(OfficePlan));
        var html = await PreviewAsync(client, id);
        var rows = Offices(html);

        rows["phòng văn hoá - xã hội xã"].Selected.ShouldBe(office["Phòng Văn hóa - Xã hội"].ToString());
        rows.ShouldNotContainKey("Phòng VHXH"); // same office: one row, used twice
        html.ShouldContain("<tr data-office=\"phòng văn hoá - xã hội xã\">");
        html.ShouldMatch("(?s)data-office=\"phòng văn hoá - xã hội xã\">.*?<td class=\"num\">2</td>");
        rows["PHÒNG KINH TẾ"].Selected.ShouldBe(office["Phòng Kinh tế"].ToString());
        rows["Công an"].Selected.ShouldBe(office["Công an xã"].ToString());
        rows["TT PVHCC"].Selected.ShouldBe(office["Trung tâm Phục vụ hành chính công"].ToString());
        rows["văn phòng ubnd xã"].Selected.ShouldBe(office["Văn phòng HĐND và UBND xã"].ToString());

        var confirm = await ConfirmAsync(client, id, ConfirmFields(html));
        confirm.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var links = await App.WithDbAsync(db => db.TaskUnits.Where(u => db.Tasks.Any(t => t.Id == u.TaskId && t.Plan!.UnitId == commune.Id))
            .Select(u => new { u.Name, u.UnitId }).ToListAsync());
        links.Single(l => l.Name == "phòng văn hoá - xã hội xã").UnitId.ShouldBe(office["Phòng Văn hóa - Xã hội"]);
        links.Single(l => l.Name == "Phòng VHXH").UnitId.ShouldBe(office["Phòng Văn hóa - Xã hội"]);
        links.Single(l => l.Name == "PHÒNG KINH TẾ").UnitId.ShouldBe(office["Phòng Kinh tế"]);
        links.Single(l => l.Name == "Công an").UnitId.ShouldBe(office["Công an xã"]);
        links.Single(l => l.Name == "TT PVHCC").UnitId.ShouldBe(office["Trung tâm Phục vụ hành chính công"]);
        links.Single(l => l.Name == "văn phòng ubnd xã").UnitId.ShouldBe(office["Văn phòng HĐND và UBND xã"]);
    }

    [Fact]
    public async Task UnknownName_LinkedToAnExistingOffice_BecomesItsAliasForTheNextImport()
    {
        var (_, commune, offices) = await App.NewCommuneAsync();
        var oneStop = offices.Single(o => o.Name == "Trung tâm Phục vụ hành chính công");
        var client = await App.SignedInClientAsync(await App.NewUserAsync(Roles.StandingOfficer, commune.Id));
        var id = await UploadOkAsync(client, commune.Id, Utf8(OfficePlan));
        var html = await PreviewAsync(client, id);
        Offices(html)["Bộ phận một cửa"].Selected.ShouldBe("new");
        var unitsBefore = (await CountsAsync(App))["units"];

        var confirm = await ConfirmAsync(client, id, ConfirmFields(html, new() { ["Bộ phận một cửa"] = oneStop.Id.ToString() }));

        confirm.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var alias = await App.WithDbAsync(db => db.UnitAliases.SingleAsync(a => a.UnitId == oneStop.Id));
        alias.Alias.ShouldBe("Bộ phận một cửa");
        alias.AliasKey.ShouldBe(OfficeNames.Key("Bộ phận một cửa"));
        (await App.WithDbAsync(db => db.TaskUnits.SingleAsync(u => u.Name == "Bộ phận một cửa" && u.UnitId == oneStop.Id))).Role.ShouldBe(TaskUnitRole.Cooperating);
        (await CountsAsync(App))["units"].ShouldBe(unitsBefore + 2); // "Đoàn Thanh niên xã" and "văn phòng ubnd xã", as proposed

        var second = OfficePlan.Replace("Số: 21/KH-UBND", "Số: 22/KH-UBND").Replace("Thử nghiệm liên kết", "Lần thứ hai liên kết");
        var html2 = await PreviewAsync(client, await UploadOkAsync(client, commune.Id, Utf8(second)));
        Offices(html2)["Bộ phận một cửa"].Selected.ShouldBe(oneStop.Id.ToString());
        Offices(html2)["Đoàn Thanh niên xã"].Selected.ShouldNotBe("new");
    }

    [Fact]
    public async Task CreateNew_CreatesAnOfficeOfTheCommune_AndKeepText_LinksNothing()
    {
        var (_, commune, offices) = await App.NewCommuneAsync();
        var client = await App.SignedInClientAsync(await App.NewUserAsync(Roles.StandingOfficer, commune.Id));
        var id = await UploadOkAsync(client, commune.Id, Utf8(OfficePlan));
        var html = await PreviewAsync(client, id);

        var confirm = await ConfirmAsync(client, id, ConfirmFields(html, new()
        {
            ["Bộ phận một cửa"] = "new",
            ["Đoàn Thanh niên xã"] = "keep",
            ["PHÒNG KINH TẾ"] = "keep",
            ["văn phòng ubnd xã"] = "keep",
        }));

        confirm.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var created = await App.WithDbAsync(db => db.Units.Where(u => u.ParentId == commune.Id && !offices.Select(o => o.Id).Contains(u.Id)).ToListAsync());
        created.Count.ShouldBe(1);
        created[0].Name.ShouldBe("Bộ phận một cửa");
        created[0].Kind.ShouldBe(UnitKind.Office);
        created[0].NameKey.ShouldBe(OfficeNames.Key("Bộ phận một cửa"));
        var links = await App.WithDbAsync(db => db.TaskUnits.Where(u => db.Tasks.Any(t => t.Id == u.TaskId && t.Plan!.UnitId == commune.Id))
            .Select(u => new { u.Name, u.UnitId }).ToListAsync());
        links.Single(l => l.Name == "Bộ phận một cửa").UnitId.ShouldBe(created[0].Id);
        links.Single(l => l.Name == "Đoàn Thanh niên xã").UnitId.ShouldBeNull();
        links.Single(l => l.Name == "PHÒNG KINH TẾ").UnitId.ShouldBeNull();
        links.Single(l => l.Name == "Các cơ quan, đơn vị").UnitId.ShouldBeNull();
        (await App.WithDbAsync(db => db.UnitAliases.CountAsync(a => offices.Select(o => o.Id).Contains(a.UnitId)))).ShouldBe(0);
    }

    [Fact]
    public async Task Cancel_DropsTheUploadAndWritesNothing()
    {
        var (_, commune, _) = await App.NewCommuneAsync();
        var client = await App.SignedInClientAsync(await App.NewUserAsync(Roles.StandingOfficer, commune.Id));
        var id = await UploadOkAsync(client, commune.Id, Utf8(OfficePlan));
        var before = await CountsAsync(App);

        var response = await WebAppFixture.PostFormAsync(client, $"/Import/Preview/{id}?handler=Cancel", [], formPage: "/Import");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldBe("/Import");
        var after = await CountsAsync(App);
        after["pending"].ShouldBe(before["pending"] - 1);
        after.Where(kv => kv.Key != "pending").ShouldBe(before.Where(kv => kv.Key != "pending"));
        (await client.GetStringAsync("/Import")).ShouldContain("Đã hủy lần nhập; không có gì được ghi.");
    }

    [Fact]
    public async Task Upload_ListsTheUsersPendingUploads_AndDropsThoseOlderThan24Hours()
    {
        var (_, commune, _) = await App.NewCommuneAsync();
        var userName = await App.NewUserAsync(Roles.StandingOfficer, commune.Id);
        var client = await App.SignedInClientAsync(userName);
        var kept = await UploadOkAsync(client, commune.Id, Utf8(OfficePlan), "hom-nay.md");
        var old = await App.WithDbAsync(async db =>
        {
            var pending = new PendingImport
            {
                Id = Guid.NewGuid(),
                UnitId = commune.Id,
                UserId = await db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync(),
                FileName = "hom-kia.md",
                Content = Utf8(OfficePlan),
                Sha256 = "00",
                CreatedAt = App.Clock.GetUtcNow().AddHours(-25),
            };
            db.PendingImports.Add(pending);
            await db.SaveChangesAsync();
            return pending.Id;
        });
        var list = await client.GetStringAsync("/Import");
        list.ShouldContain($"<a href=\"/Import/Preview/{kept}\">");
        list.ShouldContain("hom-nay.md");
        list.ShouldContain("22/11/2026 09:00");
        list.ShouldNotContain("hom-kia.md");

        var fresh = await UploadOkAsync(client, commune.Id, Utf8(OfficePlan), "moi.md");

        var ids = await App.WithDbAsync(db => db.PendingImports.Where(p => p.Id == old || p.Id == kept || p.Id == fresh).Select(p => p.Id).ToListAsync());
        ids.ShouldBe([kept, fresh], ignoreOrder: true);
    }

    [Fact]
    public async Task Admin_CanImportIntoAProvince()
    {
        var (province, _, _) = await App.NewCommuneAsync();
        var client = await App.AdminClientAsync();

        var id = await UploadOkAsync(client, province.Id, Demo("ke-hoach-xa-tan-lap-2026.md"));
        var html = await PreviewAsync(client, id);
        var confirm = await ConfirmAsync(client, id, ConfirmFields(html));

        confirm.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await App.WithDbAsync(db => db.Plans.CountAsync(p => p.UnitId == province.Id))).ShouldBe(1);
    }
}

public sealed class ImportPagesTests_Sqlite(SqliteWebApp app) : ImportPagesTests(app), IClassFixture<SqliteWebApp>;

public sealed class ImportPagesTests_Postgres(PostgresWebApp app) : ImportPagesTests(app), IClassFixture<PostgresWebApp>;
