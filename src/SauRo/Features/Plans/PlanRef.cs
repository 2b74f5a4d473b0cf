using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SauRo.Data;
using SauRo.Features.Accounts;

namespace SauRo.Features.Plans;

/// <summary>What the task and indicator forms need of their plan: where it belongs, its title, its year.</summary>
public sealed record PlanRef(int Id, int UnitId, string? Number, string Title, int? StoredYear, string? IssuedOn)
{
    /// <summary>The year deadlines without a year refer to: the plan's, else the year it was issued.</summary>
    public int? Year => StoredYear ?? (IssuedOn is { Length: >= 4 } d && int.TryParse(d[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? y : null);

    /// <summary>The htmx values that give the deadline preview the plan's year (JSON), or null without a year.</summary>
    public string? YearValues => Year is { } y ? string.Create(CultureInfo.InvariantCulture, $"{{\"year\":{y}}}") : null;

    public static Task<PlanRef?> FindAsync(SauRoDbContext db, int planId, CancellationToken cancellation) =>
        db.Plans.AsNoTracking().Where(p => p.Id == planId)
            .Select(p => new PlanRef(p.Id, p.UnitId, p.Number, p.Title, p.Year, p.IssuedOn))
            .SingleOrDefaultAsync(cancellation);
}

/// <summary>The answer when the user may not change a unit's data.</summary>
public static class EditAccess
{
    /// <summary>
    /// Null when the user may edit the unit's data; 404 when the unit does not exist or the user may not even see it
    /// (so that nothing leaks); 403 when they may see it but not change it.
    /// </summary>
    public static async Task<IActionResult?> RefuseEditAsync(this UnitScope scope, int? unitId, CancellationToken cancellation)
    {
        if (unitId is not { } id || !await scope.CanSeeAsync(id, cancellation))
        {
            return new NotFoundResult();
        }

        return await scope.CanEditAsync(id, cancellation) ? null : new ForbidResult();
    }
}
