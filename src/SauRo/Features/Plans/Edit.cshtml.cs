using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SauRo.Data;
using SauRo.Data.Entities;
using SauRo.Features.Accounts;

namespace SauRo.Features.Plans;

/// <summary>Changes the plan's header: number, date, issuer, title, signer, declared counts, bases.</summary>
public sealed class EditModel(SauRoDbContext db, UnitScope scope, TimeProvider clock) : PlanFormPage
{
    public override string Heading => "Sửa thông tin kế hoạch";

    public override string SubmitText => "Lưu kế hoạch";

    public override string CancelUrl => $"/Plans/{RouteData.Values["id"]}";

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellation)
    {
        var plan = await FindAsync(id, tracked: false, cancellation);
        if (await scope.RefuseEditAsync(plan?.UnitId, cancellation) is { } refusal)
        {
            return refusal;
        }

        Fill(plan!);
        UnitName = plan!.Unit!.Name;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellation)
    {
        var plan = await FindAsync(id, tracked: true, cancellation);
        if (await scope.RefuseEditAsync(plan?.UnitId, cancellation) is { } refusal)
        {
            return refusal;
        }

        UnitName = plan!.Unit!.Name;
        Input.UnitId = plan.UnitId;
        if (!ModelState.IsValid || !TryApply(plan, clock.GetUtcNow()))
        {
            return Page();
        }

        await db.SaveChangesAsync(cancellation);
        TempData["Message"] = "Đã lưu thông tin kế hoạch.";
        return Redirect($"/Plans/{plan.Id}");
    }

    private Task<Plan?> FindAsync(int id, bool tracked, CancellationToken cancellation)
    {
        var plans = tracked ? db.Plans : db.Plans.AsNoTracking();
        return plans.Include(p => p.Unit).Include(p => p.Bases).SingleOrDefaultAsync(p => p.Id == id, cancellation);
    }
}
