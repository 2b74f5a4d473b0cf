using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SauRo.Data;
using SauRo.Data.Entities;
using SauRo.Features.Accounts;
using SauRo.Features.Monitoring;

namespace SauRo.Features.Explanations;

/// <summary>
/// A leader asks the lead office to explain a late task or a red indicator (yêu cầu giải trình). 404 when the target is
/// out of sight, 403 for anyone but the commune's leader (and the administrator); refused with the reason when the
/// task is not late, the indicator not red, or a request is still unanswered.
/// </summary>
public sealed class AskModel(SauRoDbContext db, UnitScope scope, TimeProvider clock, MonitoringSettings settings) : PageModel
{
    [BindProperty]
    public string? Question { get; set; }

    public ExplanationTargets.Resolved Target { get; private set; } = null!;

    /// <summary>Why the leader may not ask now, shown instead of the form.</summary>
    public string? NotAskable { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? taskId, int? indicatorId, CancellationToken cancellation) =>
        await LoadAsync(new ExplanationTarget(taskId, indicatorId), cancellation) ?? Page();

    public async Task<IActionResult> OnPostAsync(int? taskId, int? indicatorId, CancellationToken cancellation)
    {
        if (await LoadAsync(new ExplanationTarget(taskId, indicatorId), cancellation) is { } refusal)
        {
            return refusal;
        }

        if (NotAskable is not null)
        {
            return Page();
        }

        var question = Question?.Trim() ?? string.Empty;
        if (question.Length == 0)
        {
            ModelState.AddModelError(nameof(Question), "Hãy ghi nội dung yêu cầu giải trình.");
        }
        else if (question.Length > ExplanationRules.MaxQuestionLength)
        {
            ModelState.AddModelError(nameof(Question), "Nội dung yêu cầu giải trình dài quá 2.000 ký tự.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        db.ExplanationRequests.Add(new ExplanationRequest
        {
            PlanId = Target.PlanId,
            TaskId = Target.Target.TaskId,
            IndicatorId = Target.Target.IndicatorId,
            OfficeId = Target.OfficeId,
            Question = question,
            RequestedBy = scope.UserName ?? "?",
            RequestedAt = clock.GetUtcNow(),
        });
        try
        {
            await db.SaveChangesAsync(cancellation);
        }
        catch (DbUpdateException)
        {
            // Another leader asked at the same moment: one open request per task or indicator (a unique index).
            NotAskable = ExplanationRules.AlreadyOpen;
            return Page();
        }

        TempData["Message"] = "Đã gửi yêu cầu giải trình.";
        return Redirect(Target.Target.TaskId is not null ? $"{Target.Link}#explanations" : "/Explanations");
    }

    private async Task<IActionResult?> LoadAsync(ExplanationTarget target, CancellationToken cancellation)
    {
        var resolved = (target.TaskId is null) == (target.IndicatorId is null) ? null : await ExplanationTargets.FindAsync(db, target, cancellation);
        if (resolved is null || !await scope.CanSeeAsync(resolved.PlanUnitId, cancellation))
        {
            return NotFound();
        }

        if (!await scope.CanApproveAsync(resolved.PlanUnitId, cancellation))
        {
            return Forbid();
        }

        Target = resolved;
        var open = await db.ExplanationRequests.AsNoTracking().AnyAsync(
            e => e.AnsweredAt == null && (target.TaskId != null ? e.TaskId == target.TaskId : e.IndicatorId == target.IndicatorId), cancellation);
        NotAskable = open ? ExplanationRules.AlreadyOpen : await ExplanationTargets.NotAskableAsync(db, clock, settings, resolved, cancellation);
        return null;
    }
}
