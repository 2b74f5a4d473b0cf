namespace SauRo.Data.Entities;

/// <summary>Where a requested change stands.</summary>
public enum ChangeState
{
    Pending,
    Approved,
    Rejected,
}

/// <summary>
/// A request to change a task's deadline, and the leader's decision. Every request is kept, so the original deadline
/// and each change are shown; an approved one becomes the task's adjusted deadline.
/// </summary>
public class DeadlineChange
{
    public int Id { get; set; }

    public int TaskId { get; set; }

    /// <summary>The deadline in force when asked (original or an earlier adjustment), as written.</summary>
    public required string FromText { get; set; }

    public required string ToText { get; set; }

    public required string ToKind { get; set; }

    public DateOnly? ToStart { get; set; }

    public DateOnly? ToEnd { get; set; }

    public required string Reason { get; set; }

    public required string RequestedBy { get; set; }

    public DateTimeOffset RequestedAt { get; set; }

    public ChangeState State { get; set; }

    public string? DecidedBy { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }

    public string? DecisionNote { get; set; }

    /// <summary>Set when the change came from a bulk action (e.g. "bring Q3/Q4 tasks forward one quarter").</summary>
    public string? Batch { get; set; }
}
