using SauRo.Core.Plans;
using SauRo.Data.Entities;
using SauRo.Features.Import;

namespace SauRo.Features.Api.Indicators;

/// <summary>
/// An indicator to create or replace. The target is given either as text (target: "≥ 70", "17,5%") or as
/// comparator ("≥", "&lt;=", "atLeast", …) and value; leads are office names as written, linked to the commune's offices.
/// </summary>
public sealed record IndicatorRequest(
    string? Name,
    string? Unit,
    string? Target,
    string? Comparator,
    decimal? Value,
    IReadOnlyList<string?>? Leads,
    string? Source,
    string? Group,
    string? Ordinal,
    string? Appendix)
{
    internal IndicatorInput? Validate(ApiErrors errors)
    {
        var name = errors.Text("name", Name, "tên chỉ tiêu", 2_000, required: true);
        var unit = errors.Text("unit", Unit, "đơn vị tính", 50);
        var target = TargetInput.Read(errors, Target, Comparator, Value, unit);
        var leads = errors.Texts("leads", Leads, "tên cơ quan chủ trì", 20, 300);
        var source = errors.Text("source", Source, "văn bản nguồn", 2_000);
        var group = errors.Text("group", Group, "nhóm chỉ tiêu", 500);
        var ordinal = errors.Text("ordinal", Ordinal, "số thứ tự", 20);
        var appendix = errors.Text("appendix", Appendix, "phụ lục", 100);
        return errors.IsEmpty ? new IndicatorInput(name!, target!, leads, source, group, ordinal, appendix) : null;
    }
}

/// <summary>A validated indicator request.</summary>
internal sealed record IndicatorInput(string Name, Target Target, List<string> Leads, string? Source, string? Group, string? Ordinal, string? Appendix)
{
    public void ApplyTo(Indicator indicator, Func<string, int?> office)
    {
        indicator.Name = Name;
        indicator.Unit = Target.Unit;
        indicator.Comparator = Target.Comparator.ToString();
        indicator.TargetValue = Target.Value;
        indicator.TargetText = Target.Text.Length > 0 ? Target.Text : null;
        indicator.Source = Source;
        indicator.GroupName = Group;
        indicator.Ordinal = Ordinal;
        indicator.Appendix = Appendix;
        indicator.Leads.Clear();
        indicator.Leads.AddRange(Leads.Select((name, i) => new IndicatorLead { Position = i, Name = name, UnitId = office(name) }));
        indicator.SearchKey = PlanMapping.IndicatorSearchKey(indicator);
    }
}
