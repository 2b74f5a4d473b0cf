using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SauRo.Data;
using SauRo.Data.Entities;

namespace SauRo.Features.Accounts;

/// <summary>
/// Which units the signed-in user may see and change: the administrator everything; others their own unit and
/// everything below it (a province officer the province's communes and their offices, a commune's officer the
/// commune and its offices). Finer rights per role come with the accounts feature.
/// </summary>
public sealed class UnitScope(SauRoDbContext db, IHttpContextAccessor http)
{
    private HashSet<int>? _visible;

    private ClaimsPrincipal User => http.HttpContext?.User ?? new ClaimsPrincipal();

    public bool IsAdmin => User.IsInRole(Roles.Admin);

    public string? UserName => User.Identity?.Name;

    /// <summary>The ids of the units the user may see; null for the administrator (all).</summary>
    public async Task<HashSet<int>?> VisibleUnitIdsAsync(CancellationToken cancellation = default)
    {
        if (IsAdmin)
        {
            return null;
        }

        if (_visible is not null)
        {
            return _visible;
        }

        var userId = User.FindFirstValue(ClaimTypes.NameIdentifier);
        var unitId = await db.Users.Where(u => u.Id == userId).Select(u => u.UnitId).SingleOrDefaultAsync(cancellation);
        _visible = [];
        if (unitId is null)
        {
            return _visible;
        }

        var frontier = new List<int> { unitId.Value };
        while (frontier.Count > 0 && _visible.Count < 100_000)
        {
            _visible.UnionWith(frontier);
            var next = frontier;
            frontier = await db.Units.Where(u => u.ParentId != null && next.Contains(u.ParentId.Value)).Select(u => u.Id).ToListAsync(cancellation);
        }

        return _visible;
    }

    public async Task<bool> CanSeeAsync(int unitId, CancellationToken cancellation = default) =>
        await VisibleUnitIdsAsync(cancellation) is not { } ids || ids.Contains(unitId);

    public Task<bool> CanEditAsync(int unitId, CancellationToken cancellation = default) => CanSeeAsync(unitId, cancellation);

    /// <summary>The units the user may see, as a query.</summary>
    public async Task<IQueryable<Unit>> UnitsAsync(CancellationToken cancellation = default)
    {
        var ids = await VisibleUnitIdsAsync(cancellation);
        return ids is null ? db.Units : db.Units.Where(u => ids.Contains(u.Id));
    }
}
