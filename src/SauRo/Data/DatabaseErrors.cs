using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace SauRo.Data;

/// <summary>Recognises, on SQLite and on PostgreSQL, a write refused by a unique index and a write that met another's lock.</summary>
public static class DatabaseErrors
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;
    private const int SqliteConstraint = 19;
    private const int SqliteConstraintUnique = 2067;
    private const int SqliteConstraintPrimaryKey = 1555;

    public static bool IsUniqueViolation(DbUpdateException e) => e.InnerException switch
    {
        PostgresException p => p.SqlState == PostgresErrorCodes.UniqueViolation,
        SqliteException s => s.SqliteErrorCode == SqliteConstraint && s.SqliteExtendedErrorCode is SqliteConstraintUnique or SqliteConstraintPrimaryKey,
        _ => false,
    };

    /// <summary>
    /// SQLite answered "database is locked" without waiting (another connection writes at the same moment): the whole
    /// write was rolled back and may be tried again. PostgreSQL waits for row locks instead.
    /// </summary>
    public static bool IsBusy(DbUpdateException e) => e is not DbUpdateConcurrencyException
        && e.InnerException is SqliteException { SqliteErrorCode: SqliteBusy or SqliteLocked };
}
