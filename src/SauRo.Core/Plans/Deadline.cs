using System.Globalization;

namespace SauRo.Core.Plans;

/// <summary>How a task's deadline (thời hạn) is stated.</summary>
public enum DeadlineKind
{
    /// <summary>A day: "Trước ngày 30/4/2026", "12/7/2026".</summary>
    Date,

    /// <summary>By the end of a month: "Tháng 4/2026".</summary>
    Month,

    /// <summary>By the end of a quarter, the quarter being the window: "Quý II năm 2026".</summary>
    Quarter,

    /// <summary>A window due at its end: "Từ quý II đến quý III năm 2026", "6 tháng đầu năm 2026", "Năm 2026".</summary>
    Window,

    /// <summary>Recurring or ongoing, never overdue, judged by periodic reports: "Thường xuyên", "Hằng quý".</summary>
    Recurring,

    /// <summary>Ongoing from a start date: "bắt đầu từ ngày 10/4/2026".</summary>
    From,

    /// <summary>Event-driven, no date: "Báo cáo khi có văn bản yêu cầu".</summary>
    Event,

    /// <summary>Not understood: kept as text and flagged, never guessed.</summary>
    Unknown,
}

/// <summary>How often a recurring deadline repeats, when the text says so.</summary>
public enum Recurrence
{
    Month,
    Quarter,
    HalfYear,
    Year,
}

/// <summary>
/// A task's deadline: the original text and what it means. <see cref="End"/> is the inclusive day
/// by which the task must be done (null for recurring, ongoing and event-driven deadlines);
/// <see cref="Start"/> opens a window or an ongoing duty.
/// </summary>
public sealed record Deadline
{
    public Deadline(string text, DeadlineKind kind, DateOnly? start = null, DateOnly? end = null)
    {
        if (start is { } s && end is { } e && e < s)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"Thời hạn kết thúc {e:dd/MM/yyyy} trước ngày bắt đầu {s:dd/MM/yyyy}."),
                nameof(end));
        }

        Text = text;
        Kind = kind;
        Start = start;
        End = end;
    }

    /// <summary>The deadline as written in the plan.</summary>
    public string Text { get; }

    public DeadlineKind Kind { get; }

    public DateOnly? Start { get; }

    /// <summary>Inclusive last day.</summary>
    public DateOnly? End { get; }

    /// <summary>For <see cref="DeadlineKind.Recurring"/>: the period, when stated ("Hằng quý").</summary>
    public Recurrence? Every { get; init; }

    /// <summary>True when, after <see cref="End"/>, the task goes on ("Thường xuyên duy trì, nâng cấp").</summary>
    public bool OngoingAfter { get; init; }

    /// <summary>Earlier intermediate dates when the text names several ("đợt 1 … đợt 2 …").</summary>
    public IReadOnlyList<DateOnly> Milestones { get; init; } = [];

    /// <summary>Why the text was not understood, in Vietnamese, when <see cref="Kind"/> is Unknown.</summary>
    public string? Problem { get; init; }

    /// <summary>A recurring or event-driven deadline is never overdue.</summary>
    public bool CanBeOverdue => End is not null;

    public static Deadline Unknown(string text, string problem) => new(text, DeadlineKind.Unknown) { Problem = problem };

    /// <summary>Vietnamese explanation of how the text was understood, for forms and summaries.</summary>
    public string Describe() => Kind switch
    {
        DeadlineKind.Date => $"Hạn {Fmt(End)}" + (OngoingAfter ? ", sau đó duy trì thường xuyên" : string.Empty),
        DeadlineKind.Month => $"Trong tháng {End:MM/yyyy} (hạn {Fmt(End)})",
        DeadlineKind.Quarter => $"Trong quý {Roman(QuarterOf(End))}/{End?.Year} ({Fmt(Start)}–{Fmt(End)})",
        DeadlineKind.Window => $"Từ {Fmt(Start)} đến {Fmt(End)}",
        DeadlineKind.Recurring => Every switch
        {
            Recurrence.Month => "Hằng tháng",
            Recurrence.Quarter => "Hằng quý",
            Recurrence.HalfYear => "Hằng 6 tháng",
            Recurrence.Year => "Hằng năm",
            _ => "Thường xuyên",
        },
        DeadlineKind.From => $"Thường xuyên, bắt đầu từ {Fmt(Start)}",
        DeadlineKind.Event => "Khi có yêu cầu (không có hạn cố định)",
        DeadlineKind.Unknown => "Chưa hiểu thời hạn" + (Problem is null ? string.Empty : $": {Problem}"),
        _ => throw new InvalidOperationException(),
    };

    private static string Roman(int quarter) => quarter switch { 1 => "I", 2 => "II", 3 => "III", 4 => "IV", _ => "?" };

    private static int QuarterOf(DateOnly? d) => d is { } v ? ((v.Month - 1) / 3) + 1 : 0;

    private static string Fmt(DateOnly? d) => d?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? "?";
}
