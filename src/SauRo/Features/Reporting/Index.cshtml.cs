using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SauRo.Core.Monitoring;
using SauRo.Core.Plans;
using SauRo.Data;
using SauRo.Data.Entities;
using SauRo.Features.Accounts;
using SauRo.Features.Monitoring;
using SauRo.Features.Reports;

namespace SauRo.Features.Reporting;

/// <summary>
/// A plan's reporting calendar: its duties (from the imported document or set by hand by the standing body) — who
/// reports, to whom, how often, the due day — and for each the periods of the plan's year with their data window
/// (Decree 09/2019/NĐ-CP, cut-off day <see cref="MonitoringSettings.CutOffDay"/>), due date and how many of the
/// expected reports were submitted.
/// </summary>
public sealed class IndexModel(SauRoDbContext db, UnitScope scope, TimeProvider clock, MonitoringSettings settings) : PageModel
{
    public sealed record PeriodRow(ReportingPeriod Period, DateWindow Window, DateOnly DueDate, int Expected, int Submitted, int Approved);

    public sealed record DutyView(PlanReportingDuty Duty, ReportingParty? Party, ReportingFrequency? Frequency, List<string> Units, List<PeriodRow> Periods);

    public sealed record PlanInfo(int Id, int UnitId, string UnitName, string? Number, string Title);

    public PlanInfo Plan { get; private set; } = null!;

    public PlanYear Year { get; private set; } = null!;

    public List<DutyView> Duties { get; private set; } = [];

    public bool CanEdit { get; private set; }

    public int CutOffDay => settings.CutOffDay;

    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellation)
    {
        var plan = await db.Plans.AsNoTracking().Where(p => p.Id == id)
            .Select(p => new { Info = new PlanInfo(p.Id, p.UnitId, p.Unit!.Name, p.Number, p.Title), p.Year, p.IssuedOn, p.CreatedAt })
            .SingleOrDefaultAsync(cancellation);
        if (plan is null || !await scope.CanSeeAsync(plan.Info.UnitId, cancellation))
        {
            return NotFound();
        }

        Plan = plan.Info;
        Year = PlanYear.Of(plan.Year, plan.IssuedOn, plan.CreatedAt);
        CanEdit = await scope.CanEditAsync(plan.Info.UnitId, cancellation);
        Today = VietnamTime.Today(clock);
        var duties = await db.PlanReportingDuties.AsNoTracking().Where(d => d.PlanId == id).OrderBy(d => d.Id).ToListAsync(cancellation);
        var expected = await ExpectedReports.ForPlanYearAsync(db, id, settings.CutOffDay, cancellation);
        foreach (var duty in duties)
        {
            var rows = expected.Where(r => r.DutyId == duty.Id).ToList();
            var periods = new List<PeriodRow>();
            if (DutyText.Calendar(duty) is { } calendar)
            {
                foreach (var s in calendar.Schedule(Year.Start, Year.Last, settings.CutOffDay))
                {
                    var of = rows.Where(r => r.Period == s.Period).ToList();
                    periods.Add(new PeriodRow(s.Period, s.Period.DataWindow(settings.CutOffDay), s.DueDate, of.Count,
                        of.Count(r => r.Submitted), of.Count(r => r.Report?.State == ReportState.Approved)));
                }
            }

            Duties.Add(new DutyView(duty, DutyText.Party(duty.FromParty), DutyText.Frequency(duty.Frequency),
                rows.Select(r => r.UnitName).Distinct(StringComparer.Ordinal).ToList(), periods));
        }

        return Page();
    }
}
