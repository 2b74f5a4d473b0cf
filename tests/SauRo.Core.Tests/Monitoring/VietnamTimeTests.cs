using SauRo.Core.Monitoring;

namespace SauRo.Core.Tests.Monitoring;

public class VietnamTimeTests
{
    [Theory]
    [InlineData("2026-04-30T16:59:59Z", "2026-04-30")]
    [InlineData("2026-04-30T17:00:00Z", "2026-05-01")]
    [InlineData("2026-04-30T17:30:00Z", "2026-05-01")]
    [InlineData("2026-12-31T16:59:59Z", "2026-12-31")]
    [InlineData("2026-12-31T17:00:00Z", "2027-01-01")]
    [InlineData("2026-05-01T06:59:59+07:00", "2026-05-01")]
    [InlineData("2026-04-30T20:00:00-05:00", "2026-05-01")]
    public void DateOf_InstantAroundMidnight_ReturnsVietnameseDate(string instant, string expected)
    {
        var at = DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture);

        VietnamTime.DateOf(at).ShouldBe(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void ToVietnam_UtcInstant_HasPlusSevenOffset()
    {
        var local = VietnamTime.ToVietnam(new DateTimeOffset(2026, 4, 30, 17, 30, 0, TimeSpan.Zero));

        local.Offset.ShouldBe(TimeSpan.FromHours(7));
        local.DateTime.ShouldBe(new DateTime(2026, 5, 1, 0, 30, 0));
    }

    [Fact]
    public void Today_FakeClockInUtc_ReturnsVietnameseDate()
    {
        var clock = new FixedClock(new DateTimeOffset(2026, 4, 30, 17, 0, 0, TimeSpan.Zero));

        VietnamTime.Today(clock).ShouldBe(new DateOnly(2026, 5, 1));
    }

    [Fact]
    public void StartOf_Day_IsMidnightAtPlusSeven()
    {
        var start = VietnamTime.StartOf(new DateOnly(2026, 5, 1));

        start.UtcDateTime.ShouldBe(new DateTime(2026, 4, 30, 17, 0, 0, DateTimeKind.Utc));
        VietnamTime.DateOf(start).ShouldBe(new DateOnly(2026, 5, 1));
        VietnamTime.DateOf(start.AddTicks(-1)).ShouldBe(new DateOnly(2026, 4, 30));
    }

    [Fact]
    public void FindZone_MissingZone_FallsBackToFixedPlusSeven()
    {
        var zone = VietnamTime.FindZone("Nowhere/Missing_Zone");

        zone.BaseUtcOffset.ShouldBe(TimeSpan.FromHours(7));
        zone.SupportsDaylightSavingTime.ShouldBeFalse();
        TimeZoneInfo.ConvertTime(new DateTimeOffset(2026, 4, 30, 17, 0, 0, TimeSpan.Zero), zone).Day.ShouldBe(1);
    }

    [Fact]
    public void Zone_Host_HasPlusSevenWithoutDaylightSaving()
    {
        VietnamTime.Zone.GetUtcOffset(new DateTime(2026, 1, 15, 0, 0, 0, DateTimeKind.Utc)).ShouldBe(TimeSpan.FromHours(7));
        VietnamTime.Zone.GetUtcOffset(new DateTime(2026, 7, 15, 0, 0, 0, DateTimeKind.Utc)).ShouldBe(TimeSpan.FromHours(7));
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
