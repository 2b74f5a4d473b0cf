using SauRo.Data.Entities;
using SauRo.Features.Api.Indicators;
using SauRo.Features.Api.Tasks;
using SauRo.Features.Import;

namespace SauRo.Features.Api.Plans;

/// <summary>Một kế hoạch trong danh sách: phần đầu, số chỉ tiêu, số nhiệm vụ và số nhiệm vụ đủ 06 rõ.</summary>
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

/// <summary>Chế độ báo cáo: ai báo cáo (from: offices, commune), cho ai (to), bao lâu một lần (frequency: monthly, quarterly, halfYearly, yearly), trước ngày nào (dueDay, dueMonth).</summary>
public sealed record ReportingDutyDto(string From, string? To, string Frequency, int DueDay, int? DueMonth, string Text)
{
    public static ReportingDutyDto Of(PlanReportingDuty d) => new(ApiNames.Of(d.FromParty), d.ToText, ApiNames.Of(d.Frequency), d.DueDay, d.DueMonth, d.Text);
}

/// <summary>Một lần nhập văn bản vào kế hoạch: tệp, lúc nào, ai, thêm/sửa/bỏ bao nhiêu, các cảnh báo.</summary>
public sealed record PlanImportDto(string FileName, DateTimeOffset ImportedAt, string? ImportedBy, int Added, int Changed, int Removed, IReadOnlyList<string> Warnings)
{
    public static PlanImportDto From(PlanImport i) => new(
        i.FileName, i.ImportedAt, i.ImportedBy, i.Added, i.Changed, i.Removed,
        i.Warnings.Split('\n', StringSplitOptions.RemoveEmptyEntries));
}

/// <summary>
/// Kế hoạch đầy đủ. issuedOn là ngày ISO có thể chưa đủ ("2026-04", "2026") như bản dự thảo; sixClearCount là số
/// nhiệm vụ đủ 06 rõ.
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
