using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using SauRo.Core.Monitoring;
using SauRo.Core.Plans;
using SauRo.Core.Reporting;
using SauRo.Data;
using SauRo.Data.Entities;
using SauRo.Features.Import;
using SauRo.Features.Indicators.Values;
using SauRo.Features.Monitoring;
using SauRo.Features.Plans;
using SauRo.Features.Reporting;
using SauRo.Features.Reports;

namespace SauRo.Features.ReportFiles;

/// <summary>
/// Loads what a report shows, for a commune or for a province (all its communes), for a reporting period:
/// <list type="bullet">
/// <item>the plans of the period's year (<see cref="PlanYear"/>), their tasks with their status <b>today</b> (read in
/// <see cref="StatusesAsync"/> only, plan by plan, never with all the province's task ids in one list);</item>
/// <item>their indicators with the value of the period (the indicator's period the report carries, else its latest
/// earlier value of the year, named) and the colour as of the end of the period's data window (or today if earlier),
/// so that colour and value agree;</item>
/// <item>the offices' difficulties and proposals in updates made within the period's data window (Vietnam dates);</item>
/// <item>the reason of each late task: the office's latest answer to an explanation request, else the latest
/// difficulties it reported for the task;</item>
/// <item>the completeness of the reports whose data window ends within the period's (<see cref="ExpectedReports"/>),
/// as of today.</item>
/// </list>
/// Returns null when the unit has no plan of the period's year (nothing to report).
/// </summary>
public static class ReportData
{
    private sealed record PlanRow(int Id, int UnitId, string Title, string? Number, string? Signer, int Year);

    public static async Task<CommuneReport?> CommuneAsync(
        SauRoDbContext db, int communeId, string communeName, ReportingPeriod period, DateOnly today, MonitoringSettings settings, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(settings);
        var plans = await PlansOfYearAsync(db, p => p.UnitId == communeId, period.Year, cancellation);
        if (plans.Count == 0)
        {
            return null;
        }

        var window = period.DataWindow(settings.CutOffDay);
        var planIds = plans.Select(p => p.Id).ToList();
        var tasks = await TasksAsync(db, planIds, cancellation);
        var statuses = await StatusesAsync(db, tasks, today, settings, cancellation);
        var updates = await db.TaskUpdates.AsNoTracking()
            .Join(db.Tasks.Where(t => planIds.Contains(t.PlanId)), u => u.TaskId, t => t.Id, (u, t) => u)
            .ToListAsync(cancellation);
        var offices = await db.Units.AsNoTracking().Where(u => u.ParentId == communeId).ToDictionaryAsync(u => u.Id, u => u.Name, cancellation);
        var answers = await AnswersAsync(db, planIds, cancellation);
        var difficulties = updates.Where(u => !string.IsNullOrWhiteSpace(u.Difficulties)).Select(u => (u.TaskId, u.At, u.Difficulties!));
        var reasons = Reasons(answers, difficulties);
        var byTask = updates.ToLookup(u => u.TaskId);

        var rows = tasks.Select(t => Row(t, statuses[t.Id], communeId) with
        {
            Result = ResultText(byTask[t.Id]),
            Reason = reasons.GetValueOrDefault(t.Id),
        }).ToList();
        var leadOf = rows.ToDictionary(r => r.Id, r => r.Office);
        var notes = updates
            .Where(u => window.Contains(VietnamTime.DateOf(u.At)) && (!string.IsNullOrWhiteSpace(u.Difficulties) || !string.IsNullOrWhiteSpace(u.Proposals)))
            .OrderBy(u => u.At)
            .Select(u => new OfficeNote(
                u.OfficeId is { } o && offices.TryGetValue(o, out var name) ? name : leadOf.GetValueOrDefault(u.TaskId, "?"),
                u.Difficulties,
                u.Proposals))
            .ToList();

        var expected = await ExpectedReports.ForPlansAsync(db, planIds, window.Start, window.End, settings.CutOffDay, cancellation);
        var recipients = await db.PlanReportingDuties.AsNoTracking()
            .Where(d => planIds.Contains(d.PlanId) && d.FromParty == nameof(ReportingParty.Commune) && d.ToText != null)
            .OrderBy(d => d.Id).Select(d => d.ToText!).ToListAsync(cancellation);
        var kind = communeName.StartsWith("Phường", StringComparison.OrdinalIgnoreCase) ? "phường" : "xã";
        return new CommuneReport(communeId, communeName, period, window, today)
        {
            Plans = plans.Select(p => new PlanFact(p.Title, p.Number)).ToList(),
            Signer = plans.Select(p => p.Signer).FirstOrDefault(s => !string.IsNullOrWhiteSpace(s)),
            Recipients = [.. recipients, $"Thường trực Đảng ủy, HĐND, UBND {kind}", "Các thành viên Ban Chỉ đạo", $"Các cơ quan, đơn vị thuộc UBND {kind}"],
            Tasks = rows,
            Indicators = await IndicatorsAsync(db, planIds, period, today, settings.CutOffDay, cancellation),
            Notes = notes,
            Completeness = CompletenessView.Compute(expected, today),
            DueSoonDays = settings.DueSoonDays,
        };
    }

    public static async Task<ProvinceReport?> ProvinceAsync(
        SauRoDbContext db, int provinceId, string provinceName, ReportingPeriod period, DateOnly today, MonitoringSettings settings, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(settings);
        var communes = await db.Units.AsNoTracking().Where(u => u.ParentId == provinceId && u.Kind == UnitKind.Commune)
            .OrderBy(u => u.SortOrder).ThenBy(u => u.Name).Select(u => new { u.Id, u.Name }).ToListAsync(cancellation);
        var plans = await PlansOfYearAsync(db, p => p.Unit!.ParentId == provinceId && p.Unit.Kind == UnitKind.Commune, period.Year, cancellation);
        if (plans.Count == 0)
        {
            return null;
        }

        var window = period.DataWindow(settings.CutOffDay);
        var planIds = plans.Select(p => p.Id).ToList();
        var communeOfPlan = plans.ToDictionary(p => p.Id, p => p.UnitId);
        var tasks = await TasksAsync(db, planIds, cancellation);
        var statuses = await StatusesAsync(db, tasks, today, settings, cancellation);
        var rows = tasks.Select(t => Row(t, statuses[t.Id], communeOfPlan[t.PlanId])).ToList();

        var overdueIds = rows.Where(r => r.Status.Status == PlanTaskStatus.Overdue).Select(r => r.Id).ToHashSet();
        var answers = await AnswersAsync(db, planIds, cancellation);
        var difficulties = await db.TaskUpdates.AsNoTracking()
            .Where(u => u.Difficulties != null && u.Difficulties != string.Empty)
            .Join(db.Tasks.Where(t => planIds.Contains(t.PlanId)), u => u.TaskId, t => t.Id, (u, t) => new { u.TaskId, u.At, u.Difficulties })
            .ToListAsync(cancellation);
        var reasons = Reasons(answers.Where(a => overdueIds.Contains(a.TaskId)), difficulties.Where(d => overdueIds.Contains(d.TaskId)).Select(d => (d.TaskId, d.At, d.Difficulties!)));

        var indicators = await IndicatorsAsync(db, planIds, period, today, settings.CutOffDay, cancellation);
        var indicatorCommune = await db.Indicators.AsNoTracking().Where(i => planIds.Contains(i.PlanId)).Select(i => new { i.Id, i.PlanId }).ToListAsync(cancellation);
        var coloursByCommune = indicatorCommune.Join(indicators, x => x.Id, i => i.Id, (x, i) => (Commune: communeOfPlan[x.PlanId], i.Colour)).ToLookup(x => x.Commune, x => x.Colour);
        var expected = await ExpectedReports.ForPlansAsync(db, planIds, window.Start, window.End, settings.CutOffDay, cancellation);
        var expectedByCommune = expected.ToLookup(r => r.PlanUnitId);
        var rowsByCommune = rows.ToLookup(r => r.CommuneId);
        var withPlans = communeOfPlan.Values.ToHashSet();

        var summaries = communes.Select(c =>
        {
            var own = expectedByCommune[c.Id].Where(r => r.IsCommuneReport).ToList();
            return new CommuneSummaryFact(
                c.Name,
                TaskCounts.From(rowsByCommune[c.Id].Select(r => r.Status.Status)),
                ColourCounts.From(coloursByCommune[c.Id]),
                CompletenessView.Compute(expectedByCommune[c.Id].ToList(), today).Overall)
            {
                HasPlans = withPlans.Contains(c.Id),
                OwnReportsOwed = own.Count,
                OwnReportsSubmitted = own.Count(r => r.Submitted),
            };
        }).ToList();
        var names = communes.ToDictionary(c => c.Id, c => c.Name);
        var position = communes.Select((c, i) => (c.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var overdue = rows.Where(r => overdueIds.Contains(r.Id))
            .Select(r => new ProvinceOverdueTask(names[r.CommuneId], r with { Reason = reasons.GetValueOrDefault(r.Id) }))
            .OrderBy(o => position[o.Task.CommuneId]).ThenByDescending(o => o.Task.Status.DaysLate)
            .ToList();
        return new ProvinceReport(provinceId, provinceName, period, window, today) { Communes = summaries, Overdue = overdue };
    }

    /// <summary>
    /// The status today of every task, read here and nowhere else in the reports (one place to switch to a cached
    /// status table): one query per plan, so that a province's ten thousand tasks never go into one IN list.
    /// </summary>
    private static async Task<Dictionary<int, TaskStatusResult>> StatusesAsync(
        SauRoDbContext db, List<PlanTask> tasks, DateOnly today, MonitoringSettings settings, CancellationToken cancellation)
    {
        var result = new Dictionary<int, TaskStatusResult>(tasks.Count);
        foreach (var plan in tasks.GroupBy(t => t.PlanId))
        {
            foreach (var (id, status) in await TaskStatuses.ForTasksAsync(db, plan.ToList(), today, settings, cancellation))
            {
                result[id] = status;
            }
        }

        return result;
    }

    private static async Task<List<PlanRow>> PlansOfYearAsync(SauRoDbContext db, Expression<Func<Plan, bool>> where, int year, CancellationToken cancellation)
    {
        var plans = await db.Plans.AsNoTracking().Where(where)
            .Select(p => new { p.Id, p.UnitId, p.Title, p.Number, p.Signer, p.Year, p.IssuedOn, p.CreatedAt })
            .ToListAsync(cancellation);
        return plans
            .Select(p => new PlanRow(p.Id, p.UnitId, p.Title, p.Number, p.Signer, PlanYear.Of(p.Year, p.IssuedOn, p.CreatedAt).Year))
            .Where(p => p.Year == year)
            .OrderBy(p => p.UnitId).ThenBy(p => p.Id)
            .ToList();
    }

    /// <summary>The tasks of the plans in the plans' order, with their lead offices' names as written (their only TaskUnits loaded).</summary>
    private static async Task<List<PlanTask>> TasksAsync(SauRoDbContext db, List<int> planIds, CancellationToken cancellation)
    {
        var tasks = await db.Tasks.AsNoTracking().Where(t => planIds.Contains(t.PlanId)).ToListAsync(cancellation);
        var leads = await db.TaskUnits.AsNoTracking()
            .Where(u => u.Role == TaskUnitRole.Lead)
            .Join(db.Tasks.Where(t => planIds.Contains(t.PlanId)), u => u.TaskId, t => t.Id, (u, t) => u)
            .ToListAsync(cancellation);
        var byTask = leads.ToLookup(u => u.TaskId);
        foreach (var task in tasks)
        {
            task.Units = byTask[task.Id].OrderBy(u => u.Position).ToList();
        }

        var order = planIds.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i);
        return tasks.OrderBy(t => order[t.PlanId]).ThenBy(t => t.Position).ThenBy(t => t.Id).ToList();
    }

    private static ReportTask Row(PlanTask task, TaskStatusResult status, int communeId)
    {
        var leads = task.Units.Where(u => u.Role == TaskUnitRole.Lead).Select(u => u.Name).ToList();
        var due = PlanMapping.EffectiveDue(task);
        return new ReportTask(task.Id, communeId, task.Appendix, task.Ordinal, task.Content, leads.Count == 0 ? "Chưa rõ cơ quan chủ trì" : string.Join("; ", leads), due.Text, status);
    }

    /// <summary>The latest result reported, with the document that evidences it.</summary>
    private static string? ResultText(IEnumerable<TaskUpdate> updates)
    {
        var latest = updates.Where(u => !string.IsNullOrWhiteSpace(u.Result) || !string.IsNullOrWhiteSpace(u.EvidenceNumber)).MaxBy(u => u.At);
        if (latest is null)
        {
            return null;
        }

        var evidence = latest.EvidenceNumber is { Length: > 0 } n
            ? $"văn bản số {n}" + (latest.EvidenceDate is { } d ? $" ngày {ReportWords.Date(d)}" : string.Empty)
            : null;
        return (latest.Result?.Trim(), evidence) switch
        {
            ({ Length: > 0 } r, { } e) => $"{r} ({e})",
            ({ Length: > 0 } r, null) => r,
            (_, { } e) => "V" + e[1..],
            _ => null,
        };
    }

    private static async Task<List<(int TaskId, DateTimeOffset At, string Text)>> AnswersAsync(SauRoDbContext db, List<int> planIds, CancellationToken cancellation)
    {
        var answers = await db.ExplanationRequests.AsNoTracking()
            .Where(e => planIds.Contains(e.PlanId) && e.TaskId != null && e.Answer != null && e.AnsweredAt != null)
            .Select(e => new { TaskId = e.TaskId!.Value, At = e.AnsweredAt!.Value, e.Answer })
            .ToListAsync(cancellation);
        return answers.Select(a => (a.TaskId, a.At, a.Answer!)).ToList();
    }

    /// <summary>Per task: its latest explanation answer, else its latest difficulties.</summary>
    private static Dictionary<int, string> Reasons(
        IEnumerable<(int TaskId, DateTimeOffset At, string Text)> answers, IEnumerable<(int TaskId, DateTimeOffset At, string Text)> difficulties)
    {
        var result = new Dictionary<int, string>();
        foreach (var d in difficulties.Where(d => !string.IsNullOrWhiteSpace(d.Text)).GroupBy(d => d.TaskId))
        {
            result[d.Key] = d.MaxBy(x => x.At).Text.Trim();
        }

        foreach (var a in answers.Where(a => !string.IsNullOrWhiteSpace(a.Text)).GroupBy(a => a.TaskId))
        {
            result[a.Key] = a.MaxBy(x => x.At).Text.Trim();
        }

        return result;
    }

    /// <summary>The indicators of the plans with the period's value and the colour as of the end of its data window.</summary>
    private static async Task<List<ReportIndicator>> IndicatorsAsync(
        SauRoDbContext db, List<int> planIds, ReportingPeriod period, DateOnly today, int cutOffDay, CancellationToken cancellation)
    {
        var indicators = await db.Indicators.AsNoTracking().Where(i => planIds.Contains(i.PlanId)).ToListAsync(cancellation);
        var order = planIds.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i);
        indicators = indicators.OrderBy(i => order[i.PlanId]).ThenBy(i => i.Position).ThenBy(i => i.Id).ToList();
        var values = await db.IndicatorValues.AsNoTracking()
            .Join(db.Indicators.Where(i => planIds.Contains(i.PlanId)), v => v.IndicatorId, i => i.Id, (v, i) => v)
            .Select(v => new IndicatorValue
            {
                Id = v.Id, IndicatorId = v.IndicatorId, PeriodKey = v.PeriodKey, Value = v.Value, Numerator = v.Numerator, Denominator = v.Denominator, UserName = string.Empty,
            })
            .ToListAsync(cancellation);
        var end = period.DataWindow(cutOffDay).End;
        var asOf = today < end ? today : end;
        var colours = IndicatorColours.Assess(indicators, values, period.Year, asOf, cutOffDay);
        var byIndicator = values.ToLookup(v => v.IndicatorId);
        return indicators.Select(i =>
        {
            var (value, label) = PeriodValue(i, byIndicator[i.Id], period, cutOffDay);
            var text = value is null ? null : ValueText.Display(value, i.Unit) + (label is null ? string.Empty : $" ({label})");
            return new ReportIndicator(
                i.Id,
                i.Ordinal,
                i.Name,
                i.Unit,
                PlanText.Target(i.Comparator, i.TargetValue, i.TargetText, i.Unit),
                value is null ? null : ValueText.Computed(value),
                text,
                colours[i.Id].Colour);
        }).ToList();
    }

    /// <summary>
    /// The value the report shows: the one of the indicator's period the report carries; else the latest of the year
    /// whose data window ended by the report's, with its period named ("số liệu quý III/2026").
    /// </summary>
    private static (IndicatorValue? Value, string? Label) PeriodValue(Indicator indicator, IEnumerable<IndicatorValue> values, ReportingPeriod period, int cutOffDay)
    {
        var frequency = IndicatorPeriods.Frequency(indicator.ValueFrequency);
        var list = values.ToList();
        if (IndicatorPeriods.CarriedBy(frequency, period, cutOffDay) is { } carried && list.FirstOrDefault(v => v.PeriodKey == carried.Key) is { } exact)
        {
            return (exact, null);
        }

        var end = period.DataWindow(cutOffDay).End;
        var earlier = list
            .Select(v => (Value: v, Ok: ReportingPeriod.TryParse(v.PeriodKey, out var p), Period: p))
            .Where(x => x.Ok && x.Period.Year == period.Year && x.Period.DataWindow(cutOffDay).End <= end)
            .OrderBy(x => x.Period.DataWindow(cutOffDay).End).ThenBy(x => x.Period.Frequency)
            .LastOrDefault();
        return earlier.Value is null ? (null, null) : (earlier.Value, $"số liệu {ReportWords.Period(earlier.Period)}");
    }
}
