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
/// Completeness and timeliness over all the plans of a commune (or province) in a year: per office and for the
/// commune itself, with the missing reports; all periods so far or one. Per-office figures are what emulation and
/// rewards look at.
/// </summary>
public sealed class CompletenessModel(SauRoDbContext db, UnitScope scope, TimeProvider clock, MonitoringSettings settings) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? UnitId { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Period { get; set; }

    public string? UnitName { get; private set; }

    public List<IndexModel.UnitChoice> Units { get; private set; } = [];

    public List<ReportingPeriod> Periods { get; private set; } = [];

    public int PlanCount { get; private set; }

    public CompletenessView? View { get; private set; }

    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellation)
    {
        Today = VietnamTime.Today(clock);
        Year ??= Today.Year;
        var actor = await scope.ActorAsync(cancellation);
        UnitId ??= actor.CommuneId ?? (actor.Is(Role.ProvinceOfficer) ? actor.ProvinceId : null);
        var visible = await scope.UnitsAsync(cancellation);
        Units = await visible.Where(u => u.Kind == UnitKind.Commune || u.Kind == UnitKind.Province)
            .Where(u => db.Plans.Any(p => p.UnitId == u.Id))
            .OrderBy(u => u.Name).Select(u => new IndexModel.UnitChoice(u.Id, u.Name)).ToListAsync(cancellation);
        if (UnitId is not { } unitId)
        {
            return Page();
        }

        if (!await scope.CanSeeAsync(unitId, cancellation))
        {
            return NotFound();
        }

        UnitName = await db.Units.AsNoTracking().Where(u => u.Id == unitId).Select(u => u.Name).SingleAsync(cancellation);
        var plans = await db.Plans.AsNoTracking().Where(p => p.UnitId == unitId)
            .Select(p => new { p.Id, p.Year, p.IssuedOn, p.CreatedAt }).ToListAsync(cancellation);
        var ids = plans.Where(p => PlanYear.Of(p.Year, p.IssuedOn, p.CreatedAt).Year == Year).Select(p => p.Id).ToList();
        PlanCount = ids.Count;
        var rows = await ExpectedReports.ForPlansAsync(db, ids, new DateOnly(Year.Value, 1, 1), new DateOnly(Year.Value, 12, 31), settings.CutOffDay, cancellation);
        Periods = rows.Select(r => r.Period).Distinct().OrderBy(p => p.DataWindow(settings.CutOffDay).End).ThenBy(p => p.Frequency).ToList();
        if (!string.IsNullOrEmpty(Period))
        {
            rows = rows.Where(r => r.Period.Key == Period).ToList();
        }

        View = CompletenessView.Compute(rows, Today);
        return Page();
    }
}
