using System.Globalization;
using SauRo.Core.Monitoring;
using SauRo.Core.Plans;

namespace SauRo.Core.Tests.Monitoring;

public class ReportingCalendarTests
{
    private static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Theory]
    [InlineData(5, 4, "2026-05-05")]   // offices: "báo cáo tháng trước ngày 05"
    [InlineData(5, 12, "2027-01-05")]
    [InlineData(10, 4, "2026-05-10")]  // commune to province: "trước ngày 10 của tháng báo cáo"
    [InlineData(20, 4, "2026-04-20")]  // after the 14th cut-off: same month
    [InlineData(15, 4, "2026-04-15")]
    [InlineData(14, 4, "2026-05-14")]  // strictly after the data end
    [InlineData(31, 4, "2026-04-30")]  // clamped to April's length
    [InlineData(31, 2, "2026-02-28")]
    public void DueDate_Monthly_FirstDueDayAfterDataEnd(int dueDay, int month, string expected) =>
        new ReportingCalendar(ReportingFrequency.Monthly, dueDay).DueDate(ReportingPeriod.Monthly(2026, month)).ShouldBe(D(expected));

    [Theory]
    [InlineData(20, 1, "2026-03-20")]  // "định kỳ hằng quý trước ngày 20"
    [InlineData(20, 2, "2026-06-20")]
    [InlineData(20, 4, "2026-12-20")]
    [InlineData(15, 2, "2026-06-15")]
    [InlineData(5, 4, "2027-01-05")]
    public void DueDate_Quarterly_FirstDueDayAfterDataEnd(int dueDay, int quarter, string expected) =>
        new ReportingCalendar(ReportingFrequency.Quarterly, dueDay).DueDate(ReportingPeriod.Quarterly(2026, quarter)).ShouldBe(D(expected));

    [Theory]
    [InlineData(15, 1, "2026-06-15")]
    [InlineData(15, 2, "2026-12-15")]
    public void DueDate_HalfYearly_FirstDueDayAfterDataEnd(int dueDay, int half, string expected) =>
        new ReportingCalendar(ReportingFrequency.HalfYearly, dueDay).DueDate(ReportingPeriod.HalfYearly(2026, half)).ShouldBe(D(expected));

    [Theory]
    [InlineData(5, 12, "2026-12-05")]   // "báo cáo năm gửi trước ngày 05/12 hằng năm"
    [InlineData(10, 12, "2026-12-10")]  // "báo cáo năm gửi trước ngày 10/12 hằng năm"
    [InlineData(31, 2, "2026-02-28")]
    public void DueDate_YearlyWithDueMonth_FixedDayOfPeriodYear(int dueDay, int dueMonth, string expected) =>
        new ReportingCalendar(ReportingFrequency.Yearly, dueDay, dueMonth).DueDate(ReportingPeriod.Yearly(2026)).ShouldBe(D(expected));

    [Fact]
    public void DueDate_YearlyWithoutDueMonth_FirstDueDayAfterDataEnd()
    {
        new ReportingCalendar(ReportingFrequency.Yearly, 5).DueDate(ReportingPeriod.Yearly(2026)).ShouldBe(D("2027-01-05"));
        new ReportingCalendar(ReportingFrequency.Yearly, 20).DueDate(ReportingPeriod.Yearly(2026)).ShouldBe(D("2026-12-20"));
    }

    [Fact]
    public void DueDate_CutOff30InFebruary_ClampsBothEnds()
    {
        var calendar = new ReportingCalendar(ReportingFrequency.Monthly, 30);

        calendar.DueDate(ReportingPeriod.Monthly(2026, 2), 30).ShouldBe(D("2026-03-30"));
        calendar.DueDate(ReportingPeriod.Monthly(2028, 2), 30).ShouldBe(D("2028-03-30"));
        new ReportingCalendar(ReportingFrequency.Monthly, 5).DueDate(ReportingPeriod.Monthly(2028, 2), 30).ShouldBe(D("2028-03-05"));
        new ReportingCalendar(ReportingFrequency.Monthly, 31).DueDate(ReportingPeriod.Monthly(2028, 1), 30).ShouldBe(D("2028-01-31"));
    }

    [Fact]
    public void For_SampleDuty_UsesItsDueDayAndMonth()
    {
        var duty = new ReportingDuty(ReportingParty.Commune, "Sở Khoa học và Công nghệ", ReportingFrequency.Yearly, 10, 12,
            "báo cáo năm gửi trước ngày 10/12 hằng năm");

        ReportingCalendar.For(duty).DueDate(ReportingPeriod.Yearly(2026)).ShouldBe(D("2026-12-10"));
    }

    [Fact]
    public void DueDate_PeriodOfOtherFrequency_Throws() =>
        Should.Throw<ArgumentException>(() => new ReportingCalendar(ReportingFrequency.Monthly, 5).DueDate(ReportingPeriod.Quarterly(2026, 1)));

    [Theory]
    [InlineData(0, null)]
    [InlineData(32, null)]
    [InlineData(5, 13)]
    public void Constructor_DayOrMonthOutOfRange_Throws(int dueDay, int? dueMonth) =>
        Should.Throw<ArgumentOutOfRangeException>(() => new ReportingCalendar(ReportingFrequency.Yearly, dueDay, dueMonth));

    [Fact]
    public void IsOnTime_OnDueDate_IsOnTimeAndNextDayLate()
    {
        ReportingCalendar.IsOnTime(D("2026-05-05"), D("2026-05-05")).ShouldBeTrue();
        ReportingCalendar.IsOnTime(D("2026-05-04"), D("2026-05-05")).ShouldBeTrue();
        ReportingCalendar.IsOnTime(D("2026-05-06"), D("2026-05-05")).ShouldBeFalse();
    }

    [Theory]
    [InlineData(ReportingFrequency.Monthly, "2026-M01", "2026-M12", 12)]
    [InlineData(ReportingFrequency.Quarterly, "2026-Q1", "2026-Q4", 4)]
    [InlineData(ReportingFrequency.HalfYearly, "2026-H1", "2026-H2", 2)]
    [InlineData(ReportingFrequency.Yearly, "2026-Y", "2026-Y", 1)]
    public void Periods_PlanYear_ListsPeriodsEndingInYear(ReportingFrequency frequency, string first, string last, int count)
    {
        var periods = ReportingCalendar.Periods(frequency, D("2026-01-01"), D("2026-12-31"));

        periods.Count.ShouldBe(count);
        periods[0].Key.ShouldBe(first);
        periods[^1].Key.ShouldBe(last);
    }

    [Fact]
    public void Periods_RangeEdges_IncludeWindowEndingOnBoundaries()
    {
        ReportingCalendar.Periods(ReportingFrequency.Monthly, D("2026-04-14"), D("2026-06-14")).Select(p => p.Key)
            .ShouldBe(["2026-M04", "2026-M05", "2026-M06"]);
        ReportingCalendar.Periods(ReportingFrequency.Monthly, D("2026-04-15"), D("2026-06-13")).Select(p => p.Key)
            .ShouldBe(["2026-M05"]);
        ReportingCalendar.Periods(ReportingFrequency.Monthly, D("2026-06-13"), D("2026-04-15")).ShouldBeEmpty();
    }

    [Fact]
    public void Schedule_MonthlyBefore5th_ListsPlanYearDueDates()
    {
        var schedule = new ReportingCalendar(ReportingFrequency.Monthly, 5).Schedule(D("2026-01-01"), D("2026-12-31"));

        schedule.Count.ShouldBe(12);
        schedule[0].ShouldBe(new ScheduledReport(ReportingPeriod.Monthly(2026, 1), D("2026-02-05")));
        schedule[3].ShouldBe(new ScheduledReport(ReportingPeriod.Monthly(2026, 4), D("2026-05-05")));
        schedule[^1].ShouldBe(new ScheduledReport(ReportingPeriod.Monthly(2026, 12), D("2027-01-05")));
    }
}
