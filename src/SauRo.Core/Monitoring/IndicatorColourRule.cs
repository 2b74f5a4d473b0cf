using SauRo.Core.Plans;

namespace SauRo.Core.Monitoring;

/// <summary>
/// The colour of an indicator, in plain words:
/// <list type="number">
/// <item>Grey when the target has no number, when no value has been reported for this year yet (an indicator reported
/// only yearly stays grey until its yearly value), or when the latest value is a ratio over 0.</item>
/// <item>Green when the latest value meets the target ("Exactly 100%" counts as "at least 100%").</item>
/// <item>Red when the target date has passed and the latest value does not meet it.</item>
/// <item>Otherwise the value is compared with the <b>expected pace</b>: a straight line from the baseline on the first
/// day of the year to the target on the target date. On the day the latest value refers to, the expected value is
/// baseline + (target − baseline) × (days elapsed since the year's start ÷ days from the year's start to the target
/// date). The pace ratio r = (latest − baseline) ÷ (expected − baseline): r ≥ 1 green, 0.8 ≤ r &lt; 1 orange,
/// r &lt; 0.8 red. For "at most" / "less than" targets lower is better and everything is mirrored. When nothing is
/// expected yet (expected = baseline), a value no worse than the baseline is green and a worse one red.</item>
/// </list>
/// The baseline is the plan's when it states one; else the latest value reported before the year's start; else the
/// year's first value when there are several; else 0 for "at least" targets (a lower-is-better target with a single
/// value and no baseline stays grey). The pace is measured on the latest value's own date, not on today, so that
/// the usual lag of a report does not turn an indicator orange. Example: target ≥ 80% by 31/12, baseline 50, value
/// 60 on 30/06 → expected ≈ 65, r ≈ 0.67 → red; 63 → r ≈ 0.88 → orange; 66 → green; 81 → met, green.
/// </summary>
public static class IndicatorColourRule
{
    /// <summary>Pace ratio from which an indicator is orange rather than red.</summary>
    public const decimal OrangeFrom = 0.8m;

    public static IndicatorAssessment Evaluate(Target target, IndicatorProgress progress, DateOnly today, DateOnly yearStart, DateOnly targetDate)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(progress);

        if (target.Value is not { } goal)
        {
            return new IndicatorAssessment(IndicatorColour.Grey, IndicatorColourReason.NoNumericTarget);
        }

        var known = progress.Readings.Where(r => r.AsOf <= today).OrderBy(r => r.AsOf).ToList();
        var thisYear = known.Where(r => r.AsOf >= yearStart).ToList();
        if (thisYear.Count == 0)
        {
            return new IndicatorAssessment(IndicatorColour.Grey, IndicatorColourReason.NoValue);
        }

        var last = thisYear[^1];
        if (last.Computed is not { } latest)
        {
            return new IndicatorAssessment(IndicatorColour.Grey, IndicatorColourReason.NotComputable) { LatestAsOf = last.AsOf };
        }

        var assessed = new IndicatorAssessment(IndicatorColour.Grey, IndicatorColourReason.NoBaseline) { Latest = latest, LatestAsOf = last.AsOf };
        if (target.IsMetBy(latest) == true)
        {
            return assessed with { Colour = IndicatorColour.Green, Reason = IndicatorColourReason.Met };
        }

        if (today > targetDate)
        {
            return assessed with { Colour = IndicatorColour.Red, Reason = IndicatorColourReason.Missed };
        }

        var lowerIsBetter = target.Comparator is Comparator.AtMost or Comparator.LessThan;
        var values = thisYear.Select(r => r.Computed).OfType<decimal>().ToList();
        var baseline = progress.Baseline
            ?? known.Where(r => r.AsOf < yearStart).Select(r => r.Computed).LastOrDefault(v => v is not null)
            ?? (values.Count >= 2 ? values[0] : lowerIsBetter ? null : 0m);
        if (baseline is not { } b)
        {
            return assessed;
        }

        // Gains in the good direction: up for "at least", down for "at most".
        var sign = lowerIsBetter ? -1m : 1m;
        var share = ElapsedShare(last.AsOf, yearStart, targetDate);
        var neededGain = Math.Max(0m, sign * (goal - b));
        var expectedGain = neededGain * share;
        var actualGain = sign * (latest - b);
        var ratio = expectedGain > 0m ? actualGain / expectedGain : actualGain >= 0m ? 1m : 0m;
        var (colour, reason) = ratio >= 1m ? (IndicatorColour.Green, IndicatorColourReason.OnPace)
            : ratio >= OrangeFrom ? (IndicatorColour.Orange, IndicatorColourReason.BehindPace)
            : (IndicatorColour.Red, IndicatorColourReason.AtRisk);
        return assessed with
        {
            Colour = colour,
            Reason = reason,
            Baseline = b,
            Expected = b + (sign * expectedGain),
            ElapsedShare = share,
            PaceRatio = ratio,
        };
    }

    /// <summary>Share of [yearStart, targetDate] elapsed on <paramref name="day"/>, in days, clamped to 0–1.</summary>
    public static decimal ElapsedShare(DateOnly day, DateOnly yearStart, DateOnly targetDate)
    {
        var span = targetDate.DayNumber - yearStart.DayNumber;
        if (span <= 0)
        {
            return 1m;
        }

        return Math.Clamp((decimal)(day.DayNumber - yearStart.DayNumber) / span, 0m, 1m);
    }
}
