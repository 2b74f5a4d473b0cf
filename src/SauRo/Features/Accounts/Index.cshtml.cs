using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SauRo.Core.Access;
using SauRo.Data;
using SauRo.Data.Entities;

namespace SauRo.Features.Accounts;

/// <summary>
/// The accounts the user manages: every account for the administrator, the accounts of the commune's offices for a
/// standing-body officer; filtered by unit (a unit and the units below it).
/// </summary>
public sealed class IndexModel(SauRoDbContext db, AccountScope accounts, TimeProvider clock) : PageModel
{
    /// <summary>More than this and the list asks for a filter.</summary>
    public const int MaxRows = 500;

    /// <summary>An account of the list; <see cref="IsSelf"/> for the signed-in user's own, which has no actions here.</summary>
    public sealed record Row(string Id, string UserName, string? FullName, string Unit, string Roles, string State, string Badge, bool Deactivated, bool IsSelf);

    public List<AccountScope.UnitOption> Units { get; private set; } = [];

    public List<Row> Rows { get; private set; } = [];

    public bool Truncated { get; private set; }

    public bool CanCreate { get; private set; }

    /// <summary>Whether the user manages accounts of offices, which /Accounts/Bulk creates in one go.</summary>
    public bool CanCreateForOffices { get; private set; }

    [BindProperty(SupportsGet = true)]
    public int? UnitId { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellation)
    {
        if (!await accounts.IsManagerAsync(cancellation))
        {
            return Forbid();
        }

        Units = await accounts.UnitsAsync(cancellation);
        var assignable = await accounts.AssignableRolesAsync(cancellation);
        var admin = assignable.Contains(Role.Admin);
        CanCreate = Units.Count > 0;
        CanCreateForOffices = assignable.Contains(Role.OfficeOfficer) && Units.Any(u => u.Kind == UnitKind.Office);
        if (UnitId is { } filter && Units.All(u => u.Id != filter))
        {
            UnitId = null;
        }

        var query = db.Users.AsNoTracking();
        if (!admin)
        {
            var ids = Units.Select(u => u.Id).ToList();
            query = query.Where(u => u.UnitId != null && ids.Contains(u.UnitId.Value));
        }

        if (UnitId is { } f)
        {
            query = query.Where(u => u.UnitId == f || u.Unit!.ParentId == f || u.Unit.Parent!.ParentId == f);
        }

        var users = await query.OrderBy(u => u.UserName).Take(MaxRows + 1)
            .Select(u => new { u.Id, u.UserName, u.FullName, u.UnitId, UnitName = u.Unit != null ? u.Unit.Name : null, u.LockoutEnd })
            .ToListAsync(cancellation);
        Truncated = users.Count > MaxRows;
        var userIds = users.Take(MaxRows).Select(u => u.Id).ToList();
        var roles = (await db.UserRoles.AsNoTracking().Where(r => userIds.Contains(r.UserId))
                .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
                .ToListAsync(cancellation))
            .ToLookup(r => r.UserId, r => r.Name ?? string.Empty);
        var assignableNames = assignable.Select(r => r.ToString()).ToHashSet(StringComparer.Ordinal);
        var labels = Units.ToDictionary(u => u.Id, u => u.Label);
        var now = clock.GetUtcNow();
        var self = User.FindFirstValue(ClaimTypes.NameIdentifier);
        Rows = users.Take(MaxRows)
            .Where(u => admin || roles[u.Id].All(assignableNames.Contains))
            .Select(u =>
            {
                var (state, badge) = AccountText.State(u.LockoutEnd, now);
                var unit = u.UnitId is { } id ? labels.GetValueOrDefault(id, u.UnitName ?? "—") : "—";
                return new Row(u.Id, u.UserName ?? string.Empty, u.FullName, unit, AccountText.RoleList(roles[u.Id].Order(StringComparer.Ordinal)), state, badge,
                    AccountRules.IsDeactivated(u.LockoutEnd), u.Id == self);
            })
            .ToList();
        return Page();
    }
}
