using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SauRo.Core.Access;
using SauRo.Data;
using SauRo.Data.Entities;

namespace SauRo.Features.Accounts;

/// <summary>
/// The accounts the signed-in user may manage, for one request: the roles they may give, the units whose accounts they
/// manage (labelled with their place in the tree), and one account looked up with what the user may do with it.
/// </summary>
public sealed class AccountScope(SauRoDbContext db, UnitScope scope, UserManager<AppUser> users)
{
    /// <summary>A unit one may create accounts in: "Xã An Bình › Phòng Kinh tế".</summary>
    public sealed record UnitOption(int Id, string Name, string Label, UnitKind Kind, int? ParentId);

    /// <summary>An account and what the user may do with it: 404 when not <see cref="Visible"/>, 403 when not <see cref="Manageable"/>.</summary>
    public sealed record Lookup(AppUser? User, IReadOnlyList<string> Roles, string UnitLabel, bool Visible, bool Manageable);

    private List<UnitOption>? _units;

    public async Task<IReadOnlyList<Role>> AssignableRolesAsync(CancellationToken cancellation = default) =>
        AccessRules.AssignableRoles(await scope.ActorAsync(cancellation));

    /// <summary>Whether the user manages accounts at all (administrator, standing-body officer).</summary>
    public async Task<bool> IsManagerAsync(CancellationToken cancellation = default) => (await AssignableRolesAsync(cancellation)).Count > 0;

    /// <summary>The units whose accounts the user may manage, in tree order.</summary>
    public async Task<List<UnitOption>> UnitsAsync(CancellationToken cancellation = default)
    {
        if (_units is not null)
        {
            return _units;
        }

        var rows = await (await scope.UnitsAsync(cancellation)).AsNoTracking()
            .Select(u => new { u.Id, u.ParentId, u.Name, u.Kind, u.SortOrder })
            .ToListAsync(cancellation);
        var ids = rows.Select(r => r.Id).ToHashSet();
        var children = rows.ToLookup(r => r.ParentId is { } p && ids.Contains(p) ? p : (int?)null);
        var ordered = new List<UnitOption>();
        void Walk(int? parent, string path)
        {
            foreach (var r in children[parent].OrderBy(r => r.SortOrder).ThenBy(r => r.Name, StringComparer.Ordinal))
            {
                var label = r.Kind == UnitKind.Nation ? r.Name : path.Length == 0 ? r.Name : $"{path} › {r.Name}";
                ordered.Add(new UnitOption(r.Id, r.Name, label, r.Kind, r.ParentId));
                Walk(r.Id, r.Kind == UnitKind.Nation ? string.Empty : label);
            }
        }

        Walk(null, string.Empty);
        var manageable = new List<UnitOption>();
        foreach (var unit in ordered)
        {
            if (scope.IsAdmin || await scope.CanManageAccountAsync(unit.Id, cancellation))
            {
                manageable.Add(unit);
            }
        }

        _units = manageable;
        return manageable;
    }

    /// <summary>The account <paramref name="id"/> (tracked, for changes) with its roles and what the user may do with it.</summary>
    public async Task<Lookup> FindAsync(string id, CancellationToken cancellation = default)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return new Lookup(null, [], string.Empty, false, false);
        }

        var roles = (await users.GetRolesAsync(user)).Order(StringComparer.Ordinal).ToList();
        var actor = await scope.ActorAsync(cancellation);
        var place = user.UnitId is { } unitId ? await scope.PlaceAsync(unitId, cancellation) : null;
        var visible = actor.Is(Role.Admin) || (place is not null && AccessRules.CanRead(actor, place));
        var known = roles.Select(r => Enum.TryParse<Role>(r, out var role) ? role : (Role?)null).ToList();
        var manageable = visible && (actor.Is(Role.Admin) || (known.All(r => r is not null) && AccountRules.CanManage(actor, place, known.Select(r => r!.Value))));
        var label = (await UnitsAsync(cancellation)).FirstOrDefault(u => u.Id == user.UnitId)?.Label
            ?? (user.UnitId is { } u ? await db.Units.Where(x => x.Id == u).Select(x => x.Name).SingleOrDefaultAsync(cancellation) : null)
            ?? "—";
        return new Lookup(user, roles, label, visible, manageable);
    }

    /// <summary>Whether another administrator than <paramref name="userId"/> can still sign in.</summary>
    public async Task<bool> OtherActiveAdminExistsAsync(string userId)
    {
        var admins = await users.GetUsersInRoleAsync(Roles.Admin);
        return admins.Any(a => a.Id != userId && !AccountRules.IsDeactivated(a.LockoutEnd));
    }
}
