using System.Data;
using System.Data.Common;
using System.Reflection;
using Microsoft.EntityFrameworkCore;

namespace SauRo.Data;

/// <summary>
/// Applies the SQL migration scripts of the current provider (embedded from Data/Migrations/Sqlite or
/// Data/Migrations/Postgres, in name order), each once, in a transaction, recording them in <c>__sauro_migrations</c>.
/// On PostgreSQL an advisory lock keeps two starting instances from migrating at once.
/// </summary>
public static class DatabaseMigrator
{
    private const long AdvisoryLock = 0x5A_0B_06;

    public static async Task<IReadOnlyList<string>> MigrateAsync(SauRoDbContext db, CancellationToken cancellation = default)
    {
        var postgres = db.Database.IsNpgsql();
        var scripts = Scripts(postgres ? "Postgres" : "Sqlite");
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != ConnectionState.Open;
        if (opened)
        {
            await connection.OpenAsync(cancellation);
        }

        var applied = new List<string>();
        try
        {
            if (postgres)
            {
                await ExecuteAsync(connection, null, $"SELECT pg_advisory_lock({AdvisoryLock})", cancellation);
            }

            await ExecuteAsync(connection, null, "CREATE TABLE IF NOT EXISTS __sauro_migrations (version TEXT PRIMARY KEY, applied_at TEXT NOT NULL)", cancellation);
            var done = new HashSet<string>(StringComparer.Ordinal);
            await using (var cmd = connection.CreateCommand())
            {
                cmd.CommandText = "SELECT version FROM __sauro_migrations";
                await using var reader = await cmd.ExecuteReaderAsync(cancellation);
                while (await reader.ReadAsync(cancellation))
                {
                    done.Add(reader.GetString(0));
                }
            }

            foreach (var (version, sql) in scripts)
            {
                if (done.Contains(version))
                {
                    continue;
                }

                await using var tx = await connection.BeginTransactionAsync(cancellation);
                await ExecuteAsync(connection, tx, sql, cancellation);
                await using (var record = connection.CreateCommand())
                {
                    record.Transaction = tx;
                    record.CommandText = "INSERT INTO __sauro_migrations (version, applied_at) VALUES (@v, @t)";
                    AddParameter(record, "@v", version);
                    AddParameter(record, "@t", DateTimeOffset.UtcNow.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
                    await record.ExecuteNonQueryAsync(cancellation);
                }

                await tx.CommitAsync(cancellation);
                applied.Add(version);
            }

            if (postgres)
            {
                await ExecuteAsync(connection, null, $"SELECT pg_advisory_unlock({AdvisoryLock})", cancellation);
            }
        }
        finally
        {
            if (opened)
            {
                await connection.CloseAsync();
            }
        }

        return applied;
    }

    /// <summary>The embedded scripts of one provider, by version (file name without extension), in order.</summary>
    public static IReadOnlyList<(string Version, string Sql)> Scripts(string provider)
    {
        var assembly = Assembly.GetExecutingAssembly();
        var prefix = $"SauRo.Data.Migrations.{provider}.";
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n =>
            {
                using var stream = assembly.GetManifestResourceStream(n)!;
                using var reader = new StreamReader(stream);
                return (n[prefix.Length..^".sql".Length], reader.ReadToEnd());
            })
            .ToList();
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction? tx, string sql, CancellationToken cancellation)
    {
        await using var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        cmd.CommandTimeout = 300;
        await cmd.ExecuteNonQueryAsync(cancellation);
    }

    private static void AddParameter(DbCommand command, string name, object value)
    {
        var p = command.CreateParameter();
        p.ParameterName = name;
        p.Value = value;
        command.Parameters.Add(p);
    }
}
