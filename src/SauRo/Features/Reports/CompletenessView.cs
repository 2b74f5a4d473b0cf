using SauRo.Core.Monitoring;
using SauRo.Data.Entities;

namespace SauRo.Features.Reports;

/// <summary>Completeness of one reporting unit (an office, or the commune itself) over the reports chosen.</summary>
public sealed record UnitCompleteness(int UnitId, string UnitName, bool IsCommune, CompletenessFigures Figures);

/// <summary>
/// Completeness and timeliness of expected reports as of a day, per reporting unit and overall, with the missing
/// reports (due date passed, never submitted). Computed by <see cref="ReportCompleteness"/> plan by plan (a unit owes
/// one report per plan, duty and period) and added up: a submission counts on time when its first submission's
/// Vietnamese date is on or before the due date, so a report returned and submitted again keeps its first date.
/// </summary>
public sealed record CompletenessView(CompletenessFigures Overall, IReadOnlyList<UnitCompleteness> Units, IReadOnlyList<ExpectedReportRow> Missing, int NotYetDue)
{
    public static CompletenessView Compute(IReadOnlyList<ExpectedReportRow> rows, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var byUnit = new Dictionary<int, CompletenessFigures>();
        var missing = new List<ExpectedReportRow>();
        var notYetDue = 0;
        foreach (var plan in rows.GroupBy(r => (r.PlanId, r.DutyId)))
        {
            var list = plan.ToList();
            var expected = list.Select(r => new ExpectedReport(r.UnitId, r.Period, r.DueDate));
            var submissions = list.Where(r => r.Report is { SubmittedAt: not null }).SelectMany(r => Submissions(r.UnitId, r.Period, r.Report!));
            var result = ReportCompleteness.Compute(expected, submissions, today);
            foreach (var office in result.ByOffice)
            {
                byUnit[office.OfficeId] = byUnit.GetValueOrDefault(office.OfficeId, CompletenessFigures.Empty).Add(office.Figures);
            }

            var keys = result.Missing.Select(m => (m.OfficeId, m.Period)).ToHashSet();
            missing.AddRange(list.Where(r => keys.Contains((r.UnitId, r.Period))));
            notYetDue += result.NotYetDue.Count;
        }

        // Units in the order the rows first name them (offices in the commune's order), the commune itself last.
        var first = rows.Select((r, i) => (Row: r, Index: i)).GroupBy(x => x.Row.UnitId).ToDictionary(g => g.Key, g => g.First());
        var units = byUnit
            .Select(u => new UnitCompleteness(u.Key, first[u.Key].Row.UnitName, first[u.Key].Row.IsCommuneReport, u.Value))
            .OrderBy(u => u.IsCommune ? 1 : 0)
            .ThenBy(u => first[u.UnitId].Index)
            .ToList();
        var overall = units.Aggregate(CompletenessFigures.Empty, (sum, u) => sum.Add(u.Figures));
        return new CompletenessView(overall, units, missing.OrderBy(m => m.DueDate).ThenBy(m => m.UnitName, StringComparer.Ordinal).ToList(), notYetDue);
    }

    /// <summary>"100%", "66,7%", or "—" when nothing is expected.</summary>
    public static string Rate(decimal? rate) => rate is { } r
        ? (r * 100m).ToString("0.#", System.Globalization.CultureInfo.GetCultureInfo("vi-VN")) + "%"
        : "—";

    private static IEnumerable<ReportSubmission> Submissions(int unitId, ReportingPeriod period, StoredReport report)
    {
        var approved = report.State == ReportState.Approved;
        if (report.FirstSubmittedAt is { } first)
        {
            yield return new ReportSubmission(unitId, period, first, approved);
        }

        if (report.SubmittedAt is { } latest)
        {
            yield return new ReportSubmission(unitId, period, latest, approved);
        }
    }
}
