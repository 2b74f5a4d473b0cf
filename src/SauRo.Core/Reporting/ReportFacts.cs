using SauRo.Core.Monitoring;

namespace SauRo.Core.Reporting;

/// <summary>A plan a report covers: its title and number ("07/KH-BCĐ"; null while blank).</summary>
public sealed record PlanFact(string Title, string? Number);

/// <summary>A task as a report speaks of it: its content, the office in charge, its status today and what it was measured against.</summary>
public sealed record TaskFact(string Name, string Office, PlanTaskStatus Status)
{
    /// <summary>The deadline (or, for a recurring task, the due date of <see cref="Period"/>) the status is measured against.</summary>
    public DateOnly? DueDate { get; init; }

    /// <summary>Days past <see cref="DueDate"/> when overdue or done late.</summary>
    public int? DaysLate { get; init; }

    /// <summary>For recurring and ongoing tasks: the period the status is about.</summary>
    public ReportingPeriod? Period { get; init; }

    /// <summary>The reason the office gave for the delay (its explanation, or the difficulties of its latest update), if any.</summary>
    public string? Reason { get; init; }

    /// <summary>The commune the task belongs to (in a province's report).</summary>
    public string? Commune { get; init; }
}

/// <summary>An indicator as a report speaks of it: its colour, target and the period's value as they read ("≥ 80%", "75%").</summary>
public sealed record IndicatorFact(string Name, IndicatorColour Colour, string Target, string? Value);

/// <summary>Difficulties and proposals an office wrote in one of its updates of the period.</summary>
public sealed record OfficeNote(string Office, string? Difficulties, string? Proposals);

/// <summary>
/// What a commune's periodic report is generated from: the period and its data window, the day the statuses are
/// measured (today), the plans of the year, their tasks with today's status, their indicators with the period's value
/// and colour, the offices' difficulties and proposals of the period, and the completeness of the period's reports.
/// </summary>
public sealed record CommuneFacts(string CommuneName, ReportingPeriod Period, DateWindow DataWindow, DateOnly Today)
{
    public IReadOnlyList<PlanFact> Plans { get; init; } = [];

    public IReadOnlyList<TaskFact> Tasks { get; init; } = [];

    public IReadOnlyList<IndicatorFact> Indicators { get; init; } = [];

    public IReadOnlyList<OfficeNote> Notes { get; init; } = [];

    /// <summary>Reports of the period due so far (or submitted): expected, submitted, on time.</summary>
    public CompletenessFigures Reports { get; init; } = CompletenessFigures.Empty;

    /// <summary>The units whose report of the period is past due and not submitted.</summary>
    public IReadOnlyList<string> MissingReports { get; init; } = [];

    /// <summary>Reports of the period not due yet and not submitted.</summary>
    public int ReportsNotYetDue { get; init; }

    /// <summary>How many days before its deadline a task is "sắp đến hạn".</summary>
    public int DueSoonDays { get; init; } = 7;
}

/// <summary>One commune in a province's consolidated report.</summary>
public sealed record CommuneSummaryFact(string Name, TaskCounts Tasks, ColourCounts Indicators, CompletenessFigures Reports)
{
    /// <summary>Whether the commune has at least one plan of the year.</summary>
    public bool HasPlans { get; init; } = true;

    /// <summary>Reports the commune itself owes the province for the period (by its plans' duties), due or not.</summary>
    public int OwnReportsOwed { get; init; }

    /// <summary>Of those, submitted.</summary>
    public int OwnReportsSubmitted { get; init; }

    public bool Reported => OwnReportsOwed > 0 && OwnReportsSubmitted >= OwnReportsOwed;
}

/// <summary>What a province's consolidated report is generated from: its communes and their overdue tasks.</summary>
public sealed record ProvinceFacts(string ProvinceName, ReportingPeriod Period, DateWindow DataWindow, DateOnly Today)
{
    public IReadOnlyList<CommuneSummaryFact> Communes { get; init; } = [];

    /// <summary>The overdue tasks of every commune, with <see cref="TaskFact.Commune"/> set.</summary>
    public IReadOnlyList<TaskFact> Overdue { get; init; } = [];
}
