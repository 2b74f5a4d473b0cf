using System.Globalization;
using SauRo.Core.Plans;

namespace SauRo.Core.Monitoring;

/// <summary>
/// One reporting period: a month (Index 1–12), a quarter (1–4), a half-year (1–2) or a year (1) of <see cref="Year"/>.
/// Its data window follows Decree 09/2019/NĐ-CP: with the default cut-off day 14, the report of month M covers 15/(M−1)
/// to 14/M; a quarter from the 15th of the month before it to the 14th of its last month; the first half-year
/// 15/12 of the previous year to 14/6, the second 15/6 to 14/12; the year 15/12 of the previous year to 14/12.
/// The cut-off day is a setting: a window ends on the cut-off day of its last month (clamped to the month's length:
/// a cut-off of 30 ends February on the 28th, or the 29th in a leap year) and starts the day after the previous
/// period's end. A cut-off of 31 gives calendar months.
/// </summary>
public readonly record struct ReportingPeriod
{
    /// <summary>Decree 09/2019/NĐ-CP: data runs to the 14th of the period's last month.</summary>
    public const int DefaultCutOffDay = 14;

    public ReportingPeriod(ReportingFrequency frequency, int year, int index)
    {
        if (year is < 1 or > 9998)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, "Năm không hợp lệ.");
        }

        var count = CountPerYear(frequency);
        if (index < 1 || index > count)
        {
            throw new ArgumentOutOfRangeException(nameof(index), index, string.Create(CultureInfo.InvariantCulture, $"Kỳ báo cáo phải từ 1 đến {count}."));
        }

        Frequency = frequency;
        Year = year;
        Index = index;
    }

    public ReportingFrequency Frequency { get; }

    public int Year { get; }

    /// <summary>Month 1–12, quarter 1–4, half 1–2, or 1 for a year.</summary>
    public int Index { get; }

    /// <summary>Vietnamese label: "Tháng 4/2026", "Quý II/2026", "6 tháng đầu năm 2026", "6 tháng cuối năm 2026", "Năm 2026".</summary>
    public string Label => Frequency switch
    {
        ReportingFrequency.Monthly => string.Create(CultureInfo.InvariantCulture, $"Tháng {Index}/{Year}"),
        ReportingFrequency.Quarterly => string.Create(CultureInfo.InvariantCulture, $"Quý {Roman(Index)}/{Year}"),
        ReportingFrequency.HalfYearly => string.Create(CultureInfo.InvariantCulture, $"6 tháng {(Index == 1 ? "đầu" : "cuối")} năm {Year}"),
        ReportingFrequency.Yearly => string.Create(CultureInfo.InvariantCulture, $"Năm {Year}"),
        _ => throw new InvalidOperationException(),
    };

    /// <summary>The report's name inside a sentence: "báo cáo tháng 4/2026", "báo cáo quý II/2026", "báo cáo năm 2026".</summary>
    public string ReportName => Frequency switch
    {
        ReportingFrequency.Monthly => string.Create(CultureInfo.InvariantCulture, $"báo cáo tháng {Index}/{Year}"),
        ReportingFrequency.Quarterly => string.Create(CultureInfo.InvariantCulture, $"báo cáo quý {Roman(Index)}/{Year}"),
        ReportingFrequency.HalfYearly => string.Create(CultureInfo.InvariantCulture, $"báo cáo 6 tháng {(Index == 1 ? "đầu" : "cuối")} năm {Year}"),
        ReportingFrequency.Yearly => string.Create(CultureInfo.InvariantCulture, $"báo cáo năm {Year}"),
        _ => throw new InvalidOperationException(),
    };

    /// <summary>Stable key for storage, URLs and reminder keys: "2026-M04", "2026-Q2", "2026-H1", "2026-Y".</summary>
    public string Key => Frequency switch
    {
        ReportingFrequency.Monthly => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-M{Index:D2}"),
        ReportingFrequency.Quarterly => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-Q{Index}"),
        ReportingFrequency.HalfYearly => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-H{Index}"),
        ReportingFrequency.Yearly => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-Y"),
        _ => throw new InvalidOperationException(),
    };

    /// <summary>Orders periods of one frequency: consecutive periods have consecutive numbers.</summary>
    public int Sequence => (Year * CountPerYear(Frequency)) + Index - 1;

    /// <summary>The period's last month (1–12): the month whose cut-off day ends its data window.</summary>
    public int LastMonth => Index * (12 / CountPerYear(Frequency));

    /// <summary>The period's first calendar month (1–12), regardless of the cut-off.</summary>
    public int FirstMonth => LastMonth - (12 / CountPerYear(Frequency)) + 1;

    public static ReportingPeriod Monthly(int year, int month) => new(ReportingFrequency.Monthly, year, month);

    public static ReportingPeriod Quarterly(int year, int quarter) => new(ReportingFrequency.Quarterly, year, quarter);

    public static ReportingPeriod HalfYearly(int year, int half) => new(ReportingFrequency.HalfYearly, year, half);

    public static ReportingPeriod Yearly(int year) => new(ReportingFrequency.Yearly, year, 1);

    /// <summary>How many periods of this frequency a year holds.</summary>
    public static int CountPerYear(ReportingFrequency frequency) => frequency switch
    {
        ReportingFrequency.Monthly => 12,
        ReportingFrequency.Quarterly => 4,
        ReportingFrequency.HalfYearly => 2,
        ReportingFrequency.Yearly => 1,
        _ => throw new ArgumentOutOfRangeException(nameof(frequency), frequency, null),
    };

    /// <summary>The period whose data window contains <paramref name="date"/>: with cut-off 14, 14/04 is in April's report, 15/04 in May's.</summary>
    public static ReportingPeriod Containing(ReportingFrequency frequency, DateOnly date, int cutOffDay = DefaultCutOffDay)
    {
        CheckCutOff(cutOffDay);
        var year = date.Year;
        var month = date.Month;
        if (date.Day > CutOff(year, month, cutOffDay))
        {
            (year, month) = month == 12 ? (year + 1, 1) : (year, month + 1);
        }

        var perPeriod = 12 / CountPerYear(frequency);
        return new ReportingPeriod(frequency, year, ((month - 1) / perPeriod) + 1);
    }

    /// <summary>The next period of the same frequency.</summary>
    public ReportingPeriod Next() => FromSequence(Frequency, Sequence + 1);

    /// <summary>The previous period of the same frequency.</summary>
    public ReportingPeriod Previous() => FromSequence(Frequency, Sequence - 1);

    /// <summary>The inclusive days whose data this period's report covers (Decree 09/2019/NĐ-CP, see the type's summary).</summary>
    public DateWindow DataWindow(int cutOffDay = DefaultCutOffDay)
    {
        CheckCutOff(cutOffDay);
        return new DateWindow(Previous().DataEnd(cutOffDay).AddDays(1), DataEnd(cutOffDay));
    }

    /// <summary>The calendar days of the period (01/04–30/06 for quarter II), without the cut-off.</summary>
    public DateWindow CalendarWindow() =>
        new(new DateOnly(Year, FirstMonth, 1), new DateOnly(Year, LastMonth, DateTime.DaysInMonth(Year, LastMonth)));

    /// <summary>Reads a <see cref="Key"/> back ("2026-M04", "2026-Q2", "2026-H1", "2026-Y").</summary>
    public static bool TryParse(string? key, out ReportingPeriod period)
    {
        period = default;
        if (key is null || key.Length < 6 || key[4] != '-'
            || !int.TryParse(key.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 1)
        {
            return false;
        }

        var rest = key.AsSpan(5);
        if (rest is "Y")
        {
            period = Yearly(year);
            return true;
        }

        ReportingFrequency? frequency = rest.Length < 2 ? null : rest[0] switch
        {
            'M' when rest.Length == 3 => ReportingFrequency.Monthly,
            'Q' when rest.Length == 2 => ReportingFrequency.Quarterly,
            'H' when rest.Length == 2 => ReportingFrequency.HalfYearly,
            _ => null,
        };
        if (frequency is not { } f
            || !int.TryParse(rest[1..], NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            || index < 1 || index > CountPerYear(f))
        {
            return false;
        }

        period = new ReportingPeriod(f, year, index);
        return true;
    }

    public static ReportingPeriod Parse(string key) =>
        TryParse(key, out var period) ? period : throw new FormatException($"Kỳ báo cáo không hợp lệ: \"{key}\".");

    /// <summary>The <see cref="Key"/>, so that a period interpolates into keys and URLs as "2026-M04".</summary>
    public override string ToString() => Key;

    internal static void CheckCutOff(int cutOffDay)
    {
        if (cutOffDay is < 1 or > 31)
        {
            throw new ArgumentOutOfRangeException(nameof(cutOffDay), cutOffDay, "Ngày chốt số liệu phải từ 1 đến 31.");
        }
    }

    /// <summary>A day of a month, clamped to the month's length (day 30 of February 2026 is the 28th).</summary>
    internal static DateOnly Clamp(int year, int month, int day) => new(year, month, Math.Min(day, DateTime.DaysInMonth(year, month)));

    private DateOnly DataEnd(int cutOffDay) => Clamp(Year, LastMonth, cutOffDay);

    private static int CutOff(int year, int month, int cutOffDay) => Math.Min(cutOffDay, DateTime.DaysInMonth(year, month));

    private static ReportingPeriod FromSequence(ReportingFrequency frequency, int sequence)
    {
        var count = CountPerYear(frequency);
        return new ReportingPeriod(frequency, Math.DivRem(sequence, count, out var rem), rem + 1);
    }

    private static string Roman(int quarter) => quarter switch { 1 => "I", 2 => "II", 3 => "III", _ => "IV" };
}
