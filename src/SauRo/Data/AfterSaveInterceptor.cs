using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace SauRo.Data;

/// <summary>
/// A save interceptor that takes a note of what a save is about to write (<see cref="Note"/>, before the save) and acts
/// on it once the save has succeeded (<see cref="AfterSaveAsync"/>: inside the caller's transaction when there is one).
/// A save that fails or is cancelled acts on nothing. Synchronous saves run the action synchronously.
/// </summary>
public abstract class AfterSaveInterceptor<TNote> : SaveChangesInterceptor
    where TNote : class
{
    private readonly ConditionalWeakTable<DbContext, TNote> _notes = [];

    /// <summary>What to act on after this save, or null for nothing.</summary>
    protected abstract TNote? Note(DbContext context);

    protected abstract Task AfterSaveAsync(DbContext context, TNote note, CancellationToken cancellation);

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Keep(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Keep(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (Take(eventData.Context) is { } note)
        {
            AfterSaveAsync(eventData.Context!, note, CancellationToken.None).GetAwaiter().GetResult();
        }

        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (Take(eventData.Context) is { } note)
        {
            await AfterSaveAsync(eventData.Context!, note, cancellationToken);
        }

        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Take(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Take(eventData.Context);
        return Task.CompletedTask;
    }

    public override void SaveChangesCanceled(DbContextEventData eventData) => Take(eventData.Context);

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        Take(eventData.Context);
        return Task.CompletedTask;
    }

    private void Keep(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        // A save with nothing to note leaves an earlier note in place: a save made from within another's completion
        // (the audit trail's second save) must not drop what the first one noted.
        if (Note(context) is { } note)
        {
            _notes.AddOrUpdate(context, note);
        }
    }

    private TNote? Take(DbContext? context) =>
        context is not null && _notes.TryGetValue(context, out var note) && _notes.Remove(context) ? note : null;
}
