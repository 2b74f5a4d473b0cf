using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SauRo.Data;
using SauRo.Data.Entities;
using SauRo.Features.Accounts;
using SauRo.Features.Plans;

namespace SauRo.Features.Reporting;

/// <summary>
/// Asks before deleting a reporting duty, then deletes it with its reports still in draft (their task updates and
/// indicator values stay, no longer attached to a report). A duty with a submitted report is kept: the record of what
/// was reported must stay.
/// </summary>
public sealed class DeleteModel(SauRoDbContext db, UnitScope scope, TimeProvider clock) : PageModel
{
    public PlanReportingDuty Duty { get; private set; } = null!;

    public PlanRef Plan { get; private set; } = null!;

    public int Drafts { get; private set; }

    public int Submitted { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellation) => await LoadAsync(id, cancellation) ?? Page();

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellation)
    {
        if (await LoadAsync(id, cancellation) is { } refusal)
        {
            return refusal;
        }

        if (Submitted > 0)
        {
            return Page();
        }

        // Through the change tracker, so that the audit trail records the duty and each draft report.
        var reports = await db.Reports.Where(r => r.DutyId == id).ToListAsync(cancellation);
        var reportIds = reports.Select(r => r.Id).ToList();
        foreach (var update in await db.TaskUpdates.Where(u => u.ReportId != null && reportIds.Contains(u.ReportId.Value)).ToListAsync(cancellation))
        {
            update.ReportId = null;
        }

        foreach (var value in await db.IndicatorValues.Where(v => v.ReportId != null && reportIds.Contains(v.ReportId.Value)).ToListAsync(cancellation))
        {
            value.ReportId = null;
        }

        db.Reports.RemoveRange(reports);
        db.PlanReportingDuties.Remove(await db.PlanReportingDuties.SingleAsync(d => d.Id == id, cancellation));
        (await db.Plans.SingleAsync(p => p.Id == Plan.Id, cancellation)).UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellation);
        TempData["Message"] = "Đã xóa chế độ báo cáo.";
        return Redirect($"/Plans/{Plan.Id}/Reporting");
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken cancellation)
    {
        var duty = await db.PlanReportingDuties.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, cancellation);
        var plan = duty is null ? null : await PlanRef.FindAsync(db, duty.PlanId, cancellation);
        if (await scope.RefuseEditAsync(plan?.UnitId, cancellation) is { } refusal)
        {
            return refusal;
        }

        Duty = duty!;
        Plan = plan!;
        var states = await db.Reports.AsNoTracking().Where(r => r.DutyId == id).Select(r => r.SubmittedAt).ToListAsync(cancellation);
        Submitted = states.Count(s => s is not null);
        Drafts = states.Count - Submitted;
        return null;
    }
}
