using SauRo.Core.Plans;
using SauRo.Data.Entities;
using SauRo.Features.Import;

namespace SauRo.Features.Api.Indicators;

/// <summary>
/// Chỉ tiêu cần tạo hoặc thay. Chỉ tiêu cần đạt gửi dạng chữ (target) hoặc dạng phép so sánh và con số
/// (comparator, value), không gửi cả hai; bỏ trống cả hai khi chưa có.
/// </summary>
/// <param name="Name">Tên chỉ tiêu (bắt buộc, tối đa 2.000 ký tự).</param>
/// <param name="Unit">Đơn vị tính ("%", "hồ sơ", "ngày").</param>
/// <param name="Target">Chỉ tiêu như viết trong văn bản, phải có con số: "≥ 70", "17,5%", "tối thiểu 80%", "100".</param>
/// <param name="Comparator">Phép so sánh: "&gt;=", "&lt;=", "=", "&gt;", "&lt;" (hoặc ≥, ≤, atLeast, atMost, exactly, moreThan, lessThan).</param>
/// <param name="Value">Con số cần đạt, tối đa 4 chữ số thập phân (đi cùng comparator).</param>
/// <param name="Leads">Cơ quan chủ trì theo dõi, ghi theo tên; được nối với cơ quan của xã/phường khi nhận ra tên hoặc tên gọi khác.</param>
/// <param name="Source">Văn bản nguồn.</param>
/// <param name="Group">Nhóm chỉ tiêu (tiêu đề nhóm: "CHÍNH QUYỀN SỐ").</param>
/// <param name="Ordinal">Số thứ tự trong bảng.</param>
/// <param name="Appendix">Phụ lục ("Phụ lục I").</param>
public sealed record IndicatorRequest(
    string? Name,
    string? Unit = null,
    string? Target = null,
    string? Comparator = null,
    decimal? Value = null,
    IReadOnlyList<string?>? Leads = null,
    string? Source = null,
    string? Group = null,
    string? Ordinal = null,
    string? Appendix = null)
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
