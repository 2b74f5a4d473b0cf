using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SauRo.Data;
using SauRo.Data.Entities;
using SauRo.Features.Accounts;

namespace SauRo.Features;

public sealed class IndexModel(SauRoDbContext db, UnitScope scope) : PageModel
{
    public sealed record PlanRow(int Id, string? Number, string Title, int Indicators, int Tasks);

    public sealed record CommuneRow(int Id, string Name, string? Province, List<PlanRow> Plans);

    public List<CommuneRow> Communes { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellation)
    {
        var units = await scope.UnitsAsync(cancellation);
        var communes = await units.Where(u => u.Kind == UnitKind.Commune || u.Kind == UnitKind.Province)
            .OrderBy(u => u.Kind).ThenBy(u => u.SortOrder).ThenBy(u => u.Name)
            .Select(u => new { u.Id, u.Name, u.Kind, Province = u.Parent != null ? u.Parent.Name : null })
            .ToListAsync(cancellation);
        var ids = communes.Select(c => c.Id).ToList();
        var plans = await db.Plans.Where(p => ids.Contains(p.UnitId))
            .OrderBy(p => p.Title)
            .Select(p => new { p.UnitId, Row = new PlanRow(p.Id, p.Number, p.Title, p.Indicators.Count, p.Tasks.Count) })
            .ToListAsync(cancellation);
        Communes = communes
            .Where(c => c.Kind == UnitKind.Commune || plans.Any(p => p.UnitId == c.Id))
            .Select(c => new CommuneRow(c.Id, c.Name, c.Kind == UnitKind.Province ? c.Name : c.Province, plans.Where(p => p.UnitId == c.Id).Select(p => p.Row).ToList()))
            .ToList();
    }
}
