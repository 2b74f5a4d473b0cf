using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SauRo.Core.Monitoring;
using SauRo.Data;
using SauRo.Features.Accounts;
using SauRo.Features.Monitoring;

namespace SauRo.Features.Reporting;

/// <summary>
/// Changes a reporting duty. Once reports were filed under it, its party and frequency stay (their periods depend on
/// them); the due day may change: reports not yet submitted take the new due date, submitted ones keep theirs.
/// </summary>
public sealed class EditModel(SauRoDbContext db, UnitScope scope, TimeProvider clock, MonitoringSettings settings) : DutyFormPage(db, scope)
{
    public override string Heading => "Sửa chế độ báo cáo";

    public override string SubmitText => "Lưu chế độ báo cáo";

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellation)
    {
        var duty = await Db.PlanReportingDuties.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, cancellation);
        if (await LoadPlanAsync(duty?.PlanId ?? 0, cancellation) is { } refusal)
        {
            return refusal;
        }

        Input = DutyInput.From(duty!);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellation)
    {
        var duty = await Db.PlanReportingDuties.SingleOrDefaultAsync(d => d.Id == id, cancellation);
        if (await LoadPlanAsync(duty?.PlanId ?? 0, cancellation) is { } refusal)
        {
            return refusal;
        }

        ModelState.Clear();
        var others = await Db.PlanReportingDuties.AsNoTracking().Where(d => d.PlanId == duty!.PlanId && d.Id != id).ToListAsync(cancellation);
        var reports = await Db.Reports.Where(r => r.DutyId == id).ToListAsync(cancellation);
        if (!Input.TryApply(duty!, others, reports.Count > 0, Error))
        {
            return Page();
        }

        if (DutyText.Calendar(duty!) is { } calendar)
        {
            foreach (var report in reports.Where(r => r.SubmittedAt is null))
            {
                if (ReportingPeriod.TryParse(report.PeriodKey, out var period) && period.Frequency == calendar.Frequency)
                {
                    report.DueDate = calendar.DueDate(period, settings.CutOffDay);
                }
            }
        }

        var plan = await Db.Plans.SingleAsync(p => p.Id == duty!.PlanId, cancellation);
        plan.UpdatedAt = clock.GetUtcNow();
        await Db.SaveChangesAsync(cancellation);
        TempData["Message"] = "Đã lưu chế độ báo cáo.";
        return ToCalendar(id);
    }
}
