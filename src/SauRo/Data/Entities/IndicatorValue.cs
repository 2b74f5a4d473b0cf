namespace SauRo.Data.Entities;

/// <summary>An indicator's value for a reporting period: a value, or a numerator over a denominator for a ratio.</summary>
public class IndicatorValue
{
    public int Id { get; set; }

    public int IndicatorId { get; set; }

    /// <summary>The period, as <c>ReportingPeriod.Key</c> writes it: "2026-M04", "2026-Q2", "2026-H1", "2026-Y".</summary>
    public required string PeriodKey { get; set; }

    public decimal? Value { get; set; }

    public decimal? Numerator { get; set; }

    public decimal? Denominator { get; set; }

    public string? Note { get; set; }

    public int? OfficeId { get; set; }

    public required string UserName { get; set; }

    public DateTimeOffset At { get; set; }

    public int? ReportId { get; set; }
}
