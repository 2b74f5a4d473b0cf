using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SauRo.Core.Monitoring;
using SauRo.Core.Plans;
using SauRo.Data;
using SauRo.Data.Entities;
using SauRo.Features.Accounts;
using SauRo.Features.Import;
using SauRo.Features.Monitoring;
using SauRo.Features.Plans;

namespace SauRo.Features.DeadlineChanges;

/// <summary>
/// The province's instruction "hoàn thành sớm hơn ít nhất 01 quý": a preview of the plan's tasks whose deadline in force
/// ends in Q3 or Q4 of the plan's year, each with its deadline one quarter earlier (<see cref="QuarterShift"/>), all
/// ticked except those already done or waiting for another decision; confirming creates one deadline change per
/// ticked task with a shared batch id — approved and applied at once when the user is the commune's leader, else
/// waiting for the leader. For the plan's editors and the leader.
/// </summary>
public sealed class BringForwardModel(SauRoDbContext db, UnitScope scope, TimeProvider clock, MonitoringSettings settings) : PageModel
{
    public sealed record Candidate(PlanTask Task, Deadline Current, Deadline Proposed, string? Blocked)
    {
        public bool Selectable => Blocked is null;
    }

    public PlanRef Plan { get; private set; } = null!;

    public List<Candidate> Candidates { get; private set; } = [];

    /// <summary>Whether confirming applies the changes at once (the leader) or sends them for approval.</summary>
    public bool ApprovesAtOnce { get; private set; }

    [BindProperty]
    public List<int> Selected { get; set; } = [];

    [BindProperty]
    public string? Reason { get; set; } = DeadlineChangeRules.BringForwardReason;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellation)
    {
        if (await LoadAsync(id, cancellation) is { } refusal)
        {
            return refusal;
        }

        Selected = Candidates.Where(c => c.Selectable).Select(c => c.Task.Id).ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellation)
    {
        if (await LoadAsync(id, cancellation) is { } refusal)
        {
            return refusal;
        }

        var chosen = Candidates.Where(c => c.Selectable && Selected.Contains(c.Task.Id)).ToList();
        if (chosen.Count == 0)
        {
            ModelState.AddModelError(nameof(Selected), "Hãy chọn ít nhất một nhiệm vụ.");
        }

        var reason = Reason?.Trim() ?? string.Empty;
        if (reason.Length == 0)
        {
            ModelState.AddModelError(nameof(Reason), "Hãy nêu lý do điều chỉnh thời hạn.");
        }
        else if (reason.Length > DeadlineChangeRules.MaxReasonLength)
        {
            ModelState.AddModelError(nameof(Reason), "Lý do dài quá 2.000 ký tự.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var now = clock.GetUtcNow();
        var user = scope.UserName ?? "?";
        var batch = Guid.NewGuid().ToString("N");
        var tracked = await db.Tasks.Where(t => t.PlanId == id).ToListAsync(cancellation);
        foreach (var c in chosen)
        {
            var task = tracked.Single(t => t.Id == c.Task.Id);
            var change = DeadlineChangeRules.Request(task, c.Proposed, reason, user, now, batch);
            db.DeadlineChanges.Add(change);
            if (ApprovesAtOnce)
            {
                DeadlineChangeRules.Decide(change, task, approve: true, note: null, user, now);
            }
        }

        try
        {
            await db.SaveChangesAsync(cancellation);
        }
        catch (DbUpdateException)
        {
            ModelState.AddModelError(string.Empty, "Một nhiệm vụ vừa có đề nghị điều chỉnh thời hạn khác chờ duyệt; không điều chỉnh nhiệm vụ nào. Hãy tải lại trang.");
            return Page();
        }

        TempData["Message"] = ApprovesAtOnce
            ? $"Đã đưa thời hạn của {chosen.Count} nhiệm vụ lên sớm một quý."
            : $"Đã gửi {chosen.Count} đề nghị đưa thời hạn lên sớm một quý; chờ lãnh đạo duyệt.";
        return Redirect($"/Plans/{id}#tasks");
    }

    /// <summary>404 when the plan is out of sight; 403 unless the user edits the plan or approves for its commune.</summary>
    private async Task<IActionResult?> LoadAsync(int id, CancellationToken cancellation)
    {
        var plan = await PlanRef.FindAsync(db, id, cancellation);
        if (plan is null || !await scope.CanSeeAsync(plan.UnitId, cancellation))
        {
            return NotFound();
        }

        ApprovesAtOnce = await scope.CanApproveAsync(plan.UnitId, cancellation);
        if (!ApprovesAtOnce && !await scope.CanEditAsync(plan.UnitId, cancellation))
        {
            return Forbid();
        }

        Plan = plan;
        if (plan.Year is not { } year)
        {
            return null;
        }

        var tasks = await db.Tasks.AsNoTracking().Where(t => t.PlanId == id).Include(t => t.Units)
            .OrderBy(t => t.Position).ThenBy(t => t.Id).AsSingleQuery().ToListAsync(cancellation);
        var due = tasks.Where(t => QuarterShift.EndsInSecondHalf(PlanMapping.EffectiveDue(t), year)).ToList();
        var dueIds = due.Select(t => t.Id).ToList();
        var pending = await db.DeadlineChanges.AsNoTracking()
            .Where(c => c.State == ChangeState.Pending && dueIds.Contains(c.TaskId)).Select(c => c.TaskId).ToListAsync(cancellation);
        var statuses = await TaskStatuses.ForTasksAsync(db, due, VietnamTime.Today(clock), settings, cancellation);
        foreach (var t in due)
        {
            var current = PlanMapping.EffectiveDue(t);
            if (QuarterShift.BringForward(current) is not { } proposed)
            {
                continue;
            }

            var blocked = pending.Contains(t.Id) ? "đang có đề nghị điều chỉnh thời hạn chờ duyệt"
                : statuses[t.Id].Status.IsDone() ? "đã hoàn thành"
                : null;
            Candidates.Add(new Candidate(t, current, proposed, blocked));
        }

        return null;
    }
}
