using SauRo.Core.Dashboards;
using SauRo.Core.Monitoring;
using SauRo.Core.Reporting;
using SauRo.Data;
using SauRo.Data.Entities;
using SauRo.Features.Monitoring;

namespace SauRo.Features.Dashboards;

/// <summary>
/// A province's dashboard: its communes' tasks by status, indicators by colour and report completeness, one row per
/// commune (sortable), with the province's totals. Computed at the request from the current data.
/// </summary>
public sealed record ProvinceDashboard(
    DashboardScope Scope, DashboardFilter Filter, DateOnly Today, StatusCounts Tasks, ColourCounts Indicators,
    CompletenessFigures Reports, IReadOnlyList<ProvinceDashboard.CommuneRow> Communes)
{
    public sealed record CommuneRow(int Id, string Name, StatusCounts Tasks, ColourCounts Indicators, CompletenessFigures Reports);

    public static async Task<ProvinceDashboard> LoadAsync(
        SauRoDbContext db, int provinceId, DashboardFilter filter, DateOnly today, MonitoringSettings settings, TaskStatusFreshness freshness, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(settings);
        var scope = new DashboardScope(UnitKind.Province, provinceId, "");
        await TaskCounts.RefreshAsync(db, scope, today, settings, freshness, cancellation);

        // Everything in one read.
        var figures = await ProvinceFigures.LoadAsync(db, provinceId, filter, filter.YearOr(today), today, settings.CutOffDay, cancellation);
        scope = scope with { UnitName = figures.Name };
        var (communes, tasks, colours, reports) = (figures.Communes, figures.Tasks, figures.Colours, figures.Reports);
        var rows = communes.Select(c => new CommuneRow(
            c.Id, c.Name, tasks.GetValueOrDefault(c.Id, StatusCounts.Empty), colours.GetValueOrDefault(c.Id, ColourCounts.Empty),
            reports.GetValueOrDefault(c.Id, CompletenessFigures.Empty))).ToList();
        return new ProvinceDashboard(
            scope, filter, today,
            rows.Aggregate(StatusCounts.Empty, (sum, r) => sum.Add(r.Tasks)),
            rows.Aggregate(ColourCounts.Empty, (sum, r) => sum.Add(r.Indicators)),
            rows.Aggregate(CompletenessFigures.Empty, (sum, r) => sum.Add(r.Reports)),
            rows);
    }
}
