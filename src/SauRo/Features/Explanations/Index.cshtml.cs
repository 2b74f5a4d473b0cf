using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SauRo.Core.Access;
using SauRo.Data;
using SauRo.Data.Entities;
using SauRo.Features.Accounts;

namespace SauRo.Features.Explanations;

/// <summary>
/// Explanation requests of the user's commune, unanswered first: leaders, standing officers (and the province, the
/// administrator) see all those of the plans they may see; an office officer sees those addressed to their office or
/// about a task or indicator their office leads.
/// </summary>
public sealed class IndexModel(SauRoDbContext db, UnitScope scope) : PageModel
{
    public const int AnsweredShown = 100;

    public sealed record Row(ExplanationRequest Request, string Label, string Link, string? OfficeName, string PlanTitle);

    public List<Row> Open { get; private set; } = [];

    public List<Row> Answered { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellation)
    {
        var actor = await scope.ActorAsync(cancellation);
        var visible = await scope.VisibleUnitIdsAsync(cancellation);
        var plans = visible is null ? db.Plans : db.Plans.Where(p => visible.Contains(p.UnitId));
        var requests = from e in db.ExplanationRequests.AsNoTracking()
                       join p in plans on e.PlanId equals p.Id
                       select new { Request = e, PlanTitle = p.Title };
        var wholeCommune = actor.Is(Role.Admin) || actor.Is(Role.ProvinceOfficer) || actor.Is(Role.StandingOfficer) || actor.Is(Role.Leader);
        if (!wholeCommune)
        {
            var office = actor.OfficeId ?? -1;
            requests = requests.Where(x => x.Request.OfficeId == office
                || db.TaskUnits.Any(u => u.TaskId == x.Request.TaskId && u.Role == TaskUnitRole.Lead && u.UnitId == office)
                || db.IndicatorLeads.Any(l => l.IndicatorId == x.Request.IndicatorId && l.UnitId == office));
        }

        var open = await requests.Where(x => x.Request.AnsweredAt == null)
            .OrderBy(x => x.Request.RequestedAt).ThenBy(x => x.Request.Id).ToListAsync(cancellation);
        var answered = await requests.Where(x => x.Request.AnsweredAt != null)
            .OrderByDescending(x => x.Request.AnsweredAt).ThenByDescending(x => x.Request.Id).Take(AnsweredShown).ToListAsync(cancellation);

        var all = open.Concat(answered).ToList();
        var taskIds = all.Select(x => x.Request.TaskId).OfType<int>().ToList();
        var indicatorIds = all.Select(x => x.Request.IndicatorId).OfType<int>().ToList();
        var officeIds = all.Select(x => x.Request.OfficeId).OfType<int>().Distinct().ToList();
        var tasks = await db.Tasks.AsNoTracking().Where(t => taskIds.Contains(t.Id))
            .Select(t => new { t.Id, t.Ordinal, t.Content }).ToDictionaryAsync(t => t.Id, cancellation);
        var indicators = await db.Indicators.AsNoTracking().Where(i => indicatorIds.Contains(i.Id))
            .Select(i => new { i.Id, i.PlanId, i.Ordinal, i.Name }).ToDictionaryAsync(i => i.Id, cancellation);
        var offices = await db.Units.AsNoTracking().Where(u => officeIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, cancellation);

        Row ToRow(ExplanationRequest e, string planTitle)
        {
            var (label, link) = e.TaskId is { } t && tasks.TryGetValue(t, out var task)
                ? (Name("Nhiệm vụ", task.Ordinal, task.Content), $"/Tasks/{t}#explanations")
                : e.IndicatorId is { } i && indicators.TryGetValue(i, out var indicator)
                    ? (Name("Chỉ tiêu", indicator.Ordinal, indicator.Name), $"/Plans/{indicator.PlanId}#indicator-{i}")
                    : ("(đã xóa)", $"/Explanations/{e.Id}");
            return new Row(e, label, link, e.OfficeId is { } o ? offices.GetValueOrDefault(o) : null, planTitle);
        }

        Open = open.Select(x => ToRow(x.Request, x.PlanTitle)).ToList();
        Answered = answered.Select(x => ToRow(x.Request, x.PlanTitle)).ToList();
    }

    private static string Name(string kind, string? ordinal, string text) =>
        string.IsNullOrWhiteSpace(ordinal) ? $"{kind} «{text}»" : $"{kind} {ordinal}: {text}";
}
