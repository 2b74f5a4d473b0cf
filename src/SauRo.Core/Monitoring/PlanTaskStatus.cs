namespace SauRo.Core.Monitoring;

/// <summary>
/// A task's status: the four states the Government Office uses for tasks it assigns, plus the "due soon" warning.
/// (Named <c>PlanTaskStatus</c> so that it never clashes with <see cref="System.Threading.Tasks.TaskStatus"/>,
/// which implicit usings import everywhere.)
/// </summary>
public enum PlanTaskStatus
{
    /// <summary>Hoàn thành đúng hạn.</summary>
    DoneOnTime,

    /// <summary>Hoàn thành quá hạn.</summary>
    DoneLate,

    /// <summary>Đang thực hiện trong hạn: not done, still in time.</summary>
    InProgress,

    /// <summary>Quá hạn chưa hoàn thành: not done, overdue.</summary>
    Overdue,

    /// <summary>Sắp đến hạn: not done, due within the warning window. Counts as <see cref="InProgress"/> among the four states.</summary>
    DueSoon,
}

/// <summary>Vietnamese labels and CSS keys of <see cref="PlanTaskStatus"/>.</summary>
public static class PlanTaskStatusText
{
    /// <summary>"Hoàn thành đúng hạn", "Hoàn thành quá hạn", "Đang thực hiện trong hạn", "Quá hạn chưa hoàn thành", "Sắp đến hạn".</summary>
    public static string Label(this PlanTaskStatus status) => status switch
    {
        PlanTaskStatus.DoneOnTime => "Hoàn thành đúng hạn",
        PlanTaskStatus.DoneLate => "Hoàn thành quá hạn",
        PlanTaskStatus.InProgress => "Đang thực hiện trong hạn",
        PlanTaskStatus.Overdue => "Quá hạn chưa hoàn thành",
        PlanTaskStatus.DueSoon => "Sắp đến hạn",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    /// <summary>"done-on-time", "done-late", "in-progress", "overdue", "due-soon": for class names and query strings.</summary>
    public static string CssKey(this PlanTaskStatus status) => status switch
    {
        PlanTaskStatus.DoneOnTime => "done-on-time",
        PlanTaskStatus.DoneLate => "done-late",
        PlanTaskStatus.InProgress => "in-progress",
        PlanTaskStatus.Overdue => "overdue",
        PlanTaskStatus.DueSoon => "due-soon",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    /// <summary>One of the Government Office's four states: <see cref="PlanTaskStatus.DueSoon"/> counts as in progress.</summary>
    public static PlanTaskStatus Official(this PlanTaskStatus status) =>
        status == PlanTaskStatus.DueSoon ? PlanTaskStatus.InProgress : status;

    public static bool IsDone(this PlanTaskStatus status) => status is PlanTaskStatus.DoneOnTime or PlanTaskStatus.DoneLate;

    /// <summary>Reads a <see cref="CssKey"/> back (for filters in query strings).</summary>
    public static PlanTaskStatus? FromCssKey(string? key) => key switch
    {
        "done-on-time" => PlanTaskStatus.DoneOnTime,
        "done-late" => PlanTaskStatus.DoneLate,
        "in-progress" => PlanTaskStatus.InProgress,
        "overdue" => PlanTaskStatus.Overdue,
        "due-soon" => PlanTaskStatus.DueSoon,
        _ => null,
    };
}
