using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SauRo.Core.Import;
using SauRo.Core.Plans;
using SauRo.Data.Entities;
using SauRo.Features.Accounts;
using SauRo.Features.Import;

namespace SauRo.Tests.Web;

/// <summary>Plans for the page tests: a demo plan imported through the importer, or one built directly.</summary>
public static partial class PlanSeed
{
    public const string AnBinh = "ke-hoach-xa-an-binh-2026.md";

    /// <summary>Imports a demo plan from DemoData into the unit, as an upload confirmed with the proposed office links.</summary>
    public static async Task<int> ImportAsync(WebAppFixture app, int unitId, string file = AnBinh)
    {
        var bytes = await File.ReadAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "DemoData", file));
        var parsed = PlanFileReader.Read(bytes, file);
        parsed.IsSuccess.ShouldBeTrue(parsed.Error);
        await using var scope = app.Services.CreateAsyncScope();
        var importer = scope.ServiceProvider.GetRequiredService<PlanImporter>();
        return await importer.ApplyAsync(unitId, parsed.Value!, file, bytes, "kiểm thử", []);
    }

    /// <summary>The parse of a demo plan, for expected values.</summary>
    public static ParsedPlan Parse(string file = AnBinh) =>
        PlanFileReader.Read(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "DemoData", file)), file).Value!;

    /// <summary>
    /// A plan built directly: <paramref name="tasks"/> tasks in two appendices and four sections, every third one
    /// without a product, every fifth one with a deadline that is not understood; <paramref name="indicators"/> indicators.
    /// </summary>
    public static Task<int> BuildAsync(WebAppFixture app, int unitId, int tasks, int indicators, string? issuedOn = "2026-04-15", string title = "Kế hoạch thử") =>
        app.WithDbAsync(async db =>
        {
            var now = app.Clock.GetUtcNow();
            var offices = await db.Units.Where(u => u.ParentId == unitId && u.Kind == UnitKind.Office).OrderBy(u => u.Id).ToListAsync();
            var plan = new Plan
            {
                UnitId = unitId,
                Number = "07/KH-BCĐ",
                Title = title,
                IssuedOn = issuedOn,
                Year = 2026,
                SearchKey = string.Empty,
                CreatedAt = now,
                UpdatedAt = now,
            };
            plan.SearchKey = PlanMapping.PlanSearchKey(plan);
            for (var i = 0; i < tasks; i++)
            {
                var office = offices[i % offices.Count];
                var task = new PlanTask
                {
                    Position = i,
                    Appendix = i < tasks / 2 ? "Phụ lục II" : "Phụ lục III",
                    AppendixTitle = "Danh mục nhiệm vụ",
                    Section = $"Mục {(i / 25) + 1}",
                    Ordinal = (i + 1).ToString(),
                    Content = $"Nhiệm vụ số {i + 1}: triển khai chuyển đổi số, số hóa hồ sơ và dữ liệu dân cư phục vụ người dân",
                    Accountable = "Trưởng phòng",
                    AccountableExpected = true,
                    Product = i % 3 == 0 ? null : "Báo cáo kết quả",
                    DueText = string.Empty,
                    DueKind = string.Empty,
                    SearchKey = string.Empty,
                    CreatedAt = now,
                    UpdatedAt = now,
                };
                PlanMapping.SetDue(task, DeadlineParser.Parse(i % 5 == 0 ? "Theo tiến độ của tỉnh" : "Quý III/2026", 2026));
                task.Units.Add(new TaskUnit { Role = TaskUnitRole.Lead, Position = 0, Name = office.Name, UnitId = office.Id });
                task.Units.Add(new TaskUnit { Role = TaskUnitRole.Cooperating, Position = 0, Name = "Các thôn" });
                task.Bases.Add(new TaskBasis { Position = 0, Text = "08-TB/CQTT" });
                task.SearchKey = PlanMapping.TaskSearchKey(task);
                plan.Tasks.Add(task);
            }

            for (var i = 0; i < indicators; i++)
            {
                var indicator = new Indicator
                {
                    Position = i,
                    Appendix = "Phụ lục I",
                    GroupName = i < indicators / 2 ? "A. Chính quyền số" : "B. Xã hội số",
                    Ordinal = (i + 1).ToString(),
                    Name = $"Tỷ lệ hồ sơ được số hóa số {i + 1}",
                    Unit = "%",
                    Comparator = nameof(Comparator.AtLeast),
                    TargetValue = 80,
                    TargetText = "≥ 80",
                    Origin = "Table",
                    SearchKey = string.Empty,
                };
                indicator.Leads.Add(new IndicatorLead { Position = 0, Name = offices[0].Name, UnitId = offices[0].Id });
                indicator.SearchKey = PlanMapping.IndicatorSearchKey(indicator);
                plan.Indicators.Add(indicator);
            }

            db.Plans.Add(plan);
            await db.SaveChangesAsync();
            return plan.Id;
        });

    public static Task<PlanTask> TaskAsync(WebAppFixture app, int planId, string ordinal) => app.WithDbAsync(db =>
        db.Tasks.AsNoTracking().Include(t => t.Units).Include(t => t.Bases).SingleAsync(t => t.PlanId == planId && t.Ordinal == ordinal));

    /// <summary>The data-missing attribute of a task's row on the plan page.</summary>
    public static string Missing(string html, int taskId)
    {
        var m = Regex.Match(html, $"<tr id=\"task-{taskId}\" data-task-id=\"{taskId}\">.*?class=\"six\" data-missing=\"([^\"]*)\"", RegexOptions.Singleline);
        m.Success.ShouldBeTrue($"no row for task {taskId}");
        return WebUtility.HtmlDecode(m.Groups[1].Value);
    }

    /// <summary>The text of the plan's 06-rõ summary.</summary>
    public static string Summary(string html)
    {
        var m = SummaryPattern().Match(html);
        m.Success.ShouldBeTrue("no six-clear-summary");
        return WebUtility.HtmlDecode(m.Groups[1].Value);
    }

    /// <summary>A signed-in standing officer of the unit.</summary>
    public static async Task<HttpClient> OfficerAsync(WebAppFixture app, int unitId) =>
        await app.SignedInClientAsync(await app.NewUserAsync(Roles.StandingOfficer, unitId));

    [GeneratedRegex("id=\"six-clear-summary\"[^>]*>([^<]*)<")]
    private static partial Regex SummaryPattern();
}

public abstract class PlanPageTests(WebAppFixture app) : WebTest(app)
{
    [Fact]
    public async Task PlanPage_ImportedDemo_ShowsHeaderSixClearIndicatorsTasksAndImportHistory()
    {
        var (_, commune, offices) = await App.NewCommuneAsync();
        var importedAt = App.Clock.GetUtcNow();
        var planId = await PlanSeed.ImportAsync(App, commune.Id);
        var parsed = PlanSeed.Parse();
        var client = await PlanSeed.OfficerAsync(App, commune.Id);

        var response = await client.GetAsync($"/Plans/{planId}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();

        html.ShouldContain("15/KH-UBND");
        html.ShouldContain("An Bình, 20/03/2026");
        html.ShouldContain("ỦY BAN NHÂN DÂN XÃ AN BÌNH");
        html.ShouldContain("Trần Minh Khôi");
        html.ShouldContain("Nghị quyết số 57-NQ/TW ngày 22/12/2024");
        html.ShouldContain("văn bản ghi 10");
        html.ShouldContain("báo cáo");

        var complete = parsed.Tasks.Count(t => t.SixClear.IsComplete);
        PlanSeed.Summary(html).ShouldBe($"{complete}/{parsed.Tasks.Count} nhiệm vụ đủ 06 rõ");
        html.ShouldContain("Thiếu rõ thời gian: <strong>1</strong> nhiệm vụ");

        var vague = await PlanSeed.TaskAsync(App, planId, "10");
        PlanSeed.Missing(html, vague.Id).ShouldBe("rõ người,rõ thời gian,rõ thẩm quyền");
        var clear = await PlanSeed.TaskAsync(App, planId, "1");
        PlanSeed.Missing(html, clear.Id).ShouldBe(string.Empty);
        html.ShouldContain("Trong tháng 04/2026 (hạn 30/04/2026)");
        html.ShouldContain("Chưa hiểu thời hạn");
        html.ShouldContain($"<a href=\"/Units/{offices[0].Id}\">Phòng Văn hóa - Xã hội</a>");
        html.ShouldContain($"href=\"/Tasks/{clear.Id}/Edit\"");

        html.ShouldContain("≥ 80%");
        html.ShouldContain("= 17,5%");
        html.ShouldContain("≤ 5");
        html.ShouldContain("= 1.250");

        html.ShouldContain(PlanSeed.AnBinh);
        html.ShouldContain(importedAt.ToOffset(TimeSpan.FromHours(7)).ToString("dd/MM/yyyy HH:mm")); // Vietnam time
        html.ShouldContain("Theo tiến độ của tỉnh");
        html.ShouldContain("Cảnh báo của lần nhập gần nhất (1)");
    }

    [Fact]
    public async Task PlanPage_AnotherCommunesPlan_Is404ForAnOfficer()
    {
        var (_, mine, _) = await App.NewCommuneAsync();
        var (_, other, _) = await App.NewCommuneAsync();
        var planId = await PlanSeed.BuildAsync(App, other.Id, tasks: 2, indicators: 1);
        var client = await PlanSeed.OfficerAsync(App, mine.Id);

        (await client.GetAsync($"/Plans/{planId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetAsync($"/Plans?unitId={other.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetAsync("/Plans/999999")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task PlanPages_Anonymous_RedirectToLogin()
    {
        var (_, commune, _) = await App.NewCommuneAsync();
        var planId = await PlanSeed.BuildAsync(App, commune.Id, tasks: 1, indicators: 0);
        var client = App.CreateClient(new() { AllowAutoRedirect = false });
        foreach (var url in new[] { $"/Plans/{planId}", "/Plans", $"/Plans/Create?unitId={commune.Id}", $"/Plans/{planId}/Edit", $"/Plans/{planId}/Delete" })
        {
            var response = await client.GetAsync(url);
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect, url);
            response.Headers.Location!.ToString().ShouldContain("/Account/Login");
        }
    }

    [Fact]
    public async Task PlanPage_HundredTasks_IsLightAndWithoutInlineScriptOrStyle()
    {
        var (_, commune, _) = await App.NewCommuneAsync();
        var planId = await PlanSeed.BuildAsync(App, commune.Id, tasks: 100, indicators: 20);
        var client = await PlanSeed.OfficerAsync(App, commune.Id);
        var html = await client.GetStringAsync($"/Plans/{planId}");

        // Speed is measured by the benchmark (bench/SauRo.Bench web, BENCHMARKS.md), not by a timed test.
        System.Text.Encoding.UTF8.GetByteCount(html).ShouldBeLessThan(160_000);
        Regex.Count(html, "data-task-id=").ShouldBe(100);
        Regex.IsMatch(html, "<script(?![^>]*\\bsrc=)").ShouldBeFalse("inline script");
        html.ShouldNotContain(" style=");
        html.ShouldNotContain("<style");
        PlanSeed.Summary(html).ShouldBe("53/100 nhiệm vụ đủ 06 rõ"); // 100 - 34 without product - 20 unclear deadlines + 7 both
        html.ShouldContain("Thiếu rõ sản phẩm: <strong>34</strong> nhiệm vụ");
        html.ShouldContain("Thiếu rõ thời gian: <strong>20</strong> nhiệm vụ");
    }

    [Fact]
    public async Task PlanList_OfAUnit_ShowsNumberTitleDatesCountsAndSixClear()
    {
        var (_, commune, _) = await App.NewCommuneAsync();
        var imported = await PlanSeed.ImportAsync(App, commune.Id);
        var built = await PlanSeed.BuildAsync(App, commune.Id, tasks: 3, indicators: 2, issuedOn: "2026-04", title: "Kế hoạch tháng tư");
        var client = await PlanSeed.OfficerAsync(App, commune.Id);

        var html = await client.GetStringAsync($"/Plans?unitId={commune.Id}");

        html.ShouldContain($"<a href=\"/Plans/{imported}\">Phát triển khoa học");
        html.ShouldContain("15/KH-UBND");
        html.ShouldContain("20/03/2026");
        html.ShouldContain("7/10 nhiệm vụ đủ 06 rõ");
        html.ShouldContain($"<a href=\"/Plans/{built}\">Kế hoạch tháng tư</a>");
        html.ShouldContain("tháng 4/2026");
        html.ShouldContain("2/3 nhiệm vụ đủ 06 rõ"); // the first task has neither a product nor an understood deadline
        html.ShouldContain($"/Plans/Create?unitId={commune.Id}");
    }

    [Fact]
    public async Task PlanList_WithoutUnit_ListsOnlyTheVisibleUnitsPlans()
    {
        var (_, mine, _) = await App.NewCommuneAsync();
        var (_, other, _) = await App.NewCommuneAsync();
        await PlanSeed.BuildAsync(App, mine.Id, tasks: 1, indicators: 0, title: "Kế hoạch của tôi");
        await PlanSeed.BuildAsync(App, other.Id, tasks: 1, indicators: 0, title: "Kế hoạch xã khác");
        var client = await PlanSeed.OfficerAsync(App, mine.Id);

        var html = await client.GetStringAsync("/Plans");

        html.ShouldContain("Kế hoạch của tôi");
        html.ShouldContain(mine.Name);
        html.ShouldNotContain("Kế hoạch xã khác");
    }

    [Fact]
    public async Task PlanCreate_ValidForm_WritesThePlanAndShowsIt()
    {
        var (_, commune, _) = await App.NewCommuneAsync();
        var client = await PlanSeed.OfficerAsync(App, commune.Id);
        var url = $"/Plans/Create?unitId={commune.Id}";

        var response = await WebAppFixture.PostFormAsync(client, url, new()
        {
            ["Input.UnitId"] = commune.Id.ToString(),
            ["Input.Title"] = "Kế hoạch chuyển đổi số quý IV",
            ["Input.Number"] = "21/KH-UBND",
            ["Input.Place"] = "An Bình",
            ["Input.IssuedOn"] = "ngày 5 tháng 10 năm 2026",
            ["Input.Issuer"] = "UBND xã",
            ["Input.Signer"] = "Nguyễn Văn A",
            ["Input.SignerRole"] = "CHỦ TỊCH",
            ["Input.DeclaredTasks"] = "12",
            ["Input.BasesText"] = "Nghị quyết 57-NQ/TW\n\n  Kế hoạch 42/KH-UBND  ",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var plan = await App.WithDbAsync(db => db.Plans.Include(p => p.Bases).SingleAsync(p => p.UnitId == commune.Id));
        response.Headers.Location!.ToString().ShouldBe($"/Plans/{plan.Id}");
        plan.Title.ShouldBe("Kế hoạch chuyển đổi số quý IV");
        plan.Number.ShouldBe("21/KH-UBND");
        plan.IssuedOn.ShouldBe("2026-10-05");
        plan.Year.ShouldBe(2026);
        plan.DeclaredTasks.ShouldBe(12);
        plan.DeclaredIndicators.ShouldBeNull();
        plan.Bases.OrderBy(b => b.Position).Select(b => b.Text).ShouldBe(["Nghị quyết 57-NQ/TW", "Kế hoạch 42/KH-UBND"]);
        plan.SearchKey.ShouldContain("ke hoach chuyen doi so quy iv");
        plan.CreatedAt.ShouldBe(App.Clock.GetUtcNow());

        var page = await client.GetStringAsync($"/Plans/{plan.Id}");
        page.ShouldContain("05/10/2026");
        PlanSeed.Summary(page).ShouldBe("0/0 nhiệm vụ đủ 06 rõ");
    }

    [Fact]
    public async Task PlanCreate_WithoutUnit_OffersTheVisibleUnits()
    {
        var (_, mine, _) = await App.NewCommuneAsync();
        var (_, other, _) = await App.NewCommuneAsync();
        var client = await PlanSeed.OfficerAsync(App, mine.Id);

        var html = await client.GetStringAsync("/Plans/Create");

        html.ShouldContain($"<option value=\"{mine.Id}\">{mine.Name}</option>");
        html.ShouldNotContain(other.Name);
    }

    [Fact]
    public async Task PlanCreate_ForAnOffice_AsksForTheCommuneAndWritesNothing()
    {
        var (_, commune, offices) = await App.NewCommuneAsync();
        var client = await PlanSeed.OfficerAsync(App, commune.Id);

        var response = await WebAppFixture.PostFormAsync(client, $"/Plans/Create?unitId={offices[0].Id}",
            new() { ["Input.UnitId"] = offices[0].Id.ToString(), ["Input.Title"] = "Kế hoạch của một phòng" });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("Kế hoạch thuộc về một xã/phường hoặc một tỉnh, không thuộc một cơ quan; hãy chọn đơn vị.");
        html.ShouldContain($"<option value=\"{commune.Id}\">{commune.Name}</option>");
        html.ShouldNotContain($"<option value=\"{offices[0].Id}\">");
        (await App.WithDbAsync(db => db.Plans.CountAsync(p => p.UnitId == offices[0].Id || p.UnitId == commune.Id))).ShouldBe(0);
    }

    [Theory]
    [InlineData("", "Hãy nhập tiêu đề kế hoạch.", null, null)]
    [InlineData("long", "Tiêu đề dài quá 500 ký tự.", null, null)]
    [InlineData("Kế hoạch", "Ngày ban hành phải có dạng", "Input.IssuedOn", "31/2/2026")]
    [InlineData("Kế hoạch", "Năm phải là một số từ 1900 đến 2200.", "Input.Year", "hai nghìn")]
    [InlineData("Kế hoạch", "Số nhiệm vụ văn bản ghi phải là một số nguyên không âm.", "Input.DeclaredTasks", "-3")]
    public async Task PlanCreate_InvalidForm_ShowsTheMessageAndWritesNothing(string title, string message, string? field, string? value)
    {
        var (_, commune, _) = await App.NewCommuneAsync();
        var client = await PlanSeed.OfficerAsync(App, commune.Id);
        var fields = new Dictionary<string, string>
        {
            ["Input.UnitId"] = commune.Id.ToString(),
            ["Input.Title"] = title == "long" ? new string('K', 501) : title,
        };
        if (field is not null)
        {
            fields[field] = value!;
        }

        var response = await WebAppFixture.PostFormAsync(client, $"/Plans/Create?unitId={commune.Id}", fields);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain(message);
        (await App.WithDbAsync(db => db.Plans.CountAsync(p => p.UnitId == commune.Id))).ShouldBe(0);
    }

    [Fact]
    public async Task PlanCreate_InAnotherCommune_Is404AndWritesNothing()
    {
        var (_, mine, _) = await App.NewCommuneAsync();
        var (_, other, _) = await App.NewCommuneAsync();
        var client = await PlanSeed.OfficerAsync(App, mine.Id);

        (await client.GetAsync($"/Plans/Create?unitId={other.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var response = await WebAppFixture.PostFormAsync(client, $"/Plans/Create?unitId={other.Id}",
            new() { ["Input.UnitId"] = other.Id.ToString(), ["Input.Title"] = "Chen vào xã khác" }, formPage: $"/Plans/Create?unitId={mine.Id}");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await App.WithDbAsync(db => db.Plans.CountAsync(p => p.UnitId == other.Id))).ShouldBe(0);
    }

    [Fact]
    public async Task PlanEdit_ChangesTheHeaderAndKeepsTasks()
    {
        var (_, commune, _) = await App.NewCommuneAsync();
        var planId = await PlanSeed.ImportAsync(App, commune.Id);
        var client = await PlanSeed.OfficerAsync(App, commune.Id);
        App.Clock.Advance(TimeSpan.FromHours(1));

        var form = await client.GetStringAsync($"/Plans/{planId}/Edit");
        form.ShouldContain("value=\"20/03/2026\"");
        form.ShouldContain("value=\"15/KH-UBND\"");

        var response = await WebAppFixture.PostFormAsync(client, $"/Plans/{planId}/Edit", new()
        {
            ["Input.Title"] = "Kế hoạch đã sửa tiêu đề",
            ["Input.Number"] = "",
            ["Input.IssuedOn"] = "4/2026",
            ["Input.DeclaredTasks"] = "10",
            ["Input.BasesText"] = "Chỉ một căn cứ",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldBe($"/Plans/{planId}");
        var plan = await App.WithDbAsync(db => db.Plans.Include(p => p.Bases).Include(p => p.Tasks).SingleAsync(p => p.Id == planId));
        plan.Title.ShouldBe("Kế hoạch đã sửa tiêu đề");
        plan.Number.ShouldBeNull();
        plan.IssuedOn.ShouldBe("2026-04");
        plan.Bases.Select(b => b.Text).ShouldBe(["Chỉ một căn cứ"]);
        plan.Tasks.Count.ShouldBe(10);
        plan.UpdatedAt.ShouldBe(App.Clock.GetUtcNow());

        var page = await client.GetStringAsync($"/Plans/{planId}");
        page.ShouldContain("chưa có số");
        page.ShouldContain("tháng 4/2026");
    }

    [Fact]
    public async Task PlanEdit_AnotherCommunesPlan_Is404AndNothingChanges()
    {
        var (_, mine, _) = await App.NewCommuneAsync();
        var (_, other, _) = await App.NewCommuneAsync();
        var planId = await PlanSeed.BuildAsync(App, other.Id, tasks: 1, indicators: 0, title: "Không được sửa");
        var minePlan = await PlanSeed.BuildAsync(App, mine.Id, tasks: 1, indicators: 0);
        var client = await PlanSeed.OfficerAsync(App, mine.Id);

        (await client.GetAsync($"/Plans/{planId}/Edit")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var response = await WebAppFixture.PostFormAsync(client, $"/Plans/{planId}/Edit", new() { ["Input.Title"] = "Đã bị sửa" }, formPage: $"/Plans/{minePlan}/Edit");
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var delete = await WebAppFixture.PostFormAsync(client, $"/Plans/{planId}/Delete", new(), formPage: $"/Plans/{minePlan}/Delete");
        delete.StatusCode.ShouldBe(HttpStatusCode.NotFound);

        (await App.WithDbAsync(db => db.Plans.SingleAsync(p => p.Id == planId))).Title.ShouldBe("Không được sửa");
    }

    [Fact]
    public async Task PlanEdit_PostWithoutAntiforgeryToken_Is400()
    {
        var (_, commune, _) = await App.NewCommuneAsync();
        var planId = await PlanSeed.BuildAsync(App, commune.Id, tasks: 1, indicators: 0, title: "Giữ nguyên");
        var client = await PlanSeed.OfficerAsync(App, commune.Id);

        var response = await client.PostAsync($"/Plans/{planId}/Edit", new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.Title"] = "Giả mạo" }));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await App.WithDbAsync(db => db.Plans.SingleAsync(p => p.Id == planId))).Title.ShouldBe("Giữ nguyên");
    }

    [Fact]
    public async Task PlanDelete_ConfirmsThenDeletesWithItsTasksAndIndicators()
    {
        var (_, commune, _) = await App.NewCommuneAsync();
        var planId = await PlanSeed.ImportAsync(App, commune.Id);
        var client = await PlanSeed.OfficerAsync(App, commune.Id);

        var confirm = await client.GetStringAsync($"/Plans/{planId}/Delete");
        confirm.ShouldContain("10 nhiệm vụ");
        confirm.ShouldContain("9 chỉ tiêu");

        var response = await WebAppFixture.PostFormAsync(client, $"/Plans/{planId}/Delete", new());

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldBe($"/Plans?unitId={commune.Id}");
        var left = await App.WithDbAsync(async db => new[]
        {
            await db.Plans.CountAsync(p => p.Id == planId),
            await db.Tasks.CountAsync(t => t.PlanId == planId),
            await db.Indicators.CountAsync(i => i.PlanId == planId),
            await db.PlanImports.CountAsync(i => i.PlanId == planId),
        });
        left.ShouldBe([0, 0, 0, 0]);
        (await client.GetAsync($"/Plans/{planId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}

public sealed class PlanPageTests_Sqlite(SqliteWebApp app) : PlanPageTests(app), IClassFixture<SqliteWebApp>;

public sealed class PlanPageTests_Postgres(PostgresWebApp app) : PlanPageTests(app), IClassFixture<PostgresWebApp>;
