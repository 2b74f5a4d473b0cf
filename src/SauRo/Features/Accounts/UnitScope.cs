using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SauRo.Core.Access;
using SauRo.Data;
using SauRo.Data.Entities;
using SauRo.Hosting;

namespace SauRo.Features.Accounts;

/// <summary>
/// The signed-in user's rights over units, plans and tasks, for one request: it reads the user's roles and unit, places
/// the units touched in the tree, and asks the pure rules of <see cref="AccessRules"/>. Every page and endpoint that
/// reads or writes data goes through it.
/// </summary>
public sealed class UnitScope(SauRoDbContext db, IHttpContextAccessor http, SessionCache sessions)
{
    private readonly Dictionary<int, UnitPlace?> _places = [];
    private Actor? _actor;
    private HashSet<int>? _visible;
    private bool _visibleLoaded;

    private ClaimsPrincipal User => http.HttpContext?.User ?? new ClaimsPrincipal();

    public bool IsAdmin => User.IsInRole(Roles.Admin);

    public string? UserName => User.Identity?.Name;

    public string? UserId => User.FindFirstValue(ClaimTypes.NameIdentifier);

    /// <summary>The user as the rules see them: roles and home unit.</summary>
    public async Task<Actor> ActorAsync(CancellationToken cancellation = default)
    {
        if (_actor is not null)
        {
            return _actor;
        }

        var roles = Enum.GetValues<Role>().Where(r => User.IsInRole(r.ToString())).ToHashSet();
        var userId = UserId;

        // The account's unit and where it sits, as the session check read it (kept 5 seconds, forgotten when the account
        // changes).
        var home = userId is null ? null : (await sessions.GetAsync(db, userId, cancellation))?.Home;
        if (home is not null)
        {
            _places[home.Id] = home;
        }

        _actor = new Actor(roles, home);
        return _actor;
    }

    /// <summary>Where a unit sits: its level, and the commune and province it belongs to. Null when it does not exist.</summary>
    public async Task<UnitPlace?> PlaceAsync(int unitId, CancellationToken cancellation = default)
    {
        if (_places.TryGetValue(unitId, out var cached))
        {
            return cached;
        }

        var place = await ReadPlaceAsync(db.Units.Where(u => u.Id == unitId), cancellation);
        _places[unitId] = place;
        return place;
    }

    private static async Task<UnitPlace?> ReadPlaceAsync(IQueryable<Unit> units, CancellationToken cancellation)
    {
        var row = await units.AsNoTracking()
            .Select(u => new
            {
                u.Id,
                u.Kind,
                ParentId = u.ParentId,
                ParentKind = u.Parent != null ? u.Parent.Kind : (UnitKind?)null,
                GrandParentId = u.Parent != null ? u.Parent.ParentId : null,
                GrandParentKind = u.Parent != null && u.Parent.Parent != null ? u.Parent.Parent.Kind : (UnitKind?)null,
            })
            .SingleOrDefaultAsync(cancellation);
        return row is null ? null : Place(row.Id, row.Kind, row.ParentId, row.ParentKind, row.GrandParentId, row.GrandParentKind);
    }

    /// <summary>Remembers where a unit sits, read by the caller with its own rows, for the rest of the request.</summary>
    public UnitPlace Remember(UnitPlace place)
    {
        ArgumentNullException.ThrowIfNull(place);
        _places[place.Id] = place;
        return place;
    }

    /// <summary>Where a unit sits, from its kind and its parent's and grandparent's ids and kinds.</summary>
    public static UnitPlace Place(int id, UnitKind kind, int? parentId, UnitKind? parentKind, int? grandParentId, UnitKind? grandParentKind)
    {
        int? Find(UnitKind k) => kind == k ? id : parentKind == k ? parentId : grandParentKind == k ? grandParentId : null;
        return new UnitPlace(id, Level(kind), Find(UnitKind.Commune), Find(UnitKind.Province));
    }

    /// <summary>The ids of the units the user may see; null for the administrator (all).</summary>
    public async Task<HashSet<int>?> VisibleUnitIdsAsync(CancellationToken cancellation = default)
    {
        if (_visibleLoaded)
        {
            return _visible;
        }

        var actor = await ActorAsync(cancellation);
        _visibleLoaded = true;
        if (actor.Is(Role.Admin))
        {
            _visible = null;
            return null;
        }

        var roots = new List<int>();
        if (actor.Is(Role.ProvinceOfficer) && actor.ProvinceId is { } province)
        {
            roots.Add(province);
        }

        if ((actor.Is(Role.StandingOfficer) || actor.Is(Role.Leader) || actor.Is(Role.OfficeOfficer)) && actor.CommuneId is { } commune)
        {
            roots.Add(commune);
        }

        _visible = [];
        var frontier = roots;
        while (frontier.Count > 0 && _visible.Count < 100_000)
        {
            _visible.UnionWith(frontier);
            var next = frontier;
            frontier = await db.Units.Where(u => u.ParentId != null && next.Contains(u.ParentId.Value)).Select(u => u.Id).ToListAsync(cancellation);
        }

        return _visible;
    }

    /// <summary>The units the user may see, as a query.</summary>
    public async Task<IQueryable<Unit>> UnitsAsync(CancellationToken cancellation = default)
    {
        var ids = await VisibleUnitIdsAsync(cancellation);
        return ids is null ? db.Units : db.Units.Where(u => ids.Contains(u.Id));
    }

    public Task<bool> CanSeeAsync(int unitId, CancellationToken cancellation = default) => CheckAsync(unitId, AccessRules.CanRead, cancellation);

    /// <summary>May create, change and delete the unit's plans, indicators and tasks, and import plans into it.</summary>
    public Task<bool> CanEditAsync(int unitId, CancellationToken cancellation = default) => CheckAsync(unitId, AccessRules.CanEditPlans, cancellation);

    /// <summary>May rename the unit, change its aliases, add offices under it.</summary>
    public Task<bool> CanManageUnitAsync(int unitId, CancellationToken cancellation = default) => CheckAsync(unitId, AccessRules.CanManageUnit, cancellation);

    public Task<bool> CanAddOfficeAsync(int parentId, CancellationToken cancellation = default) => CheckAsync(parentId, AccessRules.CanAddOffice, cancellation);

    /// <summary>May create, reset or deactivate accounts of the unit.</summary>
    public Task<bool> CanManageAccountAsync(int unitId, CancellationToken cancellation = default) => CheckAsync(unitId, AccessRules.CanManageAccount, cancellation);

    public Task<bool> CanApproveAsync(int unitId, CancellationToken cancellation = default) => CheckAsync(unitId, AccessRules.CanApprove, cancellation);

    /// <summary>May import a commune's exchange file into the province <paramref name="provinceId"/>.</summary>
    public Task<bool> CanImportExchangeAsync(int provinceId, CancellationToken cancellation = default) =>
        CheckAsync(provinceId, AccessRules.CanImportExchange, cancellation);

    /// <summary>May update the task: whoever edits its plan, or an officer of an office that leads it.</summary>
    public async Task<bool> CanUpdateTaskAsync(int taskId, CancellationToken cancellation = default)
    {
        var task = await TaskPlaceAsync(taskId, cancellation);
        return task is not null && AccessRules.CanUpdateTask(await ActorAsync(cancellation), task.Value.Plan, task.Value.Lead);
    }

    /// <summary>
    /// May update a task of a plan of <paramref name="planUnitId"/> led by <paramref name="leadOfficeIds"/>, when the
    /// caller has already read them (same rule as <see cref="CanUpdateTaskAsync(int, CancellationToken)"/>).
    /// </summary>
    public async Task<bool> CanUpdateTaskAsync(int planUnitId, IEnumerable<int> leadOfficeIds, CancellationToken cancellation = default) =>
        await PlaceAsync(planUnitId, cancellation) is { } place && AccessRules.CanUpdateTask(await ActorAsync(cancellation), place, leadOfficeIds);

    /// <summary>May comment on the task: those who may update it, officers of cooperating offices, the commune's leader.</summary>
    public async Task<bool> CanCommentAsync(int taskId, CancellationToken cancellation = default)
    {
        var task = await TaskPlaceAsync(taskId, cancellation);
        return task is not null && AccessRules.CanComment(await ActorAsync(cancellation), task.Value.Plan, task.Value.Lead, task.Value.Cooperating);
    }

    /// <summary>May record the indicator's values: whoever edits its plan, or an officer of an office that leads it.</summary>
    public async Task<bool> CanUpdateIndicatorAsync(int indicatorId, CancellationToken cancellation = default)
    {
        var indicator = await db.Indicators.AsNoTracking().Where(i => i.Id == indicatorId)
            .Select(i => new { i.Plan!.UnitId, Leads = i.Leads.Where(l => l.UnitId != null).Select(l => l.UnitId!.Value).ToList() })
            .SingleOrDefaultAsync(cancellation);
        return indicator is not null && await PlaceAsync(indicator.UnitId, cancellation) is { } place
            && AccessRules.CanUpdateIndicator(await ActorAsync(cancellation), place, indicator.Leads);
    }

    /// <summary>May file a periodic report of a plan of <paramref name="planUnitId"/> for <paramref name="reportingUnitId"/> (an office, or the plan's unit itself).</summary>
    public async Task<bool> CanFileReportAsync(int planUnitId, int reportingUnitId, CancellationToken cancellation = default) =>
        await PlaceAsync(planUnitId, cancellation) is { } place && AccessRules.CanFileReport(await ActorAsync(cancellation), place, reportingUnitId);

    /// <summary>The ids of the tasks of a plan the user may update (for showing the edit action on each row).</summary>
    public async Task<HashSet<int>> UpdatableTaskIdsAsync(int planUnitId, IEnumerable<(int TaskId, IEnumerable<int> LeadOfficeIds)> tasks, CancellationToken cancellation = default)
    {
        var place = await PlaceAsync(planUnitId, cancellation);
        var actor = await ActorAsync(cancellation);
        return place is null ? [] : tasks.Where(t => AccessRules.CanUpdateTask(actor, place, t.LeadOfficeIds)).Select(t => t.TaskId).ToHashSet();
    }

    private async Task<(UnitPlace Plan, List<int> Lead, List<int> Cooperating)?> TaskPlaceAsync(int taskId, CancellationToken cancellation)
    {
        var task = await db.Tasks.AsNoTracking().Where(t => t.Id == taskId)
            .Select(t => new
            {
                t.Plan!.UnitId,
                Units = t.Units.Where(u => u.UnitId != null).Select(u => new { u.Role, UnitId = u.UnitId!.Value }).ToList(),
            })
            .SingleOrDefaultAsync(cancellation);
        if (task is null || await PlaceAsync(task.UnitId, cancellation) is not { } place)
        {
            return null;
        }

        return (place,
            task.Units.Where(u => u.Role == TaskUnitRole.Lead).Select(u => u.UnitId).ToList(),
            task.Units.Where(u => u.Role == TaskUnitRole.Cooperating).Select(u => u.UnitId).ToList());
    }

    private async Task<bool> CheckAsync(int unitId, Func<Actor, UnitPlace, bool> rule, CancellationToken cancellation)
    {
        var place = await PlaceAsync(unitId, cancellation);
        return place is not null && rule(await ActorAsync(cancellation), place);
    }

    private static UnitLevel Level(UnitKind kind) => kind switch
    {
        UnitKind.Nation => UnitLevel.Nation,
        UnitKind.Province => UnitLevel.Province,
        UnitKind.Commune => UnitLevel.Commune,
        UnitKind.Office => UnitLevel.Office,
        _ => throw new InvalidOperationException(),
    };
}
