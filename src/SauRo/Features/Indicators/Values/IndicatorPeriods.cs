using SauRo.Core.Monitoring;
using SauRo.Core.Plans;
using SauRo.Features.Reporting;

namespace SauRo.Features.Indicators.Values;

/// <summary>
/// The periods an indicator's values are reported for: its reporting frequency (monthly unless the plan's editors chose
/// another), the periods of the plan's year, and which of its periods a periodic report carries.
/// </summary>
public static class IndicatorPeriods
{
    public const ReportingFrequency DefaultFrequency = ReportingFrequency.Monthly;

    /// <summary>The indicator's frequency from its stored value (null or unknown: monthly).</summary>
    public static ReportingFrequency Frequency(string? stored) => DutyText.Frequency(stored) ?? DefaultFrequency;

    /// <summary>The periods of <paramref name="frequency"/> whose data window ends within the year (12 months, 4 quarters, 2 halves, the year).</summary>
    public static IReadOnlyList<ReportingPeriod> OfYear(ReportingFrequency frequency, int year, int cutOffDay) =>
        ReportingCalendar.Periods(frequency, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), cutOffDay);

    /// <summary>Whether a period key names one of the indicator's periods in the year.</summary>
    public static ReportingPeriod? Find(string? key, ReportingFrequency frequency, int year, int cutOffDay) =>
        ReportingPeriod.TryParse(key, out var period) && period.Frequency == frequency && OfYear(frequency, year, cutOffDay).Contains(period)
            ? period
            : null;

    /// <summary>
    /// The indicator's period a report of <paramref name="reportPeriod"/> carries: the one whose data window ends with
    /// the report's (a monthly indicator in the April report: April; in the report of quarter II: June; a quarterly
    /// indicator in the June report: quarter II, in the April report: none; a yearly one: in December's report).
    /// </summary>
    public static ReportingPeriod? CarriedBy(ReportingFrequency frequency, ReportingPeriod reportPeriod, int cutOffDay)
    {
        var end = reportPeriod.DataWindow(cutOffDay).End;
        var candidate = ReportingPeriod.Containing(frequency, end, cutOffDay);
        return candidate.DataWindow(cutOffDay).End == end ? candidate : null;
    }
}
