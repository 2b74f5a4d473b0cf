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
        // The commune and its offices (for the filter and the scorecard) in one read.
        var (name, offices) = await DashboardUnit.LoadAsync(db, communeId, UnitKind.Office, cancellation);
        var scope = new DashboardScope(UnitKind.Commune, communeId, name);
        await TaskCounts.RefreshAsync(db, scope, today, settings, freshness, cancellation);

        var year = filter.YearOr(today);
        var plans = await scope.Plans(db, year).AsNoTracking()
            .OrderBy(p => p.Id).Select(p => new DashboardChoice(p.Id, p.Number != null ? p.Number + " — " + p.Title : p.Title)).ToListAsync(cancellation);
        var planIds = filter.PlanId is { } only ? plans.Where(p => p.Id == only).Select(p => p.Id).ToList() : plans.Select(p => p.Id).ToList();

        // A commune has tens to a few hundred tasks: their facts in one read, counted and listed here, then the rows of
        // the two short lists in one read by key.
        var tasks = TaskSummary.Of(await TaskList.FactsAsync(db, scope, filter, today, cancellation), ListSize);
        var listed = await TaskList.RowsByIdAsync(db, [.. tasks.Overdue, .. tasks.DueSoon], today, cancellation);
        var overdue = listed.Take(tasks.Overdue.Count).ToList();
        var dueSoon = listed.Skip(tasks.Overdue.Count).ToList();

        var indicators = await IndicatorColourCounts.ForPlansAsync(db, planIds, filter.OfficeId, year, today, settings.CutOffDay, cancellation);
        var reportsByUnit = await ReportCompletenessStore.ByReportingUnitAsync(db, db.Plans.Where(p => planIds.Contains(p.Id)), year, today, settings.CutOffDay, cancellation);

        var openExplanations = await db.ExplanationRequests.AsNoTracking()
            .Where(e => planIds.Contains(e.PlanId) && e.AnsweredAt == null && e.OfficeId != null)
            .GroupBy(e => e.OfficeId!.Value).Select(g => new { OfficeId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.OfficeId, g => g.Count, cancellation);
        var scores = offices
            .Where(o => tasks.ByLeadOffice.ContainsKey(o.Id) || reportsByUnit.ContainsKey(o.Id))
            .Where(o => filter.OfficeId is null || filter.OfficeId == o.Id)
            .Select(o =>
            {
                var reports = reportsByUnit.GetValueOrDefault(o.Id, CompletenessFigures.Empty);
                return new OfficeScore(o.Id, o.Name, tasks.ByLeadOffice.GetValueOrDefault(o.Id, StatusCounts.Empty), reports.Expected, reports.OnTime, openExplanations.GetValueOrDefault(o.Id));
            });

        var sections = await scope.Tasks(db).Where(t => (t.Plan!.Year == year || t.Plan.Year == null) && t.Section != null)
            .Select(t => t.Section!).Distinct().OrderBy(s => s).Take(200).ToListAsync(cancellation);

        return new CommuneDashboard(
            scope, filter, today, tasks.Total, indicators, overdue, dueSoon,
            filter.OfficeId is { } office ? reportsByUnit.GetValueOrDefault(office, CompletenessFigures.Empty) : reportsByUnit.Values.Aggregate(CompletenessFigures.Empty, (sum, f) => sum.Add(f)),
            Core.Dashboards.Scorecard.Rank(scores), plans, offices, sections);
    }
}

/// <summary>An option of a dashboard's filter (a plan, an office).</summary>
public sealed record DashboardChoice(int Id, string Name);
