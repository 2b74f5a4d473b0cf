using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SauRo.Data;
using SauRo.Features.Accounts;

namespace SauRo.Features.Plans;

/// <summary>Asks before deleting a plan, then deletes it with its indicators, tasks and import history.</summary>
public sealed class DeleteModel(SauRoDbContext db, UnitScope scope) : PageModel
{
    public sealed record PlanSummary(int Id, int UnitId, string UnitName, string? Number, string Title, int Indicators, int Tasks);

    public PlanSummary Plan { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellation) =>
        await LoadAsync(id, cancellation) ?? Page();

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellation)
    {
        if (await LoadAsync(id, cancellation) is { } refusal)
        {
            return refusal;
        }

        // Through the change tracker, so that the audit trail records it; everything in the plan goes with it (ON DELETE CASCADE).
        if (await db.Plans.FindAsync([id], cancellation) is { } plan)
        {
            db.Plans.Remove(plan);
            await db.SaveChangesAsync(cancellation);
        }

        TempData["Message"] = $"Đã xóa kế hoạch «{Plan.Title}».";
        return Redirect($"/Plans?unitId={Plan.UnitId}");
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken cancellation)
    {
        var plan = await db.Plans.AsNoTracking().Where(p => p.Id == id)
            .Select(p => new PlanSummary(p.Id, p.UnitId, p.Unit!.Name, p.Number, p.Title, p.Indicators.Count, p.Tasks.Count))
            .SingleOrDefaultAsync(cancellation);
        if (await scope.RefuseEditAsync(plan?.UnitId, cancellation) is { } refusal)
        {
            return refusal;
        }

        Plan = plan!;
        return null;
    }
}
