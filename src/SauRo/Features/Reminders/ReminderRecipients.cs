using Microsoft.EntityFrameworkCore;
using SauRo.Data;
using SauRo.Data.Entities;
using SauRo.Features.Accounts;

namespace SauRo.Features.Reminders;

/// <summary>
/// Who is reminded, read once per run: the active accounts (not deactivated) working in each office (office officers,
/// and standing or province officers placed in that office), and each commune's standing body (standing officers
/// placed in the commune or one of its offices). A reminder addressed to a commune itself (the commune's own report,
/// a task whose lead office is not linked to a unit) goes to its standing body.
/// </summary>
public sealed class ReminderRecipients
{
    private static readonly string[] WorkingRoles = [Roles.OfficeOfficer, Roles.StandingOfficer, Roles.ProvinceOfficer];

    private readonly Dictionary<int, (UnitKind Kind, int? ParentId, string Name)> _units;
    private readonly ILookup<int, Recipient> _byUnit;
    private readonly ILookup<int, Recipient> _standingByCommune;

    private ReminderRecipients(Dictionary<int, (UnitKind, int?, string)> units, ILookup<int, Recipient> byUnit, ILookup<int, Recipient> standingByCommune)
    {
        _units = units;
        _byUnit = byUnit;
        _standingByCommune = standingByCommune;
    }

    /// <summary>An account that may receive reminders; <see cref="Email"/> is null when it has none.</summary>
    public sealed record Recipient(string UserId, int UnitId, string Name, string? Email);

    public static async Task<ReminderRecipients> LoadAsync(SauRoDbContext db, CancellationToken cancellation)
    {
        var units = (await db.Units.AsNoTracking().Select(u => new { u.Id, u.Kind, u.ParentId, u.Name }).ToListAsync(cancellation))
            .ToDictionary(u => u.Id, u => (u.Kind, u.ParentId, u.Name));
        var rows = await (
                from u in db.Users.AsNoTracking()
                join ur in db.UserRoles on u.Id equals ur.UserId
                join r in db.Roles on ur.RoleId equals r.Id
                where u.UnitId != null && WorkingRoles.Contains(r.Name!)
                select new { u.Id, UnitId = u.UnitId!.Value, u.UserName, u.FullName, u.Email, u.LockoutEnd, Role = r.Name })
            .ToListAsync(cancellation);
        var active = rows.Where(r => !AccountRules.IsDeactivated(r.LockoutEnd) && units.ContainsKey(r.UnitId)).ToList();

        Recipient ToRecipient(string id, int unitId, string? fullName, string? userName, string? email) =>
            new(id, unitId, string.IsNullOrWhiteSpace(fullName) ? userName ?? id : fullName, string.IsNullOrWhiteSpace(email) ? null : email.Trim());

        var byUnit = active
            .DistinctBy(r => (r.Id, r.UnitId))
            .ToLookup(r => r.UnitId, r => ToRecipient(r.Id, r.UnitId, r.FullName, r.UserName, r.Email));
        var standing = active
            .Where(r => r.Role == Roles.StandingOfficer)
            .Select(r => (Commune: CommuneOf(units, r.UnitId), Row: r))
            .Where(x => x.Commune is not null)
            .DistinctBy(x => x.Row.Id)
            .ToLookup(x => x.Commune!.Value, x => ToRecipient(x.Row.Id, x.Row.UnitId, x.Row.FullName, x.Row.UserName, x.Row.Email));
        return new ReminderRecipients(units, byUnit, standing);
    }

    /// <summary>The unit's name, or an empty string for a unit that no longer exists.</summary>
    public string UnitName(int unitId) => _units.TryGetValue(unitId, out var u) ? u.Name : string.Empty;

    /// <summary>The commune the unit is or belongs to, or null (a province, the nation, their offices).</summary>
    public int? CommuneOf(int unitId) => CommuneOf(_units, unitId);

    /// <summary>The accounts a reminder addressed to <paramref name="unitId"/> reaches: the office's, or a commune's standing body.</summary>
    public IReadOnlyList<Recipient> Of(int unitId) =>
        _units.TryGetValue(unitId, out var u) && u.Kind == UnitKind.Commune ? [.. _standingByCommune[unitId]] : [.. _byUnit[unitId]];

    /// <summary>The standing-body officers of a commune.</summary>
    public IReadOnlyList<Recipient> StandingBody(int communeId) => [.. _standingByCommune[communeId]];

    private static int? CommuneOf(Dictionary<int, (UnitKind Kind, int? ParentId, string Name)> units, int unitId)
    {
        for (int? id = unitId; id is { } current && units.TryGetValue(current, out var unit); id = unit.ParentId)
        {
            if (unit.Kind == UnitKind.Commune)
            {
                return current;
            }
        }

        return null;
    }
}
