using SauRo.Core.Import.Documents;
using SauRo.Core.Plans;

namespace SauRo.Core.Import;

/// <summary>What a plan document says, as read by <see cref="PlanParser"/>.</summary>
public sealed record ParsedPlan(
    PlanHeader Header,
    IReadOnlyList<ParsedIndicator> Indicators,
    IReadOnlyList<ParsedTask> Tasks,
    IReadOnlyList<ReportingDuty> Reporting,
    IReadOnlyList<string> Warnings,
    LocationKind LocationKind)
{
    /// <summary>"dòng 12" (text files) or "đoạn 12" (Word files): where an item was read.</summary>
    public string Where(int position) => LocationKind == LocationKind.Line ? $"dòng {position}" : $"đoạn {position}";
}

/// <summary>The plan's header: number, place and date, issuer, title, bases, signer, declared counts.</summary>
public sealed record PlanHeader
{
    /// <summary>"01/KH-BCĐ"; null while the number is blank in a draft ("/KH-UBND").</summary>
    public string? Number { get; init; }

    /// <summary>The number as written, even when blank ("/KH-UBND").</summary>
    public string? NumberText { get; init; }

    public string? Place { get; init; }

    public PartialDate? IssuedOn { get; init; }

    /// <summary>The issuing body as written at the top ("ỦY BAN NHÂN DÂN XÃ PHONG QUANG").</summary>
    public string? Issuer { get; init; }

    public string? Title { get; init; }

    public IReadOnlyList<string> Bases { get; init; } = [];

    public string? Signer { get; init; }

    /// <summary>The signer's role line ("PHÓ CHỦ TỊCH").</summary>
    public string? SignerRole { get; init; }

    public int? DeclaredIndicators { get; init; }

    public int? DeclaredTasks { get; init; }

    /// <summary>The year the plan is for: from its date, else from its title.</summary>
    public int? Year { get; init; }

    /// <summary>True when the text has a "KẾ HOẠCH" heading.</summary>
    public bool HasPlanHeading { get; init; }
}

/// <summary>Where an item was read from.</summary>
public enum ItemOrigin
{
    Table,
    Prose,
}

public sealed record ParsedIndicator(
    string? Ordinal,
    string? Group,
    string Name,
    Target Target,
    IReadOnlyList<string> Lead,
    string? Source,
    ItemOrigin Origin,
    string? Appendix,
    int Position);

public sealed record ParsedTask(
    string? Appendix,
    string? AppendixTitle,
    string? Section,
    string? Ordinal,
    string Content,
    IReadOnlyList<string> Lead,
    IReadOnlyList<string> Cooperating,
    string? Accountable,
    string? Product,
    Deadline Due,
    Deadline? AdjustedDue,
    IReadOnlyList<string> Basis,
    SixClear SixClear,
    int Position)
{
    /// <summary>True when the task's table has a column for the accountable person (then rõ người needs it).</summary>
    public bool AccountableExpected { get; init; }
}
