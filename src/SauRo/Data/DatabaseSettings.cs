using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace SauRo.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>
/// Where the data lives, from the <c>--db</c> option or the <c>SAURO_DB</c> setting: an SQLite file path (the default,
/// <c>data/sauro.db</c>) or a PostgreSQL connection string (<c>Host=…;Database=…;Username=…;Password=…</c>).
/// </summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    public const string DefaultSqliteFile = "data/sauro.db";

    public static DatabaseSettings From(string? value, string baseDirectory)
    {
        var v = value?.Trim();
        if (string.IsNullOrEmpty(v))
        {
            v = Path.Combine(baseDirectory, DefaultSqliteFile);
        }

        if (v.Contains("Host=", StringComparison.OrdinalIgnoreCase) || v.Contains("Server=", StringComparison.OrdinalIgnoreCase))
        {
            return new DatabaseSettings(DatabaseProvider.Postgres, WithAutoPrepare(v));
        }

        if (v.StartsWith("Data Source=", StringComparison.OrdinalIgnoreCase))
        {
            return new DatabaseSettings(DatabaseProvider.Sqlite, v);
        }

        var path = Path.GetFullPath(v, baseDirectory);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={path};Pooling=True");
    }

    /// <summary>
    /// Unless the connection string says otherwise, the statements a connection runs often are prepared on the server
    /// (parsed and planned once, not at every call): the update API and the dashboards run the same few statements
    /// all day.
    /// </summary>
    private static string WithAutoPrepare(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!connectionString.Contains("Max Auto Prepare", StringComparison.OrdinalIgnoreCase))
        {
            builder.MaxAutoPrepare = 64;
            builder.AutoPrepareMinUsages = 3;
        }

        return builder.ConnectionString;
    }

    public void Apply(DbContextOptionsBuilder options)
    {
        switch (Provider)
        {
            case DatabaseProvider.Postgres:
                options.UseNpgsql(ConnectionString);
                break;
            case DatabaseProvider.Sqlite:
                options.UseSqlite(ConnectionString).AddInterceptors(SqliteConnectionSetup.Instance);
                break;
            default:
                throw new InvalidOperationException();
        }
    }

    /// <summary>The connection string without its password, for logs.</summary>
    public string Describe() => Provider == DatabaseProvider.Sqlite
        ? $"SQLite ({ConnectionString.Split(';')[0]["Data Source=".Length..]})"
        : "PostgreSQL (" + string.Join(';', ConnectionString.Split(';').Where(p => !p.TrimStart().StartsWith("Password", StringComparison.OrdinalIgnoreCase))) + ")";
}
