namespace SauRo.Core.Monitoring;

/// <summary>
/// Calendar dates in Vietnam (Asia/Ho_Chi_Minh, UTC+7, no daylight saving). Every "today" of the monitoring rules is a
/// Vietnamese date, whatever time zone the server runs in: 2026-04-30T17:30Z is already 01/05/2026 in Vietnam.
/// When the host has no time zone data, a fixed UTC+7 zone stands in (Vietnam has kept +7 since 1975).
/// </summary>
public static class VietnamTime
{
    public const string ZoneId = "Asia/Ho_Chi_Minh";

    public static readonly TimeSpan Offset = TimeSpan.FromHours(7);

    /// <summary>The Asia/Ho_Chi_Minh zone of the host, or a fixed UTC+7 zone when the host does not know it.</summary>
    public static TimeZoneInfo Zone { get; } = FindZone(ZoneId);

    /// <summary>The instant as a Vietnamese local time (offset +07:00).</summary>
    public static DateTimeOffset ToVietnam(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    /// <summary>The Vietnamese calendar date of an instant.</summary>
    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(ToVietnam(instant).DateTime);

    /// <summary>Today in Vietnam by the given clock (inject <see cref="TimeProvider"/>; tests pass a fake one).</summary>
    public static DateOnly Today(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return DateOf(clock.GetUtcNow());
    }

    /// <summary>The instant a Vietnamese day begins (00:00 at +07:00), for queries on stored instants.</summary>
    public static DateTimeOffset StartOf(DateOnly date)
    {
        var local = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local));
    }

    /// <summary>The zone with this id, or a fixed UTC+7 zone named after it when the host has no such zone.</summary>
    internal static TimeZoneInfo FindZone(string id)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return TimeZoneInfo.CreateCustomTimeZone(id, Offset, "Giờ Việt Nam (UTC+7)", "Giờ Việt Nam (UTC+7)");
        }
    }
}
