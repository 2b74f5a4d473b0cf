using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using SauRo.Data;
using SauRo.Data.Entities;
using SauRo.Features.Audit;

namespace SauRo.Features.Monitoring;

/// <summary>
/// Saves the progress updates filed through the API, several in one save when they arrive together: the request checks
/// the task and the right to update it, then hands the update here and waits for it to be saved. One writer takes every
/// update waiting (at most <see cref="MaxBatch"/>) and saves them in one transaction — the statuses of their tasks, the
/// derived-data marks and the audit trail (in the name of each update's author) with them — so that many offices filing
/// at once cost one transaction instead of one each, and SQLite's single writer is never fought over. A save that fails
/// is retried one update at a time, so that one bad update (its task deleted meanwhile) fails alone. When nobody else is
/// filing, an update is saved at once: nothing waits to fill a batch.
/// </summary>
public sealed class TaskUpdateWriter(IServiceScopeFactory scopes, ILogger<TaskUpdateWriter> logger) : IHostedService
{
    private const int MaxBatch = 64;

    private readonly Channel<Pending> _queue = Channel.CreateBounded<Pending>(new BoundedChannelOptions(10_000)
    {
        SingleReader = true,
        FullMode = BoundedChannelFullMode.Wait,
    });

    private Task _loop = Task.CompletedTask;

    /// <summary>Saves the update (its <see cref="TaskUpdate.Id"/> is set when this completes); throws what its save threw.</summary>
    public async Task SaveAsync(TaskUpdate update, CancellationToken cancellation)
    {
        var pending = new Pending(update);
        await _queue.Writer.WriteAsync(pending, cancellation);

        // Once queued the update is saved even if the caller stops waiting: a filed update is not lost half-way.
        await pending.Done.Task;
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _loop = Task.Run(RunAsync, CancellationToken.None);
        return Task.CompletedTask;
    }

    /// <summary>Takes no more updates; those queued are still saved (while the host gives time to stop).</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        _queue.Writer.TryComplete();
        await _loop.WaitAsync(cancellationToken);
    }

    private async Task RunAsync()
    {
        var batch = new List<Pending>(MaxBatch);
        while (await _queue.Reader.WaitToReadAsync())
        {
            await DrainAsync(batch);
        }
    }

    private async Task DrainAsync(List<Pending> batch)
    {
        while (_queue.Reader.TryRead(out var first))
        {
            batch.Add(first);
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var next))
            {
                batch.Add(next);
            }

            await WriteAsync(batch);
            batch.Clear();
        }
    }

    private async Task WriteAsync(List<Pending> batch)
    {
        try
        {
            await SaveAsync(batch);
            batch.ForEach(p => p.Done.TrySetResult());
        }
        catch (Exception) when (batch.Count > 1)
        {
            // One of them failed: each alone, so that only that one fails.
            foreach (var pending in batch)
            {
                try
                {
                    await SaveAsync([pending]);
                    pending.Done.TrySetResult();
                }
                catch (Exception e)
                {
                    logger.LogWarning(e, "Không lưu được cập nhật tiến độ của nhiệm vụ {TaskId}.", pending.Update.TaskId);
                    pending.Done.TrySetException(e);
                }
            }
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Không lưu được cập nhật tiến độ của nhiệm vụ {TaskId}.", batch[0].Update.TaskId);
            batch[0].Done.TrySetException(e);
        }
    }

    private async Task SaveAsync(IReadOnlyList<Pending> batch)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SauRoDbContext>();

        // The tasks with their plans, tracked: the status computed in the save and the audit trail's plan and unit use
        // these rows instead of reading each on their own.
        var taskIds = batch.Select(p => p.Update.TaskId).Distinct().ToList();
        await db.Tasks.Include(t => t.Plan).Where(t => taskIds.Contains(t.Id)).LoadAsync(CancellationToken.None);
        foreach (var pending in batch)
        {
            AuditActors.Set(pending.Update, pending.Update.UserId, pending.Update.UserName);
            db.TaskUpdates.Add(pending.Update);
        }

        // Not the caller's cancellation: a batch holds other people's updates.
        await db.SaveChangesAsync(CancellationToken.None);
    }

    private sealed class Pending(TaskUpdate update)
    {
        public TaskUpdate Update { get; } = update;

        public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
