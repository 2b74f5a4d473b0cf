using SauRo.Core.Monitoring;
using SauRo.Core.Reporting;

namespace SauRo.Core.Tests.Reporting;

public class ReportWordsTests
{
    [Theory]
    [InlineData(2026, 11, 5, "An Bình, ngày 05 tháng 11 năm 2026")]
    [InlineData(2026, 3, 15, "An Bình, ngày 15 tháng 3 năm 2026")]
    [InlineData(2027, 1, 2, "An Bình, ngày 02 tháng 01 năm 2027")]
    [InlineData(2027, 2, 28, "An Bình, ngày 28 tháng 02 năm 2027")]
    public void PlaceAndDate_FollowsDecree30_ZeroBeforeDaysBelow10AndMonths1And2(int y, int m, int d, string expected) =>
        ReportWords.PlaceAndDate("An Bình", new DateOnly(y, m, d)).ShouldBe(expected);

    [Theory]
    [InlineData("Xã An Bình", "An Bình")]
    [InlineData("Phường Đông Hòa", "Đông Hòa")]
    [InlineData("Tỉnh Lâm Sơn", "Lâm Sơn")]
    [InlineData("Thành phố Huế", "Huế")]
    [InlineData("An Bình", "An Bình")]
    public void PlaceName_DropsTheKindOfUnit(string unit, string expected) => ReportWords.PlaceName(unit).ShouldBe(expected);

    [Fact]
    public void Percent_OneDecimalWithAComma_DashWithoutTotal()
    {
        ReportWords.Percent(ReportWords.Share(1, 6)).ShouldBe("16,7%");
        ReportWords.Percent(ReportWords.Share(2, 6)).ShouldBe("33,3%");
        ReportWords.Percent(1m).ShouldBe("100,0%");
        ReportWords.Percent(ReportWords.Share(0, 0)).ShouldBe("—");
    }

    [Fact]
    public void Colour_InOneWord()
    {
        ReportWords.Colour(IndicatorColour.Red).ShouldBe("Đỏ");
        ReportWords.Colour(IndicatorColour.Orange).ShouldBe("Cam");
        ReportWords.Colour(IndicatorColour.Green).ShouldBe("Xanh");
        ReportWords.Colour(IndicatorColour.Grey).ShouldBe("Chưa có số liệu");
    }

    [Fact]
    public void Period_InsideASentence()
    {
        ReportWords.Period(ReportingPeriod.Monthly(2026, 10)).ShouldBe("tháng 10/2026");
        ReportWords.Period(ReportingPeriod.Quarterly(2026, 4)).ShouldBe("quý IV/2026");
        ReportWords.Period(ReportingPeriod.HalfYearly(2026, 1)).ShouldBe("6 tháng đầu năm 2026");
        ReportWords.Period(ReportingPeriod.Yearly(2026)).ShouldBe("năm 2026");
    }

    [Fact]
    public void Upper_LowerFirst_Sentence_Shorten()
    {
        ReportWords.Upper("Xã An Bình").ShouldBe("XÃ AN BÌNH");
        ReportWords.LowerFirst("Phát triển").ShouldBe("phát triển");
        ReportWords.LowerFirst("UBND xã").ShouldBe("UBND xã");
        ReportWords.Sentence("  Thiếu   máy quét ").ShouldBe("Thiếu máy quét.");
        ReportWords.Sentence("Đã xong!").ShouldBe("Đã xong!");
        ReportWords.Shorten("một hai ba bốn năm sáu", 12).ShouldBe("một hai ba…");
        ReportWords.Shorten("ngắn", 12).ShouldBe("ngắn");
    }
}
