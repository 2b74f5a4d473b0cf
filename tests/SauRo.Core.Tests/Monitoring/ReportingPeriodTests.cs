using System.Globalization;
using SauRo.Core.Monitoring;
using SauRo.Core.Plans;

namespace SauRo.Core.Tests.Monitoring;

public class ReportingPeriodTests
{
    private static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public void Label_EachFrequency_IsVietnamese()
    {
        ReportingPeriod.Monthly(2026, 4).Label.ShouldBe("Tháng 4/2026");
        ReportingPeriod.Quarterly(2026, 2).Label.ShouldBe("Quý II/2026");
        ReportingPeriod.Quarterly(2026, 4).Label.ShouldBe("Quý IV/2026");
        ReportingPeriod.HalfYearly(2026, 1).Label.ShouldBe("6 tháng đầu năm 2026");
        ReportingPeriod.HalfYearly(2026, 2).Label.ShouldBe("6 tháng cuối năm 2026");
        ReportingPeriod.Yearly(2026).Label.ShouldBe("Năm 2026");
        ReportingPeriod.Quarterly(2026, 3).ReportName.ShouldBe("báo cáo quý III/2026");
    }

    [Theory]
    [InlineData(ReportingFrequency.Monthly, 4, "2026-M04")]
    [InlineData(ReportingFrequency.Monthly, 12, "2026-M12")]
    [InlineData(ReportingFrequency.Quarterly, 2, "2026-Q2")]
    [InlineData(ReportingFrequency.HalfYearly, 1, "2026-H1")]
    [InlineData(ReportingFrequency.Yearly, 1, "2026-Y")]
    public void Key_EachFrequency_RoundTrips(ReportingFrequency frequency, int index, string key)
    {
        var period = new ReportingPeriod(frequency, 2026, index);

        period.Key.ShouldBe(key);
        period.ToString().ShouldBe(key);
        ReportingPeriod.Parse(key).ShouldBe(period);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("2026-M13")]
    [InlineData("2026-M4")]
    [InlineData("2026-Q5")]
    [InlineData("2026-H3")]
    [InlineData("2026-X1")]
    [InlineData("26-M04")]
    [InlineData("2026/M04")]
    [InlineData("2026-Y1")]
    public void TryParse_Invalid_ReturnsFalse(string? key) => ReportingPeriod.TryParse(key, out _).ShouldBeFalse();

    [Theory]
    [InlineData(ReportingFrequency.Monthly, 0)]
    [InlineData(ReportingFrequency.Monthly, 13)]
    [InlineData(ReportingFrequency.Quarterly, 5)]
    [InlineData(ReportingFrequency.HalfYearly, 3)]
    [InlineData(ReportingFrequency.Yearly, 2)]
    public void Constructor_IndexOutOfRange_Throws(ReportingFrequency frequency, int index) =>
        Should.Throw<ArgumentOutOfRangeException>(() => new ReportingPeriod(frequency, 2026, index));

    [Fact]
    public void NextPrevious_AcrossYearEnd_RollOver()
    {
        ReportingPeriod.Monthly(2026, 12).Next().ShouldBe(ReportingPeriod.Monthly(2027, 1));
        ReportingPeriod.Monthly(2026, 1).Previous().ShouldBe(ReportingPeriod.Monthly(2025, 12));
        ReportingPeriod.Monthly(2026, 4).Next().ShouldBe(ReportingPeriod.Monthly(2026, 5));
        ReportingPeriod.Quarterly(2026, 4).Next().ShouldBe(ReportingPeriod.Quarterly(2027, 1));
        ReportingPeriod.Quarterly(2026, 1).Previous().ShouldBe(ReportingPeriod.Quarterly(2025, 4));
        ReportingPeriod.HalfYearly(2026, 2).Next().ShouldBe(ReportingPeriod.HalfYearly(2027, 1));
        ReportingPeriod.HalfYearly(2026, 1).Previous().ShouldBe(ReportingPeriod.HalfYearly(2025, 2));
        ReportingPeriod.Yearly(2026).Next().ShouldBe(ReportingPeriod.Yearly(2027));
        ReportingPeriod.Yearly(2026).Previous().ShouldBe(ReportingPeriod.Yearly(2025));
    }

    [Theory]
    [InlineData(ReportingFrequency.Monthly, 4, "2026-03-15", "2026-04-14")]
    [InlineData(ReportingFrequency.Monthly, 1, "2025-12-15", "2026-01-14")]
    [InlineData(ReportingFrequency.Monthly, 12, "2026-11-15", "2026-12-14")]
    [InlineData(ReportingFrequency.Quarterly, 1, "2025-12-15", "2026-03-14")]
    [InlineData(ReportingFrequency.Quarterly, 2, "2026-03-15", "2026-06-14")]
    [InlineData(ReportingFrequency.Quarterly, 3, "2026-06-15", "2026-09-14")]
    [InlineData(ReportingFrequency.Quarterly, 4, "2026-09-15", "2026-12-14")]
    [InlineData(ReportingFrequency.HalfYearly, 1, "2025-12-15", "2026-06-14")]
    [InlineData(ReportingFrequency.HalfYearly, 2, "2026-06-15", "2026-12-14")]
    [InlineData(ReportingFrequency.Yearly, 1, "2025-12-15", "2026-12-14")]
    public void DataWindow_Decree09Default_RunsFrom15thTo14th(ReportingFrequency frequency, int index, string start, string end)
    {
        var window = new ReportingPeriod(frequency, 2026, index).DataWindow();

        window.ShouldBe(new DateWindow(D(start), D(end)));
    }

    [Theory]
    [InlineData("2026-04-14", 2026, 4)]
    [InlineData("2026-04-15", 2026, 5)]
    [InlineData("2026-03-15", 2026, 4)]
    [InlineData("2026-01-01", 2026, 1)]
    [InlineData("2025-12-15", 2026, 1)]
    [InlineData("2025-12-14", 2025, 12)]
    [InlineData("2026-12-14", 2026, 12)]
    [InlineData("2026-12-15", 2027, 1)]
    [InlineData("2026-12-31", 2027, 1)]
    public void Containing_Monthly_CutOff14th15th(string day, int year, int month) =>
        ReportingPeriod.Containing(ReportingFrequency.Monthly, D(day)).ShouldBe(ReportingPeriod.Monthly(year, month));

    [Theory]
    [InlineData("2026-03-14", ReportingFrequency.Quarterly, "2026-Q1")]
    [InlineData("2026-03-15", ReportingFrequency.Quarterly, "2026-Q2")]
    [InlineData("2026-06-14", ReportingFrequency.Quarterly, "2026-Q2")]
    [InlineData("2026-06-15", ReportingFrequency.Quarterly, "2026-Q3")]
    [InlineData("2026-12-14", ReportingFrequency.Quarterly, "2026-Q4")]
    [InlineData("2026-12-15", ReportingFrequency.Quarterly, "2027-Q1")]
    [InlineData("2026-06-14", ReportingFrequency.HalfYearly, "2026-H1")]
    [InlineData("2026-06-15", ReportingFrequency.HalfYearly, "2026-H2")]
    [InlineData("2026-12-15", ReportingFrequency.HalfYearly, "2027-H1")]
    [InlineData("2026-12-14", ReportingFrequency.Yearly, "2026-Y")]
    [InlineData("2026-12-15", ReportingFrequency.Yearly, "2027-Y")]
    [InlineData("2026-01-01", ReportingFrequency.Yearly, "2026-Y")]
    public void Containing_QuarterHalfYearEnds_FollowCutOff(string day, ReportingFrequency frequency, string key) =>
        ReportingPeriod.Containing(frequency, D(day)).Key.ShouldBe(key);

    [Theory]
    [InlineData(2026, 2, "2026-01-31", "2026-02-28")]
    [InlineData(2028, 2, "2028-01-31", "2028-02-29")]
    [InlineData(2026, 3, "2026-03-01", "2026-03-30")]
    [InlineData(2028, 3, "2028-03-01", "2028-03-30")]
    [InlineData(2026, 1, "2025-12-31", "2026-01-30")]
    public void DataWindow_CutOff30_ClampsFebruaryInLeapAndCommonYears(int year, int month, string start, string end) =>
        ReportingPeriod.Monthly(year, month).DataWindow(30).ShouldBe(new DateWindow(D(start), D(end)));

    [Theory]
    [InlineData("2028-02-29", 30, "2028-M02")]
    [InlineData("2026-02-28", 30, "2026-M02")]
    [InlineData("2026-03-01", 30, "2026-M03")]
    [InlineData("2026-01-31", 30, "2026-M02")]
    [InlineData("2026-03-31", 30, "2026-M04")]
    [InlineData("2026-01-31", 31, "2026-M01")]
    public void Containing_CutOff30_ClampsFebruary(string day, int cutOff, string key) =>
        ReportingPeriod.Containing(ReportingFrequency.Monthly, D(day), cutOff).Key.ShouldBe(key);

    [Fact]
    public void DataWindow_CutOff31_IsCalendarMonth()
    {
        ReportingPeriod.Monthly(2028, 2).DataWindow(31).ShouldBe(new DateWindow(D("2028-02-01"), D("2028-02-29")));
        ReportingPeriod.Quarterly(2026, 2).DataWindow(31).ShouldBe(ReportingPeriod.Quarterly(2026, 2).CalendarWindow());
    }

    [Theory]
    [InlineData(1)]
    [InlineData(14)]
    [InlineData(28)]
    [InlineData(29)]
    [InlineData(30)]
    [InlineData(31)]
    public void DataWindow_AnyCutOff_TilesEveryDayExactlyOnce(int cutOff)
    {
        foreach (var frequency in Enum.GetValues<ReportingFrequency>())
        {
            for (var day = D("2025-01-01"); day <= D("2029-12-31"); day = day.AddDays(1))
            {
                var period = ReportingPeriod.Containing(frequency, day, cutOff);
                period.DataWindow(cutOff).Contains(day).ShouldBeTrue($"{frequency} {day:yyyy-MM-dd} cut-off {cutOff}");
                period.Previous().DataWindow(cutOff).Contains(day).ShouldBeFalse();
                period.Next().DataWindow(cutOff).Contains(day).ShouldBeFalse();
                period.Previous().DataWindow(cutOff).End.AddDays(1).ShouldBe(period.DataWindow(cutOff).Start);
            }
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(32)]
    public void DataWindow_CutOffOutOfRange_Throws(int cutOff) =>
        Should.Throw<ArgumentOutOfRangeException>(() => ReportingPeriod.Monthly(2026, 4).DataWindow(cutOff));

    [Fact]
    public void CalendarWindow_Quarter_IsWholeMonths() =>
        ReportingPeriod.Quarterly(2026, 2).CalendarWindow().ShouldBe(new DateWindow(D("2026-04-01"), D("2026-06-30")));
}
