using System.Globalization;
using System.Net.Mail;
using Microsoft.EntityFrameworkCore;
using SauRo.Core.Monitoring;
using SauRo.Data;
using SauRo.Data.Entities;
using SauRo.Features.Accounts;
using SauRo.Features.Import;
using SauRo.Features.Monitoring;
using SauRo.Features.Reports;

namespace SauRo.Features.Reminders;

/// <summary>
/// One run of the reminders, for every plan, one plan unit (commune or province) at a time:
/// <list type="number">
/// <item>the reminders that apply today (<see cref="ReminderPlanner.Plan"/> over the tasks' statuses and the expected
/// reports of <see cref="ExpectedReports"/>, submitted or not), "today" being the Vietnamese date of the injected clock;</item>
/// <item>one <see cref="Notification"/> per reminder and recipient: the active accounts of the office reminded and, for
/// an overdue task or a late report, the commune's standing body (<see cref="ReminderRecipients"/>). The unique index on
/// (Key, UserId) makes it idempotent: what exists is skipped, and a row another instance inserted meanwhile is refused
/// by the database and counted as existing;</item>
/// <item>an e-mail for each notification not yet e-mailed whose recipient has an address, created within
/// <see cref="EmailWithinDays"/> days: claimed first (<see cref="Notification.EmailAttempts"/> is a concurrency token,
/// so two instances never send the same one), then <see cref="Notification.EmailedAt"/> on success or
/// <see cref="Notification.EmailError"/> on failure, tried again at the next run up to <see cref="MaxEmailAttempts"/>
/// times.</item>
/// </list>
/// Reminders depend only on the state of the plans, never on earlier runs: after missed runs, the next one catches up.
/// </summary>
public sealed class ReminderJob(
    SauRoDbContext db, TimeProvider clock, MonitoringSettings settings, ReminderMailer mailer, ILogger<ReminderJob> logger)
{
    public const int MaxEmailAttempts = 5;

    /// <summary>Older notifications are not e-mailed any more (no flood of stale reminders when e-mail is first set up).</summary>
    public const int EmailWithinDays = 7;

    /// <summary>A try that left no outcome (the process stopped while sending) is taken up again after this.</summary>
    public static readonly TimeSpan EmailClaimLease = TimeSpan.FromMinutes(15);

    public async Task<ReminderRunResult> RunOnceAsync(CancellationToken cancellation)
    {
        var today = VietnamTime.Today(clock);
        var recipients = await ReminderRecipients.LoadAsync(db, cancellation);
        var plans = await db.Plans.AsNoTracking().Select(p => new { p.Id, p.UnitId }).ToListAsync(cancellation);
        var reminders = 0;
        var created = 0;
        foreach (var unit in plans.GroupBy(p => p.UnitId).OrderBy(g => g.Key))
        {
            var (planned, reportLinks) = await PlanAsync([.. unit.Select(p => p.Id)], unit.Key, today, cancellation);
            reminders += planned.Count;
            created += await StoreAsync(Notifications(planned, reportLinks, unit.Key, recipients), cancellation);
        }

        var (sent, failed) = await EmailAsync(cancellation);
        var result = new ReminderRunResult(today, reminders, created, sent, failed, mailer.IsConfigured);
        logger.LogInformation("{Summary}", result.Summary());
        return result;
    }

    /// <summary>
    /// The reminders of one plan unit's plans today, and the page of each expected report by its unit and period. All the
    /// year's expected reports are looked at: a yearly report may be due before its data window ends.
    /// </summary>
    private async Task<(IReadOnlyList<Reminder> Reminders, Dictionary<(int UnitId, ReportingPeriod Period), string> ReportLinks)> PlanAsync(
        List<int> planIds, int planUnitId, DateOnly today, CancellationToken cancellation)
    {
        var tasks = await db.Tasks.AsNoTracking().Include(t => t.Units).Where(t => planIds.Contains(t.PlanId)).ToListAsync(cancellation);
        var statuses = await TaskStatuses.ForTasksAsync(db, tasks, today, settings, cancellation);
        var taskSources = tasks.Select(t => new TaskReminderSource(t.Id, t.Content, LeadOffices(t, planUnitId), PlanMapping.EffectiveDue(t), statuses[t.Id]));
        var expected = await ExpectedReports.ForPlansAsync(db, planIds, DateOnly.MinValue, DateOnly.MaxValue, settings.CutOffDay, cancellation);
        var reportSources = expected.Select(r => new ReportReminderSource(new ExpectedReport(r.UnitId, r.Period, r.DueDate), r.Submitted));
        var links = expected.GroupBy(r => (r.UnitId, r.Period)).ToDictionary(g => g.Key, g => g.First().Url);
        return (ReminderPlanner.Plan(today, taskSources, reportSources, settings.DueSoonDays), links);
    }

    /// <summary>The task's lead offices linked to a unit; the plan's unit (its standing body) when none is.</summary>
    private static List<int> LeadOffices(PlanTask task, int planUnitId)
    {
        var leads = task.Units.Where(u => u.Role == TaskUnitRole.Lead && u.UnitId is not null).Select(u => u.UnitId!.Value).Distinct().ToList();
        return leads.Count > 0 ? leads : [planUnitId];
    }

    private List<Notification> Notifications(
        IReadOnlyList<Reminder> reminders, Dictionary<(int UnitId, ReportingPeriod Period), string> reportLinks, int planUnitId, ReminderRecipients recipients)
    {
        var now = clock.GetUtcNow();
        var commune = recipients.CommuneOf(planUnitId);
        var notifications = new List<Notification>();
        foreach (var r in reminders)
        {
            var office = recipients.Of(r.RecipientOfficeId).Select(a => (Account: a, Own: true));
            var standing = r.Kind is ReminderKind.TaskOverdue or ReminderKind.ReportLate && commune is { } c
                ? recipients.StandingBody(c).Select(a => (Account: a, Own: false))
                : [];
            var officeName = recipients.UnitName(r.RecipientOfficeId);
            foreach (var (account, own) in office.Concat(standing).DistinctBy(x => x.Account.UserId))
            {
                // The standing body follows other offices' reminders: it is told whose they are.
                var named = !own && officeName.Length > 0;
                notifications.Add(new Notification
                {
                    Key = r.Key,
                    UserId = account.UserId,
                    Kind = r.Kind.ToString(),
                    Subject = named ? $"{r.Subject} — {officeName}" : r.Subject,
                    Body = named ? $"Đơn vị: {officeName}. {r.Text}" : r.Text,
                    Link = Link(r, reportLinks),
                    CreatedAt = now,
                });
            }
        }

        return notifications;
    }

    /// <summary>The task's page, or the report's (the stored report, or the address that opens it).</summary>
    private static string? Link(Reminder reminder, Dictionary<(int UnitId, ReportingPeriod Period), string> reportLinks) =>
        reminder.TaskId is { } taskId ? string.Create(CultureInfo.InvariantCulture, $"/Tasks/{taskId}")
        : reminder.Period is { } period ? reportLinks.GetValueOrDefault((reminder.RecipientOfficeId, period))
        : null;

    /// <summary>Inserts the notifications that do not exist yet; returns how many it inserted.</summary>
    private async Task<int> StoreAsync(List<Notification> candidates, CancellationToken cancellation)
    {
        if (candidates.Count == 0)
        {
            return 0;
        }

        var keys = candidates.Select(n => n.Key).Distinct().ToList();
        var existing = (await db.Notifications.AsNoTracking().Where(n => keys.Contains(n.Key)).Select(n => new { n.Key, n.UserId }).ToListAsync(cancellation))
            .Select(n => (n.Key, n.UserId))
            .ToHashSet();
        var fresh = candidates.Where(n => !existing.Contains((n.Key, n.UserId))).DistinctBy(n => (n.Key, n.UserId)).ToList();
        if (fresh.Count == 0)
        {
            return 0;
        }

        db.Notifications.AddRange(fresh);
        try
        {
            await SaveAsync(cancellation);
            return fresh.Count;
        }
        catch (DbUpdateException e) when (DatabaseErrors.IsUniqueViolation(e))
        {
            // Another instance inserted some of them since the check: insert one by one, skipping those.
            db.ChangeTracker.Clear();
        }

        var inserted = 0;
        foreach (var notification in fresh)
        {
            notification.Id = 0;
            db.Notifications.Add(notification);
            try
            {
                await SaveAsync(cancellation);
                inserted++;
            }
            catch (DbUpdateException e) when (DatabaseErrors.IsUniqueViolation(e))
            {
                // Already there.
            }
            finally
            {
                db.ChangeTracker.Clear();
            }
        }

        return inserted;
    }

    /// <summary>E-mails the notifications due for it; returns how many were sent and how many failed.</summary>
    private async Task<(int Sent, int Failed)> EmailAsync(CancellationToken cancellation)
    {
        if (!mailer.IsConfigured)
        {
            mailer.TellNotConfiguredOnce();
            return (0, 0);
        }

        var now = clock.GetUtcNow();
        var since = now.AddDays(-EmailWithinDays);
        var candidates = (await (
                    from n in db.Notifications.AsNoTracking()
                    join u in db.Users on n.UserId equals u.Id
                    where n.EmailedAt == null && n.EmailAttempts < MaxEmailAttempts && n.CreatedAt >= since && u.Email != null && u.Email != string.Empty
                    orderby n.Id
                    select new { n.Id, n.EmailError, n.EmailTriedAt, u.Email, u.FullName, u.UserName, u.LockoutEnd })
                .ToListAsync(cancellation))
            .Where(n => Claimable(n.EmailError, n.EmailTriedAt, now))
            .Where(n => !AccountRules.IsDeactivated(n.LockoutEnd))
            .Select(n => (n.Id, Address: MailAddress.TryCreate(n.Email, out var a) ? a : null, Name: string.IsNullOrWhiteSpace(n.FullName) ? n.UserName ?? string.Empty : n.FullName))
            .Where(n => n.Address is not null)
            .ToList();
        if (candidates.Count == 0)
        {
            return (0, 0);
        }

        var sent = 0;
        var failed = 0;
        using var session = mailer.Open();
        foreach (var chunk in candidates.Chunk(100))
        {
            var ids = chunk.Select(c => c.Id).ToList();
            var rows = await db.Notifications.Where(n => ids.Contains(n.Id)).ToDictionaryAsync(n => n.Id, cancellation);
            foreach (var (id, address, name) in chunk)
            {
                // Checked again on the row read now: another instance may have claimed it since the list was read.
                if (!rows.TryGetValue(id, out var notification)
                    || notification.EmailedAt is not null
                    || !Claimable(notification.EmailError, notification.EmailTriedAt, clock.GetUtcNow())
                    || !await ClaimAsync(notification, cancellation))
                {
                    continue;
                }

                var unreachable = false;
                try
                {
                    await session.SendAsync(address!, notification.Subject, ReminderMailer.Body(name, notification.Body, notification.Link, session.BaseUrl), cancellation);
                    notification.EmailedAt = clock.GetUtcNow();
                    sent++;
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    notification.EmailError = Describe(e);
                    unreachable = e is SmtpException { StatusCode: SmtpStatusCode.GeneralFailure };
                    failed++;
                    logger.LogWarning("Không gửi được thư nhắc việc {NotificationId} đến {Address}: {Error}", id, address!.Address, notification.EmailError);
                }

                await SaveAsync(cancellation);
                if (unreachable)
                {
                    logger.LogWarning("Máy chủ thư không trả lời; các thư còn lại sẽ được gửi ở lần chạy sau.");
                    return (sent, failed);
                }
            }

            db.ChangeTracker.Clear();
        }

        return (sent, failed);
    }

    /// <summary>
    /// Whether a notification not yet e-mailed may be tried now: never tried, its last try failed, or a try that left no
    /// outcome is older than the <see cref="EmailClaimLease"/>. A try in progress (claimed, no outcome yet) is not.
    /// </summary>
    private static bool Claimable(string? emailError, DateTimeOffset? triedAt, DateTimeOffset now) =>
        emailError is not null || triedAt is null || triedAt < now - EmailClaimLease;

    /// <summary>Takes the notification for this run; false when another instance took it first.</summary>
    private async Task<bool> ClaimAsync(Notification notification, CancellationToken cancellation)
    {
        notification.EmailAttempts++;
        notification.EmailTriedAt = clock.GetUtcNow();
        notification.EmailError = null;
        try
        {
            await SaveAsync(cancellation);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.Entry(notification).State = EntityState.Detached;
            return false;
        }
    }

    /// <summary>Saves, trying again a few times when SQLite reports another writer at the same moment.</summary>
    private async Task SaveAsync(CancellationToken cancellation)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await db.SaveChangesAsync(cancellation);
                return;
            }
            catch (DbUpdateException e) when (DatabaseErrors.IsBusy(e) && attempt < 10)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(20 * attempt), cancellation);
            }
        }
    }

    private static string Describe(Exception e)
    {
        var message = e.InnerException is { } inner ? $"{e.Message} ({inner.Message})" : e.Message;
        return message.Length <= 500 ? message : message[..500];
    }
}
