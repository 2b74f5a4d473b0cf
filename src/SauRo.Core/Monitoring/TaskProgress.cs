using SauRo.Core.Plans;

namespace SauRo.Core.Monitoring;

/// <summary>
/// What the lead office has reported on a task, as <see cref="TaskStatusRule"/> needs it: whether and when it was
/// reported done, the dates of its progress updates, and how often updates are expected for recurring and ongoing tasks.
/// All dates are Vietnamese dates (<see cref="VietnamTime.DateOf"/>).
/// </summary>
public sealed record TaskProgress
{
    public static readonly TaskProgress None = new();

    /// <summary>The day the office reported the task done; null while not done.</summary>
    public DateOnly? CompletedOn { get; init; }

    /// <summary>Days of the office's progress updates (any order; duplicates are harmless).</summary>
    public IReadOnlyList<DateOnly> UpdateDates { get; init; } = [];

    /// <summary>
    /// How often a recurring or ongoing task must be updated. Null: the deadline's own recurrence ("Hằng quý" →
    /// quarterly), else monthly (a bare "Thường xuyên").
    /// </summary>
    public ReportingFrequency? UpdateFrequency { get; init; }

    /// <summary>
    /// The due day of the offices' periodic report (default 5: "báo cáo tháng trước ngày 05"): an update made after a
    /// period's data end still counts for that period up to this due date (see <see cref="ReportingCalendar"/>).
    /// </summary>
    public int UpdateDueDay { get; init; } = 5;

    /// <summary>The cut-off day of the periods (Decree 09/2019/NĐ-CP: 14).</summary>
    public int CutOffDay { get; init; } = ReportingPeriod.DefaultCutOffDay;

    /// <summary>
    /// Since when the task is followed (e.g. the plan's issue date or the day the task was created). A recurring task is
    /// not judged for periods that ended before this day; null: no such limit.
    /// </summary>
    public DateOnly? TrackedFrom { get; init; }

    public bool IsDone => CompletedOn is not null;

    public static TaskProgress Done(DateOnly on) => new() { CompletedOn = on };
}
