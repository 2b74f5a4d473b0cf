using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SauRo.Data.Entities;
using SauRo.Features.Accounts;

namespace SauRo.Tests.Web;

/// <summary>"Lịch sử" on the plan, task and indicator pages, the whole history of a plan, and the administrator's search.</summary>
public abstract partial class AuditPagesTests(WebAppFixture app) : WebTest(app)
{
    /// <summary>The edit form of a task built by <see cref="PlanSeed.BuildAsync"/>, with another deadline.</summary>
    private static Dictionary<string, string> TaskForm(PlanTask task, string due) => new()
    {
        ["Input.Appendix"] = task.Appendix!,
        ["Input.Section"] = task.Section!,
        ["Input.Ordinal"] = task.Ordinal!,
        ["Input.Content"] = task.Content,
        ["Input.LeadIds"] = task.Units.Single(u => u.Role == TaskUnitRole.Lead).UnitId!.Value.ToString(),
        ["Input.CooperatingText"] = "Các thôn",
        ["Input.Accountable"] = task.Accountable!,
        ["Input.Product"] = task.Product ?? string.Empty,
        ["Input.DueText"] = due,
        ["Input.BasisText"] = "08-TB/CQTT",
    };

    private static Dictionary<string, string> IndicatorForm(Indicator indicator, string target) => new()
    {
        ["Input.Appendix"] = indicator.Appendix!,
        ["Input.GroupName"] = indicator.GroupName!,
        ["Input.Ordinal"] = indicator.Ordinal!,
        ["Input.Name"] = indicator.Name,
        ["Input.Unit"] = "%",
        ["Input.Comparator"] = "AtLeast",
        ["Input.Target"] = target,
        ["Input.LeadIds"] = indicator.Leads[0].UnitId!.Value.ToString(),
    };

    /// <summary>The "Lịch sử" section of a page.</summary>
    private static string History(string html)
    {
        var start = html.IndexOf("<section class=\"history\" id=\"history\">", StringComparison.Ordinal);
        start.ShouldBeGreaterThanOrEqualTo(0, "no history section");
        return html[start..html.IndexOf("</section>", start, StringComparison.Ordinal)];
    }

    private static int Rows(string html) => AuditRow().Count(html);

    private async Task<(Unit Commune, string User, HttpClient Client, int PlanId, PlanTask Task)> EditedPlanAsync(int tasks = 20, int indicators = 0)
    {
        App.Clock.Set(new DateTimeOffset(2026, 11, 22, 2, 0, 0, TimeSpan.Zero)); // before signing in: the sign-in cookie lasts hours
        var (_, commune, _) = await App.NewCommuneAsync();
        var planId = await PlanSeed.BuildAsync(App, commune.Id, tasks, indicators);
        var user = await App.NewUserAsync(Roles.StandingOfficer, commune.Id);
        var client = await App.SignedInClientAsync(user);
        var task = await PlanSeed.TaskAsync(App, planId, "1");
        (await WebAppFixture.PostFormAsync(client, $"/Tasks/{task.Id}/Edit", TaskForm(task, "Quý III/2026"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return (commune, user, client, planId, task);
    }

    [Fact]
    public async Task PlanPage_ShowsTheLatestTenChangesWithWhoWhenAndWhat()
    {
        var (_, user, client, planId, _) = await EditedPlanAsync();

        var history = History(await client.GetStringAsync($"/Plans/{planId}"));

        history.ShouldContain("<h2>Lịch sử</h2>");
        Rows(history).ShouldBe(SauRo.Features.Audit.AuditHistory.Latest);
        var start = history.IndexOf("<tr data-audit-id", StringComparison.Ordinal);
        var first = history[start..history.IndexOf("</tr>", start, StringComparison.Ordinal)];
        first.ShouldContain("data-action=\"Update\" data-entity=\"PlanTask\"");
        first.ShouldContain("<td class=\"when\">22/11/2026 09:00</td>");
        first.ShouldContain($"<td>{user}</td>");
        first.ShouldContain("<td>Sửa nhiệm vụ</td>");
        first.ShouldContain("Sửa nhiệm vụ 1 «Nhiệm vụ số 1: triển khai chuyển đổi số");
        first.ShouldContain("<span class=\"muted\">Thời hạn:</span> <del>Theo tiến độ của tỉnh</del><span> → </span><ins>Quý III/2026</ins>");
        first.ShouldContain("<span class=\"muted\">Hạn:</span> <del>—</del><span> → </span><ins>30/09/2026</ins>");
        history.ShouldContain("<td>hệ thống</td>");
        history.ShouldContain("Thêm nhiệm vụ 20 «");
        history.ShouldNotContain("<span class=\"muted\">Nội dung:</span>"); // creations show their summary only here
        history.ShouldContain($"<a href=\"/Plans/{planId}/History\">Xem toàn bộ lịch sử</a>");
    }

    [Fact]
    public async Task PlanHistory_PagesAndFilters_ForThoseWhoSeeThePlan()
    {
        var (commune, _, client, planId, task) = await EditedPlanAsync();

        var page1 = await client.GetStringAsync($"/Plans/{planId}/History");
        page1.ShouldContain("<h1>Lịch sử kế hoạch «Kế hoạch thử»</h1>");
        Rows(page1).ShouldBe(50);
        page1.ShouldContain("Trang 1/2 (82 thay đổi)");
        page1.ShouldContain($"<a href=\"/Plans/{planId}/History?p=2\" rel=\"next\">");
        page1.ShouldNotContain("Xem toàn bộ lịch sử");
        var page2 = await client.GetStringAsync($"/Plans/{planId}/History?p=2");
        Rows(page2).ShouldBe(32);
        page2.ShouldContain("<span class=\"muted\">Nội dung:</span> Nhiệm vụ số 1: triển khai"); // the full history lists what was created
        page2.ShouldContain("Thêm kế hoạch «Kế hoạch thử»");

        var ofTask = await client.GetStringAsync($"/Plans/{planId}/History?taskId={task.Id}");
        ofTask.ShouldContain("<h1>Lịch sử nhiệm vụ 1 «Nhiệm vụ số 1: triển khai");
        Rows(ofTask).ShouldBe(5); // the task, its two offices, its document, the edit
        AuditRow().Matches(ofTask).Select(m => m.Groups["entity"].Value).Order().ShouldBe(["PlanTask", "PlanTask", "TaskBasis", "TaskUnit", "TaskUnit"]);

        var province = await App.WithDbAsync(db => db.Units.Where(u => u.Id == commune.Id).Select(u => u.ParentId!.Value).SingleAsync());
        var provinceOfficer = await App.SignedInClientAsync(await App.NewUserAsync(Roles.ProvinceOfficer, province));
        (await provinceOfficer.GetAsync($"/Plans/{planId}/History")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var (_, other, _) = await App.NewCommuneAsync();
        var stranger = await PlanSeed.OfficerAsync(App, other.Id);
        (await stranger.GetAsync($"/Plans/{planId}/History")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await stranger.GetAsync($"/Plans/{planId}/History?taskId={task.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetAsync("/Plans/999999/History")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task TaskAndIndicatorPages_ShowTheirOwnHistory()
    {
        var (commune, user, client, planId, task) = await EditedPlanAsync(tasks: 2, indicators: 2);
        var indicator = await App.WithDbAsync(db => db.Indicators.AsNoTracking().Include(i => i.Leads).Where(i => i.PlanId == planId).OrderBy(i => i.Position).FirstAsync());
        (await WebAppFixture.PostFormAsync(client, $"/Indicators/{indicator.Id}/Edit", IndicatorForm(indicator, "90"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var edit = History(await client.GetStringAsync($"/Tasks/{task.Id}/Edit"));
        edit.ShouldContain("Sửa nhiệm vụ 1 «Nhiệm vụ số 1");
        edit.ShouldContain("Thêm nhiệm vụ 1 «");
        edit.ShouldNotContain("Thêm nhiệm vụ 2 «");
        edit.ShouldNotContain("chỉ tiêu");
        edit.ShouldContain($"<a href=\"/Plans/{planId}/History?taskId={task.Id}\">Xem toàn bộ lịch sử</a>");

        var leader = await App.SignedInClientAsync(await App.NewUserAsync(Roles.Leader, commune.Id));
        var details = History(await leader.GetStringAsync($"/Tasks/{task.Id}"));
        details.ShouldContain($"<td>{user}</td>");
        details.ShouldContain("<del>Theo tiến độ của tỉnh</del>");

        var ofIndicator = History(await client.GetStringAsync($"/Indicators/{indicator.Id}/Edit"));
        ofIndicator.ShouldContain($"Sửa chỉ tiêu «{indicator.Name}»: Giá trị chỉ tiêu");
        ofIndicator.ShouldContain("<span class=\"muted\">Giá trị chỉ tiêu:</span> <del>80</del><span> → </span><ins>90</ins>");
        ofIndicator.ShouldNotContain("nhiệm vụ");
        ofIndicator.ShouldContain($"/Plans/{planId}/History?indicatorId={indicator.Id}");

        var (_, other, _) = await App.NewCommuneAsync();
        var stranger = await PlanSeed.OfficerAsync(App, other.Id);
        (await stranger.GetAsync($"/Tasks/{task.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await stranger.GetAsync($"/Plans/{planId}/History?indicatorId={indicator.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task DeletedPlan_HistoryStaysReadableToItsCommuneOnly()
    {
        var (_, commune, _) = await App.NewCommuneAsync();
        var planId = await PlanSeed.BuildAsync(App, commune.Id, tasks: 1, indicators: 0);
        var user = await App.NewUserAsync(Roles.StandingOfficer, commune.Id);
        var client = await App.SignedInClientAsync(user);
        (await WebAppFixture.PostFormAsync(client, $"/Plans/{planId}/Delete", new())).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var html = await client.GetStringAsync($"/Plans/{planId}/History");

        html.ShouldContain("<h1>Lịch sử kế hoạch đã xóa</h1>");
        var first = html[html.IndexOf("<tr data-audit-id", StringComparison.Ordinal)..];
        first.ShouldStartWith($"<tr data-audit-id=\"");
        first[..first.IndexOf("</tr>", StringComparison.Ordinal)].ShouldContain($"Xóa kế hoạch «Kế hoạch thử»");
        html.ShouldContain($"<td>{user}</td>");
        var (_, other, _) = await App.NewCommuneAsync();
        (await (await PlanSeed.OfficerAsync(App, other.Id)).GetAsync($"/Plans/{planId}/History")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task AuditSearch_Administrator_FiltersByUserKindDaysAndTextIgnoringDiacritics()
    {
        App.Clock.Set(new DateTimeOffset(2026, 11, 23, 16, 0, 0, TimeSpan.Zero));
        var (_, commune, _) = await App.NewCommuneAsync();
        var planId = await PlanSeed.BuildAsync(App, commune.Id, tasks: 1, indicators: 0);
        var user = await App.NewUserAsync(Roles.StandingOfficer, commune.Id);
        var client = await App.SignedInClientAsync(user);
        var task = await PlanSeed.TaskAsync(App, planId, "1");
        App.Clock.Set(new DateTimeOffset(2026, 11, 23, 16, 59, 0, TimeSpan.Zero)); // 23/11/2026 23:59 in Vietnam
        (await WebAppFixture.PostFormAsync(client, $"/Tasks/{task.Id}/Edit", TaskForm(task, "Quý III/2026"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        App.Clock.Set(new DateTimeOffset(2026, 11, 23, 17, 0, 0, TimeSpan.Zero)); // 24/11/2026 00:00
        (await WebAppFixture.PostFormAsync(client, $"/Plans/{planId}/Edit", new()
        {
            ["Input.Title"] = "Kế hoạch thử đã sửa",
            ["Input.Number"] = "07/KH-BCĐ",
            ["Input.IssuedOn"] = "15/04/2026",
            ["Input.Year"] = "2026",
        })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var admin = await App.AdminClientAsync();
        App.Clock.Set(new DateTimeOffset(2026, 11, 24, 1, 0, 0, TimeSpan.Zero));

        async Task<List<string>> SearchAsync(string query)
        {
            var html = await admin.GetStringAsync($"/Audit?{query}");
            return AuditRow().Matches(html).Select(m => m.Groups["entity"].Value).ToList();
        }

        (await SearchAsync($"user={user}")).ShouldBe(["Plan", "PlanTask"]);
        (await SearchAsync($"user={user}&type=PlanTask")).ShouldBe(["PlanTask"]);
        (await SearchAsync($"user={user}&to=23/11/2026")).ShouldBe(["PlanTask"]);
        (await SearchAsync($"user={user}&from=24/11/2026&to=24/11/2026")).ShouldBe(["Plan"]);
        (await SearchAsync($"user={user}&q=sua+nhiem+vu")).ShouldBe(["PlanTask"]);
        (await SearchAsync($"user={user}&q=S%E1%BB%ACA+K%E1%BA%BE+HO%E1%BA%A0CH")).ShouldBe(["Plan"]); // "SỬA KẾ HOẠCH"
        (await SearchAsync($"q={user}")).ShouldBe(["Plan", "PlanTask", "AccountRole", "Account"]); // the account and its role name the user too
        (await SearchAsync("user=khong-co-ai")).ShouldBeEmpty();

        var page = await admin.GetStringAsync($"/Audit?user={user}");
        page.ShouldContain("<p id=\"audit-count\">2 thay đổi</p>");
        page.ShouldContain($"<a href=\"/Plans/{planId}/History\">lịch sử kế hoạch</a>");
        page.ShouldContain("<option value=\"PlanTask\">nhiệm vụ</option>");
    }

    [Fact]
    public async Task AuditSearch_WrongDate_ExplainsTheFormat()
    {
        var admin = await App.AdminClientAsync();

        var response = await admin.GetAsync("/Audit?from=31/02/2026");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("«31/02/2026» không phải ngày dạng dd/MM/yyyy (ví dụ 05/11/2026).");
        Rows(html).ShouldBe(0);
    }

    [Theory]
    [InlineData(Roles.StandingOfficer)]
    [InlineData(Roles.Leader)]
    [InlineData(Roles.OfficeOfficer)]
    [InlineData(Roles.ProvinceOfficer)]
    public async Task AuditSearch_NotAdministrator_IsRefused(string role)
    {
        var (province, commune, _) = await App.NewCommuneAsync();
        var client = await App.SignedInClientAsync(await App.NewUserAsync(role, role == Roles.ProvinceOfficer ? province.Id : commune.Id));

        var response = await client.GetAsync("/Audit");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/Account/AccessDenied");
    }

    [Fact]
    public async Task AuditPages_Anonymous_RedirectToLogin()
    {
        var client = App.CreateClient(new() { AllowAutoRedirect = false });
        foreach (var url in new[] { "/Audit", "/Plans/1/History" })
        {
            var response = await client.GetAsync(url);
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect, url);
            response.Headers.Location!.ToString().ShouldContain("/Account/Login");
        }
    }

    [GeneratedRegex("<tr data-audit-id=\"\\d+\" data-action=\"\\w+\" data-entity=\"(?<entity>\\w+)\"")]
    private static partial Regex AuditRow();
}

public sealed class AuditPagesTests_Sqlite(SqliteWebApp app) : AuditPagesTests(app), IClassFixture<SqliteWebApp>;

public sealed class AuditPagesTests_Postgres(PostgresWebApp app) : AuditPagesTests(app), IClassFixture<PostgresWebApp>;
