using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SauRo.Core.Monitoring;
using SauRo.Data.Entities;
using SauRo.Features.Accounts;
using SauRo.Features.Demo;

namespace SauRo.Tests.Web;

/// <summary>
/// The demo data of a first start, seeded on 22/11/2026 (the seeder runs on an empty database; the fixture's database
/// holds nothing else in this class): each commune's plan shows a plan being worked on — tasks done on time and late,
/// exactly one overdue task (with an open explanation request), indicators red, orange and green, one offices' report
/// approved and one waiting, one deadline change waiting — and every fact is dated from today, written with its audit row.
/// </summary>
public abstract partial class DemoSeedTests(WebAppFixture app) : WebTest(app)
{
    [Fact]
    public async Task DemoSeed_FirstStart_EachPlanShowsProgressCountedFromToday()
    {
        var now = new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.FromHours(7)).ToUniversalTime();
        App.Clock.Set(now);
        var today = new DateOnly(2026, 11, 22);
        await using (var scope = App.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedIfEmptyAsync();
        }

        var plans = await App.WithDbAsync(db => db.Plans.AsNoTracking().OrderBy(p => p.Id)
            .Select(p => new { p.Id, p.UnitId, Commune = p.Unit!.Name }).ToListAsync());
        plans.Select(p => p.Commune).ShouldBe(["Xã An Bình", "Phường Đông Hòa", "Xã Tân Lập"]);

        foreach (var plan in plans)
        {
            // The plan page as the commune's leader sees it.
            var leader = await App.SignedInClientAsync(await App.NewUserAsync(Roles.Leader, plan.UnitId));
            var html = await leader.GetStringAsync($"/Plans/{plan.Id}");
            var statuses = TaskRow().Matches(html).ToDictionary(m => int.Parse(m.Groups[1].Value), m => m.Groups[2].Value);
            var overdue = statuses.Where(s => s.Value == "overdue").Select(s => s.Key).ToList();
            overdue.Count.ShouldBe(1, plan.Commune);
            statuses.Values.ShouldContain("done-on-time", plan.Commune);
            statuses.Values.ShouldContain("done-late", plan.Commune);
            statuses.Values.ShouldContain("in-progress", plan.Commune);
            var colours = IndicatorRow().Matches(html).Select(m => m.Groups[1].Value).ToList();
            colours.ShouldContain("red", plan.Commune);
            colours.ShouldContain("orange", plan.Commune);
            colours.ShouldContain("green", plan.Commune);
            (await App.WithDbAsync(db => db.TaskUpdates.CountAsync(u => u.TaskId == overdue[0]))).ShouldBe(0);

            // One offices' report approved (carrying what it reported), one submitted and waiting, both on time.
            var reports = await App.WithDbAsync(db => db.Reports.AsNoTracking().Where(r => r.PlanId == plan.Id).OrderBy(r => r.Id).ToListAsync());
            reports.Select(r => r.State).ShouldBe([ReportState.Approved, ReportState.Submitted], plan.Commune);
            reports.ShouldAllBe(r => VietnamTime.DateOf(r.FirstSubmittedAt!.Value) <= r.DueDate && r.SubmittedAt <= now);
            var approved = reports[0];
            approved.ReviewedAt.ShouldNotBeNull();
            approved.ReviewedAt.Value.ShouldBeLessThanOrEqualTo(now);
            approved.ReviewedBy.ShouldEndWith(".lanh-dao");
            (ReportingPeriod.Parse(reports[1].PeriodKey).Sequence - ReportingPeriod.Parse(approved.PeriodKey).Sequence).ShouldBe(1);
            var carried = await App.WithDbAsync(async db =>
                await db.TaskUpdates.CountAsync(u => u.ReportId == approved.Id) + await db.IndicatorValues.CountAsync(v => v.ReportId == approved.Id));
            carried.ShouldBeGreaterThan(0);
            (await leader.GetStringAsync("/Reports")).ShouldContain("Có 1 báo cáo chờ duyệt.");

            // The open explanation is about the overdue task; one deadline change waits for the leader.
            var explanation = await App.WithDbAsync(db => db.ExplanationRequests.AsNoTracking().SingleAsync(e => e.PlanId == plan.Id));
            (explanation.TaskId, explanation.AnsweredAt).ShouldBe((overdue[0], (DateTimeOffset?)null));
            var changes = await App.WithDbAsync(db => db.DeadlineChanges.AsNoTracking().Where(c => db.Tasks.Any(t => t.Id == c.TaskId && t.PlanId == plan.Id)).ToListAsync());
            changes.Select(c => c.State).ShouldBe([ChangeState.Pending]);
            changes[0].ToEnd!.Value.ShouldBeGreaterThan(today);
        }

        // An Bình on 22/11/2026: the task due 30/09 is the overdue one; October's report approved, November's waiting.
        var anBinh = plans[0].Id;
        var (task3, anBinhReports) = await App.WithDbAsync(async db => (
            await db.Tasks.Where(t => t.PlanId == anBinh && t.Ordinal == "3").Select(t => t.Id).SingleAsync(),
            await db.Reports.AsNoTracking().Where(r => r.PlanId == anBinh).OrderBy(r => r.Id).ToListAsync()));
        (await App.WithDbAsync(db => db.ExplanationRequests.Where(e => e.PlanId == anBinh).Select(e => e.TaskId).SingleAsync())).ShouldBe(task3);
        anBinhReports.Select(r => r.PeriodKey).ShouldBe(["2026-M10", "2026-M11"]);

        // Nothing is dated after now; values are only for periods whose data is in; every row has its audit entry.
        var (updates, values) = await App.WithDbAsync(async db => (
            await db.TaskUpdates.AsNoTracking().ToListAsync(), await db.IndicatorValues.AsNoTracking().ToListAsync()));
        updates.ShouldNotBeEmpty();
        updates.ShouldAllBe(u => u.At <= now && (u.CompletedOn == null || u.CompletedOn <= today));
        values.ShouldAllBe(v => v.At <= now && ReportingPeriod.Parse(v.PeriodKey).DataWindow(14).End < today);
        values.ShouldContain(v => v.Numerator != null && v.Denominator == 20);
        await AuditAssert.HasEntryAsync(App, nameof(TaskUpdate), updates[0].Id, AuditAction.Create);
        await AuditAssert.HasEntryAsync(App, nameof(Report), anBinhReports[0].Id, AuditAction.Create);
        var audited = await App.WithDbAsync(db => db.AuditEntries.Where(e => e.EntityType == nameof(IndicatorValue) && e.Action == AuditAction.Create).CountAsync());
        audited.ShouldBe(values.Count);
    }

    [GeneratedRegex("<tr id=\"task-(\\d+)\" data-task-id=\"\\d+\">.*?<td data-status=\"([a-z-]+)\"", RegexOptions.Singleline)]
    private static partial Regex TaskRow();

    [GeneratedRegex("<tr id=\"indicator-\\d+\" data-indicator-id=\"\\d+\">.*?data-colour=\"([a-z]+)\"", RegexOptions.Singleline)]
    private static partial Regex IndicatorRow();
}

public sealed class DemoSeedTests_Sqlite(SqliteWebApp app) : DemoSeedTests(app), IClassFixture<SqliteWebApp>;

public sealed class DemoSeedTests_Postgres(PostgresWebApp app) : DemoSeedTests(app), IClassFixture<PostgresWebApp>;
