using SauRo.Data;
using SauRo.Data.Entities;

namespace SauRo.Features.Dashboards;

/// <summary>Where a dashboard counts: one commune's plans, the plans of a province's communes, or every commune's.</summary>
public sealed record DashboardScope(UnitKind Level, int UnitId, string UnitName)
{
    /// <summary>The tasks of the scope's plans (commune plans only: a province's own plans are not its communes' work).</summary>
    public IQueryable<PlanTask> Tasks(SauRoDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return Level switch
        {
            UnitKind.Commune => db.Tasks.Where(t => t.Plan!.UnitId == UnitId),
            UnitKind.Province => db.Tasks.Where(t => t.Plan!.Unit!.ParentId == UnitId && t.Plan.Unit.Kind == UnitKind.Commune),
            UnitKind.Nation => db.Tasks.Where(t => t.Plan!.Unit!.Kind == UnitKind.Commune),
            _ => throw new InvalidOperationException("Bảng điều khiển chỉ có cho xã, tỉnh và toàn quốc."),
        };
    }

    /// <summary>The scope's plans of a year (plans without a year count in every year), commune plans only as for <see cref="Tasks"/>.</summary>
    public IQueryable<Plan> Plans(SauRoDbContext db, int year)
    {
        ArgumentNullException.ThrowIfNull(db);
        var plans = db.Plans.Where(p => p.Year == year || p.Year == null);
        return Level switch
        {
            UnitKind.Commune => plans.Where(p => p.UnitId == UnitId),
            UnitKind.Province => plans.Where(p => p.Unit!.ParentId == UnitId && p.Unit.Kind == UnitKind.Commune),
            UnitKind.Nation => plans.Where(p => p.Unit!.Kind == UnitKind.Commune),
            _ => throw new InvalidOperationException("Bảng điều khiển chỉ có cho xã, tỉnh và toàn quốc."),
        };
    }

    /// <summary>Small enough to look for tasks without a status snapshot at every read.</summary>
    public bool IsSmall => Level == UnitKind.Commune;
}
