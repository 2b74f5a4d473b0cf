using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SauRo.Data;
using SauRo.Features.Accounts;
using SauRo.Features.Plans;

namespace SauRo.Features.Reporting;

/// <summary>What the duty create and edit pages share: the plan (the standing body edits it), the form.</summary>
public abstract class DutyFormPage(SauRoDbContext db, UnitScope scope) : PageModel
{
    [BindProperty]
    public DutyInput Input { get; set; } = new();

    public PlanRef Plan { get; private set; } = null!;

    public abstract string Heading { get; }

    public abstract string SubmitText { get; }

    protected SauRoDbContext Db => db;

    /// <summary>404 when the plan is missing or out of sight, 403 when the user may not edit it.</summary>
    protected async Task<IActionResult?> LoadPlanAsync(int planId, CancellationToken cancellation)
    {
        var plan = await PlanRef.FindAsync(db, planId, cancellation);
        if (await scope.RefuseEditAsync(plan?.UnitId, cancellation) is { } refusal)
        {
            return refusal;
        }

        Plan = plan!;
        return null;
    }

    protected RedirectResult ToCalendar(int dutyId) => Redirect($"/Plans/{Plan.Id}/Reporting#duty-{dutyId}");

    protected void Error(string field, string message) => ModelState.AddModelError(field, message);
}
