using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SauRo.Core.Monitoring;
using SauRo.Core.Plans;
using SauRo.Data;
using SauRo.Data.Entities;
using SauRo.Features.Accounts;
using SauRo.Features.DeadlineChanges;
using SauRo.Features.Import;
using SauRo.Features.Indicators.Values;
using SauRo.Features.Monitoring;
using SauRo.Features.Reporting;
using SauRo.Features.Reports;

namespace SauRo.Features.Demo;

/// <summary>
/// Progress facts for a demo plan just imported, so that a fresh start shows a plan being worked on. Every date is
/// counted from today (the injected clock) and from the plan's own deadlines and reporting calendar: the same day always
/// gives the same facts, and any day of the plan's year gives a plausible picture.
/// <list type="bullet">
/// <item>Dated tasks whose deadline has passed are done, on time and late in turn (with an earlier progress update),
/// except the one due most recently: overdue without any update, and the leader has asked its office to explain (when
/// no task is overdue yet, the explanation is asked about the first red indicator).</item>
/// <item>Dated tasks under way (started, not yet due) are in progress, their percent following the time elapsed;
/// recurring tasks have an update in each of their last periods.</item>
/// <item>Indicators with a number and a lead office get values for the last three periods ended, green, orange and red
/// in turn (the first percentage one written as a ratio).</item>
/// <item>Of the offices' reports, the previous period's report of the busiest office is approved, the last ended
/// period's report of the next office is submitted and waits for the leader; each carries its office's updates and
/// values, as a submission would.</item>
/// <item>One deadline change waits for approval: on the task under way that is due last, else on the overdue one.</item>
/// </list>
/// The offices' and the leader's names are the account names the bulk account page would suggest; rows are written
/// through the context, so the audit trail records them as any write.
/// </summary>
public sealed class DemoProgress(SauRoDbContext db, TimeProvider clock, MonitoringSettings settings)
{
    private static readonly IndicatorColour[] ColourCycle = [IndicatorColour.Green, IndicatorColour.Orange, IndicatorColour.Red];

    private DateTimeOffset _now;

    private DateOnly _today;

    public async Task SeedAsync(int planId, CancellationToken cancellation = default)
    {
        _now = clock.GetUtcNow();
        _today = VietnamTime.Today(clock);
        var plan = await db.Plans.AsNoTracking().Include(p => p.Unit).SingleAsync(p => p.Id == planId, cancellation);
        var year = PlanYear.Of(plan.Year, plan.IssuedOn, plan.CreatedAt);
        if (_today <= year.Start)
        {
            return; // nothing can have happened yet
        }

        var commune = plan.Unit!.Name;
        var offices = await db.Units.AsNoTracking().Where(u => u.ParentId == plan.UnitId && u.Kind == UnitKind.Office)
            .ToDictionaryAsync(u => u.Id, u => u.Name, cancellation);
        string Account(int officeId) => AccountRules.SuggestUserName(commune, offices[officeId]);
        var leader = AccountRules.SuggestUserName(commune, "Lãnh đạo");

        var tasks = await db.Tasks.AsNoTracking().Include(t => t.Units).Where(t => t.PlanId == planId)
            .OrderBy(t => t.Position).ThenBy(t => t.Id).ToListAsync(cancellation);
        var led = tasks.Select(t => (Task: t, Office: LeadOffice(t), Due: PlanMapping.EffectiveDue(t)))
            .Where(x => x.Office is { } o && offices.ContainsKey(o)).Select(x => (x.Task, Office: x.Office!.Value, x.Due)).ToList();
        var dated = led.Where(x => x.Due.Kind is DeadlineKind.Date or DeadlineKind.Month or DeadlineKind.Quarter or DeadlineKind.Window && x.Due.End is not null).ToList();
        var past = dated.Where(x => x.Due.End < _today).ToList();
        var running = dated.Where(x => x.Due.End >= _today).ToList();
        var overdue = past.OrderBy(x => x.Due.End).ThenBy(x => x.Task.Position).LastOrDefault();

        var updates = new List<TaskUpdate>();
        var turn = 0;
        foreach (var (task, office, due) in past.Where(x => x.Task != overdue.Task))
        {
            updates.AddRange(Done(task, office, due, Account(office), late: turn++ % 2 == 1, year.Start));
        }

        var started = running.Where(x => Later(x.Due.Start ?? year.Start, year.Start) < _today).ToList();
        for (var n = 0; n < started.Count; n++)
        {
            var (task, office, due) = started[n];
            updates.AddRange(InProgress(task, office, due, Account(office), n, year.Start));
        }

        var recurring = led.Where(x => x.Due.Kind is DeadlineKind.Recurring or DeadlineKind.From).ToList();
        for (var n = 0; n < recurring.Count; n++)
        {
            var (task, office, due) = recurring[n];
            updates.AddRange(EachPeriod(task, office, due, Account(office), n, year));
        }

        var indicators = await db.Indicators.AsNoTracking().Include(i => i.Leads).Where(i => i.PlanId == planId)
            .OrderBy(i => i.Position).ThenBy(i => i.Id).ToListAsync(cancellation);
        var (values, red) = Values(indicators, offices, Account, year);

        db.TaskUpdates.AddRange(updates);
        db.IndicatorValues.AddRange(values);
        await db.SaveChangesAsync(cancellation);

        await ReportsAsync(planId, year, updates, values, indicators, Account, leader, cancellation);

        var change = started.OrderBy(x => x.Due.End).ThenBy(x => x.Task.Position).LastOrDefault();
        if (change.Task is null)
        {
            change = overdue;
        }

        if (change.Task is not null)
        {
            db.DeadlineChanges.Add(DeadlineChange(change.Task, change.Due, Account(change.Office), year.Year));
        }

        if (overdue.Task is not null)
        {
            db.ExplanationRequests.Add(new ExplanationRequest
            {
                PlanId = planId,
                TaskId = overdue.Task.Id,
                OfficeId = overdue.Office,
                Question = string.Create(CultureInfo.InvariantCulture,
                    $"Đề nghị {offices[overdue.Office]} giải trình lý do chưa hoàn thành nhiệm vụ đúng thời hạn ({DutyText.Date(overdue.Due.End!.Value)}), nêu rõ khó khăn và đề xuất thời hạn hoàn thành."),
                RequestedBy = leader,
                RequestedAt = At(Later(overdue.Due.End!.Value.AddDays(3), _today.AddDays(-2)), 8, 30),
            });
        }
        else if (red is { } r)
        {
            db.ExplanationRequests.Add(new ExplanationRequest
            {
                PlanId = planId,
                IndicatorId = r.Indicator.Id,
                OfficeId = r.Office,
                Question = $"Đề nghị {offices[r.Office]} giải trình nguyên nhân chỉ tiêu «{r.Indicator.Name}» chậm so với tiến độ và giải pháp khắc phục.",
                RequestedBy = leader,
                RequestedAt = At(_today.AddDays(-1), 8, 30),
            });
        }

        await db.SaveChangesAsync(cancellation);
    }

    private static int? LeadOffice(PlanTask task) =>
        task.Units.Where(u => u.Role == TaskUnitRole.Lead && u.UnitId != null).OrderBy(u => u.Position).Select(u => u.UnitId).FirstOrDefault();

    /// <summary>A task done (on time: a few days before its deadline; late: a week or more after), with a progress update before.</summary>
    private IEnumerable<TaskUpdate> Done(PlanTask task, int office, Deadline due, string user, bool late, DateOnly planStart)
    {
        var end = due.End!.Value;
        var from = Later(due.Start ?? planStart, planStart);
        var completed = late
            ? Earlier(end.AddDays(6 + ((task.Position % 3) * 5)), _today)
            : Clamp(end.AddDays(-(3 + ((task.Position % 3) * 4))), from, Earlier(end, _today));
        var midway = Later(completed.AddDays(-15), from);
        if (midway < completed)
        {
            yield return Update(task, office, user, midway, 10, new(
                TaskProgressState.InProgress, 50, null,
                "Đã triển khai được khoảng một nửa khối lượng.",
                null, null,
                late ? "Chờ ý kiến thẩm định và kinh phí của cấp trên." : null,
                late ? "Đề nghị UBND xã đôn đốc cơ quan phối hợp cung cấp số liệu." : null));
        }

        yield return Update(task, office, user, completed, 16, new(
            TaskProgressState.Done, 100, completed,
            task.Product is { Length: > 0 } product ? $"Đã hoàn thành. Sản phẩm: {product}." : "Đã hoàn thành nhiệm vụ.",
            string.Create(CultureInfo.InvariantCulture, $"{10 + task.Position:00}/BC-UBND"), completed,
            late ? "Hoàn thành chậm do phải chờ hướng dẫn của cấp trên." : null,
            null));
    }

    /// <summary>
    /// A task still running: an update a few days ago whose percent follows the time elapsed towards its deadline, and
    /// one a month earlier when the task had started by then.
    /// </summary>
    private IEnumerable<TaskUpdate> InProgress(PlanTask task, int office, Deadline due, string user, int n, DateOnly planStart)
    {
        var start = Later(due.Start ?? planStart, planStart);
        var day = Later(_today.AddDays(-(2 + (n % 4))), start);
        var percent = Percent(start, due.End!.Value, day);
        var before = day.AddDays(-30);
        if (before > start)
        {
            yield return Update(task, office, user, before, 14, new(
                TaskProgressState.InProgress, Percent(start, due.End!.Value, before), null,
                "Đã xây dựng kế hoạch chi tiết, phân công cán bộ thực hiện.", null, null, null, null));
        }

        yield return Update(task, office, user, day, 15, new(
            TaskProgressState.InProgress, percent, null,
            string.Create(CultureInfo.InvariantCulture, $"Đang triển khai, đạt khoảng {percent}% khối lượng.") + Product(task, string.Empty, " Sản phẩm dự kiến: "),
            null, null,
            n % 2 == 0 ? "Thiết bị và nhân lực còn thiếu; cán bộ phụ trách kiêm nhiệm nhiều việc." : null,
            n % 2 == 0 ? "Đề nghị bố trí kinh phí bổ sung trong kỳ tới." : null));
    }

    /// <summary>Percent done on a day, 90% of the time elapsed from start to end, by fives, from 5 to 90.</summary>
    private static int Percent(DateOnly start, DateOnly end, DateOnly day)
    {
        var span = Math.Max(1, end.DayNumber - start.DayNumber);
        var elapsed = Math.Clamp((decimal)(day.DayNumber - start.DayNumber) / span, 0m, 1m);
        return (int)Math.Clamp(Math.Round(elapsed * 90m / 5m, MidpointRounding.AwayFromZero) * 5m, 5m, 90m);
    }

    /// <summary>A recurring task's updates: one near the end of each of its last two periods ended, one in the current period.</summary>
    private IEnumerable<TaskUpdate> EachPeriod(PlanTask task, int office, Deadline due, string user, int n, PlanYear year)
    {
        var frequency = TaskStatusRule.Frequency(due, TaskProgress.None);
        var current = ReportingPeriod.Containing(frequency, _today, settings.CutOffDay);
        var days = new SortedSet<DateOnly>();
        for (var p = current.Previous(); p.Sequence >= current.Sequence - 2; p = p.Previous())
        {
            var window = p.DataWindow(settings.CutOffDay);
            var day = Later(window.End.AddDays(-(3 + (n % 3))), window.Start);
            if (day > year.Start && day <= year.Last)
            {
                days.Add(day);
            }
        }

        var latest = _today.AddDays(-(1 + (n % 3)));
        if (latest > year.Start && latest <= year.Last)
        {
            days.Add(latest);
        }

        foreach (var day in days)
        {
            yield return Update(task, office, user, day, 9, new(
                TaskProgressState.InProgress, Percent(year.First, year.Last, day), null,
                Product(task, "Đã thực hiện trong kỳ theo kế hoạch.", "Đã thực hiện trong kỳ. Sản phẩm: "),
                null, null, null, null));
        }
    }

    /// <summary>Values of the indicators with a number and a lead office, green, orange and red in turn; the first red one.</summary>
    private (List<IndicatorValue> Values, (Indicator Indicator, int Office)? Red) Values(
        List<Indicator> indicators, Dictionary<int, string> offices, Func<int, string> account, PlanYear year)
    {
        var values = new List<IndicatorValue>();
        (Indicator, int)? red = null;
        var turn = 0;
        var ratioWritten = false;
        foreach (var indicator in indicators.Where(i => i.TargetValue is not null))
        {
            var office = indicator.Leads.Where(l => l.UnitId is { } u && offices.ContainsKey(u)).OrderBy(l => l.Position).Select(l => l.UnitId).FirstOrDefault();
            if (office is not { } o)
            {
                continue;
            }

            var frequency = IndicatorPeriods.Frequency(indicator.ValueFrequency);
            var periods = IndicatorPeriods.OfYear(frequency, year.Year, settings.CutOffDay)
                .Where(p => p.DataWindow(settings.CutOffDay).End is var end && end >= year.Start && end < _today)
                .TakeLast(3).ToList();
            if (periods.Count == 0)
            {
                continue;
            }

            var wanted = ColourCycle[turn++ % ColourCycle.Length];
            var asRatio = !ratioWritten && indicator.Unit?.Trim() == "%";
            ratioWritten |= asRatio;
            var chosen = DemoIndicatorValues.Choose(indicator, periods, wanted, asRatio, year.Year, _today, settings.CutOffDay);
            foreach (var v in chosen)
            {
                values.Add(new IndicatorValue
                {
                    IndicatorId = indicator.Id,
                    PeriodKey = v.Period.Key,
                    Value = v.Number,
                    Numerator = v.Numerator,
                    Denominator = v.Numerator is null ? null : DemoIndicatorValues.RatioDenominator,
                    OfficeId = o,
                    UserName = account(o),
                    At = At(Earlier(v.Period.DataWindow(settings.CutOffDay).End.AddDays(1), _today), 10),
                });
            }

            if (red is null && DemoIndicatorValues.ColourOf(indicator, chosen, year.Year, _today, settings.CutOffDay) == IndicatorColour.Red)
            {
                red = (indicator, o);
            }
        }

        return (values, red);
    }

    /// <summary>
    /// The offices' reports: the previous period's of the office that leads most approved, the last ended period's of
    /// the next office submitted; each carries what its office wrote since its data window started, up to its submission.
    /// </summary>
    private async Task ReportsAsync(
        int planId,
        PlanYear year,
        List<TaskUpdate> updates,
        List<IndicatorValue> values,
        List<Indicator> indicators,
        Func<int, string> account,
        string leader,
        CancellationToken cancellation)
    {
        var duties = await db.PlanReportingDuties.AsNoTracking().Where(d => d.PlanId == planId).OrderBy(d => d.Id).ToListAsync(cancellation);
        var offices = duties.Where(d => DutyText.Party(d.FromParty) == ReportingParty.Offices && DutyText.Calendar(d) is not null).ToList();
        var duty = offices.FirstOrDefault(d => DutyText.Frequency(d.Frequency) == ReportingFrequency.Monthly) ?? offices.FirstOrDefault();
        if (duty is null)
        {
            return;
        }

        var rows = (await ExpectedReports.ForPlansAsync(db, [planId], year.First, year.Last, settings.CutOffDay, cancellation))
            .Where(r => r.DutyId == duty.Id && !r.IsCommuneReport && r.Period.DataWindow(settings.CutOffDay).End < _today)
            .ToList();
        if (rows.Count == 0)
        {
            return;
        }

        var last = rows.MaxBy(r => r.Period.Sequence)!.Period;
        var previous = rows.Any(r => r.Period == last.Previous()) ? last.Previous() : last;

        // The office with the most to report files each: the approved one for the previous period, another the last one.
        Filed Best(ReportingPeriod period, int? except, string? reviewer) => rows
            .Where(r => r.Period == period && r.UnitId != except)
            .Select(r => File(r, updates, values, indicators, account(r.UnitId), reviewer))
            .OrderByDescending(f => f.Updates.Count + f.Values.Count)
            .First();
        var approved = Best(previous, null, leader);
        await StoreAsync(approved);
        var submitted = rows.Any(r => r.Period == last && r.UnitId != approved.Report.UnitId)
            ? Best(last, approved.Report.UnitId, null)
            : previous != last ? Best(last, null, null) : null;
        if (submitted is not null)
        {
            await StoreAsync(submitted);
        }

        // As a submission does: the report first, then what it carries points to it.
        async Task StoreAsync(Filed filed)
        {
            db.Reports.Add(filed.Report);
            await db.SaveChangesAsync(cancellation);
            filed.Updates.ForEach(u => u.ReportId = filed.Report.Id);
            filed.Values.ForEach(v => v.ReportId = filed.Report.Id);
            await db.SaveChangesAsync(cancellation);
        }
    }

    private sealed record Filed(Report Report, List<TaskUpdate> Updates, List<IndicatorValue> Values);

    /// <summary>A report submitted on time by <paramref name="user"/> (approved by <paramref name="reviewer"/> two days later, if any), with what it carries.</summary>
    private Filed File(ExpectedReportRow row, List<TaskUpdate> updates, List<IndicatorValue> values, List<Indicator> indicators, string user, string? reviewer)
    {
        var approve = reviewer is not null;
        var window = row.Period.DataWindow(settings.CutOffDay);
        var day = Earlier(Later(window.End.AddDays(1), row.DueDate.AddDays(-2)), _today);
        var submittedAt = At(day, approve ? 15 : 16);
        var carried = updates.Where(u => u.OfficeId == row.UnitId && u.ReportId is null && VietnamTime.DateOf(u.At) >= window.Start && u.At <= submittedAt).ToList();
        var keys = indicators.Where(i => i.Leads.Any(l => l.UnitId == row.UnitId))
            .Select(i => (i.Id, Period: IndicatorPeriods.CarriedBy(IndicatorPeriods.Frequency(i.ValueFrequency), row.Period, settings.CutOffDay)))
            .Where(x => x.Period is not null).Select(x => (x.Id, x.Period!.Value.Key)).ToHashSet();
        var carriedValues = values.Where(v => v.ReportId is null && keys.Contains((v.IndicatorId, v.PeriodKey)) && v.At <= submittedAt).ToList();
        var done = carried.Where(u => u.State == TaskProgressState.Done).Select(u => u.TaskId).ToHashSet();
        var going = carried.Select(u => u.TaskId).Where(t => !done.Contains(t)).Distinct().Count();
        var report = new Report
        {
            PlanId = row.PlanId,
            DutyId = row.DutyId,
            UnitId = row.UnitId,
            Frequency = row.Period.Frequency.ToString(),
            PeriodKey = row.Period.Key,
            DueDate = row.DueDate,
            State = approve ? ReportState.Approved : ReportState.Submitted,
            Summary = string.Create(CultureInfo.InvariantCulture,
                $"{row.Period.Label}: {done.Count} nhiệm vụ hoàn thành, {going} nhiệm vụ đang thực hiện; cập nhật số liệu {carriedValues.Count} chỉ tiêu. Đề nghị tiếp tục bố trí kinh phí cho các nhiệm vụ chuyển đổi số."),
            SubmittedAt = submittedAt,
            FirstSubmittedAt = submittedAt,
            SubmittedBy = user,
        };
        if (approve)
        {
            report.ReviewedAt = Earliest(Latest(At(Earlier(day.AddDays(2), _today), 9, 30), submittedAt.AddHours(1)), _now);
            report.ReviewedBy = reviewer;
            report.ReviewComment = "Đồng ý. Đề nghị tiếp tục đẩy nhanh tiến độ các nhiệm vụ còn chậm.";
        }

        return new Filed(report, carried, carriedValues);
    }

    /// <summary>A pending request to move the deadline to the end of the month after the later of the deadline and today.</summary>
    private DeadlineChange DeadlineChange(PlanTask task, Deadline due, string user, int planYear)
    {
        var month = Later(due.End!.Value, _today).AddMonths(1);
        var to = DeadlineParser.Parse(string.Create(CultureInfo.InvariantCulture, $"Tháng {month.Month}/{month.Year}"), planYear);
        return DeadlineChangeRules.Request(task, to,
            "Khối lượng công việc lớn hơn dự kiến, đang chờ bố trí kinh phí; đề nghị gia hạn thời gian hoàn thành.",
            user, At(_today.AddDays(-1), 10));
    }

    private TaskUpdate Update(PlanTask task, int office, string user, DateOnly day, int hour, TaskUpdateValues values)
    {
        var update = new TaskUpdate { TaskId = task.Id, OfficeId = office, UserId = user, UserName = user, At = At(day, hour) };
        values.ApplyTo(update);
        return update;
    }

    private static string Product(PlanTask task, string without, string lead = "Sản phẩm: ") =>
        task.Product is { Length: > 0 } product ? $"{lead}{product}." : without;

    /// <summary>A Vietnamese day and hour as an instant, never after now.</summary>
    private DateTimeOffset At(DateOnly day, int hour, int minute = 0) =>
        Earliest(VietnamTime.StartOf(day).AddHours(hour).AddMinutes(minute).ToUniversalTime(), _now);

    private static DateOnly Later(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateOnly Earlier(DateOnly a, DateOnly b) => a < b ? a : b;

    /// <summary>The value within [min, max]; max when the range is empty.</summary>
    private static DateOnly Clamp(DateOnly value, DateOnly min, DateOnly max) => Earlier(Later(value, min), max);

    private static DateTimeOffset Earliest(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    private static DateTimeOffset Latest(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
