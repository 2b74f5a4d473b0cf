using Microsoft.EntityFrameworkCore;
using SauRo.Core.Monitoring;
using SauRo.Data;
using SauRo.Data.Entities;
using SauRo.Features.Indicators.Values;

namespace SauRo.Features.Reports;

/// <summary>A task in a report: the update the report carries (or will carry), and the latest one before it.</summary>
public sealed record ReportTaskLine(PlanTask Task, string LeadNames, TaskUpdate? Current, TaskUpdate? Earlier, string? FromOffice);

/// <summary>An indicator in a report: the period of its values the report carries, the value, and whether it may still change.</summary>
public sealed record ReportIndicatorLine(Indicator Indicator, ReportingPeriod? Period, IndicatorValue? Value, bool Locked, bool FromApproved);

/// <summary>What a report holds, gathered for its page and its submission.</summary>
public sealed class ReportSheet
{
    public required Report Report { get; init; }

    public required int PlanUnitId { get; init; }

    public required ReportingPeriod Period { get; init; }

    public required DateWindow Window { get; init; }

    /// <summary>The report of the plan's own unit (the commune to the province), which consolidates the offices' reports.</summary>
    public bool IsCommuneReport => Report.UnitId == PlanUnitId;

    /// <summary>Draft or returned: the reporting unit may still change it.</summary>
    public bool Open => Report.State is ReportState.Draft or ReportState.Returned;

    public List<ReportTaskLine> Tasks { get; } = [];

    public List<ReportIndicatorLine> Indicators { get; } = [];

    /// <summary>For the commune's report: the offices' reports whose period ends within its data window.</summary>
    public List<ExpectedReportRow> OfficeReports { get; } = [];

    /// <summary>
    /// The updates the report gathers for a task: those it already carries, and while it is open, those not yet in a
    /// report written by (or for) the reporting office since its data window started — an update made while filing a
    /// late report belongs to it.
    /// </summary>
    public static bool Gathers(TaskUpdate update, Report report, DateWindow window, bool open) =>
        update.ReportId == report.Id
        || (open && update.ReportId is null && (update.OfficeId is null || update.OfficeId == report.UnitId) && VietnamTime.DateOf(update.At) >= window.Start);

    public static async Task<ReportSheet> LoadAsync(SauRoDbContext db, Report report, int planUnitId, int cutOffDay, CancellationToken cancellation)
    {
        var period = ReportingPeriod.Parse(report.PeriodKey);
        var sheet = new ReportSheet { Report = report, PlanUnitId = planUnitId, Period = period, Window = period.DataWindow(cutOffDay) };
        if (sheet.IsCommuneReport)
        {
            await sheet.LoadConsolidatedAsync(db, cutOffDay, cancellation);
        }
        else
        {
            await sheet.LoadOfficeAsync(db, cutOffDay, cancellation);
        }

        return sheet;
    }

    private async Task LoadOfficeAsync(SauRoDbContext db, int cutOffDay, CancellationToken cancellation)
    {
        var office = Report.UnitId;
        var tasks = await db.Tasks.AsNoTracking().Include(t => t.Units)
            .Where(t => t.PlanId == Report.PlanId && t.Units.Any(u => u.Role == TaskUnitRole.Lead && u.UnitId == office))
            .OrderBy(t => t.Position).ThenBy(t => t.Id)
            .ToListAsync(cancellation);
        var taskIds = tasks.Select(t => t.Id).ToList();
        var updates = (await db.TaskUpdates.AsNoTracking().Where(u => taskIds.Contains(u.TaskId)).ToListAsync(cancellation)).ToLookup(u => u.TaskId);
        foreach (var task in tasks)
        {
            var own = updates[task.Id].OrderBy(u => u.At).ThenBy(u => u.Id).ToList();
            var current = own.LastOrDefault(u => Gathers(u, Report, Window, Open));
            var earlier = own.LastOrDefault(u => u != current && (current is null || u.At < current.At));
            Tasks.Add(new ReportTaskLine(task, LeadNames(task), current, earlier, null));
        }

        var indicators = await db.Indicators.AsNoTracking().Include(i => i.Leads)
            .Where(i => i.PlanId == Report.PlanId && i.Leads.Any(l => l.UnitId == office))
            .OrderBy(i => i.Position).ThenBy(i => i.Id)
            .ToListAsync(cancellation);
        await AddIndicatorsAsync(db, indicators, cutOffDay, approvedReports: [], cancellation);
    }

    private async Task LoadConsolidatedAsync(SauRoDbContext db, int cutOffDay, CancellationToken cancellation)
    {
        var rows = await ExpectedReports.ForPlanYearAsync(db, Report.PlanId, cutOffDay, cancellation);
        OfficeReports.AddRange(rows.Where(r => !r.IsCommuneReport && Window.Contains(r.Period.DataWindow(cutOffDay).End)));
        var approved = OfficeReports.Where(r => r.Report?.State == ReportState.Approved).Select(r => r.Report!.Id).ToHashSet();
        var offices = OfficeReports.Where(r => r.Report is not null).ToDictionary(r => r.Report!.Id, r => r.UnitName);

        var tasks = await db.Tasks.AsNoTracking().Include(t => t.Units).Where(t => t.PlanId == Report.PlanId)
            .OrderBy(t => t.Position).ThenBy(t => t.Id).ToListAsync(cancellation);
        var updates = await db.TaskUpdates.AsNoTracking()
            .Where(u => u.ReportId != null && approved.Contains(u.ReportId.Value)).ToListAsync(cancellation);
        var latest = updates.GroupBy(u => u.TaskId).ToDictionary(g => g.Key, g => g.OrderBy(u => u.At).ThenBy(u => u.Id).Last());
        foreach (var task in tasks)
        {
            var current = latest.GetValueOrDefault(task.Id);
            Tasks.Add(new ReportTaskLine(task, LeadNames(task), current, null, current?.ReportId is { } r ? offices.GetValueOrDefault(r) : null));
        }

        var indicators = await db.Indicators.AsNoTracking().Include(i => i.Leads).Where(i => i.PlanId == Report.PlanId)
            .OrderBy(i => i.Position).ThenBy(i => i.Id).ToListAsync(cancellation);
        await AddIndicatorsAsync(db, indicators, cutOffDay, approved, cancellation);
    }

    private async Task AddIndicatorsAsync(SauRoDbContext db, List<Indicator> indicators, int cutOffDay, HashSet<int> approvedReports, CancellationToken cancellation)
    {
        var periods = indicators.ToDictionary(i => i.Id, i => IndicatorPeriods.CarriedBy(IndicatorPeriods.Frequency(i.ValueFrequency), Period, cutOffDay));
        var ids = indicators.Select(i => i.Id).ToList();
        var keys = periods.Values.OfType<ReportingPeriod>().Select(p => p.Key).Distinct().ToList();
        var values = await db.IndicatorValues.AsNoTracking().Where(v => ids.Contains(v.IndicatorId) && keys.Contains(v.PeriodKey)).ToListAsync(cancellation);
        var carriers = values.Select(v => v.ReportId).OfType<int>().Distinct().ToList();
        var approvedCarriers = await db.Reports.AsNoTracking().Where(r => carriers.Contains(r.Id) && r.State == ReportState.Approved)
            .Select(r => r.Id).ToListAsync(cancellation);
        foreach (var indicator in indicators)
        {
            indicator.Leads.Sort((a, b) => a.Position.CompareTo(b.Position));
            var period = periods[indicator.Id];
            var value = period is { } p ? values.FirstOrDefault(v => v.IndicatorId == indicator.Id && v.PeriodKey == p.Key) : null;
            var locked = value?.ReportId is { } carrier && approvedCarriers.Contains(carrier);
            Indicators.Add(new ReportIndicatorLine(indicator, period, value, locked, value?.ReportId is { } c && approvedReports.Contains(c)));
        }
    }

    private static string LeadNames(PlanTask task) =>
        string.Join("; ", task.Units.Where(u => u.Role == TaskUnitRole.Lead).OrderBy(u => u.Position).Select(u => u.Name));
}
