namespace SauRo.Data.Entities;

/// <summary>A task of a plan (nhiệm vụ) with its deadline as written and as understood.</summary>
public class PlanTask
{
    public int Id { get; set; }

    public int PlanId { get; set; }

    public Plan? Plan { get; set; }

    public int Position { get; set; }

    public string? Appendix { get; set; }

    public string? AppendixTitle { get; set; }

    public string? Section { get; set; }

    public string? Ordinal { get; set; }

    public required string Content { get; set; }

    public string? Accountable { get; set; }

    /// <summary>True when the plan asks for the accountable person (its table has the column, or the task was created here).</summary>
    public bool AccountableExpected { get; set; }

    public string? Product { get; set; }

    public required string DueText { get; set; }

    /// <summary>SauRo.Core.Plans.DeadlineKind as text.</summary>
    public required string DueKind { get; set; }

    public DateOnly? DueStart { get; set; }

    public DateOnly? DueEnd { get; set; }

    public string? DueEvery { get; set; }

    public bool DueOngoingAfter { get; set; }

    public string? AdjustedDueText { get; set; }

    public string? AdjustedDueKind { get; set; }

    public DateOnly? AdjustedDueStart { get; set; }

    public DateOnly? AdjustedDueEnd { get; set; }

    /// <summary>The upper-level task this one implements (a province's task handed down), when known.</summary>
    public int? ParentTaskId { get; set; }

    public PlanTask? ParentTask { get; set; }

    public required string SearchKey { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public List<TaskUnit> Units { get; set; } = [];

    public List<TaskBasis> Bases { get; set; } = [];
}

/// <summary>Lead or cooperating office of a task.</summary>
public enum TaskUnitRole
{
    Lead,
    Cooperating,
}

/// <summary>An office named on a task, as written, linked to a unit when one matches.</summary>
public class TaskUnit
{
    public int Id { get; set; }

    public int TaskId { get; set; }

    public TaskUnitRole Role { get; set; }

    public int Position { get; set; }

    public required string Name { get; set; }

    public int? UnitId { get; set; }

    public Unit? Unit { get; set; }
}

/// <summary>An assigning document of a task (căn cứ giao).</summary>
public class TaskBasis
{
    public int Id { get; set; }

    public int TaskId { get; set; }

    public int Position { get; set; }

    public required string Text { get; set; }
}
