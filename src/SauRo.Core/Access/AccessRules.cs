namespace SauRo.Core.Access;

/// <summary>The roles of DOMAIN.md "Users".</summary>
public enum Role
{
    /// <summary>System administrator: units and accounts everywhere.</summary>
    Admin,

    /// <summary>Province officer: reads every commune of the province, keeps the province's own plans, assigns tasks down.</summary>
    ProvinceOfficer,

    /// <summary>Standing-body officer of a commune: everything in the commune's plans, accounts of its offices.</summary>
    StandingOfficer,

    /// <summary>Leader of a commune (chairman, vice-chairman): reads all of the commune, approves or returns.</summary>
    Leader,

    /// <summary>Office officer: reads the commune's plans, updates the tasks its office leads, comments where it cooperates.</summary>
    OfficeOfficer,
}

/// <summary>Level of a unit in the tree.</summary>
public enum UnitLevel
{
    Nation,
    Province,
    Commune,
    Office,
}

/// <summary>A unit and the commune and province it belongs to (itself when it is one).</summary>
public sealed record UnitPlace(int Id, UnitLevel Level, int? CommuneId, int? ProvinceId);

/// <summary>Who is acting: their roles and the unit their account belongs to.</summary>
public sealed record Actor(IReadOnlySet<Role> Roles, UnitPlace? Home)
{
    public bool Is(Role role) => Roles.Contains(role);

    /// <summary>The commune the account works in (its own, or the one above its office).</summary>
    public int? CommuneId => Home?.CommuneId;

    public int? ProvinceId => Home?.ProvinceId;

    /// <summary>The office the account belongs to, when it belongs to one.</summary>
    public int? OfficeId => Home is { Level: UnitLevel.Office } h ? h.Id : null;
}

/// <summary>
/// Who may do what, as pure functions of the actor and the place of what is touched. A user with several roles has
/// the rights of each. A commune never sees another commune; a province sees its own communes and no other province.
/// </summary>
public static class AccessRules
{
    /// <summary>Reading a unit and what belongs to it (its plans, tasks, indicators).</summary>
    public static bool CanRead(Actor actor, UnitPlace target)
    {
        if (actor.Is(Role.Admin))
        {
            return true;
        }

        if (actor.Home is null)
        {
            return false;
        }

        if (actor.Is(Role.ProvinceOfficer) && actor.ProvinceId is { } province && target.ProvinceId == province)
        {
            return true;
        }

        return (actor.Is(Role.StandingOfficer) || actor.Is(Role.Leader) || actor.Is(Role.OfficeOfficer))
            && actor.CommuneId is { } commune && target.CommuneId == commune;
    }

    /// <summary>Creating, changing and deleting a unit's plans, their indicators and tasks, and importing plans into it.</summary>
    public static bool CanEditPlans(Actor actor, UnitPlace planUnit)
    {
        if (actor.Is(Role.Admin))
        {
            return true;
        }

        if (actor.Is(Role.ProvinceOfficer) && planUnit.Level == UnitLevel.Province && planUnit.Id == actor.ProvinceId)
        {
            return true;
        }

        return actor.Is(Role.StandingOfficer) && actor.CommuneId is { } commune && planUnit.CommuneId == commune
            && planUnit.Level != UnitLevel.Office;
    }

    /// <summary>Updating one task: whoever edits the plan, and an office officer whose office leads the task.</summary>
    public static bool CanUpdateTask(Actor actor, UnitPlace planUnit, IEnumerable<int> leadOfficeIds) =>
        CanEditPlans(actor, planUnit)
        || (actor.Is(Role.OfficeOfficer) && actor.OfficeId is { } office && CanRead(actor, planUnit) && leadOfficeIds.Contains(office));

    /// <summary>Commenting on a task: whoever may update it, a cooperating office's officer, the commune's leader.</summary>
    public static bool CanComment(Actor actor, UnitPlace planUnit, IEnumerable<int> leadOfficeIds, IEnumerable<int> cooperatingOfficeIds) =>
        CanUpdateTask(actor, planUnit, leadOfficeIds)
        || (actor.Is(Role.OfficeOfficer) && actor.OfficeId is { } office && CanRead(actor, planUnit) && cooperatingOfficeIds.Contains(office))
        || (actor.Is(Role.Leader) && CanRead(actor, planUnit));

    /// <summary>Recording an indicator's value for a period: whoever edits the plan, and an office officer whose office leads the indicator.</summary>
    public static bool CanUpdateIndicator(Actor actor, UnitPlace planUnit, IEnumerable<int> leadOfficeIds) =>
        CanUpdateTask(actor, planUnit, leadOfficeIds);

    /// <summary>
    /// Filing (drafting, submitting, resubmitting) a periodic report of a plan: an office's report by that office's
    /// officers or by whoever edits the plan (the standing body files for an office without an account); the report of
    /// the commune itself to the province (<paramref name="reportingUnitId"/> is the plan's unit) by the plan's editors only.
    /// </summary>
    public static bool CanFileReport(Actor actor, UnitPlace planUnit, int reportingUnitId) =>
        CanEditPlans(actor, planUnit)
        || (reportingUnitId != planUnit.Id && actor.Is(Role.OfficeOfficer) && actor.OfficeId == reportingUnitId && CanRead(actor, planUnit));

    /// <summary>Approving or returning a commune's reports and deadline changes.</summary>
    public static bool CanApprove(Actor actor, UnitPlace planUnit) =>
        actor.Is(Role.Admin) || (actor.Is(Role.Leader) && actor.CommuneId is { } commune && planUnit.CommuneId == commune);

    /// <summary>
    /// Changing a unit itself (rename, aliases, removing it): the administrator anywhere; the standing-body officer
    /// for the commune's offices. A commune or a province itself is the administrator's.
    /// </summary>
    public static bool CanManageUnit(Actor actor, UnitPlace target)
    {
        if (actor.Is(Role.Admin))
        {
            return true;
        }

        return actor.Is(Role.StandingOfficer) && actor.CommuneId is { } commune
            && target.Level == UnitLevel.Office && target.CommuneId == commune;
    }

    /// <summary>Creating an office under a commune or a province: the administrator; the standing-body officer in their commune.</summary>
    public static bool CanAddOffice(Actor actor, UnitPlace parent)
    {
        if (parent.Level is not (UnitLevel.Commune or UnitLevel.Province))
        {
            return false;
        }

        return actor.Is(Role.Admin)
            || (actor.Is(Role.StandingOfficer) && parent.Level == UnitLevel.Commune && parent.Id == actor.CommuneId);
    }

    /// <summary>
    /// Importing a commune's exchange file (its plans and monitoring facts, exported by whatever system it runs) into a
    /// province: the administrator into any province; a province officer into their own province. The import may create
    /// the commune and its offices under that province.
    /// </summary>
    public static bool CanImportExchange(Actor actor, UnitPlace province)
    {
        if (province.Level != UnitLevel.Province)
        {
            return false;
        }

        return actor.Is(Role.Admin) || (actor.Is(Role.ProvinceOfficer) && actor.ProvinceId is { } own && province.Id == own);
    }

    /// <summary>Creating a province or a commune: the administrator only.</summary>
    public static bool CanAddProvinceOrCommune(Actor actor) => actor.Is(Role.Admin);

    /// <summary>
    /// Managing an account (create, reset password, deactivate): the administrator everywhere; the standing-body
    /// officer for accounts of the commune's offices.
    /// </summary>
    public static bool CanManageAccount(Actor actor, UnitPlace accountUnit)
    {
        if (actor.Is(Role.Admin))
        {
            return true;
        }

        return actor.Is(Role.StandingOfficer) && actor.CommuneId is { } commune
            && accountUnit.Level == UnitLevel.Office && accountUnit.CommuneId == commune;
    }

    /// <summary>The roles an actor may give to an account it manages.</summary>
    public static IReadOnlyList<Role> AssignableRoles(Actor actor) => actor.Is(Role.Admin)
        ? [Role.Admin, Role.ProvinceOfficer, Role.StandingOfficer, Role.Leader, Role.OfficeOfficer]
        : actor.Is(Role.StandingOfficer) ? [Role.OfficeOfficer] : [];
}
