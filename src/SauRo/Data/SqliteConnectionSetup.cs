using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace SauRo.Data;

/// <summary>
/// Sets up every SQLite connection as it opens: write-ahead logging (readers no longer wait for a writer, and a write
/// costs one sync of the log instead of several of the file; the mode is kept in the file, the <c>-wal</c> and
/// <c>-shm</c> files sit next to it while it is open), <c>synchronous=NORMAL</c> (safe with WAL: a power cut may lose
/// the last commits, never corrupt the file), and a busy timeout so that a writer that finds another one writing is
/// made to wait by SQLite itself, in short steps, rather than failing at once. The first 64 MB of the file are read
/// through memory mapping: with several pooled connections, each one's page cache is emptied whenever another writes,
/// and re-reading pages with a system call each cost a third of the server's time under many concurrent updates
/// (the mapping shares the operating system's copy; it is limited so that a national database does not count gigabytes
/// in the server's resident memory).
/// </summary>
public sealed class SqliteConnectionSetup : DbConnectionInterceptor
{
    public const string Pragmas = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=30000; PRAGMA mmap_size=67108864;";

    public static readonly SqliteConnectionSetup Instance = new();

    // The native connections already set up: a pooled connection is opened again and again on the same handle.
    private readonly ConditionalWeakTable<SQLitePCL.sqlite3, object> _done = [];

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (Needed(connection) is { } handle)
        {
            using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            command.ExecuteNonQuery();
            _done.AddOrUpdate(handle, handle);
        }
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (Needed(connection) is { } handle)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            await command.ExecuteNonQueryAsync(cancellationToken);
            _done.AddOrUpdate(handle, handle);
        }
    }

    /// <summary>The native handle of a connection not set up yet, else null.</summary>
    private SQLitePCL.sqlite3? Needed(DbConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return connection is SqliteConnection { Handle: { } handle } && !_done.TryGetValue(handle, out _) ? handle : null;
    }
}
