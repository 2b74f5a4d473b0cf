using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SauRo.Data;
using SauRo.Data.Entities;

namespace SauRo.Features.Indicators.Values;

/// <summary>
/// Marks the kept colour (<see cref="IndicatorColourSnapshot"/>) of every indicator whose target or values a save
/// changes to be computed again, right after the save: one statement that raises <see cref="IndicatorColourSnapshot.Version"/>
/// and clears <see cref="IndicatorColourSnapshot.ValidUntil"/>, inserting the mark when the indicator has no colour kept
/// yet. After the save (inside the caller's transaction when there is one), so that a dashboard computing the colour
/// from the values it read before the save finds the version changed and leaves the mark
/// (<see cref="IndicatorColourStore"/>); a save that fails marks nothing. Not audited: derived data.
/// </summary>
public sealed class IndicatorColourSnapshotInterceptor(ILogger<IndicatorColourSnapshotInterceptor> logger) : SaveChangesInterceptor
{
    private readonly ConditionalWeakTable<DbContext, HashSet<int>> pending = [];

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Collect(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Collect(eventData.Context);
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is SauRoDbContext db && pending.TryGetValue(db, out var ids))
        {
            pending.Remove(db);
            await MarkAsync(db, ids, cancellationToken);
        }

        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context is SauRoDbContext db && pending.TryGetValue(db, out var ids))
        {
            pending.Remove(db);
            MarkAsync(db, ids, CancellationToken.None).GetAwaiter().GetResult();
        }

        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Forget(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    public override void SaveChangesCanceled(DbContextEventData eventData) => Forget(eventData.Context);

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    private void Forget(DbContext? context)
    {
        if (context is not null)
        {
            pending.Remove(context);
        }
    }

    private void Collect(DbContext? context)
    {
        if (context is not SauRoDbContext db)
        {
            return;
        }

        var ids = new HashSet<int>();
        foreach (var entry in db.ChangeTracker.Entries())
        {
            switch (entry.Entity)
            {
                case IndicatorValue value when entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && value.IndicatorId > 0:
                    ids.Add(value.IndicatorId);
                    break;
                case Indicator indicator when entry.State == EntityState.Modified:
                    ids.Add(indicator.Id);
                    break;
            }
        }

        if (ids.Count > 0)
        {
            pending.AddOrUpdate(db, ids);
        }
    }

    private async Task MarkAsync(SauRoDbContext db, HashSet<int> ids, CancellationToken cancellation)
    {
        try
        {
            foreach (var chunk in ids.Order().Chunk(500))
            {
                // Integers only: nothing a user typed reaches the statement.
                var list = string.Join(",", chunk.Select(id => id.ToString(CultureInfo.InvariantCulture)));
#pragma warning disable EF1002 // the list is built from integers
                await db.Database.ExecuteSqlRawAsync(
                    $"""
                    INSERT INTO "IndicatorColourSnapshots" ("IndicatorId", "Colour", "Year", "CutOffDay", "ComputedOn", "ValidUntil", "Version")
                    SELECT "Id", 'Grey', 0, 0, '0001-01-01', '0001-01-01', 1 FROM "Indicators" WHERE "Id" IN ({list})
                    ON CONFLICT ("IndicatorId") DO UPDATE SET "ValidUntil" = '0001-01-01', "Version" = "IndicatorColourSnapshots"."Version" + 1
                    """,
                    cancellation);
#pragma warning restore EF1002
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The save itself has succeeded; the colours will be computed again when their validity ends.
            logger.LogError(e, "Không đánh dấu được màu chỉ tiêu cần tính lại ({Count} chỉ tiêu).", ids.Count);
        }
    }
}
