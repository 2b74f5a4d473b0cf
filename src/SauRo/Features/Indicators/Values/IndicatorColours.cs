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
        SauRoDbContext db, IReadOnlyCollection<Indicator> indicators, int year, DateOnly today, int cutOffDay, CancellationToken cancellation)
    {
        var ids = indicators.Select(i => i.Id).ToList();
        var values = await db.IndicatorValues.AsNoTracking().Where(v => ids.Contains(v.IndicatorId)).ToListAsync(cancellation);
        return Assess(indicators, values, year, today, cutOffDay);
    }

    public static Dictionary<int, IndicatorAssessment> Assess(
        IEnumerable<Indicator> indicators, IEnumerable<IndicatorValue> values, int year, DateOnly today, int cutOffDay)
    {
        var byIndicator = values.ToLookup(v => v.IndicatorId);
        var result = new Dictionary<int, IndicatorAssessment>();
        foreach (var indicator in indicators)
        {
            var readings = new List<IndicatorReading>();
            foreach (var value in byIndicator[indicator.Id])
            {
                if (ReportingPeriod.TryParse(value.PeriodKey, out var period))
                {
                    readings.Add(ValueText.Reading(value, period.DataWindow(cutOffDay).End) with { Period = period });
                }
            }

            result[indicator.Id] = IndicatorColourRule.Evaluate(
                PlanMapping.Target(indicator), new IndicatorProgress(readings), today, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        }

        return result;
    }
}
