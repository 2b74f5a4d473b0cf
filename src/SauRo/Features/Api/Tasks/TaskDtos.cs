using SauRo.Core.Plans;
using SauRo.Data.Entities;
using SauRo.Features.Api.Plans;
using SauRo.Features.Import;

namespace SauRo.Features.Api.Tasks;

/// <summary>
/// A deadline as written and as understood: kind is date, month, quarter, window, recurring, from, event or unknown;
/// start and end are ISO dates (end inclusive); every is month, quarter, halfYear or year for recurring duties;
/// meaning explains it in Vietnamese.
/// </summary>
public sealed record DeadlineDto(string Text, string Kind, DateOnly? Start, DateOnly? End, string? Every, bool OngoingAfter, string Meaning)
{
    public static DeadlineDto From(Deadline d) => new(d.Text, ApiNames.Of(d.Kind), d.Start, d.End, d.Every is { } every ? ApiNames.Of(every) : null, d.OngoingAfter, d.Describe());
}

/// <summary>The "06 rõ" check of a task: each point, whether all six are clear, and the missing ones in Vietnamese.</summary>
public sealed record SixClearDto(bool Who, bool What, bool When, bool Responsibility, bool Product, bool Authority, bool Complete, IReadOnlyList<string> Missing)
{
    public static SixClearDto From(SixClear s) => new(s.Who, s.What, s.When, s.Responsibility, s.Product, s.Authority, s.IsComplete, s.Missing);
}

/// <summary>A task of a plan (nhiệm vụ).</summary>
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
