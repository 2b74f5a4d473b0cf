using Microsoft.EntityFrameworkCore;
using SauRo.Core.Monitoring;
using SauRo.Data.Entities;
using SauRo.Features.Dashboards;
using SauRo.Features.Reports;

namespace SauRo.Tests.Web;

/// <summary>
/// The report completeness a province dashboard adds up is kept per plan (<see cref="ReportCompletenessStore"/>): the
/// kept figures must be those the reports pages compute, on every day they are trusted, and every write they depend
/// on must mark them.
/// </summary>
public abstract class ReportCompletenessStoreTests(WebAppFixture app) : WebTest(app)
{
    private const int CutOff = 14;

    private async Task<ReportSeed.World> WorldWithReportsAsync()
    {
        var w = await ReportSeed.BuildAsync(App);
        await ReportSeed.StoreAsync(App, w, w.Offices[0].Id, ReportState.Approved, ReportSeed.Vietnam(2026, 5, 4));
        await ReportSeed.StoreAsync(App, w, w.Offices[1].Id, ReportState.Submitted, ReportSeed.Vietnam(2026, 5, 7));
        await ReportSeed.StoreAsync(App, w, w.Commune.Id, ReportState.Submitted, ReportSeed.Vietnam(2026, 5, 10, 23, 30));
        var may = await ReportSeed.StoreAsync(App, w, w.Offices[2].Id, ReportState.Returned, ReportSeed.Vietnam(2026, 5, 16), period: "2026-M05");
        await App.WithDbAsync(async db =>
        {
            (await db.Reports.SingleAsync(r => r.Id == may)).DueDate = new DateOnly(2026, 6, 5); // the seed freezes April's
            return await db.SaveChangesAsync();
        });
        return w;
    }

    private Task<CompletenessView> DirectViewAsync(int planId, DateOnly day) => App.WithDbAsync(async db =>
        CompletenessView.Compute(await ExpectedReports.ForPlansAsync(db, [planId], new DateOnly(2026, 1, 1), day, CutOff, default), day));

    private async Task<CompletenessFigures> DirectAsync(int planId, DateOnly day) => (await DirectViewAsync(planId, day)).Overall;

    private static Dictionary<int, CompletenessFigures> ByUnit(ReportCompletenessSnapshot s)
    {
        var units = new Dictionary<int, CompletenessFigures>();
        CompletenessByUnit.AddTo(units, s.ByUnit);
        return units;
    }

    private Task<List<ExpectedReportRow>> YearRowsAsync(int planId) => App.WithDbAsync(db =>
        ExpectedReports.ForPlansAsync(db, [planId], new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), CutOff, default));

    private static CompletenessFigures Figures(ReportCompletenessSnapshot s) => new(s.Expected, s.Submitted, s.OnTime, s.Approved);

    [Fact]
    public async Task KeptFigures_AreThoseOfTheReportsPages_OnEveryDayTheyAreTrusted()
    {
        var w = await WorldWithReportsAsync();
        var yearRows = await YearRowsAsync(w.PlanId);
        var recomputed = 0;
        ReportCompletenessSnapshot? kept = null;
        for (var day = new DateOnly(2026, 3, 1); day <= new DateOnly(2026, 8, 31); day = day.AddDays(1))
        {
            if (kept is null || kept.ValidUntil < day)
            {
                kept = ReportCompletenessStore.Snapshot(w.PlanId, yearRows, 2026, day, CutOff);
                kept.ValidUntil.ShouldBeGreaterThanOrEqualTo(day);
                recomputed++;
            }

            var direct = await DirectViewAsync(w.PlanId, day);
            Figures(kept).ShouldBe(direct.Overall, $"computed {kept.ComputedOn}, valid until {kept.ValidUntil}, on {day}");
            ByUnit(kept).ShouldBe(direct.Units.ToDictionary(u => u.UnitId, u => u.Figures), $"per unit, computed {kept.ComputedOn}, on {day}");
        }

        recomputed.ShouldBeLessThan(40); // kept for days, not computed every day
        // April: five offices and the commune, all due; May: the report filed early counts, the others are not due yet.
        (await DirectAsync(w.PlanId, new DateOnly(2026, 5, 20))).ShouldBe(new CompletenessFigures(7, 4, 3, 1));
    }

    [Fact]
    public async Task ReportAndLeadWrites_MarkThePlan_AndTheNextCountHasThem()
    {
        var w = await WorldWithReportsAsync();
        var today = new DateOnly(2026, 5, 20);
        async Task<CompletenessFigures> CountAsync() => (await App.WithDbAsync(db =>
            ProvinceFigures.LoadAsync(db, w.Commune.ParentId!.Value, new DashboardFilter(), 2026, today, CutOff, default))).Reports[w.Commune.Id];
        Task<ReportCompletenessSnapshot> KeptAsync() => App.WithDbAsync(db => db.ReportCompletenessSnapshots.AsNoTracking().SingleAsync(s => s.PlanId == w.PlanId));

        (await CountAsync()).ShouldBe(new CompletenessFigures(7, 4, 3, 1));
        var first = await KeptAsync();

        await ReportSeed.StoreAsync(App, w, w.Offices[3].Id, ReportState.Submitted, ReportSeed.Vietnam(2026, 5, 5));
        var marked = await KeptAsync();
        marked.ValidUntil.ShouldBe(DateOnly.MinValue);
        marked.Version.ShouldBe(first.Version + 1);
        (await CountAsync()).ShouldBe(new CompletenessFigures(7, 5, 4, 1));
        var byUnit = (await App.WithDbAsync(db =>
            CommuneFigures.LoadAsync(db, w.Commune.Id, new DashboardFilter { PlanId = w.PlanId }, 2026, today, CutOff, default))).Reports;
        byUnit[w.Offices[3].Id].ShouldBe(new CompletenessFigures(1, 1, 1, 0));
        byUnit.Values.Aggregate(CompletenessFigures.Empty, (sum, f) => sum.Add(f)).ShouldBe(new CompletenessFigures(7, 5, 4, 1));

        // An office that leads nothing yet is given a task: one more office owes the report.
        var sixth = await App.WithDbAsync(async db =>
        {
            var office = new Unit { Name = "Phòng Thử Sáu", NameKey = "phong thu sau", Kind = UnitKind.Office, ParentId = w.Commune.Id, CreatedAt = App.Clock.GetUtcNow(), SortOrder = 9 };
            db.Units.Add(office);
            await db.SaveChangesAsync();
            var task = await db.Tasks.FirstAsync(t => t.PlanId == w.PlanId);
            db.TaskUnits.Add(new TaskUnit { TaskId = task.Id, Role = TaskUnitRole.Lead, Position = 5, Name = office.Name, UnitId = office.Id });
            await db.SaveChangesAsync();
            return office.Id;
        });
        (await KeptAsync()).ValidUntil.ShouldBe(DateOnly.MinValue);
        (await CountAsync()).ShouldBe(new CompletenessFigures(8, 5, 4, 1), $"office {sixth}");
    }
}

public sealed class ReportCompletenessStoreTests_Sqlite(SqliteWebApp app) : ReportCompletenessStoreTests(app), IClassFixture<SqliteWebApp>;

public sealed class ReportCompletenessStoreTests_Postgres(PostgresWebApp app) : ReportCompletenessStoreTests(app), IClassFixture<PostgresWebApp>;
