using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SauRo.Data;
using SauRo.Features.Accounts;
using SauRo.Features.Plans;

namespace SauRo.Features.Tasks;

/// <summary>Asks before deleting a task, then deletes it with its offices and documents.</summary>
public sealed class DeleteModel(SauRoDbContext db, UnitScope scope) : PageModel
{
    public sealed record TaskSummary(int Id, int PlanId, string PlanTitle, int UnitId, string? Ordinal, string Content, string DueText);

    public TaskSummary Task { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellation) =>
        await LoadAsync(id, cancellation) ?? Page();

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellation)
    {
        if (await LoadAsync(id, cancellation) is { } refusal)
        {
            return refusal;
        }

        // Through the change tracker, so that the audit trail records it; offices, documents and comments go with it (ON DELETE CASCADE).
        if (await db.Tasks.FindAsync([id], cancellation) is { } task)
        {
            db.Tasks.Remove(task);
            await db.SaveChangesAsync(cancellation);
        }

        TempData["Message"] = $"Đã xóa nhiệm vụ {Task.Ordinal} «{Shorten(Task.Content)}».";
        return Redirect($"/Plans/{Task.PlanId}#tasks");
    }

    public static string Shorten(string text) => text.Length <= 120 ? text : string.Concat(text.AsSpan(0, 117), "…");

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken cancellation)
    {
        var task = await db.Tasks.AsNoTracking().Where(t => t.Id == id)
            .Select(t => new TaskSummary(t.Id, t.PlanId, t.Plan!.Title, t.Plan.UnitId, t.Ordinal, t.Content, t.DueText))
            .SingleOrDefaultAsync(cancellation);
        if (await scope.RefuseEditAsync(task?.UnitId, cancellation) is { } refusal)
        {
            return refusal;
        }

        Task = task!;
        return null;
    }
}
