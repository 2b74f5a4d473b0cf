using SauRo.Core.Monitoring;
using SauRo.Core.Plans;
using SauRo.Data.Entities;
using SauRo.Features.Import;
using SauRo.Features.Indicators.Values;

namespace SauRo.Features.Demo;

/// <summary>
/// Values of one demo indicator over a few periods, chosen so that the indicator shows a wanted colour today: the first
/// value is the baseline (55% of the target, twice the target when lower is better), the latest one is placed on the
/// expected pace times a ratio (above 1 for green, 0.8–1 for orange, below 0.8 for red), the ones between on a line.
/// Values are rounded as people write them (one decimal for percentages and decimal targets, whole numbers otherwise);
/// each candidate is checked with the colour rule the pages use, and the first one giving the wanted colour is kept
/// (after the target date no pace is left, so only red or green can come out).
/// </summary>
public static class DemoIndicatorValues
{
    /// <summary>Denominator of the values written as a ratio ("17/20").</summary>
    public const int RatioDenominator = 20;

    private static readonly Dictionary<IndicatorColour, decimal[]> Ratios = new()
    {
        [IndicatorColour.Green] = [1.2m, 1.5m, 1.05m],
        [IndicatorColour.Orange] = [0.9m, 0.85m, 0.95m],
        [IndicatorColour.Red] = [0.5m, 0.3m, 0.65m],
    };

    /// <summary>One value to write: the period and either a number or a ratio out of <see cref="RatioDenominator"/>.</summary>
    public sealed record Value(ReportingPeriod Period, decimal? Number, decimal? Numerator);

    /// <summary>
    /// The values of <paramref name="periods"/> (oldest first) for the indicator, aiming at <paramref name="wanted"/>
    /// as of <paramref name="today"/>; written as ratios when <paramref name="asRatio"/> (a percentage indicator).
    /// </summary>
    public static IReadOnlyList<Value> Choose(
        Indicator indicator, IReadOnlyList<ReportingPeriod> periods, IndicatorColour wanted, bool asRatio, int year, DateOnly today, int cutOffDay)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(periods);
        if (indicator.TargetValue is not { } goal || periods.Count == 0)
        {
            return [];
        }

        var lowerIsBetter = PlanMapping.Target(indicator).Comparator is Comparator.AtMost or Comparator.LessThan;
        var percent = indicator.Unit?.Trim() == "%";
        var whole = !percent && goal == decimal.Truncate(goal);
        var baseline = periods.Count >= 2 ? Round(lowerIsBetter ? goal * 2m : goal * 0.55m, whole) : lowerIsBetter ? goal * 2m : 0m;
        var share = IndicatorColourRule.ElapsedShare(periods[^1].DataWindow(cutOffDay).End, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var sign = lowerIsBetter ? -1m : 1m;
        IReadOnlyList<Value>? first = null;
        foreach (var ratio in Ratios.GetValueOrDefault(wanted, [1m]))
        {
            var latest = baseline + (sign * ratio * Math.Abs(goal - baseline) * share);
            var values = new List<Value>(periods.Count);
            for (var n = 0; n < periods.Count; n++)
            {
                var at = periods.Count == 1 ? latest : baseline + ((latest - baseline) * n / (periods.Count - 1));
                at = Math.Max(0m, percent ? Math.Min(100m, at) : at);
                values.Add(asRatio
                    ? new Value(periods[n], null, Math.Round(at * RatioDenominator / 100m, MidpointRounding.AwayFromZero))
                    : new Value(periods[n], Round(at, whole), null));
            }

            first ??= values;
            if (ColourOf(indicator, values, year, today, cutOffDay) == wanted)
            {
                return values;
            }
        }

        return first!;
    }

    /// <summary>The colour the pages would show for these values.</summary>
    public static IndicatorColour ColourOf(Indicator indicator, IEnumerable<Value> values, int year, DateOnly today, int cutOffDay)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        var rows = values.Select(v => new IndicatorValue
        {
            IndicatorId = indicator.Id,
            PeriodKey = v.Period.Key,
            Value = v.Number,
            Numerator = v.Numerator,
            Denominator = v.Numerator is null ? null : RatioDenominator,
            UserName = string.Empty,
        });
        return IndicatorColours.Assess([indicator], rows, year, today, cutOffDay)[indicator.Id].Colour;
    }

    private static decimal Round(decimal value, bool whole) =>
        Math.Round(value, whole ? 0 : 1, MidpointRounding.AwayFromZero);
}
