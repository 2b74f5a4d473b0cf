using System.Globalization;
using SauRo.Core.Plans;

namespace SauRo.Core.Monitoring;

/// <summary>
/// "Hoàn thành sớm hơn ít nhất 01 quý": a deadline brought forward by one quarter, for the province's instruction that
/// tasks due in Q3/Q4 finish a quarter earlier. Pure: the result carries a new text that <see cref="DeadlineParser"/>
/// reads back to the same meaning.
/// <list type="bullet">
/// <item>A quarter → the previous quarter ("Quý III/2026" → "Quý II/2026"; Q1 → Q4 of the year before).</item>
/// <item>A month → the month three months earlier ("Tháng 9/2026" → "Tháng 6/2026").</item>
/// <item>A day → the same day three months earlier, clamped to the end of that month (31/08 → 31/05; 31/12 → 30/09;
/// 31/05/2024 → 29/02/2024). A day that goes on afterwards keeps going on.</item>
/// <item>A window → both ends three months earlier; an end on the last day of its month stays on the last day of its
/// new month (01/04–30/09 → 01/01–30/06), any other end is the same day clamped like a single day.</item>
/// <item>Recurring, ongoing ("bắt đầu từ …"), event-driven and not understood deadlines have no end to move: null.</item>
/// </list>
/// </summary>
public static class QuarterShift
{
    public const int Months = 3;

    /// <summary>The deadline one quarter earlier, or null when it has no end date to move.</summary>
    public static Deadline? BringForward(Deadline deadline)
    {
        ArgumentNullException.ThrowIfNull(deadline);
        switch (deadline.Kind)
        {
            case DeadlineKind.Quarter when deadline.End is { } end:
                var quarter = ((end.Month - 1) / 3) + 1;
                var (year, previous) = quarter == 1 ? (end.Year - 1, 4) : (end.Year, quarter - 1);
                var first = new DateOnly(year, ((previous - 1) * 3) + 1, 1);
                return new Deadline($"Quý {Roman(previous)}/{year.ToString(CultureInfo.InvariantCulture)}", DeadlineKind.Quarter, first, EndOfMonth(first.AddMonths(2)));

            case DeadlineKind.Month when deadline.End is { } end:
                var month = EndOfMonth(end.AddMonths(-Months));
                return new Deadline(
                    string.Create(CultureInfo.InvariantCulture, $"Tháng {month.Month}/{month.Year}"),
                    DeadlineKind.Month,
                    new DateOnly(month.Year, month.Month, 1),
                    month);

            case DeadlineKind.Date when deadline.End is { } end:
                var day = end.AddMonths(-Months);
                return new Deadline(
                    $"Trước ngày {Fmt(day)}" + (deadline.OngoingAfter ? ", sau đó thường xuyên duy trì" : string.Empty),
                    DeadlineKind.Date,
                    null,
                    day)
                { OngoingAfter = deadline.OngoingAfter };

            case DeadlineKind.Window when deadline.Start is { } start && deadline.End is { } end:
                var from = WindowEnd(start);
                var to = WindowEnd(end);
                return new Deadline($"Từ ngày {Fmt(from)} đến ngày {Fmt(to)}", DeadlineKind.Window, from, to) { OngoingAfter = deadline.OngoingAfter };

            default:
                return null;
        }
    }

    /// <summary>Whether the deadline's last day falls in the third or fourth quarter of <paramref name="year"/>.</summary>
    public static bool EndsInSecondHalf(Deadline deadline, int year)
    {
        ArgumentNullException.ThrowIfNull(deadline);
        return deadline.End is { } end && end.Year == year && end.Month >= 7;
    }

    private static DateOnly WindowEnd(DateOnly d) =>
        d.Day == DateTime.DaysInMonth(d.Year, d.Month) ? EndOfMonth(d.AddMonths(-Months)) : d.AddMonths(-Months);

    private static DateOnly EndOfMonth(DateOnly d) => new(d.Year, d.Month, DateTime.DaysInMonth(d.Year, d.Month));

    private static string Fmt(DateOnly d) => d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private static string Roman(int quarter) => quarter switch
    {
        1 => "I",
        2 => "II",
        3 => "III",
        4 => "IV",
        _ => throw new ArgumentOutOfRangeException(nameof(quarter), quarter, null),
    };
}
