using Microsoft.EntityFrameworkCore;
using SauRo.Core.Dashboards;
using SauRo.Data;
using SauRo.Data.Entities;
using SauRo.Features.Monitoring;

namespace SauRo.Features.Dashboards;

/// <summary>
/// The national view: the communes' tasks by status, one row per province, with the nation's totals. Computed at the
/// request from the current data, in one GROUP BY over the kept task statuses.
/// </summary>
public sealed record NationDashboard(DashboardScope Scope, DashboardFilter Filter, DateOnly Today, StatusCounts Tasks, IReadOnlyList<NationDashboard.ProvinceRow> Provinces)
{
    public sealed record ProvinceRow(int Id, string Name, int Communes, StatusCounts Tasks);

    public static async Task<NationDashboard> LoadAsync(
        SauRoDbContext db, DashboardFilter filter, DateOnly today, MonitoringSettings settings, TaskStatusFreshness freshness, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(filter);
        var nation = await db.Units.AsNoTracking().Where(u => u.Kind == UnitKind.Nation).OrderBy(u => u.Id).Select(u => new { u.Id, u.Name }).FirstAsync(cancellation);
        var scope = new DashboardScope(UnitKind.Nation, nation.Id, nation.Name);
        await TaskCounts.RefreshAsync(db, scope, today, settings, freshness, cancellation);
        var provinces = await db.Units.AsNoTracking().Where(u => u.Kind == UnitKind.Province)
            .OrderBy(u => u.SortOrder).ThenBy(u => u.Name)
            .Select(u => new { u.Id, u.Name, Communes = u.Children.Count(c => c.Kind == UnitKind.Commune) })
            .ToListAsync(cancellation);
        var tasks = await TaskCounts.ByProvinceAsync(db, filter.Apply(scope.Tasks(db), today), cancellation);
        var rows = provinces.Select(p => new ProvinceRow(p.Id, p.Name, p.Communes, tasks.GetValueOrDefault(p.Id, StatusCounts.Empty))).ToList();
        return new NationDashboard(scope, filter, today, rows.Aggregate(StatusCounts.Empty, (sum, r) => sum.Add(r.Tasks)), rows);
    }
}
