using System.Globalization;
using SauRo.Core.Plans;

namespace SauRo.Core.Monitoring;

/// <summary>
/// When the reports of one duty are due. A yearly duty with a due month ("trước ngày 05/12 hằng năm") is due on that
/// day and month of the period's year. Any other duty is due on the first <see cref="DueDay"/> strictly after the
/// period's data end (see <see cref="ReportingPeriod.DataWindow"/>), clamped to the month's length: with the default
/// cut-off 14, "monthly before the 5th" makes April's report due 05/05, "monthly before the 20th" 20/04, "quarterly
/// before the 20th" 20/06 for quarter II.
/// "Trước ngày N" is read inclusively: a report submitted on the due date itself is on time (<see cref="IsOnTime"/>);
/// it is late from the next day.
/// </summary>
public sealed record ReportingCalendar
{
    public ReportingCalendar(ReportingFrequency frequency, int dueDay, int? dueMonth = null)
    {
        if (dueDay is < 1 or > 31)
        {
            throw new ArgumentOutOfRangeException(nameof(dueDay), dueDay, "Ngày hạn báo cáo phải từ 1 đến 31.");
        }

        if (dueMonth is < 1 or > 12)
        {
            throw new ArgumentOutOfRangeException(nameof(dueMonth), dueMonth, "Tháng hạn báo cáo phải từ 1 đến 12.");
        }

        Frequency = frequency;
        DueDay = dueDay;
        DueMonth = frequency == ReportingFrequency.Yearly ? dueMonth : null;
    }

    public ReportingFrequency Frequency { get; }

    public int DueDay { get; }

    /// <summary>Only for yearly duties due on a fixed date; ignored (null) for other frequencies.</summary>
    public int? DueMonth { get; }

    public static ReportingCalendar For(ReportingDuty duty)
    {
        ArgumentNullException.ThrowIfNull(duty);
        return new ReportingCalendar(duty.Frequency, duty.DueDay, duty.DueMonth);
    }

    /// <summary>The last day on which the report of <paramref name="period"/> is on time.</summary>
    public DateOnly DueDate(ReportingPeriod period, int cutOffDay = ReportingPeriod.DefaultCutOffDay)
    {
        if (period.Frequency != Frequency)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"Kỳ {period.Key} không thuộc lịch báo cáo {Frequency}."), nameof(period));
        }

        if (DueMonth is { } month)
        {
            return ReportingPeriod.Clamp(period.Year, month, DueDay);
        }

        var end = period.DataWindow(cutOffDay).End;
        var candidate = ReportingPeriod.Clamp(end.Year, end.Month, DueDay);
        if (candidate > end)
        {
            return candidate;
        }

        var next = end.AddMonths(1);
        return ReportingPeriod.Clamp(next.Year, next.Month, DueDay);
    }

    /// <summary>Inclusive: submitting on the due date itself is on time.</summary>
    public static bool IsOnTime(DateOnly submittedOn, DateOnly dueDate) => submittedOn <= dueDate;

    /// <summary>The periods of <paramref name="frequency"/> whose data window ends within [from, to], oldest first.</summary>
    public static IReadOnlyList<ReportingPeriod> Periods(
        ReportingFrequency frequency, DateOnly from, DateOnly to, int cutOffDay = ReportingPeriod.DefaultCutOffDay)
    {
        var periods = new List<ReportingPeriod>();
        if (to < from)
        {
            return periods;
        }

        for (var p = ReportingPeriod.Containing(frequency, from, cutOffDay); p.DataWindow(cutOffDay).End <= to; p = p.Next())
        {
            periods.Add(p);
        }

        return periods;
    }

    /// <summary>This duty's periods ending within [from, to] with their due dates: the reports a plan year expects.</summary>
    public IReadOnlyList<ScheduledReport> Schedule(DateOnly from, DateOnly to, int cutOffDay = ReportingPeriod.DefaultCutOffDay) =>
        [.. Periods(Frequency, from, to, cutOffDay).Select(p => new ScheduledReport(p, DueDate(p, cutOffDay)))];
}

/// <summary>One report a duty expects: its period and the last day it is on time.</summary>
public readonly record struct ScheduledReport(ReportingPeriod Period, DateOnly DueDate);
