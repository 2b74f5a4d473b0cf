using Microsoft.EntityFrameworkCore;
using SauRo.Core.Monitoring;
using SauRo.Core.Plans;
using SauRo.Data;
using SauRo.Data.Entities;
using SauRo.Features.Reporting;

namespace SauRo.Features.Reports;

/// <summary>
/// One report the reporting calendar expects: a plan's duty, the unit that owes it (an office, or the plan's own unit
/// reporting up), one period, its due date, and the stored report when one has been opened.
/// </summary>
public sealed record ExpectedReportRow(
    int PlanId,
    int PlanUnitId,
    string PlanTitle,
    string? PlanNumber,
    int DutyId,
    ReportingParty From,
    string? To,
    int UnitId,
    string UnitName,
    ReportingPeriod Period,
    DateOnly DueDate,
    StoredReport? Report)
{
    /// <summary>Whether the unit is the plan's own (the commune reporting to the province) rather than one of its offices.</summary>
    public bool IsCommuneReport => UnitId == PlanUnitId;

    /// <summary>Submitted at least once (a returned report still counts, see ReportCompleteness).</summary>
    public bool Submitted => Report?.FirstSubmittedAt is not null || Report?.SubmittedAt is not null;

    /// <summary>The page of the report: the stored one, or the address that opens (creates) it.</summary>
    public string Url => Report is { } r
        ? $"/Reports/{r.Id}"
        : $"/Reports/Open?dutyId={DutyId}&unitId={UnitId}&period={Period.Key}";
}

/// <summary>What the calendar and the completeness need of a stored report (not its text, read only on its own page).</summary>
public sealed record StoredReport(
    int Id, int DutyId, int UnitId, string PeriodKey, ReportState State, DateOnly DueDate, DateTimeOffset? SubmittedAt, DateTimeOffset? FirstSubmittedAt);

/// <summary>
/// The reports a set of plans expects, from their reporting duties (<see cref="ReportingCalendar"/>):
/// <list type="bullet">
/// <item>a duty "from the offices" expects one report per period from every office of the plan's unit that leads at
/// least one task or indicator of the plan (lead links to a unit; a group like "Các cơ quan, đơn vị" names nobody);</item>
/// <item>a duty "from the commune" expects one report per period from the plan's unit itself, filed by its standing body.</item>
/// </list>
/// Periods are those whose data window ends within [<c>from</c>, <c>to</c>] and within the plan's year from the day its
/// tracking starts (<see cref="PlanYear"/>). A report already stored for a unit that no longer leads anything is kept in
/// the list. The due date of a submitted report is the one frozen at its submission; else the calendar's.
/// </summary>
public static class ExpectedReports
{
    public static async Task<List<ExpectedReportRow>> ForPlansAsync(
        SauRoDbContext db, IEnumerable<int> planIds, DateOnly from, DateOnly to, int cutOffDay, CancellationToken cancellation)
    {
        var ids = planIds.Distinct().ToList();
        if (ids.Count == 0 || to < from)
        {
            return [];
        }

        var plans = await db.Plans.AsNoTracking().Where(p => ids.Contains(p.Id))
            .Select(p => new { p.Id, p.UnitId, p.Title, p.Number, p.Year, p.IssuedOn, p.CreatedAt })
            .ToListAsync(cancellation);
        var duties = await db.PlanReportingDuties.AsNoTracking().Where(d => ids.Contains(d.PlanId)).OrderBy(d => d.Id).ToListAsync(cancellation);
        var taskLeads = await db.TaskUnits.AsNoTracking()
            .Where(u => u.Role == TaskUnitRole.Lead && u.UnitId != null)
            .Join(db.Tasks.Where(t => ids.Contains(t.PlanId)), u => u.TaskId, t => t.Id, (u, t) => new { t.PlanId, UnitId = u.UnitId!.Value })
            .Distinct()
            .ToListAsync(cancellation);
        var indicatorLeads = await db.IndicatorLeads.AsNoTracking()
            .Where(l => l.UnitId != null)
            .Join(db.Indicators.Where(i => ids.Contains(i.PlanId)), l => l.IndicatorId, i => i.Id, (l, i) => new { i.PlanId, UnitId = l.UnitId!.Value })
            .Distinct()
            .ToListAsync(cancellation);
        var reports = await db.Reports.AsNoTracking().Where(r => ids.Contains(r.PlanId))
            .Select(r => new StoredReport(r.Id, r.DutyId, r.UnitId, r.PeriodKey, r.State, r.DueDate, r.SubmittedAt, r.FirstSubmittedAt))
            .ToListAsync(cancellation);

        var planUnits = plans.Select(p => p.UnitId).ToHashSet();
        var unitIds = taskLeads.Select(l => l.UnitId).Concat(indicatorLeads.Select(l => l.UnitId)).Concat(planUnits).Concat(reports.Select(r => r.UnitId)).ToHashSet();
        // The plans' units and their offices (a short list of ids, not one per office), then any other unit named.
        var units = await db.Units.AsNoTracking().Where(u => planUnits.Contains(u.Id) || (u.ParentId != null && planUnits.Contains(u.ParentId.Value)))
            .Select(u => new { u.Id, u.Name, u.Kind, u.ParentId, u.SortOrder })
            .ToDictionaryAsync(u => u.Id, cancellation);
        var others = unitIds.Where(id => !units.ContainsKey(id)).ToList();
        if (others.Count > 0)
        {
            foreach (var unit in await db.Units.AsNoTracking().Where(u => others.Contains(u.Id)).Select(u => new { u.Id, u.Name, u.Kind, u.ParentId, u.SortOrder }).ToListAsync(cancellation))
            {
                units[unit.Id] = unit;
            }
        }

        var leadsByPlan = taskLeads.Select(l => (l.PlanId, l.UnitId)).Concat(indicatorLeads.Select(l => (l.PlanId, l.UnitId)))
            .ToLookup(l => l.PlanId, l => l.UnitId);
        var reportsByKey = reports.ToDictionary(r => (r.DutyId, r.UnitId, r.PeriodKey));
        var reportsByDuty = reports.ToLookup(r => r.DutyId);
        var dutiesByPlan = duties.ToLookup(d => d.PlanId);
        var rows = new List<ExpectedReportRow>();
        foreach (var plan in plans)
        {
            var year = PlanYear.Of(plan.Year, plan.IssuedOn, plan.CreatedAt);
            var start = Max(from, year.Start);
            var end = Min(to, year.Last);
            var offices = leadsByPlan[plan.Id].Distinct()
                .Where(u => units.TryGetValue(u, out var unit) && unit.Kind == UnitKind.Office && unit.ParentId == plan.UnitId)
                .OrderBy(u => units[u].SortOrder).ThenBy(u => units[u].Name, StringComparer.Ordinal).ToList();
            foreach (var duty in dutiesByPlan[plan.Id])
            {
                if (DutyText.Calendar(duty) is not { } calendar || DutyText.Party(duty.FromParty) is not { } party)
                {
                    continue;
                }

                var expectedUnits = party == ReportingParty.Offices ? offices : [plan.UnitId];
                var seen = new HashSet<(int, string)>();
                foreach (var scheduled in start > end ? [] : calendar.Schedule(start, end, cutOffDay))
                {
                    foreach (var unitId in expectedUnits)
                    {
                        seen.Add((unitId, scheduled.Period.Key));
                        rows.Add(Row(scheduled.Period, scheduled.DueDate, unitId));
                    }
                }

                // Reports stored for a unit or period the calendar no longer expects are still shown.
                foreach (var report in reportsByDuty[duty.Id].Where(r => !seen.Contains((r.UnitId, r.PeriodKey))))
                {
                    if (ReportingPeriod.TryParse(report.PeriodKey, out var period) && period.Frequency == calendar.Frequency
                        && period.DataWindow(cutOffDay).End is var dataEnd && dataEnd >= from && dataEnd <= to)
                    {
                        rows.Add(Row(period, calendar.DueDate(period, cutOffDay), report.UnitId));
                    }
                }

                ExpectedReportRow Row(ReportingPeriod period, DateOnly due, int unitId)
                {
                    var report = reportsByKey.GetValueOrDefault((duty.Id, unitId, period.Key));
                    return new ExpectedReportRow(
                        plan.Id,
                        plan.UnitId,
                        plan.Title,
                        plan.Number,
                        duty.Id,
                        party,
                        duty.ToText,
                        unitId,
                        units.TryGetValue(unitId, out var unit) ? unit.Name : "?",
                        period,
                        report is { SubmittedAt: not null } ? report.DueDate : due,
                        report);
                }
            }
        }

        return rows
            .OrderBy(r => r.PlanId)
            .ThenBy(r => r.DueDate)
            .ThenBy(r => r.DutyId)
            .ThenBy(r => r.IsCommuneReport ? 0 : 1)
            .ThenBy(r => units.TryGetValue(r.UnitId, out var u) ? u.SortOrder : 0)
            .ThenBy(r => r.UnitName, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The expected reports of one plan over its whole year.</summary>
    public static Task<List<ExpectedReportRow>> ForPlanYearAsync(SauRoDbContext db, int planId, int cutOffDay, CancellationToken cancellation) =>
        ForPlansAsync(db, [planId], DateOnly.MinValue, DateOnly.MaxValue, cutOffDay, cancellation);

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
