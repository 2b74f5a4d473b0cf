using System.Net;
using System.Text.RegularExpressions;
using SauRo.Data.Entities;
using SauRo.Features.Accounts;

namespace SauRo.Tests.Web;

/// <summary>
/// Completeness and timeliness on a worked case: five offices owe April's report (due 05/05/2026), the commune owes
/// its own (due 10/05/2026). Office 1 submits on the due date at 23:30 in Vietnam (on time) and is approved; office 2
/// at 00:30 the day after (late); office 3 on 04/05, is returned and resubmits on 07/05 (on time: the first
/// submission counts); offices 4 and 5 send nothing.
/// </summary>
public abstract partial class CompletenessTests(WebAppFixture app) : WebTest(app)
{
    private async Task<ReportSeed.World> WorkedCaseAsync()
    {
        var w = await ReportSeed.BuildAsync(App);
        await ReportSeed.StoreAsync(App, w, w.Offices[0].Id, ReportState.Approved, ReportSeed.Vietnam(2026, 5, 5, 23, 30));
        await ReportSeed.StoreAsync(App, w, w.Offices[1].Id, ReportState.Submitted, ReportSeed.Vietnam(2026, 5, 6, 0, 30));
        await ReportSeed.StoreAsync(App, w, w.Offices[2].Id, ReportState.Submitted, ReportSeed.Vietnam(2026, 5, 4), ReportSeed.Vietnam(2026, 5, 7));
        return w;
    }

    private static (string Expected, string Submitted, string OnTime, string Approved, string SubmittedRate, string OnTimeRate, string ApprovedRate) Row(string html, string rowStart)
    {
        var m = Regex.Match(html, rowStart + "[^>]*data-expected=\"(\\d+)\" data-submitted=\"(\\d+)\" data-on-time=\"(\\d+)\" data-approved=\"(\\d+)\">.*?"
            + "class=\"num submitted-rate\">([^<]*)<.*?class=\"num on-time-rate\">([^<]*)<.*?class=\"num approved-rate\">([^<]*)<", RegexOptions.Singleline);
        m.Success.ShouldBeTrue($"no row {rowStart}");
        return (m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value, m.Groups[4].Value, m.Groups[5].Value, m.Groups[6].Value, m.Groups[7].Value);
    }

    [Fact]
    public async Task PlanCompleteness_WorkedCase_OnTimeOnTheDueDate_LateTheDayAfter()
    {
        var w = await WorkedCaseAsync();
        App.Clock.Set(ReportSeed.Vietnam(2026, 5, 8));
        var leader = await ReportSeed.ClientAsync(App, Roles.Leader, w.Commune.Id);

        var html = await leader.GetStringAsync($"/Plans/{w.PlanId}/Completeness?period=2026-M04");
        Row(html, $"<tr data-unit-id=\"{w.Offices[0].Id}\"").ShouldBe(("1", "1", "1", "1", "100%", "100%", "100%"));
        Row(html, $"<tr data-unit-id=\"{w.Offices[1].Id}\"").ShouldBe(("1", "1", "0", "0", "100%", "0%", "0%"));
        Row(html, $"<tr data-unit-id=\"{w.Offices[2].Id}\"").ShouldBe(("1", "1", "1", "0", "100%", "100%", "0%"));
        Row(html, $"<tr data-unit-id=\"{w.Offices[3].Id}\"").ShouldBe(("1", "0", "0", "0", "0%", "0%", "0%"));
        Row(html, "<tr id=\"completeness-overall\"").ShouldBe(("5", "3", "2", "1", "60%", "40%", "20%"));
        Row(html, $"<tr data-unit-id=\"{w.Commune.Id}\"").ShouldBe(("0", "0", "0", "0", "—", "—", "—")); // due 10/05: nothing owed yet
        html.ShouldContain("Còn 1 báo cáo chưa đến hạn, chưa tính.");
        var missing = Regex.Matches(html, "<tr data-unit-id=\"(\\d+)\" data-period=\"2026-M04\">\\s*<td>[^<]*</td>\\s*<td>[^<]*</td>\\s*<td>([^<]*)</td>");
        missing.Select(m => (m.Groups[1].Value, m.Groups[2].Value)).ShouldBe([($"{w.Offices[3].Id}", "05/05/2026"), ($"{w.Offices[4].Id}", "05/05/2026")], ignoreOrder: true);

        // After the commune's due date its own report is missing too.
        App.Clock.Set(ReportSeed.Vietnam(2026, 5, 11));
        leader = await ReportSeed.ClientAsync(App, Roles.Leader, w.Commune.Id);
        html = await leader.GetStringAsync($"/Plans/{w.PlanId}/Completeness?period=2026-M04");
        Row(html, $"<tr data-unit-id=\"{w.Commune.Id}\"").ShouldBe(("1", "0", "0", "0", "0%", "0%", "0%"));
        Row(html, "<tr id=\"completeness-overall\"").ShouldBe(("6", "3", "2", "1", "50%", "33,3%", "16,7%"));
    }

    [Fact]
    public async Task CommuneCompleteness_AddsThePlansUp_AndStaysInsideTheCommune()
    {
        var w = await WorkedCaseAsync();
        App.Clock.Set(ReportSeed.Vietnam(2026, 5, 8));
        var officer = await ReportSeed.ClientAsync(App, Roles.OfficeOfficer, w.Offices[0].Id);

        var html = await officer.GetStringAsync("/Reports/Completeness?period=2026-M04");
        html.ShouldContain(w.Commune.Name);
        Row(html, "<tr id=\"completeness-overall\"").ShouldBe(("5", "3", "2", "1", "60%", "40%", "20%"));
        Row(html, $"<tr data-unit-id=\"{w.Offices[1].Id}\"").OnTimeRate.ShouldBe("0%");

        // Every period so far: May is not due before 05/06.
        Row(await officer.GetStringAsync($"/Reports/Completeness?unitId={w.Commune.Id}&year=2026"), "<tr id=\"completeness-overall\"").Expected.ShouldBe("5");

        var (_, other, _) = await App.NewCommuneAsync();
        var stranger = await ReportSeed.ClientAsync(App, Roles.Leader, other.Id);
        (await stranger.GetAsync($"/Reports/Completeness?unitId={w.Commune.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await stranger.GetAsync($"/Plans/{w.PlanId}/Completeness")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}

public sealed class CompletenessTests_Sqlite(SqliteWebApp app) : CompletenessTests(app), IClassFixture<SqliteWebApp>;

public sealed class CompletenessTests_Postgres(PostgresWebApp app) : CompletenessTests(app), IClassFixture<PostgresWebApp>;
