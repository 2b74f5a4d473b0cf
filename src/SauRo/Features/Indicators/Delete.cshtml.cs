using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SauRo.Data;
using SauRo.Features.Accounts;
using SauRo.Features.Plans;

namespace SauRo.Features.Indicators;

/// <summary>Asks before deleting an indicator, then deletes it with its lead offices.</summary>
public sealed class DeleteModel(SauRoDbContext db, UnitScope scope) : PageModel
{
    public sealed record IndicatorSummary(int Id, int PlanId, string PlanTitle, int UnitId, string? Ordinal, string Name, string Target);

    public IndicatorSummary Indicator { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellation) =>
        await LoadAsync(id, cancellation) ?? Page();

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellation)
    {
        if (await LoadAsync(id, cancellation) is { } refusal)
        {
            return refusal;
        }

        // Through the change tracker, so that the audit trail records it; lead offices go with it (ON DELETE CASCADE).
        if (await db.Indicators.FindAsync([id], cancellation) is { } indicator)
        {
            db.Indicators.Remove(indicator);
            await db.SaveChangesAsync(cancellation);
        }

        TempData["Message"] = $"Đã xóa chỉ tiêu «{Indicator.Name}».";
        return Redirect($"/Plans/{Indicator.PlanId}#indicators");
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken cancellation)
    {
        var row = await db.Indicators.AsNoTracking().Where(i => i.Id == id)
            .Select(i => new { i.Id, i.PlanId, PlanTitle = i.Plan!.Title, i.Plan.UnitId, i.Ordinal, i.Name, i.Comparator, i.TargetValue, i.TargetText, i.Unit })
            .SingleOrDefaultAsync(cancellation);
        if (await scope.RefuseEditAsync(row?.UnitId, cancellation) is { } refusal)
        {
            return refusal;
        }

        Indicator = new IndicatorSummary(row!.Id, row.PlanId, row.PlanTitle, row.UnitId, row.Ordinal, row.Name,
            PlanText.Target(row.Comparator, row.TargetValue, row.TargetText, row.Unit));
        return null;
    }
}
