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

    /// <summary>The indicators of these plans (optionally only those an office leads), coloured per plan unit.</summary>
    public static async Task<Dictionary<int, IndicatorColourCounts>> ByCommuneAsync(
        SauRoDbContext db, IQueryable<Indicator> indicators, int year, DateOnly today, int cutOffDay, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(db);
        var list = await indicators.AsNoTracking().ToListAsync(cancellation);
        var units = await indicators.Select(i => new { i.Id, i.Plan!.UnitId }).ToDictionaryAsync(i => i.Id, i => i.UnitId, cancellation);
        var colours = IndicatorColours.Assess(list, await ValuesAsync(db, list, cancellation), year, today, cutOffDay);
        var result = new Dictionary<int, IndicatorColourCounts>();
        foreach (var (id, assessment) in colours)
        {
            var unit = units[id];
            result[unit] = result.GetValueOrDefault(unit, Empty).Add(assessment.Colour);
        }

        return result;
    }

    /// <summary>
    /// The values of these indicators, by their ids (a correlated EXISTS over the indicators' query would make SQLite
    /// scan every value of the country), in chunks that keep the parameter lists short.
    /// </summary>
    public static async Task<List<IndicatorValue>> ValuesAsync(SauRoDbContext db, IReadOnlyCollection<Indicator> indicators, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(indicators);
        var values = new List<IndicatorValue>();
        foreach (var chunk in indicators.Select(i => i.Id).Chunk(2000))
        {
            values.AddRange(await db.IndicatorValues.AsNoTracking().Where(v => chunk.Contains(v.IndicatorId)).ToListAsync(cancellation));
        }

        return values;
    }

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
