using System.Linq.Expressions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;
using NpgsqlTypes;
using SauRo.Data;

namespace SauRo.Bench.National;

/// <summary>
/// Writes many rows of an entity type straight into its table, bypassing EF's change tracker: COPY (binary) on
/// PostgreSQL, one prepared INSERT reused inside a transaction on SQLite. Columns, names and value conversions come
/// from the EF model, so the loader follows the schema the app uses. Ids are given by the generator; on PostgreSQL the
/// identity sequences are moved past them at the end (<see cref="FixSequencesAsync"/>).
/// </summary>
public sealed class BulkLoader(SauRoDbContext db)
{
    private readonly bool _postgres = db.Database.IsNpgsql();

    public async Task<long> LoadAsync<T>(IEnumerable<T> rows, CancellationToken cancellation = default)
        where T : class
    {
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} không có trong mô hình.");
        var table = entity.GetTableName()!;
        var store = StoreObjectIdentifier.Table(table, entity.GetSchema());
        var columns = entity.GetProperties()
            .Where(p => p.GetColumnName(store) is not null && p.PropertyInfo is not null)
            .Select(p => new Column(p, p.GetColumnName(store)!))
            .ToList();
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await connection.OpenAsync(cancellation);
        }

        return _postgres
            ? await CopyAsync((NpgsqlConnection)connection, table, columns, rows, cancellation)
            : await InsertAsync((SqliteConnection)connection, table, columns, rows, cancellation);
    }

    /// <summary>PostgreSQL: moves every identity sequence past the largest id loaded.</summary>
    public async Task FixSequencesAsync(CancellationToken cancellation = default)
    {
        if (!_postgres)
        {
            return;
        }

        foreach (var entity in db.Model.GetEntityTypes())
        {
            var table = entity.GetTableName();
            var key = entity.FindPrimaryKey()?.Properties;
            if (table is null || key is not { Count: 1 } || key[0].ClrType != typeof(int) && key[0].ClrType != typeof(long)
                || key[0].ValueGenerated == ValueGenerated.Never)
            {
                continue;
            }

            var column = key[0].GetColumnName(StoreObjectIdentifier.Table(table, entity.GetSchema()));
#pragma warning disable EF1002 // table and column names come from the model, not from input
            await db.Database.ExecuteSqlRawAsync(
                $"SELECT setval(pg_get_serial_sequence('\"{table}\"', '{column}'), GREATEST(COALESCE((SELECT MAX(\"{column}\") FROM \"{table}\"), 0), 1))",
                cancellation);
#pragma warning restore EF1002
        }
    }

    private static async Task<long> CopyAsync<T>(NpgsqlConnection connection, string table, List<Column> columns, IEnumerable<T> rows, CancellationToken cancellation)
    {
        var list = string.Join(", ", columns.Select(c => $"\"{c.Name}\""));
        long count = 0;
        await using var writer = await connection.BeginBinaryImportAsync($"COPY \"{table}\" ({list}) FROM STDIN (FORMAT BINARY)", cancellation);
        foreach (var row in rows)
        {
            await writer.StartRowAsync(cancellation);
            foreach (var column in columns)
            {
                var value = column.Value(row!);
                if (value is null)
                {
                    await writer.WriteNullAsync(cancellation);
                }
                else
                {
                    await writer.WriteAsync(value, column.PostgresType, cancellation);
                }
            }

            count++;
        }

        await writer.CompleteAsync(cancellation);
        return count;
    }

    private static async Task<long> InsertAsync<T>(SqliteConnection connection, string table, List<Column> columns, IEnumerable<T> rows, CancellationToken cancellation)
    {
        await using var tx = (SqliteTransaction)await connection.BeginTransactionAsync(cancellation);
        await using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c.Name}\""))}) VALUES ({string.Join(", ", columns.Select((_, i) => $"@p{i}"))})";
        var parameters = columns.Select((_, i) => command.Parameters.Add(new SqliteParameter($"@p{i}", null))).ToArray();
        command.Prepare();
        long count = 0;
        foreach (var row in rows)
        {
            for (var i = 0; i < columns.Count; i++)
            {
                parameters[i].Value = columns[i].Value(row!) ?? DBNull.Value;
            }

            await command.ExecuteNonQueryAsync(cancellation);
            count++;
        }

        await tx.CommitAsync(cancellation);
        return count;
    }

    /// <summary>One column: the property's value through the model's converter, and its PostgreSQL type.</summary>
    private sealed class Column
    {
        private readonly Func<object, object?> _get;
        private readonly Func<object?, object?>? _convert;

        public Column(IProperty property, string name)
        {
            var row = Expression.Parameter(typeof(object), "row");
            _get = Expression.Lambda<Func<object, object?>>(
                Expression.Convert(Expression.Property(Expression.Convert(row, property.DeclaringType.ClrType), property.PropertyInfo!), typeof(object)),
                row).Compile();
            Name = name;
            var converter = property.GetTypeMapping().Converter;
            _convert = converter?.ConvertToProvider;
            var providerType = Nullable.GetUnderlyingType(converter?.ProviderClrType ?? property.ClrType) ?? (converter?.ProviderClrType ?? property.ClrType);
            PostgresType = providerType switch
            {
                _ when providerType == typeof(string) => NpgsqlDbType.Text,
                _ when providerType == typeof(int) => NpgsqlDbType.Integer,
                _ when providerType == typeof(long) => NpgsqlDbType.Bigint,
                _ when providerType == typeof(short) => NpgsqlDbType.Smallint,
                _ when providerType == typeof(bool) => NpgsqlDbType.Boolean,
                _ when providerType == typeof(decimal) => NpgsqlDbType.Numeric,
                _ when providerType == typeof(double) => NpgsqlDbType.Double,
                _ when providerType == typeof(DateOnly) => NpgsqlDbType.Date,
                _ when providerType == typeof(DateTimeOffset) => NpgsqlDbType.TimestampTz,
                _ when providerType == typeof(DateTime) => NpgsqlDbType.TimestampTz,
                _ when providerType == typeof(Guid) => NpgsqlDbType.Uuid,
                _ when providerType == typeof(byte[]) => NpgsqlDbType.Bytea,
                _ => throw new NotSupportedException($"Kiểu {providerType.Name} của cột {name} chưa được hỗ trợ khi nạp hàng loạt."),
            };
        }

        public string Name { get; }

        public NpgsqlDbType PostgresType { get; }

        public object? Value(object row)
        {
            var value = _get(row);
            if (value is not null && _convert is not null)
            {
                value = _convert(value);
            }

            return value switch
            {
                DateTimeOffset d when PostgresType == NpgsqlDbType.TimestampTz => d.ToUniversalTime(),
                _ => value,
            };
        }
    }
}
