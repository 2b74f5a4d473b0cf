using SauRo.Core.Plans;

namespace SauRo.Core.Monitoring;

/// <summary>
/// Computes a task's status from its effective deadline (after any approved change), what the office reported, and
/// today's Vietnamese date. Pure: no clock inside.
/// <list type="bullet">
/// <item>Dated tasks (a date, a month, a quarter, a window): done → on time when completed on or before the deadline's
/// last day, else late. Not done → overdue from the day after the last day; due soon when the last day is at most
/// <c>dueSoonDays</c> away (0 = the last day itself); otherwise in progress.</item>
/// <item>Event-driven ("khi có yêu cầu") and not understood deadlines are never overdue: in progress, or done on time
/// once reported done (not understood deadlines are flagged by the 06-rõ rule, not here).</item>
/// <item>Recurring ("Thường xuyên", "Hằng quý") and ongoing ("bắt đầu từ ngày …") tasks are judged by periods of
/// <see cref="TaskProgress.UpdateFrequency"/> (default: the deadline's recurrence, else monthly) with the Decree
/// 09/2019 data windows. A period counts as updated when an update is dated inside its data window or after it up to
/// its due date (<see cref="TaskProgress.UpdateDueDay"/>, inclusive). The latest period whose due date has passed
/// decides: updated → in progress, not updated → overdue. A period that has ended but is not yet due and has no update
/// gives "due soon" within the warning window. Before the first period (the one containing the start date or
/// <see cref="TaskProgress.TrackedFrom"/>) is due, the task is in progress. A completion reported on such a task counts
/// as one more update: the task stays ongoing.</item>
/// <item>A dated task that goes on afterwards ("Hoàn thành trước ngày 30/5/2026. Thường xuyên duy trì"): before it is
/// done, as a dated task; once done, ongoing as above from its completion day, with the dated part's on time/late
/// kept in <see cref="TaskStatusResult.DatedPart"/>.</item>
/// </list>
/// </summary>
public static class TaskStatusRule
{
    public static TaskStatusResult Evaluate(Deadline effective, TaskProgress progress, DateOnly today, int dueSoonDays)
    {
        ArgumentNullException.ThrowIfNull(effective);
        ArgumentNullException.ThrowIfNull(progress);
        ArgumentOutOfRangeException.ThrowIfNegative(dueSoonDays);

        switch (effective.Kind)
        {
            case DeadlineKind.Recurring or DeadlineKind.From:
                var anchor = Later(effective.Start, progress.TrackedFrom);
                var updates = progress.CompletedOn is { } c ? [.. progress.UpdateDates, c] : progress.UpdateDates;
                return Ongoing(Frequency(effective, progress), progress, anchor, updates, today, dueSoonDays);

            case DeadlineKind.Date or DeadlineKind.Month or DeadlineKind.Quarter or DeadlineKind.Window when effective.End is { } end:
                if (progress.CompletedOn is not { } done)
                {
                    return NotDone(end, today, dueSoonDays);
                }

                var dated = done <= end
                    ? new TaskStatusResult(PlanTaskStatus.DoneOnTime) { DueDate = end }
                    : new TaskStatusResult(PlanTaskStatus.DoneLate) { DueDate = end, DaysLate = Days(end, done) };
                return effective.OngoingAfter
                    ? Ongoing(Frequency(effective, progress), progress, done, [.. progress.UpdateDates, done], today, dueSoonDays) with { DatedPart = dated.Status }
                    : dated;

            default:
                // Event-driven, not understood, or a dated kind without a day: never overdue.
                return new TaskStatusResult(progress.IsDone ? PlanTaskStatus.DoneOnTime : PlanTaskStatus.InProgress);
        }
    }

    /// <summary>
    /// The earliest update day that can count for the status on <paramref name="today"/> or any later day (and so for
    /// <see cref="TaskStatusValidity"/>), so that a caller need not read older updates: null when update days never
    /// count (dated tasks that do not go on afterwards, event-driven and not understood deadlines: only
    /// <see cref="TaskProgress.CompletedOn"/> does, which this bound does not limit). For recurring and ongoing tasks
    /// the rule walks back from the period before today's only as far as the latest period already due; a period lasts
    /// at most a year and is due at most a month and a few days after its data window ends, so that window starts less
    /// than two and a half years before today: three years is a safe bound.
    /// </summary>
    public static DateOnly? UpdateDaysFrom(Deadline effective, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(effective);
        return effective.Kind switch
        {
            DeadlineKind.Recurring or DeadlineKind.From => today.AddYears(-3),
            DeadlineKind.Date or DeadlineKind.Month or DeadlineKind.Quarter or DeadlineKind.Window when effective.End is not null && effective.OngoingAfter =>
                today.AddYears(-3),
            _ => null,
        };
    }

    /// <summary>The frequency a recurring task is expected to be updated at: the progress setting, the deadline's recurrence, else monthly.</summary>
    public static ReportingFrequency Frequency(Deadline deadline, TaskProgress progress)
    {
        ArgumentNullException.ThrowIfNull(deadline);
        ArgumentNullException.ThrowIfNull(progress);
        return progress.UpdateFrequency ?? deadline.Every switch
        {
            Recurrence.Quarter => ReportingFrequency.Quarterly,
            Recurrence.HalfYear => ReportingFrequency.HalfYearly,
            Recurrence.Year => ReportingFrequency.Yearly,
            Recurrence.Month or null => ReportingFrequency.Monthly,
            _ => throw new InvalidOperationException(),
        };
    }

    private static TaskStatusResult NotDone(DateOnly end, DateOnly today, int dueSoonDays)
    {
        if (today > end)
        {
            return new TaskStatusResult(PlanTaskStatus.Overdue) { DueDate = end, DaysLate = Days(end, today) };
        }

        var left = Days(today, end);
        return new TaskStatusResult(left <= dueSoonDays ? PlanTaskStatus.DueSoon : PlanTaskStatus.InProgress) { DueDate = end, DaysLeft = left };
    }

    private static TaskStatusResult Ongoing(
        ReportingFrequency frequency, TaskProgress progress, DateOnly? anchor, IReadOnlyList<DateOnly> updates, DateOnly today, int dueSoonDays)
    {
        var cutOff = progress.CutOffDay;
        var calendar = new ReportingCalendar(frequency, progress.UpdateDueDay);
        var first = anchor is { } a ? ReportingPeriod.Containing(frequency, a, cutOff) : (ReportingPeriod?)null;
        var current = ReportingPeriod.Containing(frequency, today, cutOff);
        if (first is { } f && f.Sequence > current.Sequence)
        {
            current = f;
        }

        bool Updated(ReportingPeriod p, DateOnly due)
        {
            var start = p.DataWindow(cutOff).Start;
            return updates.Any(u => u >= start && u <= due);
        }

        // Walk back over the periods that have ended: those not yet due may warn, the latest one past due decides.
        ReportingPeriod? waiting = null;
        for (var p = current.Previous(); first is not { } stop || p.Sequence >= stop.Sequence; p = p.Previous())
        {
            var due = calendar.DueDate(p, cutOff);
            if (due < today)
            {
                if (!Updated(p, due))
                {
                    return new TaskStatusResult(PlanTaskStatus.Overdue) { DueDate = due, Period = p, DaysLate = Days(due, today) };
                }

                break;
            }

            if (!Updated(p, due))
            {
                waiting = p;
            }
        }

        var next = waiting ?? current;
        var nextDue = calendar.DueDate(next, cutOff);
        var left = Days(today, nextDue);
        var soon = waiting is not null && left <= dueSoonDays;
        return new TaskStatusResult(soon ? PlanTaskStatus.DueSoon : PlanTaskStatus.InProgress) { DueDate = nextDue, Period = next, DaysLeft = left };
    }

    private static DateOnly? Later(DateOnly? a, DateOnly? b) => a is { } x && b is { } y ? (x > y ? x : y) : a ?? b;

    private static int Days(DateOnly from, DateOnly to) => to.DayNumber - from.DayNumber;
}
