using Microsoft.EntityFrameworkCore;
using SauRo.Data;
using SauRo.Data.Entities;

namespace SauRo.Features.Dashboards;

/// <summary>A dashboard's unit with its children of one kind (a commune's offices, a province's communes) in the unit's order.</summary>
public sealed record DashboardUnit(string Name, IReadOnlyList<DashboardChoice> Children)
{
    /// <summary>The unit and its children in one read.</summary>
    public static async Task<DashboardUnit> LoadAsync(SauRoDbContext db, int unitId, UnitKind childKind, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(db);
        var units = await db.Units.AsNoTracking()
            .Where(u => u.Id == unitId || (u.ParentId == unitId && u.Kind == childKind))
            .OrderBy(u => u.SortOrder).ThenBy(u => u.Name)
            .Select(u => new DashboardChoice(u.Id, u.Name))
            .ToListAsync(cancellation);
        var name = units.Find(u => u.Id == unitId)?.Name ?? throw new InvalidOperationException($"Không có đơn vị {unitId}.");
        return new DashboardUnit(name, units.Where(u => u.Id != unitId).ToList());
    }
}
