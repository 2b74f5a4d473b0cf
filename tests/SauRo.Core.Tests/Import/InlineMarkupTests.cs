using SauRo.Core.Import.Documents;

namespace SauRo.Core.Tests.Import;

public class InlineMarkupTests
{
    [Theory]
    [InlineData("<b>TT</b>", "TT", true)]
    [InlineData("**Phụ lục II****DANH MỤC**", "Phụ lục II DANH MỤC", true)]
    [InlineData("Cụ thể hóa “<u>cán bộ cấp xã</u>” tại", "Cụ thể hóa “cán bộ cấp xã” tại", false)]
    [InlineData("Thái Nguyên<sup>1</sup>; Kế hoạch", "Thái Nguyên; Kế hoạch", false)]
    [InlineData("diện tích 20 km<sup>2</sup>", "diện tích 20 km2", false)]
    [InlineData("13-TB/CQTT;<br>41-KH/TU", "13-TB/CQTT;\n41-KH/TU", false)]
    [InlineData("(*qua phòng Văn hóa - Xã hội*)", "(qua phòng Văn hóa - Xã hội)", false)]
    [InlineData("A &amp; B&nbsp;C", "A & B C", false)]
    [InlineData("1\\. Mục đích", "1. Mục đích", false)]
    [InlineData("tệp so_lieu_2026.xlsx", "tệp so_lieu_2026.xlsx", false)]
    [InlineData("≤ 5 và < 10", "≤ 5 và < 10", false)]
    public void Strip_RemovesMarkupKeepsText(string raw, string text, bool bold)
    {
        var (t, b) = InlineMarkup.Strip(raw);
        t.ShouldBe(text);
        b.ShouldBe(bold);
    }
}
