using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SauRo.Data.Entities;
using SauRo.Features.Accounts;
using SauRo.Features.Monitoring;

namespace SauRo.Tests.Web;

/// <summary>
/// Dashboards through HTTP: the numbers of a commune built by <see cref="PlanSeed.BuildAsync"/> (10 tasks due
/// "Quý III/2026", overdue on 22/11/2026, except every fifth whose deadline is not understood: in progress), the lists
/// their links lead to, a task update reaching the commune, province and nation numbers at the next load, a new day
/// changing statuses without any write, and saved views.
/// </summary>
public abstract partial class DashboardTests(WebAppFixture app) : WebTest(app)
{
    private async Task<(Unit Province, Unit Commune, List<Unit> Offices, int PlanId)> CommuneAsync(int tasks = 10)
    {
        var (province, commune, offices) = await App.NewCommuneAsync();
        var planId = await PlanSeed.BuildAsync(App, commune.Id, tasks, 2);
        return (province, commune, offices, planId);
    }

    /// <summary>What the background service does at start and every few minutes: every status brought up to the day.</summary>
    private Task<int> PassOverEveryStatusAsync() => App.WithDbAsync(db => StatusRefreshService.PassAsync(
        db, App.Clock.GetUtcNow(), App.Services.GetRequiredService<MonitoringSettings>(), App.Services.GetRequiredService<TaskStatusFreshness>(), default));

    private static int Count(string html, string status)
    {
        var m = Regex.Match(html, $"<table class=\"list counts\" data-counts=\"tasks\">.*?data-status=\"{status}\">(\\d+)</a>", RegexOptions.Singleline);
        m.Success.ShouldBeTrue($"no count for {status}");
        return int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string Link(string html, string status)
    {
        var m = Regex.Match(html, $"<table class=\"list counts\" data-counts=\"tasks\">.*?<a href=\"([^\"]+)\" data-status=\"{status}\">", RegexOptions.Singleline);
        m.Success.ShouldBeTrue($"no link for {status}");
        return WebUtility.HtmlDecode(m.Groups[1].Value);
    }

    private static List<int> TaskIds(string html) =>
        Regex.Matches(html, "<tr data-task-id=\"(\\d+)\"").Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();

    [Fact]
    public async Task CommuneDashboard_CountsByStatus_AndEachCountLeadsToExactlyThoseTasks()
    {
        var (_, commune, _, planId) = await CommuneAsync();
        var client = await ReportSeed.ClientAsync(App, Roles.Leader, commune.Id);
        var html = await (await client.GetAsync($"/Dashboards/{commune.Id}")).Content.ReadAsStringAsync();

        Count(html, "overdue").ShouldBe(8);
        Count(html, "in-progress").ShouldBe(2);
        Count(html, "done-on-time").ShouldBe(0);
        Count(html, "all").ShouldBe(10);
        html.ShouldContain("Quá hạn chưa hoàn thành (8)");

        var expected = await App.WithDbAsync(db => db.Tasks.Where(t => t.PlanId == planId && !t.DueText.StartsWith("Theo")).Select(t => t.Id).ToListAsync());
        var list = await (await client.GetAsync(Link(html, "overdue"))).Content.ReadAsStringAsync();
        TaskIds(list).ShouldBe(expected, ignoreOrder: true);
        list.ShouldContain("8 nhiệm vụ của " + commune.Name);
        list.ShouldContain("53 ngày"); // due 30/09/2026, today 22/11/2026

        var inProgress = await (await client.GetAsync(Link(html, "in-progress"))).Content.ReadAsStringAsync();
        TaskIds(inProgress).Count.ShouldBe(2);
    }

    [Fact]
    public async Task OfficeFilter_CountsOnlyTheOfficesTasks_AndTheScorecardRanksOffices()
    {
        var (_, commune, offices, _) = await CommuneAsync();
        var client = await ReportSeed.ClientAsync(App, Roles.StandingOfficer, commune.Id);
        var office = offices[0]; // leads tasks 1 and 6 (positions 0 and 5, both not understood) of the 10
        var html = await (await client.GetAsync($"/Dashboards/{commune.Id}?office={office.Id}")).Content.ReadAsStringAsync();
        Count(html, "all").ShouldBe(2);
        Count(html, "in-progress").ShouldBe(2);

        var all = await (await client.GetAsync($"/Dashboards/{commune.Id}")).Content.ReadAsStringAsync();
        var ranks = Regex.Matches(all, "<tr data-office-id=\"(\\d+)\">\\s*<td class=\"num\">(\\d+)</td>").Select(m => (Office: int.Parse(m.Groups[1].Value), Rank: int.Parse(m.Groups[2].Value))).ToList();
        ranks.Count.ShouldBe(offices.Count);
        ranks.Single(r => r.Office == office.Id).Rank.ShouldBe(ranks.Max(r => r.Rank)); // none due yet: after those with a rate
    }

    [Fact]
    public async Task TaskUpdate_ShowsInTheCommuneProvinceAndNationNumbers_AtTheNextLoad()
    {
        var (province, commune, offices, planId) = await CommuneAsync();
        var admin = await App.AdminClientAsync();
        var nationId = await App.WithDbAsync(async db =>
        {
            if (await db.Units.Where(u => u.Kind == UnitKind.Nation).Select(u => (int?)u.Id).FirstOrDefaultAsync() is { } id)
            {
                return id;
            }

            var nation = new Unit { Name = "Việt Nam", NameKey = "viet nam", Kind = UnitKind.Nation, CreatedAt = App.Clock.GetUtcNow() };
            db.Units.Add(nation);
            await db.SaveChangesAsync();
            return nation.Id;
        });
        var leader = await ReportSeed.ClientAsync(App, Roles.Leader, commune.Id);

        async Task<(int Overdue, int DoneLate)> NumbersAsync(HttpClient client, int unitId)
        {
            var html = await (await client.GetAsync($"/Dashboards/{unitId}")).Content.ReadAsStringAsync();
            return (Count(html, "overdue"), Count(html, "done-late"));
        }

        var communeBefore = await NumbersAsync(leader, commune.Id);
        var provinceBefore = await NumbersAsync(admin, province.Id);
        var nationBefore = await NumbersAsync(admin, nationId);
        communeBefore.ShouldBe((8, 0));

        // Office 2 leads position 1 ("Quý III/2026"): its officer reports it done on 20/11/2026, late.
        var taskId = await App.WithDbAsync(db => db.Tasks.Where(t => t.PlanId == planId && t.Position == 1).Select(t => t.Id).SingleAsync());
        var officer = await ReportSeed.ClientAsync(App, Roles.OfficeOfficer, offices[1].Id);
        var posted = await officer.PostAsJsonAsync($"/api/v1/tasks/{taskId}/updates", new { state = "Done", percentDone = 100, completedOn = "2026-11-20", result = "Đã xong" });
        posted.StatusCode.ShouldBe(HttpStatusCode.Created, await posted.Content.ReadAsStringAsync());

        (await NumbersAsync(leader, commune.Id)).ShouldBe((7, 1));
        (await NumbersAsync(admin, province.Id)).ShouldBe((provinceBefore.Overdue - 1, provinceBefore.DoneLate + 1));
        (await NumbersAsync(admin, nationId)).ShouldBe((nationBefore.Overdue - 1, nationBefore.DoneLate + 1));
    }

    private static int Colour(string html, string colour)
    {
        var m = Regex.Match(html, $"<table class=\"list counts\" data-counts=\"indicators\">.*?<a href=\"[^\"]+\" data-colour=\"{colour}\">(\\d+)</a>", RegexOptions.Singleline);
        m.Success.ShouldBeTrue($"no count for {colour}");
        return int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task IndicatorValue_ChangesTheCommuneAndProvinceColours_AtTheNextLoad()
    {
        var (province, commune, offices, planId) = await CommuneAsync();
        var admin = await App.AdminClientAsync();
        var leader = await ReportSeed.ClientAsync(App, Roles.Leader, commune.Id);
        async Task<(int Red, int Green, int Grey)> ColoursAsync(HttpClient client, int unitId)
        {
            var html = await (await client.GetAsync($"/Dashboards/{unitId}")).Content.ReadAsStringAsync();
            return (Colour(html, "red"), Colour(html, "green"), Colour(html, "grey"));
        }

        (await ColoursAsync(leader, commune.Id)).ShouldBe((0, 0, 2)); // two indicators "≥ 80 %", no value yet
        var provinceBefore = await ColoursAsync(admin, province.Id);

        var indicatorId = await App.WithDbAsync(db => db.Indicators.Where(i => i.PlanId == planId && i.Position == 0).Select(i => i.Id).SingleAsync());
        var officer = await ReportSeed.ClientAsync(App, Roles.OfficeOfficer, offices[0].Id);
        var put = await officer.PutAsJsonAsync($"/api/v1/indicators/{indicatorId}/values/2026-M09", new { value = 85 });
        put.StatusCode.ShouldBe(HttpStatusCode.OK, await put.Content.ReadAsStringAsync());
        (await ColoursAsync(leader, commune.Id)).ShouldBe((0, 1, 1));
        (await ColoursAsync(admin, province.Id)).ShouldBe((provinceBefore.Red, provinceBefore.Green + 1, provinceBefore.Grey - 1));

        // A later, lower value: far behind the pace to 80 by 31/12.
        put = await officer.PutAsJsonAsync($"/api/v1/indicators/{indicatorId}/values/2026-M10", new { value = 10 });
        put.StatusCode.ShouldBe(HttpStatusCode.OK, await put.Content.ReadAsStringAsync());
        (await ColoursAsync(leader, commune.Id)).ShouldBe((1, 0, 1));
        (await ColoursAsync(admin, province.Id)).ShouldBe((provinceBefore.Red + 1, provinceBefore.Green, provinceBefore.Grey - 1));

        var kept = await App.WithDbAsync(db => db.IndicatorColourSnapshots.AsNoTracking().SingleAsync(s => s.IndicatorId == indicatorId));
        kept.Colour.ShouldBe(Core.Monitoring.IndicatorColour.Red);
        kept.Version.ShouldBe(3); // marked by each of the two values
        kept.ValidUntil.ShouldBe(new DateOnly(2026, 12, 31));
    }

    [Fact]
    public async Task AColourComputedBeforeAWrite_DoesNotOverwriteTheWritesMark()
    {
        var (_, commune, _, planId) = await CommuneAsync();
        var leader = await ReportSeed.ClientAsync(App, Roles.Leader, commune.Id);
        (await leader.GetAsync($"/Dashboards/{commune.Id}")).StatusCode.ShouldBe(HttpStatusCode.OK); // colours kept
        var indicatorId = await App.WithDbAsync(db => db.Indicators.Where(i => i.PlanId == planId && i.Position == 0).Select(i => i.Id).SingleAsync());

        await using var scope = App.Services.CreateAsyncScope();
        var reader = scope.ServiceProvider.GetRequiredService<Data.SauRoDbContext>();
        var row = await reader.IndicatorColourSnapshots.SingleAsync(s => s.IndicatorId == indicatorId); // read before the write

        await App.WithDbAsync(async db =>
        {
            db.IndicatorValues.Add(new IndicatorValue { IndicatorId = indicatorId, PeriodKey = "2026-M09", Value = 85, UserName = "x", At = App.Clock.GetUtcNow() });
            return await db.SaveChangesAsync();
        });

        row.ValidUntil = new DateOnly(2026, 12, 30);
        row.ComputedOn = new DateOnly(2026, 11, 23); // computed again from the values read before the write
        await Should.ThrowAsync<DbUpdateConcurrencyException>(() => reader.SaveChangesAsync());
        var kept = await App.WithDbAsync(db => db.IndicatorColourSnapshots.AsNoTracking().SingleAsync(s => s.IndicatorId == indicatorId));
        kept.ValidUntil.ShouldBe(DateOnly.MinValue);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)] // after a background pass made every status current for the first day: the next day's count looks again
    public async Task ANewDay_ChangesStatusesWithoutAnyWrite(bool afterAPass)
    {
        var (_, commune, _, planId) = await CommuneAsync(tasks: 2);
        if (afterAPass)
        {
            await PassOverEveryStatusAsync();
        }

        await App.WithDbAsync(async db =>
        {
            var task = await db.Tasks.SingleAsync(t => t.PlanId == planId && t.Position == 1);
            Features.Import.PlanMapping.SetDue(task, Core.Plans.DeadlineParser.Parse("Trước ngày 25/11/2026", 2026));
            await db.SaveChangesAsync();
            return 0;
        });
        var client = await ReportSeed.ClientAsync(App, Roles.Leader, commune.Id);
        var first = await client.GetAsync($"/Dashboards/{commune.Id}");
        var html = await first.Content.ReadAsStringAsync();
        first.StatusCode.ShouldBe(HttpStatusCode.OK, html);
        Count(html, "due-soon").ShouldBe(1);
        Count(html, "overdue").ShouldBe(0);

        var start = App.Clock.GetUtcNow();
        try
        {
            App.Clock.Set(ReportSeed.Vietnam(2026, 11, 26, 0, 5));
            client = await ReportSeed.ClientAsync(App, Roles.Leader, commune.Id); // the sign-in of four days ago has expired
            html = await (await client.GetAsync($"/Dashboards/{commune.Id}")).Content.ReadAsStringAsync();
            Count(html, "due-soon").ShouldBe(0);
            Count(html, "overdue").ShouldBe(1);
        }
        finally
        {
            App.Clock.Set(start);
        }

        client = await ReportSeed.ClientAsync(App, Roles.Leader, commune.Id);
        html = await (await client.GetAsync($"/Dashboards/{commune.Id}")).Content.ReadAsStringAsync();
        Count(html, "due-soon").ShouldBe(1); // the clock set back: computed again for the earlier day
    }

    [Fact]
    public async Task ProvinceDashboard_HasARowPerCommune_SortableByOverdue()
    {
        var (province, first, _, _) = await CommuneAsync(tasks: 5);
        var (_, second, _) = await App.NewCommuneAsync();
        await App.WithDbAsync(async db =>
        {
            var unit = await db.Units.SingleAsync(u => u.Id == second.Id);
            unit.ParentId = province.Id;
            await db.SaveChangesAsync();
            return 0;
        });
        await PlanSeed.BuildAsync(App, second.Id, 10, 1);
        var client = await ReportSeed.ClientAsync(App, Roles.ProvinceOfficer, province.Id);
        var html = await (await client.GetAsync($"/Dashboards/{province.Id}?sort=overdue")).Content.ReadAsStringAsync();
        var rows = Regex.Matches(html, "<tr data-commune-id=\"(\\d+)\">").Select(m => int.Parse(m.Groups[1].Value)).ToList();
        rows.ShouldContain(first.Id);
        rows.ShouldContain(second.Id);
        rows.IndexOf(second.Id).ShouldBeLessThan(rows.IndexOf(first.Id)); // 8 overdue before 4
        Count(html, "overdue").ShouldBe(12);
    }

    [Fact]
    public async Task ProvinceDashboard_AfterAPassOverEveryStatus_ReadsEachKeptFigureOnce_AndAStaleColourFoundByTheCountIsComputedAgain()
    {
        var (province, _, _, planId) = await CommuneAsync(tasks: 5);
        var client = await ReportSeed.ClientAsync(App, Roles.ProvinceOfficer, province.Id);
        var html = await (await client.GetAsync($"/Dashboards/{province.Id}")).Content.ReadAsStringAsync();
        Count(html, "overdue").ShouldBe(4);

        // The background pass has brought every status up to today: the task counts do not look for stale ones, and
        // colours and completeness check freshness in their counting query, so each kept figure is read by one command.
        await PassOverEveryStatusAsync();
        var before = App.SqlCommands.Count;
        html = await (await client.GetAsync($"/Dashboards/{province.Id}")).Content.ReadAsStringAsync();
        var commands = App.SqlCommands.Since(before);
        Count(html, "overdue").ShouldBe(4);
        foreach (var table in new[] { "\"TaskStatusSnapshots\"", "\"IndicatorColourSnapshots\"", "\"ReportCompletenessSnapshots\"" })
        {
            commands.Count(c => c.Contains(table, StringComparison.Ordinal)).ShouldBe(1, $"{table}:\n{string.Join("\n---\n", commands)}");
        }

        // A kept colour past its validity, and wrong: the count finds it, computes it again and counts again.
        var indicatorId = await App.WithDbAsync(async db =>
        {
            var kept = await db.IndicatorColourSnapshots.Where(s => db.Indicators.Any(i => i.Id == s.IndicatorId && i.PlanId == planId)).FirstAsync();
            kept.Colour.ShouldBe(Core.Monitoring.IndicatorColour.Grey); // "≥ 80 %", no value yet
            kept.Colour = Core.Monitoring.IndicatorColour.Red;
            kept.ValidUntil = new DateOnly(2026, 11, 21);
            await db.SaveChangesAsync();
            return kept.IndicatorId;
        });
        var (red, grey) = (Colour(html, "red"), Colour(html, "grey"));
        html = await (await client.GetAsync($"/Dashboards/{province.Id}")).Content.ReadAsStringAsync();
        (Colour(html, "red"), Colour(html, "grey")).ShouldBe((red, grey));
        var again = await App.WithDbAsync(db => db.IndicatorColourSnapshots.AsNoTracking().SingleAsync(s => s.IndicatorId == indicatorId));
        again.ValidUntil.ShouldBeGreaterThanOrEqualTo(new DateOnly(2026, 11, 22));
    }

    [Fact]
    public async Task TaskList_PagesOf50_CountedInTheSameStatement_AndAPagePastTheEndShowsTheLast()
    {
        var (province, commune, _, planId) = await CommuneAsync(tasks: 60); // 48 overdue, 12 in progress
        await PassOverEveryStatusAsync();
        var client = await ReportSeed.ClientAsync(App, Roles.ProvinceOfficer, province.Id);

        var before = App.SqlCommands.Count;
        var first = await (await client.GetAsync($"/Dashboards/{commune.Id}/Tasks")).Content.ReadAsStringAsync();
        var commands = App.SqlCommands.Since(before);
        TaskIds(first).Count.ShouldBe(50);
        // One pass over the matching tasks pages and counts them (no separate COUNT, no look for stale statuses after
        // the pass), then the page's rows are read by key.
        var all = string.Join("\n---\n", commands);
        commands.Count(c => c.Contains("\"TaskStatusSnapshots\"", StringComparison.Ordinal)).ShouldBe(2, all);
        commands.Count(c => c.Contains("COUNT(*)", StringComparison.Ordinal) && c.Contains("\"PlanTasks\"", StringComparison.Ordinal)).ShouldBe(1, all);
        commands.ShouldContain(c => c.Contains("COUNT(*) OVER ()", StringComparison.Ordinal), all);
        System.Text.RegularExpressions.Regex.Match(first, "<p id=\"task-list-summary\">([^<]*)</p>").Groups[1].Value.ShouldStartWith("60 nhiệm vụ của " + commune.Name);

        var second = await (await client.GetAsync($"/Dashboards/{commune.Id}/Tasks?page=2")).Content.ReadAsStringAsync();
        TaskIds(second).Count.ShouldBe(10); // "page" is also Razor Pages' own route value: bound from the query string only
        var tasks = await App.WithDbAsync(db => db.Tasks.Where(t => t.PlanId == planId).Select(t => t.Id).ToListAsync());
        TaskIds(first).Concat(TaskIds(second)).ShouldBe(tasks, ignoreOrder: true);

        foreach (var past in new[] { "9", "2147483647" })
        {
            var last = await client.GetAsync($"/Dashboards/{commune.Id}/Tasks?page={past}");
            last.StatusCode.ShouldBe(HttpStatusCode.OK);
            TaskIds(await last.Content.ReadAsStringAsync()).ShouldBe(TaskIds(second));
        }
    }

    [Fact]
    public async Task Dashboard_OfACommuneTheUserMayNotSee_Is404_AndUnknownIs404()
    {
        var (_, commune, _, _) = await CommuneAsync(tasks: 1);
        var (_, other, _) = await App.NewCommuneAsync();
        var client = await ReportSeed.ClientAsync(App, Roles.Leader, other.Id);
        (await client.GetAsync($"/Dashboards/{commune.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetAsync($"/Dashboards/{commune.Id}/Tasks?status=overdue")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetAsync("/Dashboards/987654321")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Dashboard_WithoutAUnit_LeadsToTheUsersOwn_AnOfficeOfficerToTheirOffice()
    {
        var (_, commune, offices, _) = await CommuneAsync(tasks: 1);
        var user = await App.NewUserAsync(Roles.OfficeOfficer, offices[0].Id);
        var signed = await App.SignedInClientAsync(user);
        var response = await signed.GetAsync("/Dashboards");
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldBe($"/Dashboards/{commune.Id}?office={offices[0].Id}");
    }

    [Fact]
    public async Task HostileFilterValues_AreIgnored_NotErrors()
    {
        var (_, commune, _, _) = await CommuneAsync(tasks: 3);
        var client = await ReportSeed.ClientAsync(App, Roles.Leader, commune.Id);
        foreach (var query in new[] { "year=abc", "year=99999", "plan=-1", "office=1%27%20OR%201=1", "status=%3Cscript%3E", "section=" + new string('x', 5000), "page=-5" })
        {
            var response = await client.GetAsync($"/Dashboards/{commune.Id}/Tasks?{query}");
            response.StatusCode.ShouldBe(HttpStatusCode.OK, query);
            (await response.Content.ReadAsStringAsync()).ShouldNotContain("<script>");
        }
    }
}

public sealed class DashboardTests_Sqlite(SqliteWebApp app) : DashboardTests(app), IClassFixture<SqliteWebApp>;

public sealed class DashboardTests_Postgres(PostgresWebApp app) : DashboardTests(app), IClassFixture<PostgresWebApp>;
