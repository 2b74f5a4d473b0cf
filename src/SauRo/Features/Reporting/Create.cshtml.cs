using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SauRo.Data;
using SauRo.Data.Entities;
using SauRo.Features.Accounts;

namespace SauRo.Features.Reporting;

/// <summary>A reporting duty added by hand to a plan by its standing body.</summary>
public sealed class CreateModel(SauRoDbContext db, UnitScope scope, TimeProvider clock) : DutyFormPage(db, scope)
{
    public override string Heading => "Thêm chế độ báo cáo";

    public override string SubmitText => "Thêm chế độ báo cáo";

    public async Task<IActionResult> OnGetAsync(int planId, CancellationToken cancellation) =>
        await LoadPlanAsync(planId, cancellation) ?? Page();

    public async Task<IActionResult> OnPostAsync(int planId, CancellationToken cancellation)
    {
        if (await LoadPlanAsync(planId, cancellation) is { } refusal)
        {
            return refusal;
        }

        ModelState.Clear();
        var others = await Db.PlanReportingDuties.AsNoTracking().Where(d => d.PlanId == planId).ToListAsync(cancellation);
        var duty = new PlanReportingDuty { PlanId = planId, FromParty = string.Empty, Frequency = string.Empty, Text = string.Empty };
        if (!Input.TryApply(duty, others, hasReports: false, Error))
        {
            return Page();
        }

        Db.PlanReportingDuties.Add(duty);
        var plan = await Db.Plans.SingleAsync(p => p.Id == planId, cancellation);
        plan.UpdatedAt = clock.GetUtcNow();
        await Db.SaveChangesAsync(cancellation);
        TempData["Message"] = "Đã thêm chế độ báo cáo.";
        return ToCalendar(duty.Id);
    }
}
