using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SauRo.Core.Monitoring;
using SauRo.Data;
using SauRo.Features.Accounts;
using SauRo.Features.Monitoring;

namespace SauRo.Features.Reports;

/// <summary>
/// Completeness and timeliness of a plan's reports (<see cref="CompletenessView"/>): per office and for the commune
/// itself, expected, submitted, on time, approved, as counts and rates, and the missing reports; all periods so far, or
/// one (?period=2026-M04).
/// </summary>
public sealed class PlanCompletenessModel(SauRoDbContext db, UnitScope scope, TimeProvider clock, MonitoringSettings settings) : PageModel
{
    public sealed record PlanInfo(int Id, int UnitId, string UnitName, string? Number, string Title);

    [BindProperty(SupportsGet = true)]
    public string? Period { get; set; }

    public PlanInfo Plan { get; private set; } = null!;

    public List<ReportingPeriod> Periods { get; private set; } = [];

    public CompletenessView View { get; private set; } = null!;

    /// <summary>"Tháng 4/2026" when one period is chosen.</summary>
    public string? PeriodLabel => Periods.Where(p => p.Key == Period).Select(p => p.Label).FirstOrDefault();

    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellation)
    {
        var plan = await db.Plans.AsNoTracking().Where(p => p.Id == id)
            .Select(p => new PlanInfo(p.Id, p.UnitId, p.Unit!.Name, p.Number, p.Title)).SingleOrDefaultAsync(cancellation);
        if (plan is null || !await scope.CanSeeAsync(plan.UnitId, cancellation))
        {
            return NotFound();
        }

        Plan = plan;
        Today = VietnamTime.Today(clock);
        var rows = await ExpectedReports.ForPlanYearAsync(db, id, settings.CutOffDay, cancellation);
        Periods = rows.Select(r => r.Period).Distinct().OrderBy(p => p.DataWindow(settings.CutOffDay).End).ThenBy(p => p.Frequency).ToList();
        if (!string.IsNullOrEmpty(Period))
        {
            rows = rows.Where(r => r.Period.Key == Period).ToList();
        }

        View = CompletenessView.Compute(rows, Today);
        return Page();
    }
}
