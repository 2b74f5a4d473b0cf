using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SauRo.Core.Monitoring;
using SauRo.Data;
using SauRo.Data.Entities;
using SauRo.Features.Accounts;
using SauRo.Features.Indicators.Values;
using SauRo.Features.Monitoring;

namespace SauRo.Features.Dashboards;

/// <summary>The indicators behind a dashboard number: a commune's or province's indicators under the filter, optionally of one colour.</summary>
public sealed class IndicatorsModel(SauRoDbContext db, UnitScope scope, TimeProvider clock, MonitoringSettings settings) : PageModel
{
    public const int Limit = 500;

    public sealed record Row(int Id, string Name, string CommuneName, string? Target, IndicatorAssessment Assessment);

    public DashboardScope Scope { get; private set; } = null!;

    public DashboardFilter Filter { get; private set; } = new();

    public IndicatorColour? Colour { get; private set; }

    public List<Row> Rows { get; private set; } = [];

    public int Total { get; private set; }

    public async Task<IActionResult> OnGetAsync(int unitId, CancellationToken cancellation)
    {
        var unit = await db.Units.AsNoTracking().Where(u => u.Id == unitId).Select(u => new { u.Id, u.Kind, u.Name }).SingleOrDefaultAsync(cancellation);
        if (unit is null || unit.Kind is not (UnitKind.Commune or UnitKind.Province) || !await scope.CanSeeAsync(unit.Id, cancellation))
        {
            return NotFound();
        }

        Filter = DashboardFilter.FromQuery(Request.Query);
        Colour = IndicatorColourText.FromCssKey(Request.Query["colour"].ToString());
        Scope = new DashboardScope(unit.Kind, unit.Id, unit.Name);
        var today = VietnamTime.Today(clock);
        var year = Filter.YearOr(today);
        var plans = Scope.Plans(db, year);
        var indicators = from p in plans join i in db.Indicators on p.Id equals i.PlanId select i;
        if (Filter.PlanId is { } plan)
        {
            indicators = indicators.Where(i => i.PlanId == plan);
        }

        if (Filter.OfficeId is { } office)
        {
            indicators = indicators.Where(i => i.Leads.Any(l => l.UnitId == office));
        }

        var list = await indicators.AsNoTracking().OrderBy(i => i.PlanId).ThenBy(i => i.Position).ToListAsync(cancellation);
        var communes = await indicators.Select(i => new { i.Id, i.Plan!.Unit!.Name }).ToDictionaryAsync(i => i.Id, i => i.Name, cancellation);
        var colours = IndicatorColours.Assess(list, await IndicatorColours.ValuesAsync(db, list, cancellation), year, today, settings.CutOffDay);
        var matching = list.Where(i => Colour is null || colours[i.Id].Colour == Colour).ToList();
        Total = matching.Count;
        Rows = matching.Take(Limit).Select(i => new Row(i.Id, i.Name, communes[i.Id], i.TargetText, colours[i.Id])).ToList();
        return Page();
    }
}
