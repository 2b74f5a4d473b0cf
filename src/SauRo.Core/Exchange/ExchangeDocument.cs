using SauRo.Core.Plans;

namespace SauRo.Core.Exchange;

/// <summary>
/// A commune's plans and their monitoring facts as one system hands them to another (docs/exchange-json.md): the
/// commune, and for each plan its header, reporting duties, indicators with their values per period, tasks with their
/// deadlines and progress updates, and periodic reports. Statuses and colours are carried for information only: the
/// receiving side computes its own from the facts.
/// </summary>
public sealed record ExchangeDocument
{
    /// <summary>The value of the "format" field.</summary>
    public const string FormatName = "sauro-exchange";

    /// <summary>The only version this code reads and writes.</summary>
    public const int CurrentVersion = 1;

    public int Version { get; init; } = CurrentVersion;

    /// <summary>When the exporting system wrote the file; a later export of the same commune replaces an earlier one.</summary>
    public required DateTimeOffset ExportedAt { get; init; }

    /// <summary>The Vietnamese day the informational statuses were computed for (usually the day of <see cref="ExportedAt"/>).</summary>
    public DateOnly? StatusDate { get; init; }

    /// <summary>The exporting system, for people reading the file ("Sáu Rõ").</summary>
    public string? Source { get; init; }

    public required ExchangeCommune Commune { get; init; }

    public IReadOnlyList<ExchangePlan> Plans { get; init; } = [];
}

/// <summary>The commune or ward the file speaks for, and its province, by name.</summary>
public sealed record ExchangeCommune(string Name, string? Code, string Province);

/// <summary>One plan: header, reporting duties, indicators, tasks, reports.</summary>
public sealed record ExchangePlan
{
    /// <summary>The exporting system's identifier (unique among the file's plans), for references and messages.</summary>
    public string? Id { get; init; }

    /// <summary>"07/KH-BCĐ"; null while blank in a draft.</summary>
    public string? Number { get; init; }

    public string? NumberText { get; init; }

    public int? Year { get; init; }

    public required string Title { get; init; }

    public string? Place { get; init; }

    /// <summary>ISO date, possibly partial: yyyy-MM-dd, yyyy-MM or yyyy.</summary>
    public string? IssuedOn { get; init; }

    public string? Issuer { get; init; }

    public string? Signer { get; init; }

    public string? SignerRole { get; init; }

    public IReadOnlyList<string> Bases { get; init; } = [];

    public int? DeclaredIndicators { get; init; }

    public int? DeclaredTasks { get; init; }

    public IReadOnlyList<ExchangeDuty> Reporting { get; init; } = [];

    public IReadOnlyList<ExchangeIndicator> Indicators { get; init; } = [];

    public IReadOnlyList<ExchangeTask> Tasks { get; init; } = [];

    public IReadOnlyList<ExchangeReport> Reports { get; init; } = [];
}

/// <summary>A reporting duty: the offices report to the standing body, or the commune to the province.</summary>
public sealed record ExchangeDuty(ReportingParty From, string? To, ReportingFrequency Frequency, int DueDay, int? DueMonth, string? Text);

/// <summary>An indicator (chỉ tiêu), its target, its lead offices by name and its values per period.</summary>
public sealed record ExchangeIndicator
{
    public string? Id { get; init; }

    public string? Appendix { get; init; }

    public string? Group { get; init; }

    public string? Ordinal { get; init; }

    public required string Name { get; init; }

    public string? Unit { get; init; }

    /// <summary>The target as written ("≥ 80%").</summary>
    public string? TargetText { get; init; }

    public Comparator Comparator { get; init; } = Comparator.Exactly;

    public decimal? TargetValue { get; init; }

    public string? Source { get; init; }

    /// <summary>"table", "prose" or "manual".</summary>
    public string Origin { get; init; } = "manual";

    /// <summary>How often its values are reported; null: monthly.</summary>
    public ReportingFrequency? ValueFrequency { get; init; }

    public IReadOnlyList<string> Lead { get; init; } = [];

    public IReadOnlyList<ExchangeValue> Values { get; init; } = [];

    /// <summary>For information only: the exporting system's colour ("red", "orange", "green", "grey").</summary>
    public string? Colour { get; init; }
}

/// <summary>An indicator's value for one period: a value, or a numerator over a denominator.</summary>
public sealed record ExchangeValue
{
    /// <summary>"2026-M10", "2026-Q3", "2026-H2", "2026-Y".</summary>
    public required string Period { get; init; }

    public decimal? Value { get; init; }

    public decimal? Numerator { get; init; }

    public decimal? Denominator { get; init; }

    public string? Note { get; init; }

    public string? Office { get; init; }

    public string? By { get; init; }

    public DateTimeOffset? At { get; init; }

    /// <summary>The id of the plan's report that carries the value.</summary>
    public string? Report { get; init; }
}

/// <summary>A task (nhiệm vụ): content, offices by name, deadline, progress updates.</summary>
public sealed record ExchangeTask
{
    public string? Id { get; init; }

    public string? Appendix { get; init; }

    public string? AppendixTitle { get; init; }

    public string? Section { get; init; }

    public string? Ordinal { get; init; }

    public required string Content { get; init; }

    public IReadOnlyList<string> Lead { get; init; } = [];

    public IReadOnlyList<string> Cooperating { get; init; } = [];

    public string? Accountable { get; init; }

    public bool AccountableExpected { get; init; }

    public string? Product { get; init; }

    public IReadOnlyList<string> Basis { get; init; } = [];

    public ExchangeDeadline? Due { get; init; }

    public ExchangeDeadline? AdjustedDue { get; init; }

    /// <summary>Since when the task is followed (a recurring task is not judged for periods before it).</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    public IReadOnlyList<ExchangeUpdate> Updates { get; init; } = [];

    /// <summary>For information only: the exporting system's status ("done-on-time", "done-late", "in-progress", "overdue", "due-soon").</summary>
    public string? Status { get; init; }
}

/// <summary>A deadline as written, and how the exporting system understood it.</summary>
public sealed record ExchangeDeadline
{
    public required string Text { get; init; }

    public DeadlineKind? Kind { get; init; }

    public DateOnly? Start { get; init; }

    public DateOnly? End { get; init; }

    public Recurrence? Every { get; init; }

    public bool OngoingAfter { get; init; }
}

/// <summary>How far a task is, as an update states it.</summary>
public enum ExchangeProgress
{
    NotStarted,
    InProgress,
    Done,
}

/// <summary>A progress update of a task by its lead office.</summary>
public sealed record ExchangeUpdate
{
    public string? Id { get; init; }

    public required DateTimeOffset At { get; init; }

    public string? Office { get; init; }

    public string? By { get; init; }

    public required ExchangeProgress State { get; init; }

    public int PercentDone { get; init; }

    public DateOnly? CompletedOn { get; init; }

    public string? Result { get; init; }

    public string? EvidenceNumber { get; init; }

    public DateOnly? EvidenceDate { get; init; }

    public string? Difficulties { get; init; }

    public string? Proposals { get; init; }

    /// <summary>The evidence file's description; its bytes never travel in the file.</summary>
    public ExchangeAttachment? Attachment { get; init; }

    /// <summary>The id of the plan's report that carries the update.</summary>
    public string? Report { get; init; }
}

/// <summary>An attached file, described only.</summary>
public sealed record ExchangeAttachment(string FileName, long Size, string? ContentType);

/// <summary>The state of a periodic report.</summary>
public enum ExchangeReportState
{
    Draft,
    Submitted,
    Returned,
    Approved,
}

/// <summary>A periodic report of an office (or of the commune itself when <see cref="Office"/> is null).</summary>
public sealed record ExchangeReport
{
    public string? Id { get; init; }

    public string? Office { get; init; }

    /// <summary>"2026-M10": the frequency is the period's.</summary>
    public required string Period { get; init; }

    public required DateOnly DueDate { get; init; }

    public required ExchangeReportState State { get; init; }

    public string? Summary { get; init; }

    public DateTimeOffset? SubmittedAt { get; init; }

    public DateTimeOffset? FirstSubmittedAt { get; init; }

    public string? SubmittedBy { get; init; }

    public DateTimeOffset? ReviewedAt { get; init; }

    public string? ReviewedBy { get; init; }

    public string? ReviewComment { get; init; }
}
