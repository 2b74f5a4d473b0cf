using Microsoft.EntityFrameworkCore;
using SauRo.Core.Monitoring;
using SauRo.Core.Reporting;
using SauRo.Data;
using SauRo.Data.Entities;
using SauRo.Features.Indicators.Values;

namespace SauRo.Features.Dashboards;

/// <summary>Indicators counted by colour today (<see cref="IndicatorColourRule"/>), from their kept colours.</summary>
public static class IndicatorColourCounts
{
    /// <summary>
    /// The indicators of this query counted by colour per plan unit, from their kept colours (brought up to today first,
    /// see <see cref="IndicatorColourStore"/>) in one GROUP BY.
    /// </summary>
    public static async Task<Dictionary<int, ColourCounts>> ByCommuneAsync(
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
        var result = new Dictionary<int, ColourCounts>();
        foreach (var c in counts)
        {
            result[c.UnitId] = result.GetValueOrDefault(c.UnitId, ColourCounts.Empty).Add(c.Colour, c.Count);
        }

        return result;
    }

    public static async Task<ColourCounts> ForPlansAsync(
        SauRoDbContext db, IReadOnlyCollection<int> planIds, int? officeId, int year, DateOnly today, int cutOffDay, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(db);
        var indicators = db.Indicators.Where(i => planIds.Contains(i.PlanId));
        if (officeId is { } office)
        {
            indicators = indicators.Where(i => i.Leads.Any(l => l.UnitId == office));
        }

        var byCommune = await ByCommuneAsync(db, indicators, year, today, cutOffDay, cancellation);
        return byCommune.Values.Aggregate(ColourCounts.Empty, (sum, c) => sum.Add(c));
    }
}
