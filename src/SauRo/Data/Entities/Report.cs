namespace SauRo.Data.Entities;

/// <summary>The state of a periodic report.</summary>
public enum ReportState
{
    Draft,
    Submitted,
    Returned,
    Approved,
}

/// <summary>
/// A report expected by the reporting calendar: one office (or the commune) for one period of one plan's duty.
/// Gathers the office's task updates and indicator values of the period; submitted, then approved (locked) or
/// returned with a comment by the leader.
/// </summary>
public class Report
{
    public int Id { get; set; }

    public int PlanId { get; set; }

    public int DutyId { get; set; }

    /// <summary>The reporting unit: an office of the commune, or the commune itself (reporting up).</summary>
    public int UnitId { get; set; }

    public required string Frequency { get; set; }

    public required string PeriodKey { get; set; }

    public DateOnly DueDate { get; set; }

    public ReportState State { get; set; }

    public string? Summary { get; set; }

    /// <summary>The latest submission (a returned report submitted again moves it).</summary>
    public DateTimeOffset? SubmittedAt { get; set; }

    /// <summary>The first submission, which timeliness is judged by.</summary>
    public DateTimeOffset? FirstSubmittedAt { get; set; }

    public string? SubmittedBy { get; set; }

    public DateTimeOffset? ReviewedAt { get; set; }

    public string? ReviewedBy { get; set; }

    public string? ReviewComment { get; set; }
}
