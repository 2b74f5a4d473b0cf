using SauRo.Core.Monitoring;
using SauRo.Core.Reporting;
using SauRo.Features.Reports;

namespace SauRo.Features.ReportFiles;

/// <summary>A task in a report: where it sits in its plan, its content, office in charge, deadline as written, status today.</summary>
public sealed record ReportTask(int Id, int CommuneId, string? Appendix, string? Ordinal, string Content, string Office, string DueText, TaskStatusResult Status)
{
    /// <summary>The latest result reported with its evidence ("Đã ban hành … (văn bản số 12/BC-UBND ngày 01/10/2026)").</summary>
    public string? Result { get; init; }

    /// <summary>The reason the office gave for a delay: its latest explanation answer, else the latest difficulties it reported.</summary>
    public string? Reason { get; init; }

    public TaskFact Fact(string? commune = null) => new(Content, Office, Status.Status)
    {
        DueDate = Status.DueDate,
        DaysLate = Status.DaysLate,
        Period = Status.Period,
        Reason = Reason,
        Commune = commune,
    };
}

/// <summary>An indicator in a report: its target as it reads, the period's value (as a number and as it reads) and its colour.</summary>
public sealed record ReportIndicator(int Id, string? Ordinal, string Name, string? Unit, string Target, decimal? Value, string? ValueText, IndicatorColour Colour)
{
    public IndicatorFact Fact => new(Name, Colour, Target, ValueText);
}

/// <summary>
/// Everything a commune's periodic report shows, loaded by <see cref="ReportData.CommuneAsync"/>: the plans of the
/// period's year, their tasks with today's status, their indicators with the period's value and colour, the offices'
/// notes of the period, and the completeness of the period's reports.
/// </summary>
public sealed record CommuneReport(int UnitId, string Name, ReportingPeriod Period, DateWindow Window, DateOnly Today)
{
    public IReadOnlyList<PlanFact> Plans { get; init; } = [];

    public string? Signer { get; init; }

    public IReadOnlyList<string> Recipients { get; init; } = [];

    public IReadOnlyList<ReportTask> Tasks { get; init; } = [];

    public IReadOnlyList<ReportIndicator> Indicators { get; init; } = [];

    public IReadOnlyList<OfficeNote> Notes { get; init; } = [];

    public CompletenessView Completeness { get; init; } = CompletenessView.Compute([], DateOnly.MinValue);

    public int DueSoonDays { get; init; } = 7;

    public CommuneFacts Facts() => new(Name, Period, Window, Today)
    {
        Plans = Plans,
        Tasks = Tasks.Select(t => t.Fact()).ToList(),
        Indicators = Indicators.Select(i => i.Fact).ToList(),
        Notes = Notes,
        Reports = Completeness.Overall,
        MissingReports = Completeness.Missing.Select(m => m.UnitName).Distinct(StringComparer.Ordinal).ToList(),
        ReportsNotYetDue = Completeness.NotYetDue,
        DueSoonDays = DueSoonDays,
    };

    public ReportHeading Heading() => ReportHeading.For(Name, Today, ReportHeading.CommuneSummary(Plans, Period), Recipients, Signer);
}

/// <summary>An overdue task of one of a province's communes.</summary>
public sealed record ProvinceOverdueTask(string Commune, ReportTask Task);

/// <summary>Everything a province's consolidated report shows, loaded by <see cref="ReportData.ProvinceAsync"/>.</summary>
public sealed record ProvinceReport(int UnitId, string Name, ReportingPeriod Period, DateWindow Window, DateOnly Today)
{
    public IReadOnlyList<CommuneSummaryFact> Communes { get; init; } = [];

    public IReadOnlyList<ProvinceOverdueTask> Overdue { get; init; } = [];

    public ProvinceFacts Facts() => new(Name, Period, Window, Today)
    {
        Communes = Communes,
        Overdue = Overdue.Select(o => o.Task.Fact(o.Commune)).ToList(),
    };

    public ReportHeading Heading() => ReportHeading.For(
        Name,
        Today,
        ReportHeading.ProvinceSummary(Period),
        ["Bộ Khoa học và Công nghệ", "Thường trực Tỉnh ủy, HĐND, UBND tỉnh", "Các thành viên Ban Chỉ đạo tỉnh", "UBND các xã, phường"],
        null);
}
