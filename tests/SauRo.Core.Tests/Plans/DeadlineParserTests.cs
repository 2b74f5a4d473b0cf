using System.Diagnostics;
using System.Globalization;
using System.Text;
using SauRo.Core.Plans;

namespace SauRo.Core.Tests.Plans;

public class DeadlineParserTests
{
    private const int Plan = 2026;

    private static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly? OptD(string? iso) => iso is null ? null : D(iso);

    [Theory]
    [InlineData("Trước ngày 30/4/2026", "2026-04-30")]
    [InlineData("12/7/2026", "2026-07-12")]
    [InlineData("Trước 31/12/2026", "2026-12-31")]
    [InlineData("Ngày 30/4/2026", "2026-04-30")]
    [InlineData("Hoàn thành trước ngày 15/4/2026", "2026-04-15")]
    [InlineData("Chậm nhất ngày 30/6/2026", "2026-06-30")]
    [InlineData("trước ngày 15/4/2026 hoàn thiện nội dung điều chỉnh tiến độ, gửi Sở Khoa học và Công nghệ để tổng hợp", "2026-04-15")]
    [InlineData("30-4-2026", "2026-04-30")]
    [InlineData("30.4.2026", "2026-04-30")]
    [InlineData("ngày 30 tháng 4 năm 2026", "2026-04-30")]
    [InlineData("30/4/26", "2026-04-30")]
    [InlineData("TRƯỚC NGÀY 30/4/2026", "2026-04-30")]
    [InlineData("Trước ngày\n30/4/2026", "2026-04-30")]
    [InlineData("2026-04-30", "2026-04-30")]
    public void Parse_Date_ReturnsDateWithEnd(string text, string end)
    {
        var d = DeadlineParser.Parse(text, null);

        d.Kind.ShouldBe(DeadlineKind.Date);
        d.Start.ShouldBeNull();
        d.End.ShouldBe(D(end));
        d.OngoingAfter.ShouldBeFalse();
        d.Milestones.ShouldBeEmpty();
        d.Problem.ShouldBeNull();
    }

    [Theory]
    [InlineData("Tháng 4/2026", "2026-04-01", "2026-04-30")]
    [InlineData("tháng 04/2026", "2026-04-01", "2026-04-30")]
    [InlineData("Tháng 4 năm 2026", "2026-04-01", "2026-04-30")]
    [InlineData("T4/2026", "2026-04-01", "2026-04-30")]
    [InlineData("Tháng 2/2028", "2028-02-01", "2028-02-29")]
    [InlineData("Tháng 2/2026", "2026-02-01", "2026-02-28")]
    public void Parse_Month_ReturnsWholeMonth(string text, string start, string end)
    {
        var d = DeadlineParser.Parse(text, null);

        d.Kind.ShouldBe(DeadlineKind.Month);
        d.Start.ShouldBe(D(start));
        d.End.ShouldBe(D(end));
    }

    [Theory]
    [InlineData("Quý I/2026", "2026-01-01", "2026-03-31")]
    [InlineData("Quý II năm 2026", "2026-04-01", "2026-06-30")]
    [InlineData("Quý III/2026", "2026-07-01", "2026-09-30")]
    [InlineData("Quý 3/2026", "2026-07-01", "2026-09-30")]
    [InlineData("Quý IV/2026", "2026-10-01", "2026-12-31")]
    [InlineData("Trong quý II/2026", "2026-04-01", "2026-06-30")]
    [InlineData("Quý I, năm 2026", "2026-01-01", "2026-03-31")]
    [InlineData("quí II/2026", "2026-04-01", "2026-06-30")]
    public void Parse_Quarter_ReturnsQuarterBounds(string text, string start, string end)
    {
        var d = DeadlineParser.Parse(text, null);

        d.Kind.ShouldBe(DeadlineKind.Quarter);
        d.Start.ShouldBe(D(start));
        d.End.ShouldBe(D(end));
    }

    [Theory]
    // month windows
    [InlineData("Tháng 10-12/2026", "2026-10-01", "2026-12-31")]
    [InlineData("Tháng 10 - tháng 12/2026", "2026-10-01", "2026-12-31")]
    [InlineData("Từ tháng 4 đến tháng 6/2026", "2026-04-01", "2026-06-30")]
    [InlineData("Từ tháng 4/2026 đến tháng 6/2026", "2026-04-01", "2026-06-30")]
    [InlineData("Tháng 11/2026 - tháng 2/2027", "2026-11-01", "2027-02-28")]
    // quarter windows
    [InlineData("Từ quý II đến quý III năm 2026", "2026-04-01", "2026-09-30")]
    [InlineData("Quý II-III/2026", "2026-04-01", "2026-09-30")]
    [InlineData("Quý II, III/2026", "2026-04-01", "2026-09-30")]
    [InlineData("Quý II và quý III năm 2026", "2026-04-01", "2026-09-30")]
    // half and whole years
    [InlineData("6 tháng đầu năm 2026", "2026-01-01", "2026-06-30")]
    [InlineData("6 tháng cuối năm 2026", "2026-07-01", "2026-12-31")]
    [InlineData("Năm 2026", "2026-01-01", "2026-12-31")]
    [InlineData("Trong năm 2026", "2026-01-01", "2026-12-31")]
    [InlineData("Cả năm 2026", "2026-01-01", "2026-12-31")]
    [InlineData("Giai đoạn 2026-2030", "2026-01-01", "2030-12-31")]
    [InlineData("2026 - 2030", "2026-01-01", "2030-12-31")]
    // date windows
    [InlineData("Từ ngày 01/4/2026 đến ngày 30/6/2026", "2026-04-01", "2026-06-30")]
    [InlineData("01/4/2026 - 30/6/2026", "2026-04-01", "2026-06-30")]
    [InlineData("Từ 1/4 đến 30/6/2026", "2026-04-01", "2026-06-30")]
    public void Parse_Window_ReturnsStartAndEnd(string text, string start, string end)
    {
        var d = DeadlineParser.Parse(text, null);

        d.Kind.ShouldBe(DeadlineKind.Window);
        d.Start.ShouldBe(D(start));
        d.End.ShouldBe(D(end));
        d.Problem.ShouldBeNull();
    }

    [Theory]
    [InlineData("Thường xuyên", null)]
    [InlineData("Thường xuyên, liên tục", null)]
    [InlineData("Liên tục", null)]
    [InlineData("Hằng năm", Recurrence.Year)]
    [InlineData("Hàng năm", Recurrence.Year)]
    [InlineData("Hằng quý", Recurrence.Quarter)]
    [InlineData("Hàng quý", Recurrence.Quarter)]
    [InlineData("Định kỳ hằng quý", Recurrence.Quarter)]
    [InlineData("Hằng tháng", Recurrence.Month)]
    [InlineData("Hàng tháng", Recurrence.Month)]
    [InlineData("Hằng tuần", null)]
    [InlineData("6 tháng/lần", Recurrence.HalfYear)]
    [InlineData("Định kỳ 6 tháng", Recurrence.HalfYear)]
    [InlineData("Thường xuyên, hằng năm", Recurrence.Year)]
    [InlineData("Trước 15/12 hằng năm", Recurrence.Year)]
    [InlineData("Trước ngày 15 hằng tháng", Recurrence.Month)]
    public void Parse_Recurring_ReturnsPeriodWithoutDates(string text, Recurrence? every)
    {
        var d = DeadlineParser.Parse(text, Plan);

        d.Kind.ShouldBe(DeadlineKind.Recurring);
        d.Every.ShouldBe(every);
        d.Start.ShouldBeNull();
        d.End.ShouldBeNull();
        d.CanBeOverdue.ShouldBeFalse();
    }

    [Theory]
    [InlineData("bắt đầu từ ngày 10/4/2026", "2026-04-10")]
    [InlineData("Từ ngày 10/4/2026", "2026-04-10")]
    [InlineData("Từ tháng 4/2026", "2026-04-01")]
    [InlineData("Từ quý II/2026", "2026-04-01")]
    [InlineData("Từ năm 2026", "2026-01-01")]
    [InlineData("Từ 10/4/2026 và duy trì thường xuyên", "2026-04-10")]
    [InlineData("Thường xuyên, bắt đầu từ ngày 10/4/2026", "2026-04-10")]
    public void Parse_From_ReturnsStartWithoutEnd(string text, string start)
    {
        var d = DeadlineParser.Parse(text, null);

        d.Kind.ShouldBe(DeadlineKind.From);
        d.Start.ShouldBe(D(start));
        d.End.ShouldBeNull();
    }

    [Theory]
    [InlineData("Hoàn thành trước ngày 30/5/2026. Thường xuyên duy trì, nâng cấp", DeadlineKind.Date, null, "2026-05-30")]
    [InlineData("Hoàn thành trước ngày 30/5/2026\nThường xuyên duy trì, nâng cấp", DeadlineKind.Date, null, "2026-05-30")]
    [InlineData("Quý II/2026, sau đó duy trì thường xuyên", DeadlineKind.Quarter, "2026-04-01", "2026-06-30")]
    public void Parse_DeadlineThenOngoing_SetsOngoingAfter(string text, DeadlineKind kind, string? start, string end)
    {
        var d = DeadlineParser.Parse(text, null);

        d.Kind.ShouldBe(kind);
        d.Start.ShouldBe(OptD(start));
        d.End.ShouldBe(D(end));
        d.OngoingAfter.ShouldBeTrue();
        d.Every.ShouldBeNull();
    }

    [Theory]
    [InlineData("Báo cáo khi có văn bản yêu cầu của Văn phòng Tỉnh ủy")]
    [InlineData("Khi có yêu cầu")]
    [InlineData("Theo yêu cầu")]
    [InlineData("Theo yêu cầu của cấp trên")]
    [InlineData("Khi có văn bản chỉ đạo")]
    [InlineData("Đột xuất")]
    [InlineData("Khi phát sinh")]
    [InlineData("Theo chỉ đạo của UBND tỉnh")]
    public void Parse_Event_ReturnsEventWithoutDates(string text)
    {
        var d = DeadlineParser.Parse(text, Plan);

        d.Kind.ShouldBe(DeadlineKind.Event);
        d.Start.ShouldBeNull();
        d.End.ShouldBeNull();
        d.CanBeOverdue.ShouldBeFalse();
    }

    [Fact]
    public void Parse_SeveralDates_EndIsLatestAndEarlierAreMilestones()
    {
        var d = DeadlineParser.Parse("Đợt 1 trước 30/4/2026; đợt 2 trước 30/9/2026", null);

        d.Kind.ShouldBe(DeadlineKind.Date);
        d.End.ShouldBe(new DateOnly(2026, 9, 30));
        d.Milestones.ShouldBe([new DateOnly(2026, 4, 30)]);
    }

    [Fact]
    public void Parse_ThreeDatesOneWithoutYear_TakesYearWrittenBeside()
    {
        var d = DeadlineParser.Parse("Đợt 1: 30/4/2026; đợt 2: 31/7; đợt 3: 30/10/2026", null);

        d.Kind.ShouldBe(DeadlineKind.Date);
        d.End.ShouldBe(new DateOnly(2026, 10, 30));
        d.Milestones.ShouldBe([new DateOnly(2026, 4, 30), new DateOnly(2026, 7, 31)]);
    }

    [Theory]
    [InlineData("31/4/2026", "ngày 31/4/2026 không có thật")]
    [InlineData("Trước ngày 30/13/2026", "ngày 30/13/2026 không có thật")]
    [InlineData("29/2/2026", "ngày 29/2/2026 không có thật")]
    [InlineData("Quý V/2026", "quý V không có thật")]
    [InlineData("Tháng 13/2026", "tháng 13 không có thật")]
    [InlineData("Đợt 1 trước 30/4/2026; đợt 2 trước 31/9/2026", "ngày 31/9/2026 không có thật")]
    [InlineData("30/4/6", "năm 6 không hợp lệ")]
    [InlineData("30/4/20265", "năm 20265 không hợp lệ")]
    [InlineData("Năm 0", "năm 0 không hợp lệ")]
    [InlineData("Theo kế hoạch", "không nhận ra dạng thời hạn")]
    [InlineData("Theo tiến độ", "không nhận ra dạng thời hạn")]
    [InlineData("Theo quy định", "không nhận ra dạng thời hạn")]
    [InlineData("Trong 30 ngày", "không nhận ra dạng thời hạn")]
    [InlineData("Theo Kế hoạch số 12/KH-UBND ngày 5/3/2026", "không nhận ra dạng thời hạn")]
    [InlineData("Từ tháng 6/2026 đến tháng 4/2026", "thời hạn kết thúc trước khi bắt đầu")]
    [InlineData("Từ ngày 30/6/2026 đến ngày 1/4/2026", "thời hạn kết thúc trước khi bắt đầu")]
    [InlineData("Sau ngày 30/6/2026", "chỉ nêu mốc «sau …», không rõ hạn chót")]
    [InlineData("", "không có thời hạn")]
    [InlineData("   \n ", "không có thời hạn")]
    public void Parse_ImpossibleOrUnclear_ReturnsUnknownWithProblem(string text, string problem)
    {
        var d = DeadlineParser.Parse(text, Plan);

        d.Kind.ShouldBe(DeadlineKind.Unknown);
        d.Problem.ShouldBe(problem);
        d.Start.ShouldBeNull();
        d.End.ShouldBeNull();
    }

    [Fact]
    public void Parse_LeapDayInLeapYear_ReturnsDate() =>
        DeadlineParser.Parse("29/2/2028", null).End.ShouldBe(new DateOnly(2028, 2, 29));

    [Fact]
    public void Parse_LeapDayInCommonYear_ReturnsUnknown() =>
        DeadlineParser.Parse("29/2/2026", null).Kind.ShouldBe(DeadlineKind.Unknown);

    [Theory]
    [InlineData("Trước 30/6", DeadlineKind.Date, null, "2026-06-30")]
    [InlineData("Trong tháng 5", DeadlineKind.Month, "2026-05-01", "2026-05-31")]
    [InlineData("quý IV", DeadlineKind.Quarter, "2026-10-01", "2026-12-31")]
    [InlineData("Quý II", DeadlineKind.Quarter, "2026-04-01", "2026-06-30")]
    [InlineData("Từ tháng 4 đến tháng 6", DeadlineKind.Window, "2026-04-01", "2026-06-30")]
    [InlineData("6 tháng đầu năm", DeadlineKind.Window, "2026-01-01", "2026-06-30")]
    public void Parse_NoYearWithPlanYear_UsesPlanYear(string text, DeadlineKind kind, string? start, string end)
    {
        var d = DeadlineParser.Parse(text, Plan);

        d.Kind.ShouldBe(kind);
        d.Start.ShouldBe(OptD(start));
        d.End.ShouldBe(D(end));
    }

    [Theory]
    [InlineData("Trước 30/6")]
    [InlineData("Trong tháng 5")]
    [InlineData("quý IV")]
    [InlineData("Từ tháng 4 đến tháng 6")]
    public void Parse_NoYearWithoutPlanYear_ReturnsUnknownNoYear(string text)
    {
        var d = DeadlineParser.Parse(text, null);

        d.Kind.ShouldBe(DeadlineKind.Unknown);
        d.Problem.ShouldBe("không nêu năm");
    }

    [Fact]
    public void Parse_LeapDayWithoutYear_ChecksAgainstPlanYear()
    {
        DeadlineParser.Parse("Trước 29/2", 2028).End.ShouldBe(new DateOnly(2028, 2, 29));
        DeadlineParser.Parse("Trước 29/2", 2026).Kind.ShouldBe(DeadlineKind.Unknown);
    }

    [Fact]
    public void Parse_WrittenYear_WinsOverPlanYear() =>
        DeadlineParser.Parse("Quý II/2027", Plan).End.ShouldBe(new DateOnly(2027, 6, 30));

    [Fact]
    public void Parse_Text_IsOriginalCleaned()
    {
        var d = DeadlineParser.Parse("  Trước ngày\n 30/4/2026  ", null);

        d.Text.ShouldBe("Trước ngày 30/4/2026");
    }

    [Fact]
    public void Parse_DecomposedDiacritics_AreIgnored()
    {
        var text = "Quý II năm 2026".Normalize(NormalizationForm.FormD);

        DeadlineParser.Parse(text, null).Kind.ShouldBe(DeadlineKind.Quarter);
    }

    private static readonly string?[] HostileTexts =
    [
        null,
        "\0",
        "\0\0\0 30/4/2026",
        "\uD800",
        "\uDC00 Quý II/2026 \uD800",
        "\u0001\u0002\u001B[31m Tháng 4/2026",
        "0/0/0",
        "99/99/9999",
        "30/4/0000",
        "quý 0/2026",
        "tháng 0/2026",
        "năm 99999999999999999999999999999",
        "30/4/" + new string('9', 5000),
        new string('9', 10_000),
        string.Concat(Enumerable.Repeat("quý I, ", 2000)),
        string.Concat(Enumerable.Repeat("khi có ", 2000)) + "yêu cầu",
        string.Concat(Enumerable.Repeat("1/", 5000)),
        string.Concat(Enumerable.Repeat("tháng 1 - ", 2000)),
        "a" + new string('\u0301', 100_000),
        "\uFFFF\uFFFE",
    ];

    [Fact]
    public void Parse_HostileInput_ReturnsPromptlyWithoutThrowing()
    {
        for (var i = 0; i < HostileTexts.Length; i++)
        {
            var text = HostileTexts[i];
            var watch = Stopwatch.StartNew();
            var d = Should.NotThrow(() => DeadlineParser.Parse(text, Plan), $"input #{i}");
            watch.Stop();

            d.Text.ShouldNotBeNull($"input #{i}");
            (d.Kind != DeadlineKind.Unknown || !string.IsNullOrEmpty(d.Problem)).ShouldBeTrue($"input #{i}");
            watch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(1), $"input #{i}");
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(int.MaxValue)]
    public void Parse_ImplausiblePlanYear_IsIgnored(int planYear) =>
        DeadlineParser.Parse("Trước 30/6", planYear).Problem.ShouldBe("không nêu năm");

    [Fact]
    public void Parse_HugeText_ReturnsPromptly()
    {
        var sb = new StringBuilder("Trước ngày 30/4/2026. ", 5_100_000);
        while (sb.Length < 5_000_000)
        {
            sb.Append("Quý II-III/2026, số 1/2 khi có tháng 10 - 12 \n\t 2026 - 2030 ");
        }

        var text = sb.ToString();
        DeadlineParser.Parse("Trước ngày 30/4/2026", null); // warm up

        var watch = Stopwatch.StartNew();
        var d = DeadlineParser.Parse(text, null);
        watch.Stop();

        d.Kind.ShouldBe(DeadlineKind.Date);
        d.End.ShouldBe(new DateOnly(2026, 4, 30));
        watch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(2));
    }

    [Fact]
    public void Parse_HugeWhitespaceAndDigits_ReturnsPromptly()
    {
        var text = new string(' ', 2_500_000) + new string('7', 2_500_000);

        var watch = Stopwatch.StartNew();
        var d = DeadlineParser.Parse(text, null);
        watch.Stop();

        d.Kind.ShouldBe(DeadlineKind.Unknown);
        watch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(2));
    }
}
