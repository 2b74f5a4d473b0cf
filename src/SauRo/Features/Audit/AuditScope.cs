using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using SauRo.Data;
using SauRo.Data.Entities;

namespace SauRo.Features.Audit;

/// <summary>
/// Completes the scope of audit drafts: the plan of a row that only names its task or indicator, the unit of
/// everything in a plan (the plan's), the user name and unit of an account whose role changed, the role's name.
/// Parents already tracked by the context are used as they are; the others are read in one query per kind.
/// </summary>
public sealed class AuditScope
{
    private readonly Dictionary<int, int> _taskPlan = [];
    private readonly Dictionary<int, int> _indicatorPlan = [];
    private readonly Dictionary<int, int> _planUnit = [];
    private readonly Dictionary<string, (string? Name, int? UnitId)> _accounts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> _roles = new(StringComparer.Ordinal);

    /// <summary>Remembers a tracked record that may be a parent (its key must be final: not a record being added).</summary>
    public void Remember(EntityEntry entry)
    {
        switch (entry.Entity)
        {
            case PlanTask t:
                _taskPlan[t.Id] = t.PlanId;
                break;
            case Indicator i:
                _indicatorPlan[i.Id] = i.PlanId;
                break;
            case Plan p:
                _planUnit[p.Id] = p.UnitId;
                break;
            case AppUser u:
                _accounts[u.Id] = (u.UserName, u.UnitId);
                break;
            case IdentityRole r:
                _roles[r.Id] = r.Name;
                break;
            default:
                break;
        }
    }

    public async Task CompleteAsync(SauRoDbContext db, IReadOnlyList<AuditDraft> drafts, CancellationToken cancellation)
    {
        var tasks = Missing(drafts.Where(d => d.PlanId is null).Select(d => d.TaskId), _taskPlan);
        if (tasks.Count > 0)
        {
            foreach (var t in await db.Tasks.AsNoTracking().Where(t => tasks.Contains(t.Id)).Select(t => new { t.Id, t.PlanId }).ToListAsync(cancellation))
            {
                _taskPlan[t.Id] = t.PlanId;
            }
        }

        var indicators = Missing(drafts.Where(d => d.PlanId is null).Select(d => d.IndicatorId), _indicatorPlan);
        if (indicators.Count > 0)
        {
            foreach (var i in await db.Indicators.AsNoTracking().Where(i => indicators.Contains(i.Id)).Select(i => new { i.Id, i.PlanId }).ToListAsync(cancellation))
            {
                _indicatorPlan[i.Id] = i.PlanId;
            }
        }

        foreach (var d in drafts.Where(d => d.PlanId is null))
        {
            if (d.TaskId is { } t && _taskPlan.TryGetValue(t, out var fromTask))
            {
                d.PlanId = fromTask;
            }
            else if (d.IndicatorId is { } i && _indicatorPlan.TryGetValue(i, out var fromIndicator))
            {
                d.PlanId = fromIndicator;
            }
        }

        var plans = Missing(drafts.Select(d => d.PlanId), _planUnit);
        if (plans.Count > 0)
        {
            foreach (var p in await db.Plans.AsNoTracking().Where(p => plans.Contains(p.Id)).Select(p => new { p.Id, p.UnitId }).ToListAsync(cancellation))
            {
                _planUnit[p.Id] = p.UnitId;
            }
        }

        foreach (var d in drafts)
        {
            if (d.PlanId is { } plan && _planUnit.TryGetValue(plan, out var unit))
            {
                d.UnitId = unit;
            }
        }

        await CompleteRolesAsync(db, drafts.Where(d => d.Type == AuditedTypes.AccountRole).ToList(), cancellation);
    }

    private async Task CompleteRolesAsync(SauRoDbContext db, List<AuditDraft> drafts, CancellationToken cancellation)
    {
        if (drafts.Count == 0)
        {
            return;
        }

        var accounts = drafts.Select(d => d.AccountId).OfType<string>().Where(a => !_accounts.ContainsKey(a)).ToHashSet(StringComparer.Ordinal);
        if (accounts.Count > 0)
        {
            foreach (var u in await db.Users.AsNoTracking().Where(u => accounts.Contains(u.Id)).Select(u => new { u.Id, u.UserName, u.UnitId }).ToListAsync(cancellation))
            {
                _accounts[u.Id] = (u.UserName, u.UnitId);
            }
        }

        var roles = drafts.Select(d => d.RoleId).OfType<string>().Where(r => !_roles.ContainsKey(r)).ToHashSet(StringComparer.Ordinal);
        if (roles.Count > 0)
        {
            foreach (var r in await db.Roles.AsNoTracking().Where(r => roles.Contains(r.Id)).Select(r => new { r.Id, r.Name }).ToListAsync(cancellation))
            {
                _roles[r.Id] = r.Name;
            }
        }

        foreach (var d in drafts)
        {
            if (d.AccountId is { } account && _accounts.TryGetValue(account, out var user))
            {
                d.AccountName = user.Name;
                d.UnitId = user.UnitId;
            }

            d.SetRole(d.RoleId is { } role ? _roles.GetValueOrDefault(role) : null);
        }
    }

    private static HashSet<int> Missing(IEnumerable<int?> ids, Dictionary<int, int> known) =>
        ids.OfType<int>().Where(id => !known.ContainsKey(id)).ToHashSet();
}
