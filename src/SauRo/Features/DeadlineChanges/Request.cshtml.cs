using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SauRo.Core.Plans;
using SauRo.Core.Text;
using SauRo.Data;
using SauRo.Data.Entities;
using SauRo.Features.Accounts;
using SauRo.Features.Import;
using SauRo.Features.Plans;

namespace SauRo.Features.DeadlineChanges;

/// <summary>
/// The lead office (or the standing body) asks for a new deadline with a reason: the text is read with the plan's year
/// and shown as understood; a text that is not understood is refused with the reason. One pending request per task.
/// </summary>
public sealed class RequestModel(SauRoDbContext db, UnitScope scope, TimeProvider clock) : PageModel
{
    [BindProperty]
    public ChangeInput Change { get; set; } = new();

    public PlanTask Task { get; private set; } = null!;

    public PlanRef Plan { get; private set; } = null!;

    public Deadline Current => PlanMapping.EffectiveDue(Task);

    public Deadline? Preview => string.IsNullOrWhiteSpace(Change.Text) ? null : DeadlineParser.Parse(Change.Text, Plan.Year);

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellation) =>
        await LoadAsync(id, requireUpdate: true, cancellation) ?? Page();

    /// <summary>The live preview under the field: how the text is understood (htmx fragment).</summary>
    public async Task<IActionResult> OnGetPreviewAsync(int id, [FromQuery(Name = "Change.Text")] string? text, CancellationToken cancellation)
    {
        if (await LoadAsync(id, requireUpdate: false, cancellation) is { } refusal)
        {
            return refusal;
        }

        var typed = text is { Length: > ChangeInput.MaxTextLength } ? text[..ChangeInput.MaxTextLength] : text;
        return Partial("/Features/DeadlineChanges/_ChangePreview.cshtml", DeadlineParser.Parse(typed, Plan.Year));
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellation)
    {
        if (await LoadAsync(id, requireUpdate: true, cancellation) is { } refusal)
        {
            return refusal;
        }

        var pending = await db.DeadlineChanges.AsNoTracking().Where(c => c.TaskId == id && c.State == ChangeState.Pending)
            .Select(c => (DateTimeOffset?)c.RequestedAt).FirstOrDefaultAsync(cancellation);
        if (pending is { } at)
        {
            ModelState.AddModelError(string.Empty,
                $"Nhiệm vụ đang có một đề nghị điều chỉnh thời hạn chờ duyệt (gửi lúc {PlanText.LocalTime(at)}); hãy chờ lãnh đạo quyết định rồi mới gửi đề nghị khác.");
            return Page();
        }

        var text = VietnameseText.Clean(Change.Text);
        Deadline? to = null;
        if (text.Length == 0)
        {
            ModelState.AddModelError("Change.Text", "Hãy nhập thời hạn mới.");
        }
        else if (text.Length > ChangeInput.MaxTextLength)
        {
            ModelState.AddModelError("Change.Text", "Thời hạn mới dài quá 1.000 ký tự.");
        }
        else
        {
            to = DeadlineParser.Parse(text, Plan.Year);
            if (to.Kind == DeadlineKind.Unknown)
            {
                ModelState.AddModelError("Change.Text",
                    $"Không hiểu thời hạn mới «{text}»: {to.Problem}. Hãy ghi rõ ngày, tháng hoặc quý, ví dụ «30/9/2026», «Tháng 9/2026», «Quý III/2026».");
            }
            else if (DeadlineChangeRules.SameMeaning(to, Current))
            {
                ModelState.AddModelError("Change.Text", $"Thời hạn mới giống thời hạn đang áp dụng ({Current.Describe()}).");
            }
        }

        var reason = Change.Reason?.Trim() ?? string.Empty;
        if (reason.Length == 0)
        {
            ModelState.AddModelError("Change.Reason", "Hãy nêu lý do đề nghị điều chỉnh thời hạn.");
        }
        else if (reason.Length > DeadlineChangeRules.MaxReasonLength)
        {
            ModelState.AddModelError("Change.Reason", "Lý do dài quá 2.000 ký tự.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        db.DeadlineChanges.Add(DeadlineChangeRules.Request(Task, to!, reason, scope.UserName ?? "?", clock.GetUtcNow()));
        try
        {
            await db.SaveChangesAsync(cancellation);
        }
        catch (DbUpdateException)
        {
            // Another request for the task arrived at the same moment (one pending request per task, by a unique index).
            ModelState.AddModelError(string.Empty, "Nhiệm vụ vừa có một đề nghị điều chỉnh thời hạn khác chờ duyệt; hãy tải lại trang.");
            return Page();
        }

        TempData["Message"] = "Đã gửi đề nghị điều chỉnh thời hạn; chờ lãnh đạo duyệt.";
        return Redirect($"/Tasks/{id}#deadline-changes");
    }

    /// <summary>404 when the task is out of sight; 403 when asking for a change is not the user's (when required).</summary>
    private async Task<IActionResult?> LoadAsync(int id, bool requireUpdate, CancellationToken cancellation)
    {
        var task = await db.Tasks.AsNoTracking().SingleOrDefaultAsync(t => t.Id == id, cancellation);
        var plan = task is null ? null : await PlanRef.FindAsync(db, task.PlanId, cancellation);
        if (task is null || plan is null || !await scope.CanSeeAsync(plan.UnitId, cancellation))
        {
            return NotFound();
        }

        if (requireUpdate && !await scope.CanUpdateTaskAsync(id, cancellation))
        {
            return Forbid();
        }

        Task = task;
        Plan = plan;
        return null;
    }
}
