using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;
using SauRo.Data;
using SauRo.Data.Entities;
using SauRo.Features.Indicators.Values;
using SauRo.Features.Reports;

namespace SauRo.Features.Dashboards;

/// <summary>
/// Runs a dashboard's hand-written statement (<see cref="CommuneFigures"/>, <see cref="ProvinceFigures"/>) on the
/// context's connection and transaction, and reads its rows. Parameters not set are not passed: the statement for
/// that filter does not use them.
/// </summary>
public static class DashboardStatement
{
    /// <summary>The plan, field and lead-office conditions of <see cref="DashboardFilter.Apply"/> on tasks <c>t</c> of plans <c>p</c>, in SQL.</summary>
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
    /// Brings the kept colours of these plans' indicators (led by the office, when one is chosen) and the plans' kept
    /// report figures up to today: what a dashboard statement found stale, before it is read again.
    /// </summary>
    public static async Task RefreshKeptAsync(
        SauRoDbContext db, IQueryable<Plan> plans, int? officeId, int year, DateOnly today, int cutOffDay, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(db);
        var indicators = from p in plans join i in db.Indicators on p.Id equals i.PlanId select i;
        if (officeId is { } office)
        {
            indicators = indicators.Where(i => i.Leads.Any(l => l.UnitId == office));
        }

        await IndicatorColourStore.RefreshStaleAsync(db, indicators, year, today, cutOffDay, cancellation);
        await ReportCompletenessStore.RefreshStaleAsync(db, plans, year, today, cutOffDay, cancellation);
    }

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
