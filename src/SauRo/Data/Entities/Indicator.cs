namespace SauRo.Data.Entities;

/// <summary>A measurable target of a plan (chỉ tiêu).</summary>
public class Indicator
{
    public int Id { get; set; }

    public int PlanId { get; set; }

    public Plan? Plan { get; set; }

    /// <summary>Order in the plan.</summary>
    public int Position { get; set; }

    public string? Appendix { get; set; }

    public string? GroupName { get; set; }

    public string? Ordinal { get; set; }

    public required string Name { get; set; }

    public string? Unit { get; set; }

    /// <summary>AtLeast, AtMost, Exactly, MoreThan, LessThan (see SauRo.Core.Plans.Comparator).</summary>
    public required string Comparator { get; set; }

    public decimal? TargetValue { get; set; }

    public string? TargetText { get; set; }

    public string? Source { get; set; }

    /// <summary>Table, Prose or Manual.</summary>
    public required string Origin { get; set; }

    public required string SearchKey { get; set; }

    /// <summary>How often its values are reported (SauRo.Core.Plans.ReportingFrequency); null: monthly.</summary>
    public string? ValueFrequency { get; set; }

    public List<IndicatorLead> Leads { get; set; } = [];
}

/// <summary>An office leading an indicator: the name as written, linked to a unit when one matches.</summary>
public class IndicatorLead
{
    public int Id { get; set; }

    public int IndicatorId { get; set; }

    public int Position { get; set; }

    public required string Name { get; set; }

    public int? UnitId { get; set; }

    public Unit? Unit { get; set; }
}
