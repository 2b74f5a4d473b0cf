using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using SauRo.Core.Access;
using SauRo.Data;
using SauRo.Data.Entities;
using SauRo.Features.Accounts;

namespace SauRo.Hosting;

/// <summary>
/// What <see cref="SessionValidation"/> read of an account (its security stamp, lockout end and unit), kept for
/// <see cref="Window"/> so that a client sending many requests is checked against the database once every few seconds
/// instead of at every request. A change to an account saved by this process (password change or reset,
/// deactivation, sign-out of every session) drops its entry at once, so such a change is enforced at the next
/// request as before; a change made by another process (a command run against the same database, a second server)
/// is enforced at most <see cref="Window"/> later.
/// </summary>
public sealed class SessionCache
{
    /// <summary>How long an account's stamp and lockout are trusted without reading them again.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromSeconds(5);

    private const int MaxEntries = 100_000;

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private long _forgotten;

    /// <summary>The account as read within the window, or null.</summary>
    public Account? Find(string userId)
    {
        ArgumentNullException.ThrowIfNull(userId);
        return _entries.TryGetValue(userId, out var entry) && Environment.TickCount64 < entry.Expires ? entry.Account : null;
    }

    /// <summary>
    /// The account as kept within the window, else read — with its unit and where that sits, which every request's
    /// access checks need (<see cref="UnitScope"/>) — and kept; null: no such account.
    /// </summary>
    public async Task<Account?> GetAsync(SauRoDbContext db, string userId, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (Find(userId) is { } kept)
        {
            return kept;
        }

        var version = Version;
        var row = await db.Users.AsNoTracking()
            .Where(u => u.Id == userId)
            .Select(u => new
            {
                u.SecurityStamp,
                u.LockoutEnd,
                HomeId = (int?)u.Unit!.Id,
                HomeKind = (UnitKind?)u.Unit!.Kind,
                ParentId = u.Unit!.ParentId,
                ParentKind = (UnitKind?)u.Unit!.Parent!.Kind,
                GrandParentId = u.Unit!.Parent!.ParentId,
                GrandParentKind = (UnitKind?)u.Unit!.Parent!.Parent!.Kind,
            })
            .SingleOrDefaultAsync(cancellation);
        if (row is null)
        {
            return null;
        }

        var account = new Account(
            row.SecurityStamp,
            row.LockoutEnd,
            row.HomeId is { } home ? UnitScope.Place(home, row.HomeKind!.Value, row.ParentId, row.ParentKind, row.GrandParentId, row.GrandParentKind) : null);
        Keep(userId, account, version);
        return account;
    }

    /// <summary>A token to take before reading the account, to hand back to <see cref="Keep"/>.</summary>
    public long Version => Interlocked.Read(ref _forgotten);

    /// <summary>Keeps what was read, unless an account changed since <paramref name="version"/> was taken (the read may be older than the change).</summary>
    public void Keep(string userId, Account? account, long version)
    {
        ArgumentNullException.ThrowIfNull(userId);
        if (_entries.Count >= MaxEntries)
        {
            _entries.Clear();
        }

        var entry = new Entry(account, Environment.TickCount64 + (long)Window.TotalMilliseconds);
        _entries[userId] = entry;
        if (Version != version)
        {
            _entries.TryRemove(new KeyValuePair<string, Entry>(userId, entry));
        }
    }

    /// <summary>Drops what is kept of these accounts (they are being changed).</summary>
    public void Forget(IEnumerable<string> userIds)
    {
        ArgumentNullException.ThrowIfNull(userIds);
        Interlocked.Increment(ref _forgotten);
        foreach (var id in userIds)
        {
            _entries.TryRemove(id, out _);
        }
    }

    /// <summary>The account's stamp and lockout end, and where its unit sits (null: no unit); null account: no such account.</summary>
    public sealed record Account(string? SecurityStamp, DateTimeOffset? LockoutEnd, UnitPlace? Home);

    private sealed record Entry(Account? Account, long Expires);

    /// <summary>Drops the entries of the accounts a save changes or deletes, before and after the save.</summary>
    public sealed class Invalidation(SessionCache cache) : AfterSaveInterceptor<List<string>>
    {
        /// <summary>Forgets the accounts a save is about to change, and notes them to forget again after it.</summary>
        protected override List<string>? Note(DbContext context)
        {
            var changing = context.ChangeTracker.Entries<AppUser>()
                .Where(e => e.State is EntityState.Modified or EntityState.Deleted)
                .Select(e => e.Entity.Id)
                .ToList();
            if (changing.Count == 0)
            {
                return null;
            }

            cache.Forget(changing);
            return changing;
        }

        /// <summary>
        /// The entries are accepted by now: forget again what was about to change, so that no request that read the
        /// account during the save keeps the old stamp.
        /// </summary>
        protected override Task AfterSaveAsync(DbContext context, List<string> note, CancellationToken cancellation)
        {
            cache.Forget(note);
            return Task.CompletedTask;
        }
    }
}

public static class SessionCacheFeature
{
    /// <summary>The session cache, and its invalidation attached to every <see cref="SauRoDbContext"/> the container creates.</summary>
    public static IServiceCollection AddSessionCache(this IServiceCollection services) => services
        .AddSingleton<SessionCache>()
        .AddSingleton<SessionCache.Invalidation>()
        .ConfigureDbContext<SauRoDbContext>((provider, options) => options.AddInterceptors(provider.GetRequiredService<SessionCache.Invalidation>()));
}
