using SauRo.Core.Monitoring;
using SauRo.Core.Plans;

namespace SauRo.Core.Tests.Monitoring;

/// <summary>
/// A kept colour must hold exactly as long as the rule says the same thing: checked against the rule itself, day by
/// day, for readings dated before, during and after "today" and across the target date.
/// </summary>
public sealed class IndicatorColourValidityTests
{
    private static readonly DateOnly YearStart = new(2026, 1, 1);
    private static readonly DateOnly TargetDate = new(2026, 12, 31);

    public static TheoryData<string> Targets => new() { "≥ 80%", "≤ 5%", "100%", "Hoàn thành" };

    private static Target TargetOf(string text) => text switch
    {
        "≥ 80%" => new(text, Comparator.AtLeast, 80m, "%"),
        "≤ 5%" => new(text, Comparator.AtMost, 5m, "%"),
        "100%" => new(text, Comparator.Exactly, 100m, "%"),
        _ => new(text, Comparator.AtLeast, null, null),
    };

    private static IndicatorReading R(int month, int day, decimal value) => new(new DateOnly(2026, month, day), value);

    [Theory]
    [MemberData(nameof(Targets))]
    public void Until_IsTheLastDayTheRuleGivesTheSameColour(string targetText)
    {
        var target = TargetOf(targetText);
        var progresses = new[]
        {
            IndicatorProgress.None,
            new IndicatorProgress([R(1, 31, 20m), R(2, 28, 30m), R(3, 31, 50m), R(6, 30, 60m), R(9, 30, 90m)]),
            new IndicatorProgress([new IndicatorReading(new DateOnly(2025, 12, 31), 4m), R(4, 30, 6m), R(8, 31, 3m)]),
            new IndicatorProgress([R(5, 31, 10m), R(12, 31, 70m)]) { Baseline = 0m },
            new IndicatorProgress([R(3, 31, 1m), new IndicatorReading(new DateOnly(2026, 7, 31), 3m, 0m)]),
        };
        foreach (var progress in progresses)
        {
            for (var today = new DateOnly(2026, 1, 2); today <= new DateOnly(2027, 2, 1); today = today.AddDays(2))
            {
                var now = IndicatorColourRule.Evaluate(target, progress, today, YearStart, TargetDate);
                var until = IndicatorColourValidity.Until(target, progress, today, TargetDate);
                until.ShouldBeGreaterThanOrEqualTo(today, $"{targetText} {today}");
                var last = until == DateOnly.MaxValue ? today.AddDays(400) : until;
                for (var day = today; day <= last; day = day.AddDays(1))
                {
                    IndicatorColourRule.Evaluate(target, progress, day, YearStart, TargetDate).Colour
                        .ShouldBe(now.Colour, $"{targetText}, computed {today}, valid until {until}, differs on {day}");
                }
            }
        }
    }

    [Fact]
    public void HoldsUntilTheDayBeforeTheNextReading_AndNotPastTheTargetDate()
    {
        var target = TargetOf("≥ 80%");
        var progress = new IndicatorProgress([R(3, 31, 50m), R(6, 30, 60m)]);
        IndicatorColourValidity.Until(target, progress, new DateOnly(2026, 4, 10), TargetDate).ShouldBe(new DateOnly(2026, 6, 29));
        IndicatorColourValidity.Until(target, progress, new DateOnly(2026, 7, 1), TargetDate).ShouldBe(TargetDate);
        IndicatorColourValidity.Until(target, progress, new DateOnly(2027, 1, 1), TargetDate).ShouldBe(DateOnly.MaxValue);
        IndicatorColourValidity.Until(TargetOf("Hoàn thành"), progress, new DateOnly(2026, 4, 10), TargetDate).ShouldBe(DateOnly.MaxValue);
    }
}
