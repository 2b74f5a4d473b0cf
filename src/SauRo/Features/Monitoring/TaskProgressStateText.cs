using SauRo.Data.Entities;

namespace SauRo.Features.Monitoring;

/// <summary>How the states of a progress update read: "Chưa thực hiện", "Đang thực hiện", "Đã hoàn thành".</summary>
public static class TaskProgressStateText
{
    public static readonly IReadOnlyList<TaskProgressState> All = [TaskProgressState.NotStarted, TaskProgressState.InProgress, TaskProgressState.Done];

    public static string Label(this TaskProgressState state) => state switch
    {
        TaskProgressState.NotStarted => "Chưa thực hiện",
        TaskProgressState.InProgress => "Đang thực hiện",
        TaskProgressState.Done => "Đã hoàn thành",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
    };

    /// <summary>A state from its name as forms and the API send it ("Done", "done", "inProgress"); null otherwise.</summary>
    public static TaskProgressState? Parse(string? name) =>
        All.Cast<TaskProgressState?>().FirstOrDefault(s => string.Equals(s.ToString(), name?.Trim(), StringComparison.OrdinalIgnoreCase));
}
