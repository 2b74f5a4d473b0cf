using Microsoft.EntityFrameworkCore;
using SauRo.Core.Monitoring;
using SauRo.Data;
using SauRo.Data.Entities;
using SauRo.Features.Indicators.Values;

namespace SauRo.Features.Dashboards;

/// <summary>How many indicators are red, orange, green or grey today (<see cref="IndicatorColourRule"/>).</summary>
public sealed record IndicatorColourCounts(int Red, int Orange, int Green, int Grey)
{
    public static readonly IndicatorColourCounts Empty = new(0, 0, 0, 0);

    public int Total => Red + Orange + Green + Grey;

    public int Of(IndicatorColour colour) => colour switch
    {
        IndicatorColour.Red => Red,
        IndicatorColour.Orange => Orange,
        IndicatorColour.Green => Green,
        IndicatorColour.Grey => Grey,
        _ => throw new ArgumentOutOfRangeException(nameof(colour), colour, null),
    };

    public IndicatorColourCounts Add(IndicatorColour colour) => colour switch
    {
        IndicatorColour.Red => this with { Red = Red + 1 },
        IndicatorColour.Orange => this with { Orange = Orange + 1 },
        IndicatorColour.Green => this with { Green = Green + 1 },
        IndicatorColour.Grey => this with { Grey = Grey + 1 },
        _ => throw new ArgumentOutOfRangeException(nameof(colour), colour, null),
    };

    public IndicatorColourCounts Plus(IndicatorColourCounts other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new(Red + other.Red, Orange + other.Orange, Green + other.Green, Grey + other.Grey);
    }

    public static readonly IndicatorColour[] Order = [IndicatorColour.Red, IndicatorColour.Orange, IndicatorColour.Green, IndicatorColour.Grey];

    /// <summary>
    /// The indicators of this query counted by colour per plan unit, from their kept colours (brought up to today first,
    /// see <see cref="IndicatorColourStore"/>) in one GROUP BY.
    /// </summary>
    public static async Task<Dictionary<int, IndicatorColourCounts>> ByCommuneAsync(
        SauRoDbContext db, IQueryable<Indicator> indicators, int year, DateOnly today, int cutOffDay, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(db);
        await IndicatorColourStore.RefreshStaleAsync(db, indicators, year, today, cutOffDay, cancellation);
        var counts = await (from i in indicators
                            join p in db.Plans on i.PlanId equals p.Id
                            join s in db.IndicatorColourSnapshots on i.Id equals s.IndicatorId
                            group s by new { p.UnitId, s.Colour } into g
                            select new { g.Key.UnitId, g.Key.Colour, Count = g.Count() })
            .ToListAsync(cancellation);
        var result = new Dictionary<int, IndicatorColourCounts>();
        foreach (var c in counts)
        {
            var sum = result.GetValueOrDefault(c.UnitId, Empty);
            result[c.UnitId] = sum.Plus(Empty.With(c.Colour, c.Count));
        }

        return result;
    }

    private IndicatorColourCounts With(IndicatorColour colour, int count) => colour switch
    {
        IndicatorColour.Red => this with { Red = count },
        IndicatorColour.Orange => this with { Orange = count },
        IndicatorColour.Green => this with { Green = count },
        IndicatorColour.Grey => this with { Grey = count },
        _ => throw new ArgumentOutOfRangeException(nameof(colour), colour, null),
    };

    public static async Task<IndicatorColourCounts> ForPlansAsync(
        SauRoDbContext db, IReadOnlyCollection<int> planIds, int? officeId, int year, DateOnly today, int cutOffDay, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(db);
        var indicators = db.Indicators.Where(i => planIds.Contains(i.PlanId));
        if (officeId is { } office)
        {
            indicators = indicators.Where(i => i.Leads.Any(l => l.UnitId == office));
        }

        var byCommune = await ByCommuneAsync(db, indicators, year, today, cutOffDay, cancellation);
        return byCommune.Values.Aggregate(Empty, (sum, c) => sum.Plus(c));
    }
}
