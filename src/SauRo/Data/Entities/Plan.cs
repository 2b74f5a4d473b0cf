namespace SauRo.Data.Entities;

/// <summary>A plan (Kế hoạch) of a unit: a commune's, or a province's.</summary>
public class Plan
{
    public int Id { get; set; }

    public int UnitId { get; set; }

    public Unit? Unit { get; set; }

    /// <summary>"01/KH-BCĐ"; null while blank in a draft.</summary>
    public string? Number { get; set; }

    public string? NumberText { get; set; }

    public string? Place { get; set; }

    /// <summary>ISO date, possibly partial ("2026-04", "2026").</summary>
    public string? IssuedOn { get; set; }

    public string? Issuer { get; set; }

    public required string Title { get; set; }

    public string? Signer { get; set; }

    public string? SignerRole { get; set; }

    public int? Year { get; set; }

    public int? DeclaredIndicators { get; set; }

    public int? DeclaredTasks { get; set; }

    /// <summary>The upper-level plan this one implements (the province's plan for a commune's), when known.</summary>
    public int? ParentPlanId { get; set; }

    public Plan? ParentPlan { get; set; }

    /// <summary>Folded title and number, for search that ignores diacritics.</summary>
    public required string SearchKey { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>
    /// For a plan imported from a commune's exchange file (docs/exchange-json.md): when that file was exported. Null for
    /// a plan kept in this system. A later export of the same commune replaces the plan; an earlier one is refused.
    /// </summary>
    public DateTimeOffset? ExchangeExportedAt { get; set; }

    /// <summary>SHA-256 of the imported exchange document as read (re-importing the same export changes nothing).</summary>
    public string? ExchangeDigest { get; set; }

    public List<PlanBasis> Bases { get; set; } = [];

    public List<Indicator> Indicators { get; set; } = [];

    public List<PlanTask> Tasks { get; set; } = [];

    public List<PlanReportingDuty> ReportingDuties { get; set; } = [];

    public List<PlanImport> Imports { get; set; } = [];
}

/// <summary>A document the plan implements (Căn cứ / Thực hiện).</summary>
public class PlanBasis
{
    public int Id { get; set; }

    public int PlanId { get; set; }

    public int Position { get; set; }

    public required string Text { get; set; }
}

/// <summary>A reporting duty the plan states (who reports to whom, how often, due day).</summary>
public class PlanReportingDuty
{
    public int Id { get; set; }

    public int PlanId { get; set; }

    public required string FromParty { get; set; }

    public string? ToText { get; set; }

    public required string Frequency { get; set; }

    public int DueDay { get; set; }

    public int? DueMonth { get; set; }

    public required string Text { get; set; }
}

/// <summary>One import of a document into the plan: the file, when, by whom, what changed, the warnings.</summary>
public class PlanImport
{
    public int Id { get; set; }

    public int PlanId { get; set; }

    public required string FileName { get; set; }

    public required string Sha256 { get; set; }

    public DateTimeOffset ImportedAt { get; set; }

    public string? ImportedBy { get; set; }

    public int Added { get; set; }

    public int Changed { get; set; }

    public int Removed { get; set; }

    /// <summary>The parser's warnings, one per line.</summary>
    public required string Warnings { get; set; }
}
