using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SauRo.Data;
using SauRo.Data.Entities;
using SauRo.Features.Accounts;

namespace SauRo.Features.Plans;

/// <summary>A plan typed by hand for a commune or a province (plans from a document come through /Import).</summary>
public sealed class CreateModel(SauRoDbContext db, UnitScope scope, TimeProvider clock) : PlanFormPage
{
    public const string OfficeMessage = "Kế hoạch thuộc về một xã/phường hoặc một tỉnh, không thuộc một cơ quan; hãy chọn đơn vị.";

    public override string Heading => "Thêm kế hoạch";

    public override string SubmitText => "Thêm kế hoạch";

    public override string CancelUrl => Input.UnitId is { } id ? $"/Plans?unitId={id}" : "/Plans";

    public async Task<IActionResult> OnGetAsync(int? unitId, CancellationToken cancellation)
    {
        Input.UnitId = unitId;
        return await PrepareAsync(cancellation) ?? Page();
    }

    public async Task<IActionResult> OnPostAsync(int? unitId, CancellationToken cancellation)
    {
        Input.UnitId ??= unitId;
        if (await PrepareAsync(cancellation) is { } refusal)
        {
            return refusal;
        }

        var plan = new Plan { UnitId = Input.UnitId ?? 0, Title = string.Empty, SearchKey = string.Empty, CreatedAt = clock.GetUtcNow() };
        if (UnitChoices.Count > 0 || !ModelState.IsValid || !TryApply(plan, clock.GetUtcNow()))
        {
            return Page();
        }

        db.Plans.Add(plan);
        await db.SaveChangesAsync(cancellation);
        TempData["Message"] = "Đã thêm kế hoạch. Hãy thêm chỉ tiêu và nhiệm vụ.";
        return Redirect($"/Plans/{plan.Id}");
    }

    /// <summary>
    /// Checks the chosen unit (404 when it is not visible, 403 when it may not be changed) or, when none is chosen
    /// or it is an office, lists the units to choose from.
    /// </summary>
    private async Task<IActionResult?> PrepareAsync(CancellationToken cancellation)
    {
        if (Input.UnitId is { } id)
        {
            var unit = await db.Units.AsNoTracking().Where(u => u.Id == id).Select(u => new { u.Name, u.Kind }).SingleOrDefaultAsync(cancellation);
            if (unit is null || !await scope.CanSeeAsync(id, cancellation))
            {
                return NotFound();
            }

            // An office never owns a plan: say so (below) rather than refuse; any other unit must be editable.
            if (unit.Kind != UnitKind.Office && await scope.RefuseEditAsync(id, cancellation) is { } refusal)
            {
                return refusal;
            }

            if (unit.Kind != UnitKind.Office)
            {
                UnitName = unit.Name;
                return null;
            }

            ModelState.AddModelError("Input.UnitId", OfficeMessage);
            Input.UnitId = null;
        }
        else if (Request.Method == HttpMethods.Post)
        {
            ModelState.AddModelError("Input.UnitId", "Hãy chọn đơn vị của kế hoạch.");
        }

        var units = await scope.UnitsAsync(cancellation);
        var candidates = await units.AsNoTracking()
            .Where(u => u.Kind != UnitKind.Office)
            .OrderBy(u => u.Kind).ThenBy(u => u.Name)
            .Select(u => new UnitChoice(u.Id, u.Name))
            .ToListAsync(cancellation);
        UnitChoices = [];
        foreach (var candidate in candidates)
        {
            if (await scope.CanEditAsync(candidate.Id, cancellation))
            {
                UnitChoices.Add(candidate);
            }
        }

        return null;
    }
}
