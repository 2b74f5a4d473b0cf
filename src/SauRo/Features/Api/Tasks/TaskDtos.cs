using SauRo.Core.Plans;
using SauRo.Data.Entities;
using SauRo.Features.Api.Plans;
using SauRo.Features.Import;

namespace SauRo.Features.Api.Tasks;

/// <summary>
/// Thời hạn như viết (text) và như hiểu: kind là date, month, quarter, window, recurring, from, event hoặc unknown
/// (không hiểu, giữ nguyên văn); start, end là ngày ISO (end là ngày cuối phải xong); every là month, quarter,
/// halfYear hoặc year với việc định kỳ; ongoingAfter: xong rồi còn duy trì; meaning: diễn giải tiếng Việt.
/// </summary>
public sealed record DeadlineDto(string Text, string Kind, DateOnly? Start, DateOnly? End, string? Every, bool OngoingAfter, string Meaning)
{
    public static DeadlineDto From(Deadline d) => new(d.Text, ApiNames.Of(d.Kind), d.Start, d.End, d.Every is { } every ? ApiNames.Of(every) : null, d.OngoingAfter, d.Describe());
}

/// <summary>Kiểm tra "06 rõ": từng điểm (người, việc, thời gian, trách nhiệm, sản phẩm, thẩm quyền), complete khi đủ cả sáu, missing là các điểm còn thiếu.</summary>
public sealed record SixClearDto(bool Who, bool What, bool When, bool Responsibility, bool Product, bool Authority, bool Complete, IReadOnlyList<string> Missing)
{
    public static SixClearDto From(SixClear s) => new(s.Who, s.What, s.When, s.Responsibility, s.Product, s.Authority, s.IsComplete, s.Missing);
}

/// <summary>Một nhiệm vụ của kế hoạch, kèm thời hạn đã hiểu và kiểm tra 06 rõ.</summary>
public sealed record TaskDto(
    int Id,
    int PlanId,
    int Position,
    string? Appendix,
    string? AppendixTitle,
    string? Section,
    string? Ordinal,
    string Content,
    IReadOnlyList<OfficeRefDto> Lead,
    IReadOnlyList<OfficeRefDto> Cooperating,
    string? Accountable,
    string? Product,
    IReadOnlyList<string> Basis,
    DeadlineDto Deadline,
    DeadlineDto? AdjustedDeadline,
    SixClearDto SixClear,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    /// <summary>From a task loaded with its units (and their unit) and bases.</summary>
    public static TaskDto From(PlanTask t) => new(
        t.Id,
        t.PlanId,
        t.Position,
        t.Appendix,
        t.AppendixTitle,
        t.Section,
        t.Ordinal,
        t.Content,
        Offices(t, TaskUnitRole.Lead),
        Offices(t, TaskUnitRole.Cooperating),
        t.Accountable,
        t.Product,
        t.Bases.OrderBy(b => b.Position).Select(b => b.Text).ToList(),
        DeadlineDto.From(PlanMapping.Due(t)),
        PlanMapping.AdjustedDue(t) is { } adjusted ? DeadlineDto.From(adjusted) : null,
        SixClearDto.From(PlanMapping.SixClear(t)),
        t.CreatedAt,
        t.UpdatedAt);

    private static List<OfficeRefDto> Offices(PlanTask t, TaskUnitRole role) =>
        t.Units.Where(u => u.Role == role).OrderBy(u => u.Position).Select(u => OfficeLinks.Ref(u.Name, u.UnitId, u.Unit)).ToList();
}
