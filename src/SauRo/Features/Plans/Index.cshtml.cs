using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SauRo.Data;
using SauRo.Data.Entities;
using SauRo.Features.Accounts;

namespace SauRo.Features.Plans;

/// <summary>The plans of one unit, or of every unit the user may see, a page at a time.</summary>
public sealed class IndexModel(SauRoDbContext db, UnitScope scope) : PageModel
{
    public const int PageSize = 50;

    public sealed record PlanRow(
        int Id, int UnitId, string UnitName, string? Number, string Title, string? IssuedOn,
        int Indicators, int? DeclaredIndicators, int Tasks, int? DeclaredTasks);

    [BindProperty(SupportsGet = true)]
    public int? UnitId { get; set; }

    [BindProperty(Name = "p", SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public Unit? Unit { get; private set; }

    public bool CanCreate { get; private set; }

    public List<PlanRow> Plans { get; private set; } = [];

    public Dictionary<int, SixClearSummary> SixClear { get; private set; } = [];

    public int Total { get; private set; }

    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellation)
    {
        var visible = await scope.VisibleUnitIdsAsync(cancellation);
        var plans = db.Plans.AsNoTracking();
        if (UnitId is { } unitId)
        {
            if (!await scope.CanSeeAsync(unitId, cancellation))
            {
                return NotFound();
            }

            Unit = await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Id == unitId, cancellation);
            if (Unit is null)
            {
                return NotFound();
            }

            CanCreate = Unit.Kind != UnitKind.Office && await scope.CanEditAsync(unitId, cancellation);
            plans = plans.Where(p => p.UnitId == unitId);
        }
        else if (visible is not null)
        {
            plans = plans.Where(p => visible.Contains(p.UnitId));
        }

        Total = await plans.CountAsync(cancellation);
        PageNumber = Math.Clamp(PageNumber, 1, Pages);
        Plans = await plans
            .OrderBy(p => p.Unit!.Name).ThenByDescending(p => p.IssuedOn).ThenBy(p => p.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(p => new PlanRow(
                p.Id, p.UnitId, p.Unit!.Name, p.Number, p.Title, p.IssuedOn,
                p.Indicators.Count, p.DeclaredIndicators, p.Tasks.Count, p.DeclaredTasks))
            .ToListAsync(cancellation);
        SixClear = await SixClearSummary.ForPlansAsync(db, Plans.Select(p => p.Id).ToList(), cancellation);
        return Page();
    }
}
