using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SauRo.Core.Monitoring;
using SauRo.Data;
using SauRo.Data.Entities;

namespace SauRo.Features.Monitoring;

/// <summary>
/// Keeps task statuses current on every write, in the write's own save: before saving, the status of each task whose
/// deadline, lead offices or updates change (and of each new task) is computed from what the database holds and what
/// the save changes, and its <see cref="TaskStatusSnapshot"/> written with it. One transaction, no window in which a
/// dashboard could count the old status. Registered after the audit interceptor (snapshots are not audited).
/// </summary>
public sealed class TaskStatusSnapshotInterceptor(TimeProvider clock, MonitoringSettings settings, TaskStatusFreshness freshness) : SaveChangesInterceptor
{
    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is SauRoDbContext db)
        {
            await ComputeAsync(db, cancellationToken);
        }

        return result;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is SauRoDbContext db)
        {
            // Synchronous saves are rare here; the look-ups run synchronously underneath (no synchronization context).
            ComputeAsync(db, CancellationToken.None).GetAwaiter().GetResult();
        }

        return result;
    }

    private async Task ComputeAsync(SauRoDbContext db, CancellationToken cancellation)
    {
        var entries = db.ChangeTracker.Entries().ToList();
        var added = new List<PlanTask>();
        var existing = new HashSet<int>();
        var updates = new List<EntityEntry>();
        foreach (var entry in entries)
        {
            switch (entry.Entity)
            {
                case PlanTask task when entry.State == EntityState.Added:
                    added.Add(task);
                    break;
                case PlanTask task when entry.State == EntityState.Modified:
                    existing.Add(task.Id);
                    break;
                case TaskUpdate update when entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted:
                    updates.Add(entry);
                    if (update.TaskId > 0)
                    {
                        existing.Add(update.TaskId);
                    }

                    break;
                case TaskUnit unit when entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && unit.TaskId > 0:
                    existing.Add(unit.TaskId);
                    break;
            }
        }

        if (added.Count == 0 && existing.Count == 0)
        {
            return;
        }

        var today = VietnamTime.Today(clock);
        freshness.Computed(today);
        var ids = existing.ToList();
        var tracked = entries.Where(e => e.Entity is PlanTask t && existing.Contains(t.Id)).ToDictionary(e => ((PlanTask)e.Entity).Id);
        var deleted = tracked.Where(t => t.Value.State == EntityState.Deleted).Select(t => t.Key).ToHashSet();
        var untracked = ids.Where(id => !tracked.ContainsKey(id)).ToList();
        var tasks = tracked.Values.Where(e => e.State != EntityState.Deleted).Select(e => (PlanTask)e.Entity).ToList();
        if (untracked.Count > 0)
        {
            tasks.AddRange(await db.Tasks.AsNoTracking().Where(t => untracked.Contains(t.Id)).ToListAsync(cancellation));
        }

        // The updates as they will be once saved: the database's, less those this save changes, plus this save's.
        var changing = updates.Where(e => e.State is EntityState.Modified or EntityState.Deleted).Select(e => ((TaskUpdate)e.Entity).Id).ToHashSet();
        var coveredToday = updates.Where(e => e.State is EntityState.Added or EntityState.Modified)
            .Select(e => (TaskUpdate)e.Entity).Where(u => VietnamTime.DateOf(u.At) == today).Select(u => u.TaskId).ToHashSet();
        var stored = tasks.Count == 0 ? [] : await TaskStatuses.Relevant(db.TaskUpdates.AsNoTracking(), tasks, today, coveredToday)
            .Select(u => new { u.Id, Fact = new TaskStatuses.UpdateFact(u.TaskId, u.At, u.State, u.CompletedOn) })
            .ToListAsync(cancellation);
        var facts = stored.Where(u => !changing.Contains(u.Id)).Select(u => u.Fact)
            .Concat(updates.Where(e => e.State is EntityState.Added or EntityState.Modified)
                .Select(e => (TaskUpdate)e.Entity)
                .Select(u => new TaskStatuses.UpdateFact(u.TaskId, u.At, u.State, u.CompletedOn)))
            .ToLookup(f => f.TaskId);

        var snapshots = ids.Count == 0 ? [] : await db.TaskStatusSnapshots.Where(s => ids.Contains(s.TaskId)).ToDictionaryAsync(s => s.TaskId, cancellation);
        foreach (var task in tasks.Where(t => !deleted.Contains(t.Id)))
        {
            var fresh = TaskStatusStore.Snapshot(TaskStatuses.Evaluate(task, facts[task.Id], today, settings), today, settings);
            if (snapshots.TryGetValue(task.Id, out var row))
            {
                TaskStatusStore.Overwrite(row, fresh);
            }
            else
            {
                db.TaskStatusSnapshots.Add(fresh);
            }
        }

        // A new task keeps the snapshot an earlier, failed save gave it.
        var earlier = db.ChangeTracker.Entries<TaskStatusSnapshot>().Where(e => e.Entity.Task is not null)
            .ToDictionary(e => (object)e.Entity.Task!, e => e.Entity, ReferenceEqualityComparer.Instance);
        foreach (var task in added)
        {
            var fresh = TaskStatusStore.Snapshot(TaskStatuses.Evaluate(task, [], today, settings), today, settings);
            if (earlier.TryGetValue(task, out var row))
            {
                TaskStatusStore.Overwrite(row, fresh);
                continue;
            }

            fresh.TaskId = 0;
            fresh.Task = task;
            db.TaskStatusSnapshots.Add(fresh);
        }
    }
}
