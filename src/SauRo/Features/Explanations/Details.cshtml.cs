using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SauRo.Data;
using SauRo.Data.Entities;
using SauRo.Features.Accounts;

namespace SauRo.Features.Explanations;

/// <summary>
/// One explanation request: the question, and the lead office's answer. Whoever may update the task (for an indicator:
/// record its values) answers once; the leader and everyone who may see the plan read it.
/// </summary>
public sealed class DetailsModel(SauRoDbContext db, UnitScope scope, TimeProvider clock) : PageModel
{
    public ExplanationRequest Item { get; private set; } = null!;

    public ExplanationTargets.Resolved Target { get; private set; } = null!;

    public string? OfficeName { get; private set; }

    public bool CanAnswer { get; private set; }

    [BindProperty]
    public string? Answer { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellation) => await LoadAsync(id, cancellation) ?? Page();

    public async Task<IActionResult> OnPostAnswerAsync(int id, CancellationToken cancellation)
    {
        if (await LoadAsync(id, cancellation) is { } refusal)
        {
            return refusal;
        }

        if (!CanAnswer)
        {
            return Forbid();
        }

        var answer = Answer?.Trim() ?? string.Empty;
        if (!Item.IsOpen())
        {
            ModelState.AddModelError(nameof(Answer), ExplanationRules.AlreadyAnswered);
        }
        else if (answer.Length == 0)
        {
            ModelState.AddModelError(nameof(Answer), "Hãy viết nội dung giải trình.");
        }
        else if (answer.Length > ExplanationRules.MaxAnswerLength)
        {
            ModelState.AddModelError(nameof(Answer), "Nội dung giải trình dài quá 4.000 ký tự.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        Item.Answer = answer;
        Item.AnsweredBy = scope.UserName ?? "?";
        Item.AnsweredAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellation);
        TempData["Message"] = "Đã gửi giải trình.";
        return Redirect(Item.TaskId is not null ? $"{Target.Link}#explanations" : $"/Explanations/{id}");
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken cancellation)
    {
        var request = await db.ExplanationRequests.SingleOrDefaultAsync(e => e.Id == id, cancellation);
        var target = request is null ? null : await ExplanationTargets.FindAsync(db, new ExplanationTarget(request.TaskId, request.IndicatorId), cancellation);
        if (request is null || target is null || !await scope.CanSeeAsync(target.PlanUnitId, cancellation))
        {
            return NotFound();
        }

        Item = request;
        Target = target;
        OfficeName = request.OfficeId is { } o ? await db.Units.Where(u => u.Id == o).Select(u => u.Name).SingleOrDefaultAsync(cancellation) : null;
        CanAnswer = await ExplanationTargets.CanAnswerAsync(scope, target.Target, cancellation);
        return null;
    }
}
