using Microsoft.EntityFrameworkCore;
using SauRo.Core.Plans;
using SauRo.Data;
using SauRo.Data.Entities;

namespace SauRo.Features.Api.Plans;

/// <summary>Cơ quan ghi trên nhiệm vụ hay chỉ tiêu: tên như viết, và đơn vị được nối (unitId, unitName) khi nhận ra.</summary>
public sealed record OfficeRefDto(string Name, int? UnitId, string? UnitName);

/// <summary>Links office names as written to the offices of the plan's unit (its children), by name or alias.</summary>
public static class OfficeLinks
{
    public static async Task<Func<string, int?>> ForUnitAsync(SauRoDbContext db, int unitId, CancellationToken cancellation)
    {
        var offices = await db.Units.Where(u => u.ParentId == unitId && u.Kind == UnitKind.Office)
            .Select(u => new { u.Id, u.Name, Aliases = u.Aliases.Select(a => a.Alias).ToList() })
            .ToListAsync(cancellation);
        var matcher = new OfficeMatcher(offices.Select(o => new KnownOffice(o.Id, o.Name, o.Aliases)));
        return matcher.Match;
    }

    public static OfficeRefDto Ref(string name, int? unitId, Unit? unit) => new(name, unitId, unit?.Name);
}
