using System.Runtime.CompilerServices;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;
using SauRo.Data;
using SauRo.Data.Entities;

namespace SauRo.Features.Audit;

/// <summary>
/// Appends one <see cref="AuditEntry"/> per record added, changed or deleted, in the same transaction as the write.
/// One pass over the change tracker before saving reads the updates and deletions (their old values are gone after)
/// and notes the additions. Without additions the entries are saved with the write itself; with additions (whose keys
/// the database generates) a transaction is opened if none is, the write is saved, the additions are read with their
/// keys, the entries are saved, and the transaction is committed. Changing or deleting an audit entry throws.
/// </summary>
public sealed class AuditInterceptor(TimeProvider clock, IHttpContextAccessor http) : SaveChangesInterceptor
{
    public const string AppendOnlyMessage = "Nhật ký chỉ được ghi thêm: không được sửa hay xóa một dòng nhật ký.";

    private readonly ConditionalWeakTable<DbContext, Pending> _pending = [];

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is SauRoDbContext db)
        {
            await BeforeSavingAsync(db, cancellationToken);
        }

        return result;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is SauRoDbContext db)
        {
            // Synchronous saves are rare here; the parent look-ups run synchronously underneath (no synchronization context).
            BeforeSavingAsync(db, CancellationToken.None).GetAwaiter().GetResult();
        }

        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is SauRoDbContext db)
        {
            await AfterSavingAsync(db, cancellationToken);
        }

        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context is SauRoDbContext db)
        {
            AfterSavingAsync(db, CancellationToken.None).GetAwaiter().GetResult();
        }

        return result;
    }

    public override async Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default) =>
        await AbandonAsync(eventData.Context);

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => AbandonAsync(eventData.Context).GetAwaiter().GetResult();

    public override async Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default) =>
        await AbandonAsync(eventData.Context);

    public override void SaveChangesCanceled(DbContextEventData eventData) => AbandonAsync(eventData.Context).GetAwaiter().GetResult();

    private async Task BeforeSavingAsync(SauRoDbContext db, CancellationToken cancellation)
    {
        if (_pending.TryGetValue(db, out var current) && current.Flushing)
        {
            return; // the entries themselves being saved
        }

        var scope = new AuditScope();
        var drafts = new List<AuditDraft>();
        var added = new List<(EntityEntry Entry, string Type)>();
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.Entity is AuditEntry)
            {
                if (entry.State is EntityState.Modified or EntityState.Deleted)
                {
                    throw new InvalidOperationException(AppendOnlyMessage);
                }

                if (entry.State == EntityState.Added)
                {
                    throw new InvalidOperationException("Chỉ bộ ghi nhật ký được thêm dòng vào nhật ký.");
                }

                continue;
            }

            if (entry.State != EntityState.Added)
            {
                scope.Remember(entry);
            }

            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted)
                || AuditedTypes.Name(entry.Metadata.ClrType) is not { } type)
            {
                continue;
            }

            if (entry.State == EntityState.Added)
            {
                added.Add((entry, type));
            }
            else if (AuditDraft.Read(entry, type, entry.State == EntityState.Deleted ? AuditAction.Delete : AuditAction.Update) is { } draft)
            {
                drafts.Add(draft);
            }
        }

        DropReplacements(drafts, added);
        if (drafts.Count == 0 && added.Count == 0)
        {
            return;
        }

        var user = http.HttpContext?.User;
        var signedIn = user?.Identity?.IsAuthenticated == true;
        var pending = new Pending(
            clock.GetUtcNow(),
            signedIn ? user!.FindFirstValue(ClaimTypes.NameIdentifier) : null,
            signedIn ? user!.Identity!.Name ?? AuditText.SystemUser : AuditText.SystemUser,
            scope,
            drafts,
            added);
        await scope.CompleteAsync(db, drafts, cancellation);
        if (added.Count == 0)
        {
            Write(db, pending, drafts); // saved with the write itself
        }
        else if (db.Database.CurrentTransaction is null)
        {
            pending.Transaction = await db.Database.BeginTransactionAsync(cancellation);
        }

        _pending.AddOrUpdate(db, pending);
    }

    private async Task AfterSavingAsync(SauRoDbContext db, CancellationToken cancellation)
    {
        if (!_pending.TryGetValue(db, out var pending) || pending.Flushing)
        {
            return;
        }

        if (pending.Added.Count > 0)
        {
            if (pending.Added.Any(a => a.Entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                throw new InvalidOperationException("Nhật ký cần SaveChanges chấp nhận thay đổi (acceptAllChangesOnSuccess = true).");
            }

            foreach (var (entry, _) in pending.Added)
            {
                pending.Scope.Remember(entry);
            }

            var created = pending.Added.Select(a => AuditDraft.Read(a.Entry, a.Type, AuditAction.Create)!).ToList();
            await pending.Scope.CompleteAsync(db, created, cancellation);
            Write(db, pending, pending.Drafts.Concat(created));
            pending.Flushing = true;
            try
            {
                await db.SaveChangesAsync(cancellation);
            }
            finally
            {
                pending.Flushing = false;
            }

            if (pending.Transaction is { } transaction)
            {
                await transaction.CommitAsync(cancellation);
                await transaction.DisposeAsync();
                pending.Transaction = null;
            }
        }

        // Saved: the entries leave the change tracker, so that nothing can change them through it later.
        foreach (var written in pending.Written)
        {
            db.Entry(written).State = EntityState.Detached;
        }

        _pending.Remove(db);
    }

    /// <summary>A failed or cancelled save: the entries go with it, and a transaction opened here is rolled back.</summary>
    private async Task AbandonAsync(DbContext? context)
    {
        if (context is null || !_pending.TryGetValue(context, out var pending) || pending.Flushing)
        {
            return;
        }

        _pending.Remove(context);
        foreach (var written in pending.Written)
        {
            context.Entry(written).State = EntityState.Detached;
        }

        if (pending.Transaction is { } transaction)
        {
            await transaction.RollbackAsync(CancellationToken.None);
            await transaction.DisposeAsync();
        }
    }

    private static void Write(SauRoDbContext db, Pending pending, IEnumerable<AuditDraft> drafts)
    {
        foreach (var draft in drafts)
        {
            var entry = AuditActors.Of(draft.Entry.Entity) is { } actor
                ? draft.ToEntry(pending.At, actor.UserId, actor.UserName)
                : draft.ToEntry(pending.At, pending.UserId, pending.UserName);
            pending.Written.Add(entry);
            db.AuditEntries.Add(entry);
        }
    }

    /// <summary>
    /// Drops the pairs of a child row deleted and an identical one added in the same save (the task and indicator forms
    /// replace offices and documents wholesale): what is left are the rows that really changed.
    /// </summary>
    private static void DropReplacements(List<AuditDraft> drafts, List<(EntityEntry Entry, string Type)> added)
    {
        if (added.Count == 0 || !drafts.Any(d => d.Action == AuditAction.Delete))
        {
            return;
        }

        var deleted = drafts.Where(d => d.Action == AuditAction.Delete)
            .GroupBy(d => AuditDraft.ContentKey(d.Entry, d.Type, original: true), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => new Queue<AuditDraft>(g), StringComparer.Ordinal);
        var types = drafts.Where(d => d.Action == AuditAction.Delete).Select(d => d.Type).ToHashSet(StringComparer.Ordinal);
        added.RemoveAll(a =>
        {
            if (!types.Contains(a.Type) || !deleted.TryGetValue(AuditDraft.ContentKey(a.Entry, a.Type, original: false), out var same) || same.Count == 0)
            {
                return false;
            }

            drafts.Remove(same.Dequeue());
            return true;
        });
    }

    private sealed class Pending(DateTimeOffset at, string? userId, string userName, AuditScope scope, List<AuditDraft> drafts, List<(EntityEntry Entry, string Type)> added)
    {
        public DateTimeOffset At { get; } = at;

        public string? UserId { get; } = userId;

        public string UserName { get; } = userName;

        public AuditScope Scope { get; } = scope;

        /// <summary>Updates and deletions, read before saving.</summary>
        public List<AuditDraft> Drafts { get; } = drafts;

        /// <summary>Additions, read after saving.</summary>
        public List<(EntityEntry Entry, string Type)> Added { get; } = added;

        /// <summary>The audit entries given to the context.</summary>
        public List<AuditEntry> Written { get; } = [];

        /// <summary>A transaction opened here (none was open and the entries had to wait for generated keys).</summary>
        public IDbContextTransaction? Transaction { get; set; }

        public bool Flushing { get; set; }
    }
}
