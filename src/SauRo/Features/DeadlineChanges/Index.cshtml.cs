using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SauRo.Data;
using SauRo.Data.Entities;
using SauRo.Features.Accounts;

namespace SauRo.Features.DeadlineChanges;

/// <summary>
/// Deadline changes of the plans the user may see: those waiting for a decision, then the latest decided ones. The
/// commune's leader (and the administrator) approves — the new deadline becomes the task's deadline in force — or
/// rejects with a note; a whole batch of the bulk action can be approved at once.
/// </summary>
public sealed class IndexModel(SauRoDbContext db, UnitScope scope, TimeProvider clock) : PageModel
{
    public const int HistorySize = 100;

    public sealed record Row(DeadlineChange Change, int TaskId, string? Ordinal, string Content, int PlanId, string PlanTitle, int PlanUnitId, bool CanDecide);

    public List<Row> Pending { get; private set; } = [];

    public List<Row> Decided { get; private set; } = [];

    /// <summary>The change whose form the posted error belongs to.</summary>
    public int? ErrorFor { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellation) => await LoadAsync(cancellation);

    public Task<IActionResult> OnPostApproveAsync(int changeId, string? note, string? returnTo, CancellationToken cancellation) =>
        DecideAsync(changeId, approve: true, note, returnTo, cancellation);

    public Task<IActionResult> OnPostRejectAsync(int changeId, string? note, string? returnTo, CancellationToken cancellation) =>
        DecideAsync(changeId, approve: false, note, returnTo, cancellation);

    /// <summary>Approves every pending change of a batch the user may decide.</summary>
    public async Task<IActionResult> OnPostApproveBatchAsync(string? batch, CancellationToken cancellation)
    {
        var changes = string.IsNullOrEmpty(batch) ? [] : await db.DeadlineChanges
            .Where(c => c.Batch == batch && c.State == ChangeState.Pending).ToListAsync(cancellation);
        var tasks = await Tasks(changes.Select(c => c.TaskId)).ToDictionaryAsync(t => t.Id, cancellation);
        var visible = new List<(DeadlineChange Change, PlanTask Task)>();
        foreach (var c in changes)
        {
            if (tasks.TryGetValue(c.TaskId, out var t) && await scope.CanSeeAsync(t.Plan!.UnitId, cancellation))
            {
                visible.Add((c, t));
            }
        }

        if (visible.Count == 0)
        {
            return NotFound();
        }

        var decidable = new List<(DeadlineChange Change, PlanTask Task)>();
        foreach (var v in visible)
        {
            if (await scope.CanApproveAsync(v.Task.Plan!.UnitId, cancellation))
            {
                decidable.Add(v);
            }
        }

        if (decidable.Count == 0)
        {
            return Forbid();
        }

        var now = clock.GetUtcNow();
        foreach (var (change, task) in decidable)
        {
            DeadlineChangeRules.Decide(change, task, approve: true, note: null, scope.UserName ?? "?", now);
        }

        await db.SaveChangesAsync(cancellation);
        TempData["Message"] = $"Đã duyệt {decidable.Count} đề nghị điều chỉnh thời hạn của đợt.";
        return Redirect("/DeadlineChanges");
    }

    private async Task<IActionResult> DecideAsync(int changeId, bool approve, string? note, string? returnTo, CancellationToken cancellation)
    {
        var change = await db.DeadlineChanges.SingleOrDefaultAsync(c => c.Id == changeId, cancellation);
        var task = change is null ? null : await Tasks([change.TaskId]).SingleOrDefaultAsync(cancellation);
        if (change is null || task is null || !await scope.CanSeeAsync(task.Plan!.UnitId, cancellation))
        {
            return NotFound();
        }

        if (!await scope.CanApproveAsync(task.Plan.UnitId, cancellation))
        {
            return Forbid();
        }

        var text = note?.Trim();
        if (change.State != ChangeState.Pending)
        {
            ModelState.AddModelError("note", "Đề nghị này đã được quyết định.");
        }
        else if (!approve && string.IsNullOrEmpty(text))
        {
            ModelState.AddModelError("note", "Hãy ghi lý do không duyệt.");
        }
        else if (text is { Length: > DeadlineChangeRules.MaxNoteLength })
        {
            ModelState.AddModelError("note", "Ý kiến dài quá 2.000 ký tự.");
        }

        if (!ModelState.IsValid)
        {
            ErrorFor = changeId;
            await LoadAsync(cancellation);
            return Page();
        }

        DeadlineChangeRules.Decide(change, task, approve, string.IsNullOrEmpty(text) ? null : text, scope.UserName ?? "?", clock.GetUtcNow());
        await db.SaveChangesAsync(cancellation);
        TempData["Message"] = approve ? $"Đã duyệt thời hạn mới: {change.ToText}." : "Đã không duyệt đề nghị điều chỉnh thời hạn.";
        return Redirect(returnTo == DecideFormView.TaskPage ? $"/Tasks/{task.Id}#deadline-changes" : "/DeadlineChanges");
    }

    private IQueryable<PlanTask> Tasks(IEnumerable<int> ids)
    {
        var list = ids.ToList();
        return db.Tasks.Include(t => t.Plan).Where(t => list.Contains(t.Id));
    }

    private async Task LoadAsync(CancellationToken cancellation)
    {
        var visible = await scope.VisibleUnitIdsAsync(cancellation);
        var plans = visible is null ? db.Plans : db.Plans.Where(p => visible.Contains(p.UnitId));
        var query = from c in db.DeadlineChanges.AsNoTracking()
                    join t in db.Tasks on c.TaskId equals t.Id
                    join p in plans on t.PlanId equals p.Id
                    select new { Change = c, TaskId = t.Id, t.Ordinal, t.Content, PlanId = p.Id, p.Title, p.UnitId };
        var pending = await query.Where(x => x.Change.State == ChangeState.Pending)
            .OrderBy(x => x.Change.RequestedAt).ThenBy(x => x.Change.Id).ToListAsync(cancellation);
        var decided = await query.Where(x => x.Change.State != ChangeState.Pending)
            .OrderByDescending(x => x.Change.DecidedAt).ThenByDescending(x => x.Change.Id).Take(HistorySize).ToListAsync(cancellation);
        var approvable = new Dictionary<int, bool>();
        foreach (var unitId in pending.Select(x => x.UnitId).Distinct())
        {
            approvable[unitId] = await scope.CanApproveAsync(unitId, cancellation);
        }

        Pending = pending.Select(x => new Row(x.Change, x.TaskId, x.Ordinal, x.Content, x.PlanId, x.Title, x.UnitId, approvable[x.UnitId])).ToList();
        Decided = decided.Select(x => new Row(x.Change, x.TaskId, x.Ordinal, x.Content, x.PlanId, x.Title, x.UnitId, false)).ToList();
    }
}
