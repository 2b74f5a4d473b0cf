using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SauRo.Core.Monitoring;
using SauRo.Data;
using SauRo.Data.Entities;

namespace SauRo.Features.Monitoring;

/// <summary>
/// Keeps task statuses current on every write: before saving, the snapshots of tasks whose deadline, lead offices or
/// updates change are marked stale in the same transaction (a new task gets a stale one); after saving, they are
/// computed again. Should that second step fail, the write stands and the stale snapshots are computed at the next
/// read (<see cref="TaskStatusStore.RefreshStaleAsync"/>). Registered after the audit interceptor.
/// </summary>
public sealed class TaskStatusSnapshotInterceptor(TimeProvider clock, MonitoringSettings settings, ILogger<TaskStatusSnapshotInterceptor> logger)
    : SaveChangesInterceptor
{
    private sealed class Pending
    {
        public HashSet<int> TaskIds { get; } = [];

        public List<PlanTask> Added { get; } = [];

        public bool Refreshing { get; set; }

        /// <summary>Saves under way on the context: the audit trail saves its entries inside the write's own save.</summary>
        public int Depth { get; set; }
    }

    private readonly ConditionalWeakTable<DbContext, Pending> _pending = [];

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is SauRoDbContext db)
        {
            await MarkAsync(db, cancellationToken);
        }

        return result;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is SauRoDbContext db)
        {
            MarkAsync(db, CancellationToken.None).GetAwaiter().GetResult();
        }

        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is SauRoDbContext db)
        {
            await RefreshAsync(db, cancellationToken);
        }

        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context is SauRoDbContext db)
        {
            RefreshAsync(db, CancellationToken.None).GetAwaiter().GetResult();
        }

        return result;
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Forget(eventData.Context);

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    public override void SaveChangesCanceled(DbContextEventData eventData) => Forget(eventData.Context);

    private async Task MarkAsync(SauRoDbContext db, CancellationToken cancellation)
    {
        var pending = _pending.GetOrCreateValue(db);
        pending.Depth++;
        if (pending.Refreshing)
        {
            return;
        }

        var today = VietnamTime.Today(clock);
        var existing = new HashSet<int>();
        var withSnapshot = db.ChangeTracker.Entries<TaskStatusSnapshot>().Select(e => e.Entity.Task).OfType<PlanTask>().ToHashSet();
        foreach (var entry in db.ChangeTracker.Entries().ToList())
        {
            switch (entry.Entity)
            {
                case PlanTask task when entry.State == EntityState.Added && !withSnapshot.Contains(task):
                    pending.Added.Add(task);
                    db.TaskStatusSnapshots.Add(new TaskStatusSnapshot { Task = task, Status = PlanTaskStatus.InProgress, ComputedOn = today, ValidUntil = DateOnly.MinValue });
                    break;
                case PlanTask task when entry.State == EntityState.Modified:
                    existing.Add(task.Id);
                    break;
                case TaskUpdate update when entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted:
                    existing.Add(update.TaskId);
                    break;
                case TaskUnit unit when entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && unit.TaskId > 0:
                    existing.Add(unit.TaskId);
                    break;
            }
        }

        if (existing.Count == 0)
        {
            return;
        }

        pending.TaskIds.UnionWith(existing);
        var ids = existing.ToList();
        var tracked = db.ChangeTracker.Entries<TaskStatusSnapshot>().Select(e => e.Entity.TaskId).ToHashSet();
        var snapshots = await db.TaskStatusSnapshots.Where(s => ids.Contains(s.TaskId) && !tracked.Contains(s.TaskId)).ToListAsync(cancellation);
        foreach (var snapshot in snapshots)
        {
            snapshot.ValidUntil = DateOnly.MinValue;
        }
    }

    private async Task RefreshAsync(SauRoDbContext db, CancellationToken cancellation)
    {
        if (!_pending.TryGetValue(db, out var pending))
        {
            return;
        }

        pending.Depth = Math.Max(0, pending.Depth - 1);
        if (pending.Depth > 0 || pending.Refreshing || (pending.TaskIds.Count == 0 && pending.Added.Count == 0))
        {
            return;
        }

        var ids = pending.TaskIds.Concat(pending.Added.Select(t => t.Id)).Where(id => id > 0).ToList();
        pending.TaskIds.Clear();
        pending.Added.Clear();
        pending.Refreshing = true;
        try
        {
            await TaskStatusStore.RefreshAsync(db, ids, VietnamTime.Today(clock), settings, cancellation);
        }
        catch (Exception e) when (e is DbUpdateException or InvalidOperationException)
        {
            // The write itself is saved; the stale snapshots are computed again when next read.
            logger.LogWarning(e, "Không tính lại được tình trạng của {Count} nhiệm vụ; sẽ tính lại khi xem.", ids.Count);
        }
        finally
        {
            pending.Refreshing = false;
        }
    }

    private void Forget(DbContext? context)
    {
        if (context is not null && _pending.TryGetValue(context, out var pending))
        {
            pending.Depth = Math.Max(0, pending.Depth - 1);
            if (pending.Depth == 0 && !pending.Refreshing)
            {
                pending.TaskIds.Clear();
                pending.Added.Clear();
            }
        }
    }
}
