using Microsoft.EntityFrameworkCore;
using SauRo.Core.Monitoring;
using SauRo.Data;
using SauRo.Data.Entities;
using SauRo.Features.Import;
using SauRo.Features.Monitoring;

namespace SauRo.Features.Indicators.Values;

/// <summary>
/// Keeps <see cref="IndicatorColourSnapshot"/> current for the year a dashboard asks: before it counts, the colours
/// that are missing, marked by a write (<see cref="DerivedDataMarkInterceptor"/>), past their validity, or kept
/// for another year or cut-off day are computed again with <see cref="IndicatorColourRule"/> and
/// <see cref="IndicatorColourValidity"/>, and written with the version check of <see cref="VersionedRows"/> (a colour
/// computed from values a concurrent write has just replaced never overwrites that write's mark).
/// </summary>
public static class IndicatorColourStore
{
    private const int Batch = 500;

    /// <summary>Brings the colours of these indicators up to <paramref name="today"/> in <paramref name="year"/>; returns how many were computed.</summary>
    public static async Task<int> RefreshStaleAsync(
        SauRoDbContext db, IQueryable<Indicator> indicators, int year, DateOnly today, int cutOffDay, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(db);
        // From the indicators to their kept rows by key (not over every kept row of the country); none kept: missing.
        var stale = await (from i in indicators
                           join k in db.IndicatorColourSnapshots on i.Id equals k.IndicatorId into kept
                           from s in kept.DefaultIfEmpty()
                           where s == null || s.ValidUntil < today || s.ComputedOn > today || s.Year != year || s.CutOffDay != cutOffDay
                           select i.Id)
            .ToListAsync(cancellation);
        return stale.Count == 0 ? 0 : await RefreshAsync(db, stale, year, today, cutOffDay, cancellation);
    }

    /// <summary>Computes and writes the colours of these indicators; returns how many were written.</summary>
    public static async Task<int> RefreshAsync(
        SauRoDbContext db, IReadOnlyCollection<int> indicatorIds, int year, DateOnly today, int cutOffDay, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(indicatorIds);
        return await VersionedRows.WriteAsync(
            db,
            indicatorIds,
            Batch,
            chunk => db.IndicatorColourSnapshots.Where(s => chunk.Contains(s.IndicatorId)).ToListAsync(cancellation),
            async chunk =>
            {
                var indicators = await db.Indicators.AsNoTracking().Where(i => chunk.Contains(i.Id)).ToListAsync(cancellation);
                var values = (await IndicatorColours.ValuesAsync(db, indicators, cancellation)).ToLookup(v => v.IndicatorId);
                return indicators.Select(i => Snapshot(i, values[i.Id], year, today, cutOffDay)).ToList();
            },
            s => s.IndicatorId,
            (row, fresh) => (row.Colour, row.Year, row.CutOffDay, row.ComputedOn, row.ValidUntil) = (fresh.Colour, fresh.Year, fresh.CutOffDay, fresh.ComputedOn, fresh.ValidUntil),
            cancellation);
    }

    /// <summary>An indicator's colour today in a year, and until when it holds.</summary>
    public static IndicatorColourSnapshot Snapshot(Indicator indicator, IEnumerable<IndicatorValue> values, int year, DateOnly today, int cutOffDay)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        var target = PlanMapping.Target(indicator);
        var progress = IndicatorColours.Progress(values, cutOffDay);
        var targetDate = IndicatorColours.TargetDate(year);
        return new IndicatorColourSnapshot
        {
            IndicatorId = indicator.Id,
            Colour = IndicatorColourRule.Evaluate(target, progress, today, IndicatorColours.YearStart(year), targetDate).Colour,
            Year = year,
            CutOffDay = cutOffDay,
            ComputedOn = today,
            ValidUntil = IndicatorColourValidity.Until(target, progress, today, targetDate),
            Version = 1,
        };
    }
}
