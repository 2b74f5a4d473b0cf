using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SauRo.Data.Entities;
using SauRo.Features.Accounts;

namespace SauRo.Features.Units;

/// <summary>
/// The tree of the units the user may see: nation → provinces → communes → offices. Offices are listed when few
/// communes are visible; otherwise each commune shows how many it has (its page lists them).
/// </summary>
public sealed class IndexModel(UnitScope scope) : PageModel
{
    /// <summary>Above this many visible communes the tree stops at the communes, to stay light on a phone.</summary>
    public const int OfficesListedUpTo = 20;

    public sealed class Node(int id, string name, UnitKind kind)
    {
        public int Id { get; } = id;

        public string Name { get; } = name;

        public UnitKind Kind { get; } = kind;

        public List<Node> Children { get; } = [];

        public int Offices { get; set; }
    }

    public List<Node> Roots { get; private set; } = [];

    public bool OfficesListed { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellation)
    {
        var units = (await scope.UnitsAsync(cancellation)).AsNoTracking();
        var communes = await units.CountAsync(u => u.Kind == UnitKind.Commune, cancellation);
        OfficesListed = communes <= OfficesListedUpTo;
        var rows = await units
            .Where(u => OfficesListed || u.Kind != UnitKind.Office)
            .OrderBy(u => u.Kind).ThenBy(u => u.SortOrder).ThenBy(u => u.Name)
            .Select(u => new { u.Id, u.ParentId, u.Name, u.Kind })
            .ToListAsync(cancellation);
        var officeCounts = OfficesListed
            ? []
            : await units.Where(u => u.Kind == UnitKind.Office && u.ParentId != null)
                .GroupBy(u => u.ParentId!.Value).Select(g => new { g.Key, Count = g.Count() })
                .ToDictionaryAsync(g => g.Key, g => g.Count, cancellation);
        var nodes = rows.ToDictionary(r => r.Id, r => new Node(r.Id, r.Name, r.Kind) { Offices = officeCounts.GetValueOrDefault(r.Id) });
        foreach (var r in rows)
        {
            if (r.ParentId is { } parent && nodes.TryGetValue(parent, out var p))
            {
                p.Children.Add(nodes[r.Id]);
            }
            else
            {
                Roots.Add(nodes[r.Id]);
            }
        }
    }
}
