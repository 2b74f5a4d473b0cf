namespace SauRo.Features.DeadlineChanges;

/// <summary>The leader's approve/reject form for one pending change; <see cref="ReturnTo"/> "task" comes back to the task page.</summary>
public sealed record DecideFormView(int ChangeId, string? ReturnTo = null, string? Note = null, string? Error = null)
{
    public const string TaskPage = "task";

    /// <summary>The form on the task page: the decision comes back there.</summary>
    public static DecideFormView OnTask(int changeId) => new(changeId, TaskPage);
}
