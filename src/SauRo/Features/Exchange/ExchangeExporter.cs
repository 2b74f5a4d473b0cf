using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SauRo.Core.Exchange;
using SauRo.Core.Monitoring;
using SauRo.Core.Plans;
using SauRo.Core.Text;
using SauRo.Data;
using SauRo.Data.Entities;
using SauRo.Features.Import;
using SauRo.Features.Indicators.Values;
using SauRo.Features.Monitoring;

namespace SauRo.Features.Exchange;

/// <summary>
/// A commune's plans and monitoring facts as an <see cref="ExchangeDocument"/> (docs/exchange-json.md): every plan of
/// the commune with its duties, indicators and values, tasks and updates (attachments described, never their bytes),
/// reports; offices by name; today's statuses and colours for information. Reads only; the caller checks the rights.
/// </summary>
public sealed class ExchangeExporter(SauRoDbContext db, TimeProvider clock, MonitoringSettings settings)
{
    public const string SourceName = "Sáu Rõ";

    /// <summary>The commune's document, or null when <paramref name="communeId"/> is not a commune.</summary>
    public async Task<ExchangeDocument?> ExportAsync(int communeId, CancellationToken cancellation = default)
    {
        var commune = await db.Units.AsNoTracking().Where(u => u.Id == communeId && u.Kind == UnitKind.Commune)
            .Select(u => new { u.Name, Province = u.Parent != null ? u.Parent.Name : null })
            .SingleOrDefaultAsync(cancellation);
        if (commune is null)
        {
            return null;
        }

        var now = clock.GetUtcNow();
        var exportedAt = VietnamTime.ToVietnam(now.AddTicks(-(now.Ticks % TimeSpan.TicksPerSecond)));
        var today = VietnamTime.DateOf(now);
        var plans = await db.Plans.AsNoTracking().Where(p => p.UnitId == communeId)
            .Include(p => p.Bases).Include(p => p.ReportingDuties)
            .Include(p => p.Indicators).ThenInclude(i => i.Leads)
            .Include(p => p.Tasks).ThenInclude(t => t.Units)
            .Include(p => p.Tasks).ThenInclude(t => t.Bases)
            .AsSplitQuery()
            .OrderBy(p => p.Id)
            .ToListAsync(cancellation);
        var updates = (await db.TaskUpdates.AsNoTracking()
                .Where(u => db.Tasks.Any(t => t.Id == u.TaskId && t.Plan!.UnitId == communeId))
                .ToListAsync(cancellation))
            .OrderBy(u => u.At).ThenBy(u => u.Id).ToLookup(u => u.TaskId);
        var attachmentIds = updates.SelectMany(g => g).Select(u => u.AttachmentId).OfType<int>().Distinct().ToList();
        var attachments = await db.Attachments.AsNoTracking().Where(a => attachmentIds.Contains(a.Id))
            .Select(a => new { a.Id, a.FileName, a.Size, a.ContentType })
            .ToDictionaryAsync(a => a.Id, a => new ExchangeAttachment(a.FileName, a.Size, a.ContentType), cancellation);
        var values = await db.IndicatorValues.AsNoTracking()
            .Where(v => db.Indicators.Any(i => i.Id == v.IndicatorId && i.Plan!.UnitId == communeId))
            .ToListAsync(cancellation);
        var reports = (await db.Reports.AsNoTracking().Where(r => db.Plans.Any(p => p.Id == r.PlanId && p.UnitId == communeId))
                .ToListAsync(cancellation))
            .ToLookup(r => r.PlanId);
        var offices = await db.Units.AsNoTracking().Where(u => u.ParentId == communeId).ToDictionaryAsync(u => u.Id, u => u.Name, cancellation);
        var statuses = await TaskStatuses.ForTasksAsync(db, plans.SelectMany(p => p.Tasks).ToList(), today, settings, cancellation);

        string? Office(int? id) => id is { } v && v != communeId ? offices.GetValueOrDefault(v) ?? $"Cơ quan số {v}" : null;

        var valuesByIndicator = values.ToLookup(v => v.IndicatorId);
        var exported = new List<ExchangePlan>(plans.Count);
        foreach (var plan in plans)
        {
            var planReports = reports[plan.Id].OrderBy(r => r.PeriodKey, StringComparer.Ordinal).ThenBy(r => r.Id).ToList();
            var reportIds = planReports.Select(r => r.Id).ToHashSet();
            string? ReportRef(int? id) => id is { } v && reportIds.Contains(v) ? Id(v) : null;
            var colours = IndicatorColours.Assess(plan.Indicators, values, plan.Year ?? today.Year, today, settings.CutOffDay);
            var duties = plan.ReportingDuties.ToDictionary(d => d.Id);
            exported.Add(new ExchangePlan
            {
                Id = Id(plan.Id),
                Number = plan.Number,
                NumberText = plan.NumberText,
                Year = plan.Year,
                Title = plan.Title,
                Place = plan.Place,
                IssuedOn = plan.IssuedOn,
                Issuer = plan.Issuer,
                Signer = plan.Signer,
                SignerRole = plan.SignerRole,
                Bases = plan.Bases.OrderBy(b => b.Position).Select(b => b.Text).ToList(),
                DeclaredIndicators = plan.DeclaredIndicators,
                DeclaredTasks = plan.DeclaredTasks,
                Reporting = plan.ReportingDuties.OrderBy(d => d.Id).Select(Duty).OfType<ExchangeDuty>().ToList(),
                Indicators = plan.Indicators.OrderBy(i => i.Position).ThenBy(i => i.Id).Select(i => new ExchangeIndicator
                {
                    Id = Id(i.Id),
                    Appendix = i.Appendix,
                    Group = i.GroupName,
                    Ordinal = i.Ordinal,
                    Name = i.Name,
                    Unit = i.Unit,
                    TargetText = i.TargetText,
                    Comparator = PlanMapping.Target(i).Comparator,
                    TargetValue = i.TargetValue,
                    Source = i.Source,
                    Origin = i.Origin.ToLowerInvariant() is var origin && ExchangeNames.Origins.Contains(origin) ? origin : "manual",
                    ValueFrequency = Enum.TryParse<ReportingFrequency>(i.ValueFrequency, out var f) ? f : null,
                    Lead = i.Leads.OrderBy(l => l.Position).Select(l => l.Name).ToList(),
                    Values = valuesByIndicator[i.Id].OrderBy(v => v.PeriodKey, StringComparer.Ordinal).Select(v => new ExchangeValue
                    {
                        Period = v.PeriodKey,
                        Value = v.Value,
                        Numerator = v.Numerator,
                        Denominator = v.Denominator,
                        Note = v.Note,
                        Office = Office(v.OfficeId),
                        By = v.UserName,
                        At = VietnamTime.ToVietnam(v.At),
                        Report = ReportRef(v.ReportId),
                    }).ToList(),
                    Colour = colours.TryGetValue(i.Id, out var colour) ? colour.Colour.CssKey() : null,
                }).ToList(),
                Tasks = plan.Tasks.OrderBy(t => t.Position).ThenBy(t => t.Id).Select(t => new ExchangeTask
                {
                    Id = Id(t.Id),
                    Appendix = t.Appendix,
                    AppendixTitle = t.AppendixTitle,
                    Section = t.Section,
                    Ordinal = t.Ordinal,
                    Content = t.Content,
                    Lead = t.Units.Where(u => u.Role == TaskUnitRole.Lead).OrderBy(u => u.Position).Select(u => u.Name).ToList(),
                    Cooperating = t.Units.Where(u => u.Role == TaskUnitRole.Cooperating).OrderBy(u => u.Position).Select(u => u.Name).ToList(),
                    Accountable = t.Accountable,
                    AccountableExpected = t.AccountableExpected,
                    Product = t.Product,
                    Basis = t.Bases.OrderBy(b => b.Position).Select(b => b.Text).ToList(),
                    Due = Deadline(PlanMapping.Due(t)),
                    AdjustedDue = PlanMapping.AdjustedDue(t) is { } adjusted ? Deadline(adjusted) : null,
                    CreatedAt = VietnamTime.ToVietnam(t.CreatedAt),
                    Updates = updates[t.Id].Select(u => new ExchangeUpdate
                    {
                        Id = Id(u.Id),
                        At = VietnamTime.ToVietnam(u.At),
                        Office = Office(u.OfficeId),
                        By = u.UserName,
                        State = u.State switch
                        {
                            TaskProgressState.NotStarted => ExchangeProgress.NotStarted,
                            TaskProgressState.InProgress => ExchangeProgress.InProgress,
                            TaskProgressState.Done => ExchangeProgress.Done,
                            _ => throw new InvalidOperationException(),
                        },
                        PercentDone = u.PercentDone,
                        CompletedOn = u.CompletedOn,
                        Result = u.Result,
                        EvidenceNumber = u.EvidenceNumber,
                        EvidenceDate = u.EvidenceDate,
                        Difficulties = u.Difficulties,
                        Proposals = u.Proposals,
                        Attachment = u.AttachmentId is { } a ? attachments.GetValueOrDefault(a) : null,
                        Report = ReportRef(u.ReportId),
                    }).ToList(),
                    Status = statuses.TryGetValue(t.Id, out var status) ? status.Status.CssKey() : null,
                }).ToList(),
                Reports = planReports.Where(r => duties.ContainsKey(r.DutyId)).Select(r => new ExchangeReport
                {
                    Id = Id(r.Id),
                    Office = Office(r.UnitId),
                    Period = r.PeriodKey,
                    DueDate = r.DueDate,
                    State = r.State switch
                    {
                        ReportState.Draft => ExchangeReportState.Draft,
                        ReportState.Submitted => ExchangeReportState.Submitted,
                        ReportState.Returned => ExchangeReportState.Returned,
                        ReportState.Approved => ExchangeReportState.Approved,
                        _ => throw new InvalidOperationException(),
                    },
                    Summary = r.Summary,
                    SubmittedAt = Local(r.SubmittedAt),
                    FirstSubmittedAt = Local(r.FirstSubmittedAt),
                    SubmittedBy = r.SubmittedBy,
                    ReviewedAt = Local(r.ReviewedAt),
                    ReviewedBy = r.ReviewedBy,
                    ReviewComment = r.ReviewComment,
                }).ToList(),
            });
        }

        return new ExchangeDocument
        {
            ExportedAt = exportedAt,
            StatusDate = today,
            Source = SourceName,
            Commune = new ExchangeCommune(commune.Name, null, commune.Province ?? string.Empty),
            Plans = exported,
        };
    }

    /// <summary>"trao-doi-xa-an-binh-20261122-0900.json": the download's name.</summary>
    public static string FileName(ExchangeDocument doc)
    {
        var folded = VietnameseText.Fold(doc.Commune.Name);
        var slug = string.Join('-', new string(folded.Select(c => char.IsAsciiLetterOrDigit(c) ? c : ' ').ToArray())
            .Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return string.Create(CultureInfo.InvariantCulture, $"trao-doi-{(slug.Length == 0 ? "xa" : slug)}-{doc.ExportedAt:yyyyMMdd-HHmm}.json");
    }

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    private static DateTimeOffset? Local(DateTimeOffset? instant) => instant is { } v ? VietnamTime.ToVietnam(v) : null;

    private static ExchangeDuty? Duty(PlanReportingDuty d) =>
        Enum.TryParse<ReportingParty>(d.FromParty, out var from) && Enum.TryParse<ReportingFrequency>(d.Frequency, out var frequency)
            ? new ExchangeDuty(from, d.ToText, frequency, d.DueDay, d.DueMonth, d.Text.Length == 0 ? null : d.Text)
            : null;

    private static ExchangeDeadline? Deadline(Deadline d) => d.Text.Length == 0 ? null : new ExchangeDeadline
    {
        Text = d.Text,
        Kind = d.Kind,
        Start = d.Start,
        End = d.End,
        Every = d.Every,
        OngoingAfter = d.OngoingAfter,
    };
}
