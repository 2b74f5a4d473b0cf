using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SauRo.Core.Dashboards;
using SauRo.Core.Monitoring;
using SauRo.Core.Reporting;
using SauRo.Data;

namespace SauRo.Bench.National;

/// <summary>
/// The floors: for each roll-up, one hand-written SQL query that computes the same numbers on the same database
/// (tasks counted by status from the kept statuses, joined to their tasks, plans and units), the best the database
/// itself can do. The same SQL runs on SQLite and PostgreSQL. The benchmark checks that each floor's numbers equal the
/// app's before it compares their times.
/// </summary>
public static class Floors
{
    /// <summary>The tasks a dashboard counts: the year's (or year-less) plans of communes.</summary>
    private const string CommuneTasks = """
        FROM "PlanTasks" t
        JOIN "Plans" p ON p."Id" = t."PlanId"
        JOIN "Units" c ON c."Id" = p."UnitId" AND c."Kind" = 'Commune'
        JOIN "TaskStatusSnapshots" s ON s."TaskId" = t."Id"
        """;

    private const string YearFilter = """("p"."Year" = @year OR "p"."Year" IS NULL)""";

    /// <summary>
    /// A commune, the numbers of its page: tasks by status, by lead office and status (the scorecard's task figures),
    /// the ten most overdue and the ten due soonest, indicators by colour (their kept colours), report figures per
    /// reporting unit (their plans' kept figures per unit, added up here) and open explanation requests by office —
    /// seven SELECTs in one statement (UNION ALL), one round trip.
    /// </summary>
    public sealed record CommuneFloor(
        StatusCounts Tasks, Dictionary<int, StatusCounts> ByOffice, List<int> MostOverdue, List<int> DueSoonest, ColourCounts Indicators,
        Dictionary<int, CompletenessFigures> Reports, Dictionary<int, int> OpenExplanations);

    public static async Task<CommuneFloor> CommuneAsync(SauRoDbContext db, int communeId, int year, CancellationToken cancellation)
    {
        string First(string status) => $"""
            SELECT t."Id", ROW_NUMBER() OVER (ORDER BY s."DueDate", t."PlanId", t."Position", t."Id") AS rank
                {CommuneTasks}
                WHERE p."UnitId" = @unit AND {YearFilter} AND s."Status" = '{status}'
                ORDER BY s."DueDate", t."PlanId", t."Position", t."Id"
                LIMIT 10
            """;
        var sql = $"""
            SELECT 0 AS part, NULL AS unit, s."Status" AS what, COUNT(*) AS n
            {CommuneTasks}
            WHERE p."UnitId" = @unit AND {YearFilter}
            GROUP BY s."Status"
            UNION ALL
            SELECT 1, l."UnitId", s."Status", COUNT(DISTINCT t."Id")
            {CommuneTasks}
            JOIN "TaskUnits" l ON l."TaskId" = t."Id" AND l."Role" = 'Lead' AND l."UnitId" IS NOT NULL
            WHERE p."UnitId" = @unit AND {YearFilter}
            GROUP BY l."UnitId", s."Status"
            UNION ALL
            SELECT 2, "Id", NULL, rank FROM ({First("Overdue")}) o
            UNION ALL
            SELECT 3, "Id", NULL, rank FROM ({First("DueSoon")}) d
            UNION ALL
            SELECT 4, NULL, k."Colour", COUNT(*)
            FROM "Indicators" i
            JOIN "Plans" p ON p."Id" = i."PlanId"
            JOIN "IndicatorColourSnapshots" k ON k."IndicatorId" = i."Id"
            WHERE p."UnitId" = @unit AND {YearFilter}
            GROUP BY k."Colour"
            UNION ALL
            SELECT 5, NULL, r."ByUnit", 0
            FROM "Plans" p
            JOIN "ReportCompletenessSnapshots" r ON r."PlanId" = p."Id"
            WHERE p."UnitId" = @unit AND {YearFilter}
            UNION ALL
            SELECT 6, e."OfficeId", NULL, COUNT(*)
            FROM "ExplanationRequests" e
            JOIN "Plans" p ON p."Id" = e."PlanId"
            WHERE p."UnitId" = @unit AND {YearFilter} AND e."AnsweredAt" IS NULL AND e."OfficeId" IS NOT NULL
            GROUP BY e."OfficeId"
            """;
        var tasks = StatusCounts.Empty;
        var byOffice = new Dictionary<int, StatusCounts>();
        var overdue = new List<(int Rank, int Id)>();
        var dueSoon = new List<(int Rank, int Id)>();
        var colours = ColourCounts.Empty;
        var reports = new Dictionary<int, CompletenessFigures>();
        var explanations = new Dictionary<int, int>();
        await ReadAsync(db, sql, [("unit", communeId), ("year", year)], r =>
        {
            int Int(int column) => Convert.ToInt32(r.GetValue(column), CultureInfo.InvariantCulture);
            switch (Int(0))
            {
                case 0:
                    tasks = tasks.Add(Status(r.GetString(2)), Int(3));
                    break;
                case 1:
                    byOffice[Int(1)] = byOffice.GetValueOrDefault(Int(1), StatusCounts.Empty).Add(Status(r.GetString(2)), Int(3));
                    break;
                case 2:
                    overdue.Add((Int(3), Int(1)));
                    break;
                case 3:
                    dueSoon.Add((Int(3), Int(1)));
                    break;
                case 4:
                    colours = colours.Add(Enum.Parse<IndicatorColour>(r.GetString(2)), Int(3));
                    break;
                case 5:
                    // unit:expected,submitted,onTime,approved;…
                    foreach (var unit in r.GetString(2).Split(';', StringSplitOptions.RemoveEmptyEntries))
                    {
                        var parts = unit.Split(':');
                        var n = parts[1].Split(',').Select(x => int.Parse(x, CultureInfo.InvariantCulture)).ToArray();
                        var id = int.Parse(parts[0], CultureInfo.InvariantCulture);
                        reports[id] = reports.GetValueOrDefault(id, CompletenessFigures.Empty).Add(new CompletenessFigures(n[0], n[1], n[2], n[3]));
                    }

                    break;
                default:
                    explanations[Int(1)] = Int(3);
                    break;
            }
        }, cancellation);
        return new CommuneFloor(
            tasks, byOffice, overdue.OrderBy(o => o.Rank).Select(o => o.Id).ToList(), dueSoon.OrderBy(o => o.Rank).Select(o => o.Id).ToList(),
            colours, reports, explanations);
    }

    /// <summary>
    /// A province, the numbers of its page: per commune, tasks by status, indicators by colour (their kept colours) and
    /// the report figures (their plans' kept completeness added up) — three SELECTs in one statement (UNION ALL).
    /// </summary>
    public sealed record ProvinceFloor(Dictionary<int, StatusCounts> Tasks, Dictionary<int, ColourCounts> Indicators, Dictionary<int, CompletenessFigures> Reports);

    public static async Task<ProvinceFloor> ProvinceAsync(SauRoDbContext db, int provinceId, int year, CancellationToken cancellation)
    {
        var sql = $"""
            SELECT 0 AS part, p."UnitId" AS unit, s."Status" AS what, COUNT(*) AS n, 0 AS submitted, 0 AS ontime, 0 AS approved
            {CommuneTasks}
            WHERE c."ParentId" = @unit AND {YearFilter}
            GROUP BY p."UnitId", s."Status"
            UNION ALL
            SELECT 1, p."UnitId", k."Colour", COUNT(*), 0, 0, 0
            FROM "Indicators" i
            JOIN "Plans" p ON p."Id" = i."PlanId"
            JOIN "Units" c ON c."Id" = p."UnitId" AND c."Kind" = 'Commune'
            JOIN "IndicatorColourSnapshots" k ON k."IndicatorId" = i."Id"
            WHERE c."ParentId" = @unit AND {YearFilter}
            GROUP BY p."UnitId", k."Colour"
            UNION ALL
            SELECT 2, p."UnitId", NULL, SUM(r."Expected"), SUM(r."Submitted"), SUM(r."OnTime"), SUM(r."Approved")
            FROM "Plans" p
            JOIN "Units" c ON c."Id" = p."UnitId" AND c."Kind" = 'Commune'
            JOIN "ReportCompletenessSnapshots" r ON r."PlanId" = p."Id"
            WHERE c."ParentId" = @unit AND {YearFilter}
            GROUP BY p."UnitId"
            """;
        var tasks = new Dictionary<int, StatusCounts>();
        var indicators = new Dictionary<int, ColourCounts>();
        var reports = new Dictionary<int, CompletenessFigures>();
        await ReadAsync(db, sql, [("unit", provinceId), ("year", year)], r =>
        {
            var unit = Convert.ToInt32(r.GetValue(1), CultureInfo.InvariantCulture);
            int Int(int column) => Convert.ToInt32(r.GetValue(column), CultureInfo.InvariantCulture);
            switch (Int(0))
            {
                case 0:
                    tasks[unit] = tasks.GetValueOrDefault(unit, StatusCounts.Empty).Add(Status(r.GetString(2)), Int(3));
                    break;
                case 1:
                    indicators[unit] = indicators.GetValueOrDefault(unit, ColourCounts.Empty).Add(Enum.Parse<IndicatorColour>(r.GetString(2)), Int(3));
                    break;
                default:
                    reports[unit] = new CompletenessFigures(Int(3), Int(4), Int(5), Int(6));
                    break;
            }
        }, cancellation);
        return new ProvinceFloor(tasks, indicators, reports);
    }

    /// <summary>The nation: tasks by province and status.</summary>
    public static Task<Dictionary<int, StatusCounts>> NationAsync(SauRoDbContext db, int year, CancellationToken cancellation) =>
        CountsAsync(db, $"""
            SELECT c."ParentId", s."Status", COUNT(*)
            {CommuneTasks}
            WHERE c."ParentId" IS NOT NULL AND {YearFilter}
            GROUP BY c."ParentId", s."Status"
            """, [("year", year)], cancellation);

    /// <summary>A province's overdue tasks: how many, and the first page (most overdue first) in one query.</summary>
    public sealed record OverdueFloor(int Total, List<int> FirstPage);

    public static async Task<OverdueFloor> OverdueAsync(SauRoDbContext db, int provinceId, int year, int pageSize, CancellationToken cancellation)
    {
        var sql = $"""
            SELECT t."Id", COUNT(*) OVER () AS total
            {CommuneTasks}
            WHERE c."ParentId" = @unit AND {YearFilter} AND s."Status" = 'Overdue'
            ORDER BY s."DueDate", t."PlanId", t."Position", t."Id"
            LIMIT @size
            """;
        var ids = new List<int>();
        var total = 0;
        await ReadAsync(db, sql, [("unit", provinceId), ("year", year), ("size", pageSize)], r =>
        {
            ids.Add(r.GetInt32(0));
            total = Convert.ToInt32(r.GetValue(1), CultureInfo.InvariantCulture);
        }, cancellation);
        return new OverdueFloor(total, ids);
    }

    private static async Task<Dictionary<int, StatusCounts>> CountsAsync(SauRoDbContext db, string sql, (string Name, object Value)[] parameters, CancellationToken cancellation)
    {
        var result = new Dictionary<int, StatusCounts>();
        await ReadAsync(db, sql, parameters, r =>
        {
            var key = r.GetInt32(0);
            result[key] = result.GetValueOrDefault(key, StatusCounts.Empty)
                .Add(Status(r.GetString(1)), Convert.ToInt32(r.GetValue(2), CultureInfo.InvariantCulture));
        }, cancellation);
        return result;
    }

    private static PlanTaskStatus Status(string text) => Enum.Parse<PlanTaskStatus>(text);

    private static async Task ReadAsync(SauRoDbContext db, string sql, (string Name, object Value)[] parameters, Action<DbDataReader> row, CancellationToken cancellation)
    {
        var connection = db.Database.GetDbConnection();
        var opened = false;
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await connection.OpenAsync(cancellation);
            opened = true;
        }

        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            foreach (var (name, value) in parameters)
            {
                var p = command.CreateParameter();
                p.ParameterName = "@" + name;
                p.Value = value;
                command.Parameters.Add(p);
            }

            await using var reader = await command.ExecuteReaderAsync(cancellation);
            while (await reader.ReadAsync(cancellation))
            {
                row(reader);
            }
        }
        finally
        {
            if (opened)
            {
                await connection.CloseAsync();
            }
        }
    }
}
