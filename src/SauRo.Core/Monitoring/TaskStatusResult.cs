namespace SauRo.Core.Monitoring;

/// <summary>
/// A task's status with what it was measured against, so that pages can say "hạn 30/04/2026, quá hạn 3 ngày".
/// </summary>
public sealed record TaskStatusResult(PlanTaskStatus Status)
{
    /// <summary>
    /// The day the status is measured against: the deadline's end for a dated task; for a recurring or ongoing task the
    /// due date of <see cref="Period"/>. Null for event-driven and unknown deadlines.
    /// </summary>
    public DateOnly? DueDate { get; init; }

    /// <summary>
    /// For recurring and ongoing tasks: the period the status is about (the one missing an update when overdue, the
    /// one awaiting an update when due soon, otherwise the one to be updated next).
    /// </summary>
    public ReportingPeriod? Period { get; init; }

    /// <summary>Days from today to <see cref="DueDate"/> while not done and in time (0 on the due date itself).</summary>
    public int? DaysLeft { get; init; }

    /// <summary>Days past <see cref="DueDate"/>: today's for <see cref="PlanTaskStatus.Overdue"/>, the completion's for <see cref="PlanTaskStatus.DoneLate"/>.</summary>
    public int? DaysLate { get; init; }

    /// <summary>
    /// For a dated task that goes on afterwards ("Hoàn thành trước ngày 30/5/2026. Thường xuyên duy trì") once done:
    /// whether its dated part was done on time or late, while <see cref="Status"/> follows the ongoing part.
    /// </summary>
    public PlanTaskStatus? DatedPart { get; init; }
}
