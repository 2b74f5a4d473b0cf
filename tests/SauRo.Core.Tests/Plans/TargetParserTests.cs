using SauRo.Core.Plans;

namespace SauRo.Core.Tests.Plans;

public class TargetParserTests
{
    [Theory]
    [InlineData("100", Comparator.Exactly, "100", null)]
    [InlineData("≥70", Comparator.AtLeast, "70", null)]
    [InlineData(">= 95", Comparator.AtLeast, "95", null)]
    [InlineData("≥ 95", Comparator.AtLeast, "95", null)]
    [InlineData("tối thiểu 80%", Comparator.AtLeast, "80", "%")]
    [InlineData("Ít nhất 60%", Comparator.AtLeast, "60", "%")]
    [InlineData("trên 90%", Comparator.MoreThan, "90", "%")]
    [InlineData("17,5%", Comparator.Exactly, "17.5", "%")]
    [InlineData("Đạt 100%", Comparator.Exactly, "100", "%")]
    [InlineData("≤ 5", Comparator.AtMost, "5", null)]
    [InlineData("không quá 10 ngày", Comparator.AtMost, "10", null)]
    [InlineData("dưới 5%", Comparator.LessThan, "5", "%")]
    [InlineData("80% trở lên", Comparator.AtLeast, "80", "%")]
    [InlineData("1.250", Comparator.Exactly, "1250", null)]
    [InlineData("1.234,5", Comparator.Exactly, "1234.5", null)]
    [InlineData("02", Comparator.Exactly, "2", null)]
    public void Parse_WrittenTarget_ReadsComparatorValueAndUnit(string text, Comparator comparator, string value, string? unit)
    {
        var target = TargetParser.Parse(text);
        target.Comparator.ShouldBe(comparator);
        target.Value.ShouldBe(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture));
        target.Unit.ShouldBe(unit);
        target.Text.ShouldBe(text.Trim());
    }

    [Fact]
    public void Parse_UnitColumn_WinsOverThePercentSign()
    {
        TargetParser.Parse("100", "hồ sơ").Unit.ShouldBe("hồ sơ");
    }

    [Theory]
    [InlineData("")]
    [InlineData("Hoàn thành")]
    [InlineData("Đạt chuẩn")]
    public void Parse_NoNumber_KeepsTextWithoutValue(string text)
    {
        var target = TargetParser.Parse(text);
        target.Value.ShouldBeNull();
        target.IsMetBy(100).ShouldBeNull();
    }

    [Fact]
    public void Parse_HugeCell_StaysFast()
    {
        var huge = new string('9', 5_000_000);
        var target = TargetParser.Parse(huge);
        target.Value.ShouldBeNull(); // 5 million digits are not a target
    }

    [Theory]
    [InlineData(">=", 70, 70, true)]
    [InlineData(">=", 70, 69.9, false)]
    [InlineData(">", 90, 90, false)]
    [InlineData("<=", 5, 5, true)]
    [InlineData("<", 5, 5, false)]
    [InlineData("=", 100, 100, true)]
    [InlineData("=", 100, 99, false)]
    public void IsMetBy_ComparesWithTheComparator(string sign, double target, double actual, bool met)
    {
        var comparator = sign switch { ">=" => Comparator.AtLeast, ">" => Comparator.MoreThan, "<=" => Comparator.AtMost, "<" => Comparator.LessThan, _ => Comparator.Exactly };
        new Target("x", comparator, (decimal)target, "%").IsMetBy((decimal)actual).ShouldBe(met);
    }

    [Fact]
    public void ContractComparator_StrictComparatorsMapToTheClosestWithStrictFlag()
    {
        var t = TargetParser.Parse("trên 90%");
        t.ContractComparator.ShouldBe(">=");
        t.IsStrict.ShouldBeTrue();
        TargetParser.Parse("≥ 90").IsStrict.ShouldBeFalse();
    }
}
