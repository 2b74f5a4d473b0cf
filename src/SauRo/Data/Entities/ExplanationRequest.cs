namespace SauRo.Data.Entities;

/// <summary>A leader's request for an explanation (yêu cầu giải trình) of a late task or a red indicator, and the office's answer.</summary>
public class ExplanationRequest
{
    public int Id { get; set; }

    public int PlanId { get; set; }

    public int? TaskId { get; set; }

    public int? IndicatorId { get; set; }

    /// <summary>The office asked to explain.</summary>
    public int? OfficeId { get; set; }

    public required string Question { get; set; }

    public required string RequestedBy { get; set; }

    public DateTimeOffset RequestedAt { get; set; }

    public string? Answer { get; set; }

    public string? AnsweredBy { get; set; }

    public DateTimeOffset? AnsweredAt { get; set; }
}
