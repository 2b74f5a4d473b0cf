using SauRo.Core.Monitoring;
using SauRo.Core.Plans;

namespace SauRo.Core.Tests.Monitoring;

/// <summary>
/// A kept status must hold exactly until the rule would say something else: checked against the rule itself, day by
/// day, over a year of "todays" for each kind of deadline.
/// </summary>
public sealed class TaskStatusValidityTests
{
    private const int DueSoonDays = 7;

    private static Deadline Parse(string text) => DeadlineParser.Parse(text, 2026);

    [Theory]
    [InlineData("Trước ngày 30/9/2026")]
    [InlineData("Quý IV/2026")]
    [InlineData("Tháng 10-12/2026")]
    [InlineData("Thường xuyên")]
    [InlineData("Hằng quý")]
    [InlineData("Bắt đầu từ ngày 01/7/2026")]
    [InlineData("Hoàn thành trước ngày 30/5/2026. Thường xuyên duy trì")]
    [InlineData("Khi có yêu cầu")]
    [InlineData("Theo tiến độ của tỉnh")]
    public void Until_IsTheLastDayTheRuleGivesTheSameStatusAndDueDate(string deadline)
    {
        var due = Parse(deadline);
        var progresses = new[]
        {
            TaskProgress.None with { TrackedFrom = new DateOnly(2026, 1, 10) },
            new TaskProgress { UpdateDates = [new DateOnly(2026, 3, 2), new DateOnly(2026, 6, 3)], TrackedFrom = new DateOnly(2026, 1, 10) },
            TaskProgress.Done(new DateOnly(2026, 5, 20)) with { TrackedFrom = new DateOnly(2026, 1, 10) },
        };
        foreach (var progress in progresses)
        {
            for (var today = new DateOnly(2026, 1, 15); today <= new DateOnly(2026, 12, 31); today = today.AddDays(3))
            {
                var now = TaskStatusRule.Evaluate(due, progress, today, DueSoonDays);
                var until = TaskStatusValidity.Until(due, progress, today, DueSoonDays, now);
                until.ShouldBeGreaterThanOrEqualTo(today, $"{deadline} {today}");
                var last = until == DateOnly.MaxValue ? today.AddDays(400) : until;
                for (var day = today; day <= last; day = day.AddDays(1))
                {
                    var later = TaskStatusRule.Evaluate(due, progress, day, DueSoonDays);
                    (later.Status, later.DueDate).ShouldBe((now.Status, now.DueDate), $"{deadline}, computed {today}, valid until {until}, differs on {day}");
                }

                if (until != DateOnly.MaxValue && until < today.AddDays(TaskStatusValidity.Horizon))
                {
                    var next = TaskStatusRule.Evaluate(due, progress, until.AddDays(1), DueSoonDays);
                    (next.Status, next.DueDate).ShouldNotBe((now.Status, now.DueDate), $"{deadline}, computed {today}: kept only until {until} but nothing changes the day after");
                }
            }
        }
    }

    [Fact]
    public void DatedTaskNotDone_HoldsUntilDueSoon_ThenUntilTheDueDate_ThenForEver()
    {
        var due = Parse("Trước ngày 30/9/2026");
        Until(due, new DateOnly(2026, 9, 1)).ShouldBe(new DateOnly(2026, 9, 22)); // due soon from 23/09 (7 days before)
        Until(due, new DateOnly(2026, 9, 25)).ShouldBe(new DateOnly(2026, 9, 30));
        Until(due, new DateOnly(2026, 10, 1)).ShouldBe(DateOnly.MaxValue);
    }

    [Fact]
    public void DoneAndEventDriven_HoldForEver()
    {
        var today = new DateOnly(2026, 6, 1);
        var done = TaskProgress.Done(new DateOnly(2026, 5, 1));
        var dated = Parse("Quý III/2026");
        TaskStatusValidity.Until(dated, done, today, DueSoonDays, TaskStatusRule.Evaluate(dated, done, today, DueSoonDays)).ShouldBe(DateOnly.MaxValue);
        Until(Parse("Khi có yêu cầu"), today).ShouldBe(DateOnly.MaxValue);
    }

    private static DateOnly Until(Deadline due, DateOnly today) =>
        TaskStatusValidity.Until(due, TaskProgress.None, today, DueSoonDays, TaskStatusRule.Evaluate(due, TaskProgress.None, today, DueSoonDays));
}
