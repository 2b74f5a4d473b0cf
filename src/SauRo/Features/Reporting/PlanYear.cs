using System.Globalization;
using SauRo.Core.Monitoring;

namespace SauRo.Features.Reporting;

/// <summary>
/// The year a plan is monitored over, and the day its tracking starts: the plan's year (else the year it was issued,
/// else the year it was created); it starts on the day it was issued ("2026-03-20"; a month "2026-04" starts on its
/// first day; a year or no date: the day it was created), never before 1 January of its year. Reports are expected for
/// the periods whose data window ends between that start and 31 December.
/// </summary>
public sealed record PlanYear(int Year, DateOnly Start)
{
    public DateOnly First => new(Year, 1, 1);

    public DateOnly Last => new(Year, 12, 31);

    public static PlanYear Of(int? year, string? issuedOn, DateTimeOffset createdAt)
    {
        var created = VietnamTime.DateOf(createdAt);
        var issued = Issued(issuedOn);
        var y = year ?? issued?.Year ?? created.Year;
        var start = issued is { } d && d.Year == y && !IsYearOnly(issuedOn) ? d : created;
        var first = new DateOnly(y, 1, 1);
        var last = new DateOnly(y, 12, 31);
        start = start < first ? first : start > last ? last : start;
        return new PlanYear(y, start);
    }

    private static bool IsYearOnly(string? iso) => iso is { Length: 4 };

    /// <summary>A stored ISO date, possibly partial ("2026-03-20", "2026-04", "2026"), as its first possible day.</summary>
    private static DateOnly? Issued(string? iso)
    {
        if (string.IsNullOrEmpty(iso))
        {
            return null;
        }

        var parts = iso.Split('-');
        if (!int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var y) || y is < 1 or > 9998)
        {
            return null;
        }

        var m = parts.Length > 1 && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var mm) && mm is >= 1 and <= 12 ? mm : 1;
        var d = parts.Length > 2 && int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var dd) && dd >= 1 && dd <= DateTime.DaysInMonth(y, m) ? dd : 1;
        return new DateOnly(y, m, d);
    }
}
