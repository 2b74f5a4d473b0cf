using Microsoft.EntityFrameworkCore;
using SauRo.Core.Monitoring;
using SauRo.Data;
using SauRo.Data.Entities;

namespace SauRo.Features.Monitoring;

/// <summary>
/// Keeps <see cref="TaskStatusSnapshot"/> current: computed for tasks whose deadline or updates change (by
/// <see cref="TaskStatusSnapshotInterceptor"/> in the write's own save), for snapshots whose
/// <see cref="TaskStatusSnapshot.ValidUntil"/> has passed (before a dashboard or report counts them), and for tasks
/// without one (by <see cref="StatusRefreshService"/>, and for a commune's tasks before it is counted).
/// </summary>
public static class TaskStatusStore
{
    private const int Batch = 500;

    /// <summary>Computes and writes the snapshots of these tasks for today; returns how many were written.</summary>
    public static async Task<int> RefreshAsync(
        SauRoDbContext db, IReadOnlyCollection<int> taskIds, DateOnly today, MonitoringSettings settings, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(taskIds);
        var written = 0;
        foreach (var chunk in taskIds.Distinct().Chunk(Batch))
        {
            var tasks = await db.Tasks.AsNoTracking().Where(t => chunk.Contains(t.Id)).ToListAsync(cancellation);
            var evaluated = await TaskStatuses.EvaluateAsync(db, tasks, today, settings, cancellation);
            var existing = await db.TaskStatusSnapshots.Where(s => chunk.Contains(s.TaskId)).ToDictionaryAsync(s => s.TaskId, cancellation);
            var touched = new List<TaskStatusSnapshot>(existing.Values);
            foreach (var e in evaluated)
            {
                var fresh = Snapshot(e, today, settings);
                if (existing.TryGetValue(e.TaskId, out var row))
                {
                    Overwrite(row, fresh);
                }
                else
                {
                    db.TaskStatusSnapshots.Add(fresh);
                    touched.Add(fresh);
                }
            }

            await db.SaveChangesAsync(cancellation);

            // The caller's own tracked records stay as they are; the snapshots are not kept in memory.
            foreach (var snapshot in touched)
            {
                db.Entry(snapshot).State = EntityState.Detached;
            }
            written += evaluated.Count;
        }

        return written;
    }

    /// <summary>
    /// Brings the snapshots of these tasks up to today: those whose validity has passed, and (when asked: a small set of
    /// tasks, e.g. one commune's) those that have none.
    /// </summary>
    public static async Task<int> RefreshStaleAsync(
        SauRoDbContext db, IQueryable<PlanTask> tasks, DateOnly today, MonitoringSettings settings, bool includeMissing, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(db);
        // From the tasks to their kept rows by key (none kept: missing). Computed for a later day: the clock was set back
        // (tests, a corrected server clock).
        var stale = await (from t in tasks
                           join k in db.TaskStatusSnapshots on t.Id equals k.TaskId into kept
                           from s in kept.DefaultIfEmpty()
                           where (s == null && includeMissing) || (s != null && (s.ValidUntil < today || s.ComputedOn > today))
                           select t.Id)
            .ToListAsync(cancellation);
        return stale.Count == 0 ? 0 : await RefreshAsync(db, stale, today, settings, cancellation);
    }

    /// <summary>The snapshot of a computed status: what holds today and until when.</summary>
    public static TaskStatusSnapshot Snapshot(TaskStatuses.Evaluated evaluated, DateOnly today, MonitoringSettings settings)
    {
        ArgumentNullException.ThrowIfNull(evaluated);
        ArgumentNullException.ThrowIfNull(settings);
        var result = evaluated.Result;
        return new TaskStatusSnapshot
        {
            TaskId = evaluated.TaskId,
            Status = result.Status,
            DueDate = result.DueDate,
            DaysLateDone = result.Status == PlanTaskStatus.DoneLate ? result.DaysLate : null,
            ComputedOn = today,
            ValidUntil = TaskStatusValidity.Until(evaluated.Due, evaluated.Progress, today, settings.DueSoonDays, result),
        };
    }

    /// <summary>Puts a freshly computed status into a stored snapshot row.</summary>
    public static void Overwrite(TaskStatusSnapshot row, TaskStatusSnapshot fresh)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(fresh);
        row.Status = fresh.Status;
        row.DueDate = fresh.DueDate;
        row.DaysLateDone = fresh.DaysLateDone;
        row.ComputedOn = fresh.ComputedOn;
        row.ValidUntil = fresh.ValidUntil;
    }

    /// <summary>Days late of a status read from a snapshot: counted from its due date for an overdue task.</summary>
    public static int? DaysLate(PlanTaskStatus status, DateOnly? dueDate, int? daysLateDone, DateOnly today) => status switch
    {
        PlanTaskStatus.Overdue when dueDate is { } due => today.DayNumber - due.DayNumber,
        PlanTaskStatus.DoneLate => daysLateDone,
        _ => null,
    };
}
