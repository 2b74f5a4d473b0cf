using System.Globalization;

namespace SauRo.Core.Plans;

/// <summary>
/// A calendar date that may be known only to the month or the year, as plans are often dated
/// while in draft ("ngày  tháng 4 năm 2026").
/// </summary>
public readonly record struct PartialDate
{
    public PartialDate(int year, int? month = null, int? day = null)
    {
        if (year is < 1900 or > 2200)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, "Năm phải trong khoảng 1900–2200.");
        }

        if (month is < 1 or > 12)
        {
            throw new ArgumentOutOfRangeException(nameof(month), month, "Tháng phải từ 1 đến 12.");
        }

        if (day is not null && month is null)
        {
            throw new ArgumentException("Có ngày thì phải có tháng.", nameof(day));
        }

        if (day is not null && (day < 1 || day > DateTime.DaysInMonth(year, month!.Value)))
        {
            throw new ArgumentOutOfRangeException(nameof(day), day, "Ngày không có trong tháng.");
        }

        Year = year;
        Month = month;
        Day = day;
    }

    public int Year { get; }

    public int? Month { get; }

    public int? Day { get; }

    public bool IsComplete => Day is not null;

    /// <summary>Builds a partial date if the parts form a real one, otherwise null.</summary>
    public static PartialDate? TryCreate(int year, int? month, int? day)
    {
        if (year is < 1900 or > 2200 || month is < 1 or > 12 || (day is not null && month is null))
        {
            return null;
        }

        if (day is not null && (day < 1 || day > DateTime.DaysInMonth(year, month!.Value)))
        {
            return null;
        }

        return new PartialDate(year, month, day);
    }

    /// <summary>ISO form: yyyy-MM-dd, yyyy-MM or yyyy.</summary>
    public string ToIso() => (Month, Day) switch
    {
        (null, _) => Year.ToString("D4", CultureInfo.InvariantCulture),
        ({ } m, null) => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{m:D2}"),
        ({ } m, { } d) => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{m:D2}-{d:D2}"),
    };

    /// <summary>Vietnamese display form: dd/MM/yyyy, MM/yyyy or yyyy.</summary>
    public string ToDisplay() => (Month, Day) switch
    {
        (null, _) => Year.ToString("D4", CultureInfo.InvariantCulture),
        ({ } m, null) => string.Create(CultureInfo.InvariantCulture, $"{m:D2}/{Year:D4}"),
        ({ } m, { } d) => string.Create(CultureInfo.InvariantCulture, $"{d:D2}/{m:D2}/{Year:D4}"),
    };

    public override string ToString() => ToIso();
}
