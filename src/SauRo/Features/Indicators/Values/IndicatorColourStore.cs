using Microsoft.EntityFrameworkCore;
using SauRo.Core.Monitoring;
using SauRo.Data;
using SauRo.Data.Entities;
using SauRo.Features.Import;
using SauRo.Features.Reminders;

namespace SauRo.Features.Indicators.Values;

/// <summary>
/// Keeps <see cref="IndicatorColourSnapshot"/> current for the year a dashboard asks: before it counts, the colours
/// that are missing, marked by a write (<see cref="Monitoring.DerivedDataMarkInterceptor"/>), past their validity, or kept
/// for another year or cut-off day are computed again with <see cref="IndicatorColourRule"/> and
/// <see cref="IndicatorColourValidity"/>. Each row is read before the values it is computed from and written only if
/// its <see cref="IndicatorColourSnapshot.Version"/> has not changed meanwhile (else computed again), so a colour
/// computed from values a concurrent write has just replaced never overwrites that write's mark.
/// </summary>
public static class IndicatorColourStore
{
    private const int Batch = 500;
    private const int Attempts = 5;

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
        var written = 0;
        foreach (var chunk in indicatorIds.Distinct().Chunk(Batch))
        {
            for (var attempt = 1; ; attempt++)
            {
                // The kept rows first, then the values: see the summary.
                var existing = await db.IndicatorColourSnapshots.Where(s => chunk.Contains(s.IndicatorId)).ToDictionaryAsync(s => s.IndicatorId, cancellation);
                var indicators = await db.Indicators.AsNoTracking().Where(i => chunk.Contains(i.Id)).ToListAsync(cancellation);
                var values = (await IndicatorColours.ValuesAsync(db, indicators, cancellation)).ToLookup(v => v.IndicatorId);
                var touched = new List<IndicatorColourSnapshot>(existing.Values);
                foreach (var indicator in indicators)
                {
                    var fresh = Snapshot(indicator, values[indicator.Id], year, today, cutOffDay);
                    if (existing.TryGetValue(indicator.Id, out var row))
                    {
                        (row.Colour, row.Year, row.CutOffDay, row.ComputedOn, row.ValidUntil) = (fresh.Colour, fresh.Year, fresh.CutOffDay, fresh.ComputedOn, fresh.ValidUntil);
                    }
                    else
                    {
                        db.IndicatorColourSnapshots.Add(fresh);
                        touched.Add(fresh);
                    }
                }

                try
                {
                    await db.SaveChangesAsync(cancellation);
                    written += indicators.Count;
                    break;
                }
                catch (DbUpdateException e) when (attempt < Attempts && (e is DbUpdateConcurrencyException || DatabaseErrors.IsUniqueViolation(e)))
                {
                    // A write marked some of them, or another reader kept them first: read and compute again.
                }
                finally
                {
                    // The caller's own tracked records stay as they are; the snapshots are not kept in memory.
                    foreach (var snapshot in touched)
                    {
                        db.Entry(snapshot).State = EntityState.Detached;
                    }
                }
            }
        }

        return written;
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
