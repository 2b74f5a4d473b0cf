using Microsoft.EntityFrameworkCore;
using SauRo.Core.Exchange;
using SauRo.Core.Monitoring;
using SauRo.Data;
using SauRo.Data.Entities;
using SauRo.Features.Import;

namespace SauRo.Features.Exchange;

/// <summary>
/// Writes the plans of one import, inside the importer's transaction: empties (or removes) a plan imported earlier,
/// writes each plan's header, duties, indicators and tasks with their office links, then the reports, then the updates
/// and values that refer to them. Every row goes through the change tracker, so the audit trail records it.
/// </summary>
internal sealed class ExchangePlanWriter(
    SauRoDbContext db, ExchangeDocument doc, string digest, string fileName, string? userName, DateTimeOffset now, int communeId,
    Func<string, bool, int?> office)
{
    private readonly List<Written> _written = [];

    /// <summary>Removes a plan imported earlier that the file no longer holds, with everything in it.</summary>
    public async Task RemoveAsync(int planId, CancellationToken cancellation)
    {
        var (plan, _) = await ClearAsync(planId, cancellation);
        db.Plans.Remove(plan);
        await db.SaveChangesAsync(cancellation);
    }

    /// <summary>Creates the plan, or replaces the contents of the one imported earlier; the reports and updates come in <see cref="WriteFactsAsync"/>.</summary>
    public async Task<Plan> WriteAsync(ExchangePlanRow row, CancellationToken cancellation)
    {
        var file = row.Plan;
        Plan plan;
        var removed = 0;
        if (row.ExistingId is { } existing)
        {
            (plan, removed) = await ClearAsync(existing, cancellation);
            await db.SaveChangesAsync(cancellation);
            plan.Tasks.Clear();
            plan.Indicators.Clear();
            plan.ReportingDuties.Clear();
            plan.Bases.Clear();
        }
        else
        {
            plan = new Plan { UnitId = communeId, Title = string.Empty, SearchKey = string.Empty, CreatedAt = now };
            db.Plans.Add(plan);
        }

        plan.Number = file.Number;
        plan.NumberText = file.NumberText;
        plan.Place = file.Place;
        plan.IssuedOn = file.IssuedOn;
        plan.Issuer = file.Issuer;
        plan.Title = file.Title;
        plan.Signer = file.Signer;
        plan.SignerRole = file.SignerRole;
        plan.Year = file.Year;
        plan.DeclaredIndicators = file.DeclaredIndicators;
        plan.DeclaredTasks = file.DeclaredTasks;
        plan.SearchKey = PlanMapping.PlanSearchKey(plan);
        plan.UpdatedAt = now;
        plan.ExchangeExportedAt = doc.ExportedAt;
        plan.ExchangeDigest = digest;
        plan.Bases.AddRange(file.Bases.Select((text, i) => new PlanBasis { Position = i, Text = text }));
        plan.ReportingDuties.AddRange(file.Reporting.Select(d => new PlanReportingDuty
        {
            FromParty = d.From.ToString(),
            ToText = d.To,
            Frequency = d.Frequency.ToString(),
            DueDay = d.DueDay,
            DueMonth = d.DueMonth,
            Text = d.Text ?? string.Empty,
        }));
        var indicators = file.Indicators.Select(NewIndicator).ToList();
        plan.Indicators.AddRange(indicators);
        var warnings = new List<string>();
        var tasks = file.Tasks.Select((t, i) => NewTask(t, i, file.Year, warnings)).ToList();
        plan.Tasks.AddRange(tasks);
        plan.Imports.Add(new PlanImport
        {
            FileName = fileName,
            Sha256 = digest,
            ImportedAt = now,
            ImportedBy = userName,
            Added = indicators.Count + tasks.Count,
            Changed = 0,
            Removed = removed,
            Warnings = string.Join('\n', warnings.Prepend($"{ExchangeImporter.SourceLabel}, bản xuất lúc {ImportText.LocalTime(doc.ExportedAt)}.")),
        });
        await db.SaveChangesAsync(cancellation);
        _written.Add(new Written(file, plan, tasks, indicators));
        return plan;
    }

    /// <summary>The reports of every written plan, then the updates and values, which may name a report.</summary>
    public async Task WriteFactsAsync(CancellationToken cancellation)
    {
        var reports = new Dictionary<(int Plan, string Id), Report>();
        var keys = new HashSet<(int Duty, int Unit, string Period)>();
        foreach (var w in _written)
        {
            foreach (var r in w.File.Reports)
            {
                var period = ReportingPeriod.Parse(r.Period);
                var party = r.Office is null ? nameof(Core.Plans.ReportingParty.Commune) : nameof(Core.Plans.ReportingParty.Offices);
                var duty = w.Plan.ReportingDuties.First(d => d.FromParty == party && d.Frequency == period.Frequency.ToString());
                var unit = r.Office is null ? communeId : office(r.Office, true)!.Value;
                if (!keys.Add((duty.Id, unit, period.Key)))
                {
                    throw new ExchangeRefusedException(
                        $"Kế hoạch {ExchangeValidator.Describe(w.File)}: hai báo cáo kỳ {period.Key} cùng thuộc cơ quan «{r.Office}» (các tên trong tệp trỏ cùng một cơ quan).");
                }

                var report = new Report
                {
                    PlanId = w.Plan.Id,
                    DutyId = duty.Id,
                    UnitId = unit,
                    Frequency = period.Frequency.ToString(),
                    PeriodKey = period.Key,
                    DueDate = r.DueDate,
                    State = r.State switch
                    {
                        ExchangeReportState.Draft => ReportState.Draft,
                        ExchangeReportState.Submitted => ReportState.Submitted,
                        ExchangeReportState.Returned => ReportState.Returned,
                        ExchangeReportState.Approved => ReportState.Approved,
                        _ => throw new InvalidOperationException(),
                    },
                    Summary = r.Summary,
                    SubmittedAt = r.SubmittedAt,
                    FirstSubmittedAt = r.FirstSubmittedAt ?? r.SubmittedAt,
                    SubmittedBy = r.SubmittedBy,
                    ReviewedAt = r.ReviewedAt,
                    ReviewedBy = r.ReviewedBy,
                    ReviewComment = r.ReviewComment,
                };
                db.Reports.Add(report);
                if (r.Id is { } id)
                {
                    reports[(w.Plan.Id, id)] = report;
                }
            }
        }

        await db.SaveChangesAsync(cancellation);
        int? ReportId(Plan plan, string? id) => id is null ? null : reports[(plan.Id, id)].Id;

        foreach (var w in _written)
        {
            for (var t = 0; t < w.File.Tasks.Count; t++)
            {
                foreach (var u in w.File.Tasks[t].Updates)
                {
                    db.TaskUpdates.Add(new TaskUpdate
                    {
                        TaskId = w.Tasks[t].Id,
                        OfficeId = u.Office is null ? null : office(u.Office, false),
                        UserId = ExchangeImporter.ImportedUserId,
                        UserName = u.By ?? ExchangeImporter.ImportedBy,
                        At = u.At,
                        State = u.State switch
                        {
                            ExchangeProgress.NotStarted => TaskProgressState.NotStarted,
                            ExchangeProgress.InProgress => TaskProgressState.InProgress,
                            ExchangeProgress.Done => TaskProgressState.Done,
                            _ => throw new InvalidOperationException(),
                        },
                        PercentDone = u.PercentDone,
                        CompletedOn = u.CompletedOn,
                        Result = u.Result,
                        EvidenceNumber = u.EvidenceNumber,
                        EvidenceDate = u.EvidenceDate,
                        Difficulties = u.Difficulties,
                        Proposals = u.Proposals,
                        ReportId = ReportId(w.Plan, u.Report),
                    });
                }
            }

            for (var i = 0; i < w.File.Indicators.Count; i++)
            {
                foreach (var v in w.File.Indicators[i].Values)
                {
                    db.IndicatorValues.Add(new IndicatorValue
                    {
                        IndicatorId = w.Indicators[i].Id,
                        PeriodKey = ReportingPeriod.Parse(v.Period).Key,
                        Value = v.Value,
                        Numerator = v.Numerator,
                        Denominator = v.Denominator,
                        Note = v.Note,
                        OfficeId = v.Office is null ? null : office(v.Office, false),
                        UserName = v.By ?? ExchangeImporter.ImportedBy,
                        At = v.At ?? doc.ExportedAt,
                        ReportId = ReportId(w.Plan, v.Report),
                    });
                }
            }
        }

        await db.SaveChangesAsync(cancellation);
    }

    private Indicator NewIndicator(ExchangeIndicator i, int position)
    {
        var indicator = new Indicator
        {
            Position = position,
            Appendix = i.Appendix,
            GroupName = i.Group,
            Ordinal = i.Ordinal,
            Name = i.Name,
            Unit = i.Unit,
            Comparator = i.Comparator.ToString(),
            TargetValue = i.TargetValue,
            TargetText = i.TargetText,
            Source = i.Source,
            Origin = char.ToUpperInvariant(i.Origin[0]) + i.Origin[1..],
            ValueFrequency = i.ValueFrequency?.ToString(),
            SearchKey = string.Empty,
        };
        indicator.Leads.AddRange(i.Lead.Select((name, n) => new IndicatorLead { Position = n, Name = name, UnitId = office(name, false) }));
        indicator.SearchKey = PlanMapping.IndicatorSearchKey(indicator);
        return indicator;
    }

    private PlanTask NewTask(ExchangeTask t, int position, int? year, List<string> warnings)
    {
        var task = new PlanTask
        {
            Position = position,
            Appendix = t.Appendix,
            AppendixTitle = t.AppendixTitle,
            Section = t.Section,
            Ordinal = t.Ordinal,
            Content = t.Content,
            Accountable = t.Accountable,
            AccountableExpected = t.AccountableExpected,
            Product = t.Product,
            DueText = string.Empty,
            DueKind = string.Empty,
            SearchKey = string.Empty,
            CreatedAt = t.CreatedAt ?? doc.ExportedAt,
            UpdatedAt = now,
        };
        PlanMapping.SetDue(task, ExchangeFacts.Deadline(t.Due, year, out var dueWarning));
        string? adjustedWarning = null;
        PlanMapping.SetAdjustedDue(task, t.AdjustedDue is null ? null : ExchangeFacts.Deadline(t.AdjustedDue, year, out adjustedWarning));
        warnings.AddRange(new[] { dueWarning, adjustedWarning }.OfType<string>().Select(w => $"Nhiệm vụ {t.Ordinal ?? "(không số)"}: {w}"));
        task.Units.AddRange(t.Lead.Select((name, n) => new TaskUnit { Role = TaskUnitRole.Lead, Position = n, Name = name, UnitId = office(name, false) }));
        task.Units.AddRange(t.Cooperating.Select((name, n) => new TaskUnit { Role = TaskUnitRole.Cooperating, Position = n, Name = name, UnitId = office(name, false) }));
        task.Bases.AddRange(t.Basis.Select((text, n) => new TaskBasis { Position = n, Text = text }));
        task.SearchKey = PlanMapping.TaskSearchKey(task);
        return task;
    }

    /// <summary>Loads a plan with everything in it and marks its contents (not the plan) deleted; returns it and how many indicators and tasks it had.</summary>
    private async Task<(Plan Plan, int Removed)> ClearAsync(int planId, CancellationToken cancellation)
    {
        var plan = await db.Plans
            .Include(p => p.Bases).Include(p => p.ReportingDuties)
            .Include(p => p.Indicators).ThenInclude(i => i.Leads)
            .Include(p => p.Tasks).ThenInclude(t => t.Units)
            .Include(p => p.Tasks).ThenInclude(t => t.Bases)
            .AsSplitQuery()
            .SingleAsync(p => p.Id == planId, cancellation);
        db.TaskUpdates.RemoveRange(await db.TaskUpdates.Where(u => db.Tasks.Any(t => t.Id == u.TaskId && t.PlanId == planId)).ToListAsync(cancellation));
        db.TaskComments.RemoveRange(await db.TaskComments.Where(c => db.Tasks.Any(t => t.Id == c.TaskId && t.PlanId == planId)).ToListAsync(cancellation));
        db.DeadlineChanges.RemoveRange(await db.DeadlineChanges.Where(c => db.Tasks.Any(t => t.Id == c.TaskId && t.PlanId == planId)).ToListAsync(cancellation));
        db.IndicatorValues.RemoveRange(await db.IndicatorValues.Where(v => db.Indicators.Any(i => i.Id == v.IndicatorId && i.PlanId == planId)).ToListAsync(cancellation));
        db.ExplanationRequests.RemoveRange(await db.ExplanationRequests.Where(e => e.PlanId == planId).ToListAsync(cancellation));
        db.Reports.RemoveRange(await db.Reports.Where(r => r.PlanId == planId).ToListAsync(cancellation));
        var removed = plan.Tasks.Count + plan.Indicators.Count;
        db.Tasks.RemoveRange(plan.Tasks);
        db.Indicators.RemoveRange(plan.Indicators);
        db.PlanReportingDuties.RemoveRange(plan.ReportingDuties);
        db.PlanBases.RemoveRange(plan.Bases);
        return (plan, removed);
    }

    private sealed record Written(ExchangePlan File, Plan Plan, List<PlanTask> Tasks, List<Indicator> Indicators);
}
