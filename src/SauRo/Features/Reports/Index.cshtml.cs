using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SauRo.Core.Access;
using SauRo.Core.Monitoring;
using SauRo.Data;
using SauRo.Data.Entities;
using SauRo.Features.Accounts;
using SauRo.Features.Monitoring;
using SauRo.Features.Reporting;

namespace SauRo.Features.Reports;

/// <summary>
/// The reports the calendar expects of a commune's (or a province's) plans in a year, up to the period in progress:
/// an office officer sees their office's; the standing body, the leaders and the province all of the unit's, filtered
/// by plan, period and state. Leaders see the reports waiting for them ("Chờ duyệt") first; others see returned and
/// overdue reports first.
/// </summary>
public sealed class IndexModel(SauRoDbContext db, UnitScope scope, TimeProvider clock, MonitoringSettings settings) : PageModel
{
    public const string LateKey = "late";

    public sealed record UnitChoice(int Id, string Name);

    public sealed record PlanChoice(int Id, string Title, string? Number);

    [BindProperty(SupportsGet = true)]
    public int? UnitId { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? PlanId { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Period { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? State { get; set; }

    public string? UnitName { get; private set; }

    public List<UnitChoice> Units { get; private set; } = [];

    public List<PlanChoice> Plans { get; private set; } = [];

    public List<ReportingPeriod> Periods { get; private set; } = [];

    public List<ExpectedReportRow> Rows { get; private set; } = [];

    /// <summary>The office whose reports alone are shown (an office officer's), if any.</summary>
    public string? OfficeName { get; private set; }

    public bool Reviewer { get; private set; }

    public int WaitingForReview { get; private set; }

    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellation)
    {
        Today = VietnamTime.Today(clock);
        var actor = await scope.ActorAsync(cancellation);
        if (PlanId is { } planId)
        {
            UnitId = await db.Plans.AsNoTracking().Where(p => p.Id == planId).Select(p => (int?)p.UnitId).SingleOrDefaultAsync(cancellation);
            if (UnitId is null)
            {
                return NotFound();
            }
        }

        UnitId ??= actor.CommuneId ?? (actor.Is(Role.ProvinceOfficer) ? actor.ProvinceId : null);
        var visible = await scope.UnitsAsync(cancellation);
        Units = await visible.Where(u => u.Kind == UnitKind.Commune || u.Kind == UnitKind.Province)
            .Where(u => db.Plans.Any(p => p.UnitId == u.Id))
            .OrderBy(u => u.Name).Select(u => new UnitChoice(u.Id, u.Name)).ToListAsync(cancellation);
        if (UnitId is not { } unitId)
        {
            return Page();
        }

        if (!await scope.CanSeeAsync(unitId, cancellation))
        {
            return NotFound();
        }

        UnitName = await db.Units.AsNoTracking().Where(u => u.Id == unitId).Select(u => u.Name).SingleAsync(cancellation);
        Reviewer = await scope.CanApproveAsync(unitId, cancellation);
        var plans = await db.Plans.AsNoTracking().Where(p => p.UnitId == unitId)
            .Select(p => new { p.Id, p.Title, p.Number, p.Year, p.IssuedOn, p.CreatedAt })
            .ToListAsync(cancellation);
        Year ??= Today.Year;
        var ofYear = plans.Where(p => PlanYear.Of(p.Year, p.IssuedOn, p.CreatedAt).Year == Year).ToList();
        Plans = ofYear.OrderBy(p => p.Title, StringComparer.Ordinal).Select(p => new PlanChoice(p.Id, p.Title, p.Number)).ToList();
        var chosen = PlanId is { } only ? ofYear.Where(p => p.Id == only).Select(p => p.Id).ToList() : ofYear.Select(p => p.Id).ToList();
        var rows = await ExpectedReports.ForPlansAsync(db, chosen, new DateOnly(Year.Value, 1, 1), new DateOnly(Year.Value, 12, 31), settings.CutOffDay, cancellation);

        // Up to the period in progress: a report whose data window has not started yet is not shown.
        rows = rows.Where(r => r.Period.DataWindow(settings.CutOffDay).Start <= Today).ToList();
        if (actor.Is(Role.OfficeOfficer) && !actor.Is(Role.StandingOfficer) && !actor.Is(Role.Leader) && !actor.Is(Role.Admin) && actor.OfficeId is { } office)
        {
            rows = rows.Where(r => r.UnitId == office).ToList();
            OfficeName = await db.Units.AsNoTracking().Where(u => u.Id == office).Select(u => u.Name).SingleOrDefaultAsync(cancellation);
        }

        Periods = rows.Select(r => r.Period).Distinct().OrderBy(p => p.DataWindow(settings.CutOffDay).End).ThenBy(p => p.Frequency).ToList();
        if (!string.IsNullOrEmpty(Period))
        {
            rows = rows.Where(r => r.Period.Key == Period).ToList();
        }

        WaitingForReview = rows.Count(r => r.Report?.State == ReportState.Submitted);
        if (!string.IsNullOrEmpty(State))
        {
            rows = State == LateKey
                ? rows.Where(r => !r.Submitted && Today > r.DueDate).ToList()
                : rows.Where(r => ReportText.Key(r.Report?.State) == State).ToList();
        }

        Rows = rows.OrderBy(Rank).ThenBy(r => r.DueDate).ThenBy(r => r.PlanId).ToList();
        return Page();
    }

    /// <summary>What comes first: for a leader the reports waiting for them; for others what needs action.</summary>
    private int Rank(ExpectedReportRow row)
    {
        var state = row.Report?.State;
        var late = !row.Submitted && Today > row.DueDate;
        return Reviewer
            ? state switch { ReportState.Submitted => 0, ReportState.Returned => 1, ReportState.Approved => 4, _ => late ? 2 : 3 }
            : state switch { ReportState.Returned => 0, ReportState.Submitted => 3, ReportState.Approved => 4, _ => late ? 1 : 2 };
    }
}
