using SauRo.Data.Entities;
using SauRo.Features.Api.Indicators;
using SauRo.Features.Api.Tasks;
using SauRo.Features.Import;

namespace SauRo.Features.Api.Plans;

/// <summary>A plan in a list: its header and how many indicators, tasks, and tasks clear on all six points it has.</summary>
public sealed record PlanSummaryDto(
    int Id,
    int UnitId,
    string UnitName,
    string? Number,
    string Title,
    int? Year,
    string? IssuedOn,
    string? Issuer,
    int IndicatorCount,
    int TaskCount,
    int SixClearCount,
    DateTimeOffset UpdatedAt);

/// <summary>A reporting duty the plan states: who (offices, commune) reports to whom, how often (monthly, quarterly, halfYearly, yearly), by which day.</summary>
public sealed record ReportingDutyDto(string From, string? To, string Frequency, int DueDay, int? DueMonth, string Text)
{
    public static ReportingDutyDto Of(PlanReportingDuty d) => new(ApiNames.Of(d.FromParty), d.ToText, ApiNames.Of(d.Frequency), d.DueDay, d.DueMonth, d.Text);
}

/// <summary>One import of a document into the plan.</summary>
public sealed record PlanImportDto(string FileName, DateTimeOffset ImportedAt, string? ImportedBy, int Added, int Changed, int Removed, IReadOnlyList<string> Warnings)
{
    public static PlanImportDto From(PlanImport i) => new(
        i.FileName, i.ImportedAt, i.ImportedBy, i.Added, i.Changed, i.Removed,
        i.Warnings.Split('\n', StringSplitOptions.RemoveEmptyEntries));
}

/// <summary>
/// A plan with everything it holds. issuedOn is an ISO date that may be partial ("2026-04", "2026") as draft plans
/// are dated; sixClearCount counts the tasks clear on all six points.
/// </summary>
public sealed record PlanDto(
    int Id,
    int UnitId,
    string UnitName,
    string? Number,
    string? NumberText,
    string? Place,
    string? IssuedOn,
    string? Issuer,
    string Title,
    string? Signer,
    string? SignerRole,
    int? Year,
    int? DeclaredIndicators,
    int? DeclaredTasks,
    IReadOnlyList<string> Bases,
    IReadOnlyList<ReportingDutyDto> ReportingDuties,
    IReadOnlyList<IndicatorDto> Indicators,
    IReadOnlyList<TaskDto> Tasks,
    int SixClearCount,
    IReadOnlyList<PlanImportDto> Imports,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    /// <summary>From a plan loaded with its unit, bases, duties, imports, indicators (leads) and tasks (units, bases).</summary>
    public static PlanDto From(Plan p) => new(
        p.Id,
        p.UnitId,
        p.Unit?.Name ?? string.Empty,
        p.Number,
        p.NumberText,
        p.Place,
        p.IssuedOn,
        p.Issuer,
        p.Title,
        p.Signer,
        p.SignerRole,
        p.Year,
        p.DeclaredIndicators,
        p.DeclaredTasks,
        p.Bases.OrderBy(b => b.Position).Select(b => b.Text).ToList(),
        p.ReportingDuties.OrderBy(d => d.Id).Select(ReportingDutyDto.Of).ToList(),
        p.Indicators.OrderBy(i => i.Position).Select(IndicatorDto.From).ToList(),
        p.Tasks.OrderBy(t => t.Position).Select(TaskDto.From).ToList(),
        p.Tasks.Count(t => PlanMapping.SixClear(t).IsComplete),
        p.Imports.OrderBy(i => i.ImportedAt).Select(PlanImportDto.From).ToList(),
        p.CreatedAt,
        p.UpdatedAt);
}
