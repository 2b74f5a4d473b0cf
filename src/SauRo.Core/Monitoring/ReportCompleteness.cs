namespace SauRo.Core.Monitoring;

/// <summary>
/// A report a unit owes: the office reporting to the standing body, or the commune itself (its unit id) reporting to
/// the province, for one period, due on <see cref="DueDate"/> inclusive (see <see cref="ReportingCalendar"/>).
/// </summary>
public sealed record ExpectedReport(int OfficeId, ReportingPeriod Period, DateOnly DueDate);

/// <summary>One submission of a report (a returned and resubmitted report has several), at an instant.</summary>
public sealed record ReportSubmission(int OfficeId, ReportingPeriod Period, DateTimeOffset SubmittedAt, bool Approved)
{
    /// <summary>The Vietnamese date of the submission, which on-time is judged by.</summary>
    public DateOnly SubmittedOn => VietnamTime.DateOf(SubmittedAt);
}

/// <summary>
/// Counts of reports and their rates as fractions (0–1). Rates are null when nothing is expected: "no report owed"
/// is not "0% submitted", and a page shows "—" rather than ranking the unit last.
/// </summary>
public sealed record CompletenessFigures(int Expected, int Submitted, int OnTime, int Approved)
{
    public static readonly CompletenessFigures Empty = new(0, 0, 0, 0);

    public int Missing => Expected - Submitted;

    public int Late => Submitted - OnTime;

    public decimal? SubmittedRate => Rate(Submitted);

    public decimal? OnTimeRate => Rate(OnTime);

    public decimal? ApprovedRate => Rate(Approved);

    public CompletenessFigures Add(CompletenessFigures other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new(Expected + other.Expected, Submitted + other.Submitted, OnTime + other.OnTime, Approved + other.Approved);
    }

    private decimal? Rate(int count) => Expected == 0 ? null : (decimal)count / Expected;
}

public sealed record OfficeCompleteness(int OfficeId, CompletenessFigures Figures);

/// <summary>Completeness overall and per office (ordered by office id), with the reports missing and those not yet due.</summary>
public sealed record CompletenessResult(
    CompletenessFigures Overall,
    IReadOnlyList<OfficeCompleteness> ByOffice,
    IReadOnlyList<ExpectedReport> Missing,
    IReadOnlyList<ExpectedReport> NotYetDue);

/// <summary>
/// Completeness and timeliness of reports as of a Vietnamese date. A report counts as expected once it is submitted
/// or its due date has passed (today &gt; due date); one not yet due and not submitted is listed in
/// <see cref="CompletenessResult.NotYetDue"/> and counted nowhere. Submitted: at least one submission (a report
/// returned for corrections still counts as submitted). On time: the first submission's Vietnamese date is on or before
/// the due date, so a resubmission after a return does not make an on-time report late. Approved: one submission is
/// approved. Submissions for periods nobody expects are ignored. Rates are null when nothing is expected.
/// </summary>
public static class ReportCompleteness
{
    public static CompletenessResult Compute(IEnumerable<ExpectedReport> expected, IEnumerable<ReportSubmission> submissions, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(submissions);

        var byReport = submissions
            .GroupBy(s => (s.OfficeId, s.Period))
            .ToDictionary(g => g.Key, g => (First: g.Min(s => s.SubmittedOn), Approved: g.Any(s => s.Approved)));

        var offices = new SortedDictionary<int, CompletenessFigures>();
        var missing = new List<ExpectedReport>();
        var notYetDue = new List<ExpectedReport>();
        foreach (var report in expected.DistinctBy(e => (e.OfficeId, e.Period)))
        {
            var figures = offices.GetValueOrDefault(report.OfficeId, CompletenessFigures.Empty);
            if (byReport.TryGetValue((report.OfficeId, report.Period), out var sent))
            {
                var onTime = ReportingCalendar.IsOnTime(sent.First, report.DueDate);
                figures = figures.Add(new CompletenessFigures(1, 1, onTime ? 1 : 0, sent.Approved ? 1 : 0));
            }
            else if (today > report.DueDate)
            {
                figures = figures.Add(new CompletenessFigures(1, 0, 0, 0));
                missing.Add(report);
            }
            else
            {
                notYetDue.Add(report);
            }

            offices[report.OfficeId] = figures;
        }

        var byOffice = offices.Select(o => new OfficeCompleteness(o.Key, o.Value)).ToList();
        var overall = byOffice.Aggregate(CompletenessFigures.Empty, (sum, o) => sum.Add(o.Figures));
        return new CompletenessResult(overall, byOffice, missing, notYetDue);
    }
}
