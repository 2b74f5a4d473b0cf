using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SauRo.Core.Monitoring;
using SauRo.Data;
using SauRo.Data.Entities;
using SauRo.Features.Accounts;
using SauRo.Features.Monitoring;

namespace SauRo.Features.Reports;

/// <summary>
/// Opens an expected report (a duty, a reporting unit, a period of the calendar): the stored report when there is one;
/// else, for whoever may file it, the report is created as a draft (once: the duty, unit and period are unique) and
/// opened; anyone else who may see the plan is told it has not been started.
/// </summary>
public sealed class OpenModel(SauRoDbContext db, UnitScope scope, TimeProvider clock, MonitoringSettings settings) : PageModel
{
    public ExpectedReportRow Row { get; private set; } = null!;

    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(int dutyId, int unitId, string? period, CancellationToken cancellation)
    {
        var planId = await db.PlanReportingDuties.AsNoTracking().Where(d => d.Id == dutyId).Select(d => (int?)d.PlanId).SingleOrDefaultAsync(cancellation);
        var planUnit = planId is null ? null : await db.Plans.AsNoTracking().Where(p => p.Id == planId).Select(p => (int?)p.UnitId).SingleOrDefaultAsync(cancellation);
        if (planUnit is not { } planUnitId || !await scope.CanSeeAsync(planUnitId, cancellation) || !ReportingPeriod.TryParse(period, out var p))
        {
            return NotFound();
        }

        var rows = await ExpectedReports.ForPlanYearAsync(db, planId!.Value, settings.CutOffDay, cancellation);
        var row = rows.FirstOrDefault(r => r.DutyId == dutyId && r.UnitId == unitId && r.Period == p);
        if (row is null)
        {
            return NotFound();
        }

        if (row.Report is { } existing)
        {
            return Redirect($"/Reports/{existing.Id}");
        }

        if (await scope.CanFileReportAsync(planUnitId, unitId, cancellation))
        {
            var report = new Report
            {
                PlanId = row.PlanId,
                DutyId = dutyId,
                UnitId = unitId,
                Frequency = p.Frequency.ToString(),
                PeriodKey = p.Key,
                DueDate = row.DueDate,
                State = ReportState.Draft,
            };
            db.Reports.Add(report);
            try
            {
                await db.SaveChangesAsync(cancellation);
            }
            catch (DbUpdateException)
            {
                // Opened at the same moment by someone else: theirs is the report.
                db.ChangeTracker.Clear();
                report = await db.Reports.AsNoTracking().SingleAsync(r => r.DutyId == dutyId && r.UnitId == unitId && r.PeriodKey == p.Key, cancellation);
            }

            return Redirect($"/Reports/{report.Id}");
        }

        Row = row;
        Today = VietnamTime.Today(clock);
        return Page();
    }
}
