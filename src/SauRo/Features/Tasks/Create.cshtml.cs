using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SauRo.Data;
using SauRo.Data.Entities;
using SauRo.Features.Accounts;

namespace SauRo.Features.Tasks;

/// <summary>A new task, added by hand to a plan; the accountable person is expected (rõ người asks for one).</summary>
public sealed class CreateModel(SauRoDbContext db, UnitScope scope, TimeProvider clock) : TaskFormPage(db, scope, clock)
{
    public override string Heading => "Thêm nhiệm vụ";

    public override string SubmitText => "Thêm nhiệm vụ";

    public async Task<IActionResult> OnGetAsync(int planId, CancellationToken cancellation) =>
        await LoadPlanAsync(planId, cancellation) ?? Page();

    public async Task<IActionResult> OnPostAsync(int planId, CancellationToken cancellation)
    {
        if (await LoadPlanAsync(planId, cancellation) is { } refusal)
        {
            return refusal;
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var now = Clock.GetUtcNow();
        var last = await Db.Tasks.Where(t => t.PlanId == planId).MaxAsync(t => (int?)t.Position, cancellation);
        var task = new PlanTask
        {
            PlanId = planId,
            Position = (last ?? -1) + 1,
            Content = string.Empty,
            DueText = string.Empty,
            DueKind = string.Empty,
            SearchKey = string.Empty,
            AccountableExpected = true,
            CreatedAt = now,
        };
        await ApplyAsync(task, cancellation);
        Db.Tasks.Add(task);
        await Db.SaveChangesAsync(cancellation);
        TempData["Message"] = "Đã thêm nhiệm vụ.";
        return ToPlan(task.Id);
    }
}
