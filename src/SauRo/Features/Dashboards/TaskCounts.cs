using Microsoft.EntityFrameworkCore;
using SauRo.Core.Dashboards;
using SauRo.Core.Monitoring;
using SauRo.Data;
using SauRo.Data.Entities;
using SauRo.Features.Monitoring;

namespace SauRo.Features.Dashboards;

/// <summary>
/// Tasks counted by status in one GROUP BY over the kept statuses (<see cref="TaskStatusSnapshot"/>), per province (the
/// commune and province dashboards read theirs in their own statement, <see cref="CommuneFigures"/>, <see cref="ProvinceFigures"/>). <see cref="RefreshAsync"/>
/// first brings the scope's statuses up to today, unless a pass over every task has done so today
/// (<see cref="TaskStatusFreshness"/>).
/// </summary>
public static class TaskCounts
{
    public static async Task<int> RefreshAsync(
        SauRoDbContext db, DashboardScope scope, DateOnly today, MonitoringSettings settings, TaskStatusFreshness freshness, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(freshness);
        if (freshness.AllCurrentOn(today))
        {
            return 0;
        }

        freshness.Computed(today);
        return await TaskStatusStore.RefreshStaleAsync(db, scope.Tasks(db), today, settings, includeMissing: scope.IsSmall, cancellation);
    }

    /// <summary>Per province (the plan unit's parent).</summary>
    public static async Task<Dictionary<int, StatusCounts>> ByProvinceAsync(SauRoDbContext db, IQueryable<PlanTask> tasks, CancellationToken cancellation)
    {
        var rows = await (from t in tasks
                          join s in db.TaskStatusSnapshots on t.Id equals s.TaskId
                          group s by new { ProvinceId = t.Plan!.Unit!.ParentId ?? 0, s.Status } into g
                          select new { g.Key.ProvinceId, g.Key.Status, Count = g.Count() }).ToListAsync(cancellation);
        return Collect(rows.Select(r => (r.ProvinceId, r.Status, r.Count)));
    }

    private static Dictionary<int, StatusCounts> Collect(IEnumerable<(int Key, PlanTaskStatus Status, int Count)> rows)
    {
        var result = new Dictionary<int, StatusCounts>();
        foreach (var (key, status, count) in rows)
        {
            result[key] = result.GetValueOrDefault(key, StatusCounts.Empty).Add(status, count);
        }

        return result;
    }
}
