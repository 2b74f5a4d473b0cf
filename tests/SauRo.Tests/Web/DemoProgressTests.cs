using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SauRo.Core.Monitoring;
using SauRo.Data.Entities;
using SauRo.Features.Demo;
using SauRo.Features.Monitoring;

namespace SauRo.Tests.Web;

/// <summary>
/// The demo's progress facts follow the day the app starts: An Bình's plan (issued 20/03/2026) seeded on 10/06/2026
/// has only April's task overdue, values for April and May, April's report approved and May's waiting, and the deadline
/// change asked on the task under way that is due last.
/// </summary>
public abstract class DemoProgressTests(WebAppFixture app) : WebTest(app)
{
    [Fact]
    public async Task DemoProgress_SeededInJune_FactsFollowThatDay()
    {
        var now = new DateTimeOffset(2026, 6, 10, 9, 0, 0, TimeSpan.FromHours(7)).ToUniversalTime();
        App.Clock.Set(now);
        var (_, commune, _) = await App.NewCommuneAsync("Xã An Bình");
        var planId = await PlanSeed.ImportAsync(App, commune.Id);
        await using (var scope = App.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DemoProgress>().SeedAsync(planId);
        }

        var (tasks, statuses) = await App.WithDbAsync(async db =>
        {
            var all = await db.Tasks.AsNoTracking().Where(t => t.PlanId == planId).ToListAsync();
            var settings = App.Services.GetRequiredService<MonitoringSettings>();
            return (all.ToDictionary(t => t.Ordinal!, t => t.Id), await TaskStatuses.ForTasksAsync(db, all, new DateOnly(2026, 6, 10), settings, CancellationToken.None));
        });
        statuses.Where(s => s.Value.Status == PlanTaskStatus.Overdue).Select(s => s.Key).ShouldBe([tasks["1"]]);
        statuses.Values.ShouldNotContain(s => s.Status.IsDone()); // nothing else was due yet
        statuses[tasks["3"]].Status.ShouldBe(PlanTaskStatus.InProgress);

        var (explanation, change, reports, values, progress3) = await App.WithDbAsync(async db => (
            await db.ExplanationRequests.AsNoTracking().SingleAsync(e => e.PlanId == planId),
            await db.DeadlineChanges.AsNoTracking().SingleAsync(),
            await db.Reports.AsNoTracking().Where(r => r.PlanId == planId).OrderBy(r => r.Id).ToListAsync(),
            await db.IndicatorValues.AsNoTracking().ToListAsync(),
            await db.TaskUpdates.AsNoTracking().Where(u => u.TaskId == tasks["3"]).OrderBy(u => u.At).ToListAsync()));
        explanation.TaskId.ShouldBe(tasks["1"]);
        (change.TaskId, change.FromText, change.ToText, change.State).ShouldBe((tasks["3"], "Từ quý II đến quý III năm 2026", "Tháng 10/2026", ChangeState.Pending));
        reports.Select(r => (r.PeriodKey, r.State)).ShouldBe([("2026-M04", ReportState.Approved), ("2026-M05", ReportState.Submitted)]);
        values.Select(v => v.PeriodKey).Distinct().Order().ShouldBe(["2026-M04", "2026-M05"]);
        values.ShouldAllBe(v => v.At <= now);

        // Task 3 (01/04–30/09) on 10/06: 70 of 182 days elapsed, 90% of that by fives → 35%, a month after 20%.
        progress3.Select(u => (u.State, u.PercentDone)).ShouldBe([(TaskProgressState.InProgress, 20), (TaskProgressState.InProgress, 35)]);
        VietnamTime.DateOf(progress3[^1].At).ShouldBe(new DateOnly(2026, 6, 7));
    }
}

public sealed class DemoProgressTests_Sqlite(SqliteWebApp app) : DemoProgressTests(app), IClassFixture<SqliteWebApp>;

public sealed class DemoProgressTests_Postgres(PostgresWebApp app) : DemoProgressTests(app), IClassFixture<PostgresWebApp>;
