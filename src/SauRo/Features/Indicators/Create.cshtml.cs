using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SauRo.Data;
using SauRo.Data.Entities;
using SauRo.Features.Accounts;

namespace SauRo.Features.Indicators;

/// <summary>A new indicator, added by hand to a plan.</summary>
public sealed class CreateModel(SauRoDbContext db, UnitScope scope) : IndicatorFormPage(db, scope)
{
    public override string Heading => "Thêm chỉ tiêu";

    public override string SubmitText => "Thêm chỉ tiêu";

    public async Task<IActionResult> OnGetAsync(int planId, CancellationToken cancellation) =>
        await LoadPlanAsync(planId, cancellation) ?? Page();

    public async Task<IActionResult> OnPostAsync(int planId, CancellationToken cancellation)
    {
        if (await LoadPlanAsync(planId, cancellation) is { } refusal)
        {
            return refusal;
        }

        var last = await Db.Indicators.Where(i => i.PlanId == planId).MaxAsync(i => (int?)i.Position, cancellation);
        var indicator = new Indicator
        {
            PlanId = planId,
            Position = (last ?? -1) + 1,
            Name = string.Empty,
            Comparator = string.Empty,
            Origin = "Manual",
            SearchKey = string.Empty,
        };
        if (!ModelState.IsValid || !TryApply(indicator))
        {
            return Page();
        }

        Db.Indicators.Add(indicator);
        await Db.SaveChangesAsync(cancellation);
        TempData["Message"] = "Đã thêm chỉ tiêu.";
        return ToPlan(indicator.Id);
    }
}
