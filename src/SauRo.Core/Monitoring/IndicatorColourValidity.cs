using SauRo.Core.Plans;

namespace SauRo.Core.Monitoring;

/// <summary>
/// How long an indicator's colour stays what <see cref="IndicatorColourRule"/> says today if no value changes: the rule
/// looks at "today" only to leave out readings dated later (a reading counts from its own date on) and to tell whether
/// the target date has passed. So the colour holds until the day before the next reading dated after today, and not
/// past the target date while that is still ahead. A target without a number is grey for ever. Dashboards keep the
/// colour of every indicator with this day and compute it again only once the day has passed (or a value, the target
/// or the year asked changes).
/// </summary>
public static class IndicatorColourValidity
{
    public static DateOnly Until(Target target, IndicatorProgress progress, DateOnly today, DateOnly targetDate)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(progress);
        if (target.Value is null)
        {
            return DateOnly.MaxValue;
        }

        var until = today <= targetDate ? targetDate : DateOnly.MaxValue;
        foreach (var reading in progress.Readings)
        {
            if (reading.AsOf > today && reading.AsOf.AddDays(-1) < until)
            {
                until = reading.AsOf.AddDays(-1);
            }
        }

        return until;
    }
}
