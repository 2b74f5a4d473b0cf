using Microsoft.EntityFrameworkCore;
using SauRo.Core.Monitoring;
using SauRo.Core.Plans;
using SauRo.Data;
using SauRo.Data.Entities;
using SauRo.Features.Accounts;
using SauRo.Features.Explanations;
using SauRo.Features.Import;
using SauRo.Features.Plans;

namespace SauRo.Features.Monitoring;

/// <summary>
/// What the task page shows of its monitoring: the status today, the progress updates (newest first, with who, when,
/// the attachment and whether an approved report locks them), the original deadline and every change asked for, the
/// explanation requests and their answers, and what the user may do about each.
/// </summary>
public sealed class TaskMonitoring
{
    /// <summary>One update as the history shows it.</summary>
    public sealed record UpdateRow(TaskUpdate Update, string? OfficeName, AttachmentInfo? Attachment, bool Locked);

    public sealed record AttachmentInfo(int Id, string FileName, long Size);

    public required int TaskId { get; init; }

    public required PlanRef Plan { get; init; }

    public required DateOnly Today { get; init; }

    public required TaskStatusResult Status { get; init; }

    public required List<UpdateRow> Updates { get; init; }

    /// <summary>The lead office's officers and the plan's editors: file updates, ask for a deadline change, answer explanations.</summary>
    public required bool CanUpdate { get; init; }

    /// <summary>The commune's leader (and the administrator): decide deadline changes, ask for explanations.</summary>
    public required bool CanApprove { get; init; }

    /// <summary>The form's starting values: the latest update's state and percent, completion today.</summary>
    public required TaskUpdateInput Form { get; init; }

    public required Deadline Original { get; init; }

    public Deadline? Adjusted { get; init; }

    /// <summary>Every deadline change asked for, oldest first.</summary>
    public required List<DeadlineChange> Changes { get; init; }

    /// <summary>Explanation requests, oldest first.</summary>
    public required List<ExplanationRequest> Explanations { get; init; }

    public DeadlineChange? PendingChange => Changes.FirstOrDefault(c => c.State == ChangeState.Pending);

    public bool CanRequestChange => CanUpdate && PendingChange is null;

    public bool CanAsk => CanApprove && ExplanationRules.TaskNeedsExplanation(Status) && !Explanations.Any(e => e.IsOpen());

    /// <summary>Loads everything for a task loaded with its units (its plan's visibility already checked).</summary>
    public static async Task<TaskMonitoring> LoadAsync(
        SauRoDbContext db, UnitScope scope, TimeProvider clock, MonitoringSettings settings, PlanTask task, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(task);
        var plan = (await PlanRef.FindAsync(db, task.PlanId, cancellation))!;
        var today = VietnamTime.Today(clock);
        var status = (await TaskStatuses.ForTasksAsync(db, [task], today, settings, cancellation))[task.Id];
        var updates = await UpdateRowsAsync(db, task.Id, cancellation);
        var latest = updates.FirstOrDefault()?.Update;
        return new TaskMonitoring
        {
            TaskId = task.Id,
            Plan = plan,
            Today = today,
            Status = status,
            Updates = updates,
            CanUpdate = await scope.CanUpdateTaskAsync(task.Id, cancellation),
            CanApprove = await scope.CanApproveAsync(plan.UnitId, cancellation),
            Form = new TaskUpdateInput
            {
                State = (latest?.State ?? TaskProgressState.InProgress).ToString(),
                PercentDone = (latest?.PercentDone ?? 0).ToString(System.Globalization.CultureInfo.InvariantCulture),
                CompletedOn = TaskUpdateValues.Fmt(today),
            },
            Original = PlanMapping.Due(task),
            Adjusted = PlanMapping.AdjustedDue(task),
            Changes = await db.DeadlineChanges.AsNoTracking().Where(c => c.TaskId == task.Id)
                .OrderBy(c => c.RequestedAt).ThenBy(c => c.Id).ToListAsync(cancellation),
            Explanations = await db.ExplanationRequests.AsNoTracking().Where(e => e.TaskId == task.Id)
                .OrderBy(e => e.RequestedAt).ThenBy(e => e.Id).ToListAsync(cancellation),
        };
    }

    /// <summary>The task's updates, newest first, with their office, attachment and lock.</summary>
    public static async Task<List<UpdateRow>> UpdateRowsAsync(SauRoDbContext db, int taskId, CancellationToken cancellation)
    {
        var updates = await db.TaskUpdates.AsNoTracking().Where(u => u.TaskId == taskId)
            .OrderByDescending(u => u.At).ThenByDescending(u => u.Id).ToListAsync(cancellation);
        var officeIds = updates.Select(u => u.OfficeId).OfType<int>().Distinct().ToList();
        var offices = await db.Units.AsNoTracking().Where(u => officeIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, cancellation);
        var attachmentIds = updates.Select(u => u.AttachmentId).OfType<int>().ToList();
        var attachments = await db.Attachments.AsNoTracking().Where(a => attachmentIds.Contains(a.Id))
            .Select(a => new AttachmentInfo(a.Id, a.FileName, a.Size)).ToDictionaryAsync(a => a.Id, cancellation);
        var locked = await TaskUpdateLock.LockedAsync(db, updates, cancellation);
        return updates.Select(u => new UpdateRow(
            u,
            u.OfficeId is { } o ? offices.GetValueOrDefault(o) : null,
            u.AttachmentId is { } a ? attachments.GetValueOrDefault(a) : null,
            locked.Contains(u.Id))).ToList();
    }
}
