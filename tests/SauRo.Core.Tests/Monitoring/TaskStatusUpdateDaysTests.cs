using SauRo.Core.Monitoring;
using SauRo.Core.Plans;

namespace SauRo.Core.Tests.Monitoring;

/// <summary>
/// <see cref="TaskStatusRule.UpdateDaysFrom"/>: dropping the update days before the bound changes neither the status
/// nor its validity, for any deadline, today and set of updates (checked over many seeded random cases).
/// </summary>
public class TaskStatusUpdateDaysTests
{
    private const int Soon = 7;

    private static readonly Deadline[] Deadlines =
    [
        new("Thường xuyên", DeadlineKind.Recurring),
        new("Hằng quý", DeadlineKind.Recurring) { Every = Recurrence.Quarter },
        new("6 tháng một lần", DeadlineKind.Recurring) { Every = Recurrence.HalfYear },
        new("Hằng năm", DeadlineKind.Recurring) { Every = Recurrence.Year },
        new("Bắt đầu từ ngày 01/3/2024", DeadlineKind.From, new DateOnly(2024, 3, 1)),
        new("Trước ngày 30/5/2024. Thường xuyên duy trì", DeadlineKind.Date, null, new DateOnly(2024, 5, 30)) { OngoingAfter = true },
        new("Trước ngày 30/4/2024", DeadlineKind.Date, null, new DateOnly(2024, 4, 30)),
        new("Quý II/2025", DeadlineKind.Quarter, new DateOnly(2025, 4, 1), new DateOnly(2025, 6, 30)),
        new("Khi có yêu cầu", DeadlineKind.Event),
    ];

    [Fact]
    public void DroppingUpdateDaysBeforeTheBound_ChangesNeitherStatusNorValidity()
    {
        var random = new Random(20261122);
        var checkedCases = 0;
        foreach (var deadline in Deadlines)
        {
            for (var i = 0; i < 400; i++)
            {
                var today = new DateOnly(2024, 1, 1).AddDays(random.Next(0, 4 * 365));
                var days = Enumerable.Range(0, random.Next(0, 12)).Select(_ => today.AddDays(-random.Next(0, 6 * 365))).ToList();
                DateOnly? completed = random.Next(3) == 0 ? today.AddDays(-random.Next(0, 5 * 365)) : null;
                var full = new TaskProgress
                {
                    CompletedOn = completed,
                    UpdateDates = days,
                    TrackedFrom = random.Next(2) == 0 ? today.AddDays(-random.Next(0, 6 * 365)) : null,
                    CutOffDay = random.Next(2) == 0 ? 14 : 20,
                };
                var from = TaskStatusRule.UpdateDaysFrom(deadline, today);
                var kept = full with { UpdateDates = [.. days.Where(d => from is { } f && d >= f)] };

                var expected = TaskStatusRule.Evaluate(deadline, full, today, Soon);
                var actual = TaskStatusRule.Evaluate(deadline, kept, today, Soon);
                actual.ShouldBe(expected, $"{deadline.Text}, hôm nay {today}, cập nhật {string.Join(' ', days)}, xong {completed}");
                TaskStatusValidity.Until(deadline, kept, today, Soon, actual)
                    .ShouldBe(TaskStatusValidity.Until(deadline, full, today, Soon, expected), $"{deadline.Text}, hôm nay {today}");
                checkedCases++;
            }
        }

        checkedCases.ShouldBe(Deadlines.Length * 400);
    }

    [Fact]
    public void UpdateDaysFrom_ThreeYearsForRecurringAndOngoing_NoneForDatedAndEvent()
    {
        var today = new DateOnly(2026, 11, 22);

        TaskStatusRule.UpdateDaysFrom(Deadlines[0], today).ShouldBe(new DateOnly(2023, 11, 22));
        TaskStatusRule.UpdateDaysFrom(Deadlines[4], today).ShouldBe(new DateOnly(2023, 11, 22));
        TaskStatusRule.UpdateDaysFrom(Deadlines[5], today).ShouldBe(new DateOnly(2023, 11, 22));
        TaskStatusRule.UpdateDaysFrom(Deadlines[6], today).ShouldBeNull();
        TaskStatusRule.UpdateDaysFrom(Deadlines[8], today).ShouldBeNull();
    }
}
