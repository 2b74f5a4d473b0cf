using SauRo.Core.Monitoring;
using SauRo.Data.Entities;
using SauRo.Features.Indicators.Values;

namespace SauRo.Features.Api.Indicators;

/// <summary>
/// Số liệu của chỉ tiêu trong một kỳ: periodKey ("2026-M04", "2026-Q2", "2026-H1", "2026-Y"), periodLabel
/// ("Tháng 4/2026"), khoảng số liệu (dataFrom–dataTo, theo Nghị định 09/2019/NĐ-CP); value, hoặc numerator/denominator
/// với computed là tỷ lệ phần trăm tính ra; locked khi báo cáo chứa số liệu này đã được duyệt.
/// </summary>
public sealed record IndicatorValueDto(
    int IndicatorId,
    string PeriodKey,
    string PeriodLabel,
    DateOnly DataFrom,
    DateOnly DataTo,
    decimal? Value,
    decimal? Numerator,
    decimal? Denominator,
    decimal? Computed,
    string? Note,
    string UserName,
    DateTimeOffset At,
    int? ReportId,
    bool Locked)
{
    public static IndicatorValueDto From(IndicatorValue v, ReportingPeriod period, int cutOffDay, bool locked)
    {
        ArgumentNullException.ThrowIfNull(v);
        var window = period.DataWindow(cutOffDay);
        return new IndicatorValueDto(
            v.IndicatorId, period.Key, period.Label, window.Start, window.End, v.Value, v.Numerator, v.Denominator,
            ValueText.Computed(v) is { } c ? Math.Round(c, 4) : null, v.Note, v.UserName, v.At, v.ReportId, locked);
    }
}

/// <summary>
/// Màu của chỉ tiêu hôm nay: colour (red, orange, green, grey), label và explanation bằng tiếng Việt; expected là giá
/// trị cần có theo tiến độ, paceRatio là tỷ lệ tiến độ đạt được (1 = đúng tiến độ).
/// </summary>
public sealed record IndicatorColourDto(string Colour, string Label, string Explanation, decimal? Latest, decimal? Expected, decimal? PaceRatio)
{
    public static IndicatorColourDto From(IndicatorAssessment a)
    {
        ArgumentNullException.ThrowIfNull(a);
        return new IndicatorColourDto(a.Colour.CssKey(), a.Colour.Label(), a.Explain(), a.Latest,
            a.Expected is { } e ? Math.Round(e, 4) : null, a.PaceRatio is { } r ? Math.Round(r, 4) : null);
    }
}

/// <summary>Các số liệu đã ghi của chỉ tiêu trong năm của kế hoạch, kỳ báo cáo số liệu (frequency) và màu hôm nay.</summary>
public sealed record IndicatorValuesDto(int IndicatorId, int Year, string Frequency, IndicatorColourDto Colour, IReadOnlyList<IndicatorValueDto> Values);

/// <summary>Số liệu của một kỳ: một giá trị (value), hoặc tử số và mẫu số (numerator, denominator) của một tỷ lệ; không gửi cả hai.</summary>
/// <param name="Value">Giá trị, ví dụ 17.5 (không âm; chỉ tiêu tính bằng % thì từ 0 đến 100; tối đa 4 chữ số thập phân).</param>
/// <param name="Numerator">Tử số, ví dụ số cán bộ đã được đào tạo; không lớn hơn mẫu số.</param>
/// <param name="Denominator">Mẫu số, ví dụ tổng số cán bộ; lớn hơn 0.</param>
/// <param name="Note">Ghi chú (tối đa 1.000 ký tự).</param>
public sealed record IndicatorValueRequest(decimal? Value = null, decimal? Numerator = null, decimal? Denominator = null, string? Note = null)
{
    internal ValueToWrite? Validate(ApiErrors errors, string? unit)
    {
        var note = errors.Text("note", Note, "ghi chú", ValueRules.MaxNoteLength);
        var problems = ValueRules.Check(Value, Numerator, Denominator, unit);
        foreach (var (field, message) in problems)
        {
            errors.Add(char.ToLowerInvariant(field.ToString()[0]) + field.ToString()[1..], message);
        }

        return errors.IsEmpty ? new ValueToWrite(Value, Numerator, Denominator, note) : null;
    }
}
