using SauRo.Core.Plans;
using SauRo.Data.Entities;
using SauRo.Features.Api.Plans;
using SauRo.Features.Import;

namespace SauRo.Features.Api.Indicators;

/// <summary>
/// Chỉ tiêu cần đạt: chữ như viết (text), phép so sánh (comparator: "&gt;=", "&lt;=", "=", "&gt;", "&lt;") và con số
/// (value) khi có.
/// </summary>
public sealed record TargetDto(string? Text, string Comparator, decimal? Value)
{
    public static TargetDto From(Target t) => new(t.Text.Length > 0 ? t.Text : null, TargetInput.Symbol(t.Comparator), t.Value);
}

/// <summary>Một chỉ tiêu của kế hoạch; origin là table, prose (đọc từ văn bản) hoặc manual (nhập tay).</summary>
public sealed record IndicatorDto(
    int Id,
    int PlanId,
    int Position,
    string? Appendix,
    string? Group,
    string? Ordinal,
    string Name,
    string? Unit,
    TargetDto Target,
    IReadOnlyList<OfficeRefDto> Leads,
    string? Source,
    string Origin)
{
    /// <summary>From an indicator loaded with its leads (and their unit).</summary>
    public static IndicatorDto From(Indicator i) => new(
        i.Id,
        i.PlanId,
        i.Position,
        i.Appendix,
        i.GroupName,
        i.Ordinal,
        i.Name,
        i.Unit,
        TargetDto.From(PlanMapping.Target(i)),
        i.Leads.OrderBy(l => l.Position).Select(l => OfficeLinks.Ref(l.Name, l.UnitId, l.Unit)).ToList(),
        i.Source,
        ApiNames.Of(i.Origin));
}
