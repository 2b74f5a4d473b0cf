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
    /// The indicators of this query counted by colour per plan unit, from their kept colours, in one GROUP BY whose
    /// aggregates tell whether a counted colour must be computed again (missing, marked by a write, past its validity,
    /// kept for another year or cut-off day: the predicate of <see cref="IndicatorColourStore.RefreshStaleAsync"/>);
    /// only then are they brought up to today and counted again.
    /// </summary>
    public static async Task<Dictionary<int, ColourCounts>> ByCommuneAsync(
        SauRoDbContext db, IQueryable<Indicator> indicators, int year, DateOnly today, int cutOffDay, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(db);
        var groups = await Groups(db, indicators, year, today, cutOffDay).ToListAsync(cancellation);
        if (groups.Exists(g => g.Stale > 0))
        {
            await IndicatorColourStore.RefreshStaleAsync(db, indicators, year, today, cutOffDay, cancellation);
            groups = await Groups(db, indicators, year, today, cutOffDay).ToListAsync(cancellation);
        }

        var result = new Dictionary<int, ColourCounts>();
        foreach (var g in groups.Where(g => g.Colour is not null))
        {
            result[g.UnitId] = result.GetValueOrDefault(g.UnitId, ColourCounts.Empty).Add(g.Colour!.Value, g.Count);
        }

        return result;
    }

    /// <summary>Indicators of one plan unit and colour (none: without a kept colour), and how many of them must be computed again.</summary>
    private sealed record Group(int UnitId, IndicatorColour? Colour, int Count, int Stale);

    private static IQueryable<Group> Groups(SauRoDbContext db, IQueryable<Indicator> indicators, int year, DateOnly today, int cutOffDay) =>
        from i in indicators
        join p in db.Plans on i.PlanId equals p.Id
        join k in db.IndicatorColourSnapshots on i.Id equals k.IndicatorId into kept
        from s in kept.DefaultIfEmpty()
        group s by new { p.UnitId, Colour = s == null ? (IndicatorColour?)null : s.Colour } into g
        select new Group(
            g.Key.UnitId, g.Key.Colour, g.Count(),
            g.Sum(s => s == null || s.ValidUntil < today || s.ComputedOn > today || s.Year != year || s.CutOffDay != cutOffDay ? 1 : 0));
}
