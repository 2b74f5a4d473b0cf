using SauRo.Core.Plans;

namespace SauRo.Core.Tests.Plans;

public class SixClearRuleTests
{
    private static readonly Deadline Due = new("Tháng 4/2026", DeadlineKind.Month, new DateOnly(2026, 4, 1), new DateOnly(2026, 4, 30));

    private static SixClearFacts Complete() => new(
        "Xây dựng kế hoạch", ["Phòng Văn hóa - Xã hội"], ["Công an xã"], null, false, "Kế hoạch", Due, ["13-TB/CQTT"]);

    [Fact]
    public void Evaluate_AllPointsPresent_IsComplete()
    {
        var result = SixClearRule.Evaluate(Complete());
        result.IsComplete.ShouldBeTrue();
        result.Missing.ShouldBeEmpty();
    }

    [Fact]
    public void Evaluate_VagueLead_IsNotClearOnWho()
    {
        var result = SixClearRule.Evaluate(Complete() with { Lead = ["Các cơ quan, đơn vị"] });
        result.Who.ShouldBeFalse();
        result.Responsibility.ShouldBeTrue();
        result.Missing.ShouldBe(["rõ người"]);
    }

    [Fact]
    public void Evaluate_AccountableColumnLeftEmpty_IsNotClearOnWho()
    {
        SixClearRule.Evaluate(Complete() with { AccountableExpected = true }).Who.ShouldBeFalse();
        SixClearRule.Evaluate(Complete() with { AccountableExpected = true, Accountable = "Trưởng phòng" }).Who.ShouldBeTrue();
    }

    [Fact]
    public void Evaluate_LeadAlsoCooperating_IsNotClearOnResponsibility()
    {
        var result = SixClearRule.Evaluate(Complete() with { Cooperating = ["phòng Văn hoá - Xã hội xã"] });
        result.Responsibility.ShouldBeFalse();
    }

    [Fact]
    public void Evaluate_EachMissingPoint_IsNamedInOrder()
    {
        var result = SixClearRule.Evaluate(new SixClearFacts(
            string.Empty, [], [], null, false, null, Deadline.Unknown("Theo kế hoạch", "không rõ"), []));
        result.ClearCount.ShouldBe(0);
        result.Missing.ShouldBe(["rõ người", "rõ việc", "rõ thời gian", "rõ trách nhiệm", "rõ sản phẩm", "rõ thẩm quyền"]);
    }

    [Fact]
    public void Evaluate_RecurringOrEventDeadline_IsClearOnTime()
    {
        SixClearRule.Evaluate(Complete() with { Due = new Deadline("Thường xuyên", DeadlineKind.Recurring) }).When.ShouldBeTrue();
        SixClearRule.Evaluate(Complete() with { Due = new Deadline("Khi có yêu cầu", DeadlineKind.Event) }).When.ShouldBeTrue();
    }
}
