using SauRo.Core.Monitoring;

namespace SauRo.Data.Entities;

/// <summary>
/// A task's status as <see cref="TaskStatusRule"/> computed it, kept so that dashboards and reports count thousands of
/// tasks in one query. Derived data, not audited: written whenever the task or its updates change and computed again
/// once <see cref="ValidUntil"/> has passed (<see cref="TaskStatusValidity"/>). Days late or left are counted from
/// <see cref="DueDate"/> at read time.
/// </summary>
public class TaskStatusSnapshot
{
    public int TaskId { get; set; }

    public PlanTask? Task { get; set; }

    public PlanTaskStatus Status { get; set; }

    /// <summary>The day the status is measured against (see <see cref="TaskStatusResult.DueDate"/>).</summary>
    public DateOnly? DueDate { get; set; }

    /// <summary>Days late of a task done late; null otherwise.</summary>
    public int? DaysLateDone { get; set; }

    /// <summary>The Vietnamese date the status was computed for.</summary>
    public DateOnly ComputedOn { get; set; }

    /// <summary>The last day the status holds if nothing is reported; <see cref="DateOnly.MinValue"/> marks it to be computed again.</summary>
    public DateOnly ValidUntil { get; set; }
}
