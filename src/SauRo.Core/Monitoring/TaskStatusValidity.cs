using SauRo.Core.Plans;

namespace SauRo.Core.Monitoring;

/// <summary>
/// How long a task's status stays what <see cref="TaskStatusRule"/> says today if nothing new is reported: the last day
/// on which the rule still gives the same status and the same due date. Dashboards keep the status of every task with
/// this day and compute it again only once the day has passed (or when the task or its updates change), so that counts
/// over thousands of tasks are current without a nightly batch.
/// <list type="bullet">
/// <item>Done dated tasks, event-driven and not understood deadlines: for ever (<see cref="DateOnly.MaxValue"/>).</item>
/// <item>A dated task not done: until the day before it becomes "due soon", then until its due date, then for ever
/// (overdue stays overdue; the days late are counted from the due date at read time).</item>
/// <item>Recurring and ongoing tasks: the rule is asked day by day up to <see cref="Horizon"/> days ahead; the status
/// is kept until the day before the first change, or for the whole horizon.</item>
/// </list>
/// </summary>
public static class TaskStatusValidity
{
    /// <summary>The farthest a recurring or ongoing task's status is trusted without being computed again.</summary>
    public const int Horizon = 31;

    public static DateOnly Until(Deadline effective, TaskProgress progress, DateOnly today, int dueSoonDays, TaskStatusResult now)
    {
        ArgumentNullException.ThrowIfNull(effective);
        ArgumentNullException.ThrowIfNull(progress);
        ArgumentNullException.ThrowIfNull(now);

        switch (effective.Kind)
        {
            case DeadlineKind.Date or DeadlineKind.Month or DeadlineKind.Quarter or DeadlineKind.Window
                when effective.End is { } end && !(effective.OngoingAfter && progress.IsDone):
                if (progress.IsDone || today > end)
                {
                    return DateOnly.MaxValue;
                }

                var soon = end.AddDays(-dueSoonDays);
                return today < soon ? soon.AddDays(-1) : end;

            case DeadlineKind.Recurring or DeadlineKind.From:
            case DeadlineKind.Date or DeadlineKind.Month or DeadlineKind.Quarter or DeadlineKind.Window when effective.End is not null:
                for (var day = today.AddDays(1); day <= today.AddDays(Horizon); day = day.AddDays(1))
                {
                    var later = TaskStatusRule.Evaluate(effective, progress, day, dueSoonDays);
                    if (later.Status != now.Status || later.DueDate != now.DueDate)
                    {
                        return day.AddDays(-1);
                    }
                }

                return today.AddDays(Horizon);

            default:
                return DateOnly.MaxValue;
        }
    }
}
