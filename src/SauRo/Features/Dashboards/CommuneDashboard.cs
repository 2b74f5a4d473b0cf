using SauRo.Core.Dashboards;
using SauRo.Core.Monitoring;
using SauRo.Core.Reporting;
using SauRo.Data;
using SauRo.Data.Entities;
using SauRo.Features.Monitoring;

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
        var scope = new DashboardScope(UnitKind.Commune, communeId, "");
        await TaskCounts.RefreshAsync(db, scope, today, settings, freshness, cancellation);

        // Everything in one read; counted, listed and ranked here.
        var figures = await CommuneFigures.LoadAsync(db, communeId, filter, filter.YearOr(today), today, settings.CutOffDay, cancellation);
        scope = scope with { UnitName = figures.Name };
        var tasks = TaskSummary.Of(figures.Facts(), ListSize);

        var reportsByUnit = figures.Reports;
        var scores = figures.Offices
            .Where(o => tasks.ByLeadOffice.ContainsKey(o.Id) || reportsByUnit.ContainsKey(o.Id))
            .Where(o => filter.OfficeId is null || filter.OfficeId == o.Id)
            .Select(o =>
            {
                var reports = reportsByUnit.GetValueOrDefault(o.Id, CompletenessFigures.Empty);
                return new OfficeScore(o.Id, o.Name, tasks.ByLeadOffice.GetValueOrDefault(o.Id, StatusCounts.Empty), reports.Expected, reports.OnTime, figures.OpenExplanations.GetValueOrDefault(o.Id));
            });

        return new CommuneDashboard(
            scope, filter, today, tasks.Total, figures.Colours, figures.Rows(communeId, tasks.Overdue, today), figures.Rows(communeId, tasks.DueSoon, today),
            filter.OfficeId is { } office ? reportsByUnit.GetValueOrDefault(office, CompletenessFigures.Empty) : reportsByUnit.Values.Aggregate(CompletenessFigures.Empty, (sum, f) => sum.Add(f)),
            Core.Dashboards.Scorecard.Rank(scores), figures.Plans, figures.Offices, figures.Sections);
    }
}

/// <summary>An option of a dashboard's filter (a plan, an office).</summary>
public sealed record DashboardChoice(int Id, string Name);
