using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;
using SauRo.Data;

namespace SauRo.Features.Dashboards;

/// <summary>
/// Runs a dashboard's hand-written statement (<see cref="CommuneFigures"/>, <see cref="ProvinceFigures"/>) on the
/// context's connection and transaction, and reads its rows. Parameters not set are not passed: the statement for
/// that filter does not use them.
/// </summary>
public static class DashboardStatement
{
    /// <summary>The lead-office and field conditions of <see cref="DashboardFilter.Apply"/> on tasks <c>t</c>, in SQL.</summary>
    public static string TaskConditions(DashboardFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return (filter.PlanId is null ? "" : """ AND p."Id" = @plan""")
            + (filter.Section is null ? "" : """ AND t."Section" = @section""")
            + (filter.OfficeId is null ? "" : """ AND EXISTS (SELECT 1 FROM "TaskUnits" o WHERE o."TaskId" = t."Id" AND o."Role" = 'Lead' AND o."UnitId" = @office)""");
    }

    /// <summary>Units with the same place, and a filter's fields, in Vietnamese alphabetical order (Đ after D).</summary>
    public static readonly StringComparer NameOrder = StringComparer.Create(CultureInfo.GetCultureInfo("vi-VN"), ignoreCase: false);

    /// <summary>Whether a kept colour or report figure <c>k</c> must be computed again (as the stores' refresh decides).</summary>
    public const string Stale = """k."ValidUntil" < @today OR k."ComputedOn" > @today OR k."Year" <> @year OR k."CutOffDay" <> @cutoff""";

    /// <summary>
    /// Runs the statement through EF Core's command pipeline (its connection and transaction, its logging and command
    /// interceptors, as <c>FromSqlRaw</c> does) without a query to translate, and hands each row to <paramref name="row"/>.
    /// </summary>
    public static async Task ReadAsync(
        SauRoDbContext db, string sql, IEnumerable<(string Name, object? Value)> parameters, Action<DbDataReader> row, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(row);
        var facade = (IRelationalDatabaseFacadeDependencies)((IDatabaseFacadeDependenciesAccessor)db.Database).Dependencies;
        await using var factory = facade.RelationalConnection.DbConnection.CreateCommand();
        var values = new List<object>();
        foreach (var (name, value) in parameters.Where(p => p.Value is not null))
        {
            var parameter = factory.CreateParameter();
            parameter.ParameterName = "@" + name;
            parameter.Value = value;
            values.Add(parameter);
        }

        var command = facade.RawSqlCommandBuilder.Build(sql, values, db.Model);
        await using var reader = await command.RelationalCommand.ExecuteReaderAsync(
            new RelationalCommandParameterObject(facade.RelationalConnection, command.ParameterValues, null, db, facade.CommandLogger, CommandSource.FromSqlQuery),
            cancellation);
        while (await reader.ReadAsync(cancellation))
        {
            row(reader.DbDataReader);
        }
    }

    /// <summary>A number of a row (counts are 64-bit on PostgreSQL, and a column of a UNION takes the widest type of its parts).</summary>
    public static int? Int(DbDataReader r, int column)
    {
        ArgumentNullException.ThrowIfNull(r);
        return r.IsDBNull(column) ? null : Convert.ToInt32(r.GetValue(column), CultureInfo.InvariantCulture);
    }
}
