using Microsoft.EntityFrameworkCore;
using SauRo.Core.Monitoring;
using SauRo.Data;
using SauRo.Data.Entities;
using SauRo.Features.Import;

namespace SauRo.Features.Indicators.Values;

/// <summary>
/// The colour of indicators today (<see cref="IndicatorColourRule"/>), from their values per period: each value is a
/// reading as of the end of its period's data window; the year runs from 1 January to the target date 31 December of
/// the plan's year; the plan states no baseline, so the rule takes it from the values. One query for any number of
/// indicators.
/// </summary>
public static class IndicatorColours
{
    public static async Task<Dictionary<int, IndicatorAssessment>> ForIndicatorsAsync(
        SauRoDbContext db, IReadOnlyCollection<Indicator> indicators, int year, DateOnly today, int cutOffDay, CancellationToken cancellation) =>
        Assess(indicators, await ValuesAsync(db, indicators, cancellation), year, today, cutOffDay);

    public static Dictionary<int, IndicatorAssessment> Assess(
        IEnumerable<Indicator> indicators, IEnumerable<IndicatorValue> values, int year, DateOnly today, int cutOffDay)
    {
        var byIndicator = values.ToLookup(v => v.IndicatorId);
        var result = new Dictionary<int, IndicatorAssessment>();
        foreach (var indicator in indicators)
        {
            result[indicator.Id] = IndicatorColourRule.Evaluate(
                PlanMapping.Target(indicator), Progress(byIndicator[indicator.Id], cutOffDay), today, YearStart(year), TargetDate(year));
        }

        return result;
    }

    /// <summary>An indicator's values as readings, each dated at the end of its period's data window.</summary>
    public static IndicatorProgress Progress(IEnumerable<IndicatorValue> values, int cutOffDay)
    {
        ArgumentNullException.ThrowIfNull(values);
        var readings = new List<IndicatorReading>();
        foreach (var value in values)
        {
            if (ReportingPeriod.TryParse(value.PeriodKey, out var period))
            {
                readings.Add(ValueText.Reading(value, period.DataWindow(cutOffDay).End) with { Period = period });
            }
        }

        return new IndicatorProgress(readings);
    }

    public static DateOnly YearStart(int year) => new(year, 1, 1);

    public static DateOnly TargetDate(int year) => new(year, 12, 31);

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
}
