using System.Globalization;
using SauRo.Core.Monitoring;
using SauRo.Core.Plans;

namespace SauRo.Core.Tests.Monitoring;

public class QuarterShiftTests
{
    private static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static Deadline Shift(string text, int planYear = 2026)
    {
        var shifted = QuarterShift.BringForward(DeadlineParser.Parse(text, planYear));
        shifted.ShouldNotBeNull(text);
        return shifted;
    }

    [Theory]
    [InlineData("Quý III/2026", "Quý II/2026", "2026-04-01", "2026-06-30")]
    [InlineData("Quý IV năm 2026", "Quý III/2026", "2026-07-01", "2026-09-30")]
    [InlineData("Quý II năm 2026", "Quý I/2026", "2026-01-01", "2026-03-31")]
    [InlineData("Quý I/2026", "Quý IV/2025", "2025-10-01", "2025-12-31")]
    public void BringForward_Quarter_IsThePreviousQuarter(string text, string expected, string start, string end)
    {
        var shifted = Shift(text);

        shifted.Kind.ShouldBe(DeadlineKind.Quarter);
        shifted.Text.ShouldBe(expected);
        shifted.Start.ShouldBe(D(start));
        shifted.End.ShouldBe(D(end));
    }

    [Theory]
    [InlineData("Tháng 9/2026", "Tháng 6/2026", "2026-06-30")]
    [InlineData("Tháng 12/2026", "Tháng 9/2026", "2026-09-30")]
    [InlineData("Tháng 5/2024", "Tháng 2/2024", "2024-02-29")]
    [InlineData("Tháng 2/2026", "Tháng 11/2025", "2025-11-30")]
    public void BringForward_Month_IsThreeMonthsEarlier(string text, string expected, string end)
    {
        var shifted = Shift(text);

        shifted.Kind.ShouldBe(DeadlineKind.Month);
        shifted.Text.ShouldBe(expected);
        shifted.End.ShouldBe(D(end));
        shifted.Start.ShouldBe(new DateOnly(D(end).Year, D(end).Month, 1));
    }

    [Theory]
    [InlineData("Trước ngày 15/8/2026", "2026-05-15")]
    [InlineData("31/8/2026", "2026-05-31")]
    [InlineData("Trước ngày 31/12/2026", "2026-09-30")]
    [InlineData("Trước ngày 30/11/2026", "2026-08-30")]
    [InlineData("Trước ngày 30/6/2026", "2026-03-30")]
    [InlineData("31/5/2024", "2024-02-29")]
    [InlineData("31/5/2026", "2026-02-28")]
    [InlineData("Trước ngày 15/2/2026", "2025-11-15")]
    public void BringForward_Date_IsTheSameDayThreeMonthsEarlierClampedToMonthEnd(string text, string expected)
    {
        var shifted = Shift(text);

        shifted.Kind.ShouldBe(DeadlineKind.Date);
        shifted.End.ShouldBe(D(expected));
        shifted.Start.ShouldBeNull();
        shifted.OngoingAfter.ShouldBeFalse();
    }

    [Fact]
    public void BringForward_DateThenOngoing_StaysOngoingAfterwards()
    {
        var shifted = Shift("Hoàn thành trước ngày 30/9/2026. Thường xuyên duy trì, nâng cấp");

        shifted.Kind.ShouldBe(DeadlineKind.Date);
        shifted.End.ShouldBe(D("2026-06-30"));
        shifted.OngoingAfter.ShouldBeTrue();
    }

    [Theory]
    [InlineData("Từ quý II đến quý III năm 2026", "2026-01-01", "2026-06-30")]
    [InlineData("6 tháng cuối năm 2026", "2026-04-01", "2026-09-30")]
    [InlineData("Từ 10/4/2026 đến 20/9/2026", "2026-01-10", "2026-06-20")]
    [InlineData("Từ 31/7/2026 đến 31/8/2026", "2026-04-30", "2026-05-31")]
    public void BringForward_Window_MovesBothEnds(string text, string start, string end)
    {
        var original = DeadlineParser.Parse(text, 2026);
        original.Kind.ShouldBe(DeadlineKind.Window, text);

        var shifted = Shift(text);

        shifted.Kind.ShouldBe(DeadlineKind.Window);
        shifted.Start.ShouldBe(D(start));
        shifted.End.ShouldBe(D(end));
    }

    [Theory]
    [InlineData("Thường xuyên")]
    [InlineData("Hằng quý")]
    [InlineData("Bắt đầu từ ngày 10/4/2026")]
    [InlineData("Báo cáo khi có văn bản yêu cầu")]
    [InlineData("Theo tiến độ của tỉnh")]
    [InlineData("")]
    public void BringForward_WithoutAnEndToMove_IsNull(string text) =>
        QuarterShift.BringForward(DeadlineParser.Parse(text, 2026)).ShouldBeNull();

    [Theory]
    [InlineData("Quý III/2026")]
    [InlineData("Quý IV năm 2026")]
    [InlineData("Tháng 9/2026")]
    [InlineData("Trước ngày 31/12/2026")]
    [InlineData("Hoàn thành trước ngày 30/9/2026. Thường xuyên duy trì, nâng cấp")]
    [InlineData("Từ quý II đến quý III năm 2026")]
    [InlineData("Từ 10/4/2026 đến 20/9/2026")]
    [InlineData("Quý I/2026")]
    public void BringForward_TextReadsBackToTheSameDeadline(string text)
    {
        var shifted = Shift(text);

        var reread = DeadlineParser.Parse(shifted.Text, 2026);

        reread.Kind.ShouldBe(shifted.Kind, shifted.Text);
        reread.Start.ShouldBe(shifted.Start, shifted.Text);
        reread.End.ShouldBe(shifted.End, shifted.Text);
        reread.OngoingAfter.ShouldBe(shifted.OngoingAfter, shifted.Text);
    }

    [Theory]
    [InlineData("Quý III/2026", 2026, true)]
    [InlineData("Quý IV/2026", 2026, true)]
    [InlineData("Trước ngày 1/7/2026", 2026, true)]
    [InlineData("Trước ngày 30/6/2026", 2026, false)]
    [InlineData("Từ quý II đến quý III năm 2026", 2026, true)]
    [InlineData("Quý IV/2026", 2027, false)]
    [InlineData("Thường xuyên", 2026, false)]
    public void EndsInSecondHalf_OnlyDeadlinesEndingInQ3OrQ4OfThatYear(string text, int year, bool expected) =>
        QuarterShift.EndsInSecondHalf(DeadlineParser.Parse(text, 2026), year).ShouldBe(expected);
}
