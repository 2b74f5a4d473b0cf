using Microsoft.EntityFrameworkCore;
using SauRo.Core.Dashboards;
using SauRo.Core.Monitoring;
using SauRo.Core.Reporting;
using SauRo.Data;
using SauRo.Data.Entities;
using SauRo.Features.Monitoring;
using SauRo.Features.Reports;

namespace SauRo.Features.Dashboards;

/// <summary>
/// A commune's dashboard: tasks by status, indicators by colour, the most overdue tasks, what is due soon, report
/// completeness and timeliness, and the offices' scorecard. Every figure is computed at the request from the current
/// data (task statuses from their kept snapshots, brought up to today first).
/// </summary>
public sealed record CommuneDashboard(
    DashboardScope Scope,
    DashboardFilter Filter,
    DateOnly Today,
    StatusCounts Tasks,
    ColourCounts Indicators,
    IReadOnlyList<TaskList.Row> Overdue,
    IReadOnlyList<TaskList.Row> DueSoon,
    CompletenessFigures Reports,
    IReadOnlyList<RankedOffice> Scorecard,
    IReadOnlyList<DashboardChoice> Plans,
    IReadOnlyList<DashboardChoice> Offices,
    IReadOnlyList<string> Sections)
{
    public const int ListSize = 10;

    public static async Task<CommuneDashboard> LoadAsync(
        SauRoDbContext db, int communeId, DashboardFilter filter, DateOnly today, MonitoringSettings settings, TaskStatusFreshness freshness, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(settings);
        var name = await db.Units.AsNoTracking().Where(u => u.Id == communeId).Select(u => u.Name).SingleAsync(cancellation);
        var scope = new DashboardScope(UnitKind.Commune, communeId, name);
        await TaskCounts.RefreshAsync(db, scope, today, settings, freshness, cancellation);

        var tasks = filter.Apply(scope.Tasks(db), today);
        var year = filter.YearOr(today);
        var plans = await scope.Plans(db, year).AsNoTracking()
            .OrderBy(p => p.Id).Select(p => new DashboardChoice(p.Id, p.Number != null ? p.Number + " — " + p.Title : p.Title)).ToListAsync(cancellation);
        var planIds = filter.PlanId is { } only ? plans.Where(p => p.Id == only).Select(p => p.Id).ToList() : plans.Select(p => p.Id).ToList();

        var counts = await TaskCounts.TotalAsync(db, tasks, cancellation);
        var byOffice = await TaskCounts.ByLeadOfficeAsync(db, tasks, cancellation);
        var overdue = await TaskList.RowsAsync(db, scope, filter with { Status = PlanTaskStatus.Overdue }, today, 0, ListSize, cancellation);
        var dueSoon = await TaskList.RowsAsync(db, scope, filter with { Status = PlanTaskStatus.DueSoon }, today, 0, ListSize, cancellation);

        var indicators = await IndicatorColourCounts.ForPlansAsync(db, planIds, filter.OfficeId, year, today, settings.CutOffDay, cancellation);

        var expected = await ExpectedReports.ForPlansAsync(db, planIds, new DateOnly(year, 1, 1), today, settings.CutOffDay, cancellation);
        var completeness = CompletenessView.Compute(expected, today);
        var reportsByUnit = completeness.Units.ToDictionary(u => u.UnitId, u => u.Figures);

        var offices = await db.Units.AsNoTracking().Where(u => u.ParentId == communeId && u.Kind == UnitKind.Office)
            .OrderBy(u => u.SortOrder).ThenBy(u => u.Name).Select(u => new DashboardChoice(u.Id, u.Name)).ToListAsync(cancellation);
        var openExplanations = await db.ExplanationRequests.AsNoTracking()
            .Where(e => planIds.Contains(e.PlanId) && e.AnsweredAt == null && e.OfficeId != null)
            .GroupBy(e => e.OfficeId!.Value).Select(g => new { OfficeId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.OfficeId, g => g.Count, cancellation);
        var scores = offices
            .Where(o => byOffice.ContainsKey(o.Id) || reportsByUnit.ContainsKey(o.Id))
            .Where(o => filter.OfficeId is null || filter.OfficeId == o.Id)
            .Select(o =>
            {
                var reports = reportsByUnit.GetValueOrDefault(o.Id, CompletenessFigures.Empty);
                return new OfficeScore(o.Id, o.Name, byOffice.GetValueOrDefault(o.Id, StatusCounts.Empty), reports.Expected, reports.OnTime, openExplanations.GetValueOrDefault(o.Id));
            });

        var sections = await scope.Tasks(db).Where(t => (t.Plan!.Year == year || t.Plan.Year == null) && t.Section != null)
            .Select(t => t.Section!).Distinct().OrderBy(s => s).Take(200).ToListAsync(cancellation);

        return new CommuneDashboard(
            scope, filter, today, counts, indicators, overdue, dueSoon,
            filter.OfficeId is { } office ? reportsByUnit.GetValueOrDefault(office, CompletenessFigures.Empty) : completeness.Overall,
            Core.Dashboards.Scorecard.Rank(scores), plans, offices, sections);
    }
}

/// <summary>An option of a dashboard's filter (a plan, an office).</summary>
public sealed record DashboardChoice(int Id, string Name);
