using SauRo.Core.Monitoring;
using SauRo.Core.Plans;

namespace SauRo.Core.Exchange;

/// <summary>
/// What the receiving side believes of an exchanged task: its deadline read again by our parser from the text (the
/// file's understanding is used only when ours finds none), and its status computed by our rules from the deadline and
/// the updates — never the status the file states.
/// </summary>
public static class ExchangeFacts
{
    /// <summary>
    /// The deadline to store for a task: our reading of the text when it understands it; else the file's kind and dates
    /// when they hold together; else "not understood". <paramref name="warning"/> says when the two readings differ or
    /// the file's reading was taken.
    /// </summary>
    public static Deadline Deadline(ExchangeDeadline? written, int? planYear, out string? warning)
    {
        warning = null;
        if (written is null)
        {
            return new Deadline(string.Empty, DeadlineKind.Unknown);
        }

        var ours = DeadlineParser.Parse(written.Text, planYear);
        var theirs = FromFile(written);
        if (ours.Kind != DeadlineKind.Unknown)
        {
            if (theirs is not null && (theirs.Kind != ours.Kind || theirs.End != ours.End || theirs.Start != ours.Start))
            {
                warning = $"thời hạn «{written.Text}»: tệp hiểu là «{theirs.Describe()}», Sáu Rõ hiểu là «{ours.Describe()}»; dùng cách hiểu của Sáu Rõ.";
            }

            return ours;
        }

        if (theirs is not null && theirs.Kind != DeadlineKind.Unknown)
        {
            warning = $"thời hạn «{written.Text}»: Sáu Rõ không tự hiểu được; dùng cách hiểu trong tệp («{theirs.Describe()}»).";
            return theirs;
        }

        return ours;
    }

    /// <summary>
    /// The task's status on <paramref name="today"/>, as <c>TaskStatuses</c> computes it for stored tasks: done on the
    /// completion day of its latest "done" update (or that update's day), updated on the days of its updates, followed
    /// since <paramref name="trackedSince"/>.
    /// </summary>
    public static TaskStatusResult Status(
        Deadline effective, IReadOnlyList<ExchangeUpdate> updates, DateTimeOffset trackedSince, DateOnly today, int dueSoonDays, int cutOffDay)
    {
        var ordered = updates.OrderBy(u => u.At).ToList();
        var done = ordered.LastOrDefault(u => u.State == ExchangeProgress.Done);
        var progress = new TaskProgress
        {
            CompletedOn = done is null ? null : done.CompletedOn ?? VietnamTime.DateOf(done.At),
            UpdateDates = ordered.Select(u => VietnamTime.DateOf(u.At)).ToList(),
            CutOffDay = cutOffDay,
            TrackedFrom = VietnamTime.DateOf(trackedSince),
        };
        return TaskStatusRule.Evaluate(effective, progress, today, dueSoonDays);
    }

    /// <summary>The file's own reading, when its kind and dates hold together; null when it gives none.</summary>
    private static Deadline? FromFile(ExchangeDeadline written)
    {
        if (written.Kind is not { } kind)
        {
            return null;
        }

        var coherent = kind switch
        {
            DeadlineKind.Date or DeadlineKind.Month or DeadlineKind.Quarter or DeadlineKind.Window => written.End is not null,
            DeadlineKind.From => written.Start is not null,
            DeadlineKind.Recurring or DeadlineKind.Event or DeadlineKind.Unknown => true,
            _ => false,
        };
        if (!coherent || (written.Start is { } s && written.End is { } e && e < s))
        {
            return null;
        }

        return new Deadline(written.Text, kind, written.Start, written.End)
        {
            Every = kind == DeadlineKind.Recurring ? written.Every : null,
            OngoingAfter = written.OngoingAfter,
        };
    }
}
