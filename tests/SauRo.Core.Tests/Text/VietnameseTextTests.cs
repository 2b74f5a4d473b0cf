using SauRo.Core.Text;

namespace SauRo.Core.Tests.Text;

public class VietnameseTextTests
{
    [Theory]
    [InlineData("Phòng Văn hóa - Xã hội", "phong van hoa - xa hoi")]
    [InlineData("phòng Văn hoá - Xã hội", "phong van hoa - xa hoi")]
    [InlineData("ĐỀ ÁN 06", "de an 06")]
    [InlineData("  Quý   II\tnăm 2026 ", "quy ii nam 2026")]
    public void Fold_IgnoresToneCaseAndSpacing(string input, string expected) =>
        VietnameseText.Fold(input).ShouldBe(expected);

    [Fact]
    public void Fold_HandlesDecomposedInput()
    {
        var decomposed = "Hóa".Normalize(System.Text.NormalizationForm.FormD);
        VietnameseText.Fold(decomposed).ShouldBe("hoa");
    }

    [Fact]
    public void Clean_ComposesAndCollapses()
    {
        var decomposed = "Văn  hóa\n xã hội".Normalize(System.Text.NormalizationForm.FormD);
        var cleaned = VietnameseText.Clean(decomposed);
        cleaned.ShouldBe("Văn hóa xã hội");
        cleaned.IsNormalized(System.Text.NormalizationForm.FormC).ShouldBeTrue();
    }
}
