using System.Data.Common;
using SauRo.Core.Dashboards;
using SauRo.Core.Monitoring;
using SauRo.Core.Reporting;
using SauRo.Data;
using SauRo.Data.Entities;

namespace SauRo.Features.Dashboards;

/// <summary>
/// Everything a province's dashboard reads, in one SQL statement (parts joined by UNION ALL): the province and its
/// communes, each commune's tasks matching the filter counted by kept status, its indicators by kept colour and its
/// kept report figures added up, with how many of those kept figures must be computed again. The rules are those of
/// <see cref="DashboardScope"/>, <see cref="DashboardFilter.Apply"/> (tasks only: colours and reports count the year's
/// plans, as before) and the stores' staleness test, written in SQL; tests compare the page's numbers with the lists
/// they link to and with the communes' own pages on both databases.
/// </summary>
public sealed class ProvinceFigures
{
    private ProvinceFigures()
    {
    }

    public string Name { get; private set; } = "";

    public List<DashboardChoice> Communes { get; } = [];

    public Dictionary<int, StatusCounts> Tasks { get; } = [];

    public Dictionary<int, ColourCounts> Colours { get; } = [];

    public Dictionary<int, CompletenessFigures> Reports { get; } = [];

    /// <summary>Kept colours or report figures read that must be computed again before they count.</summary>
    public bool Stale { get; private set; }

    /// <summary>Reads the figures; kept colours or report figures found stale are computed again and the figures read once more.</summary>
    public static async Task<ProvinceFigures> LoadAsync(
        SauRoDbContext db, int provinceId, DashboardFilter filter, int year, DateOnly today, int cutOffDay, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(filter);
        var figures = await ReadAsync(db, provinceId, filter, year, today, cutOffDay, cancellation);
        if (!figures.Stale)
        {
            return figures;
        }

        var plans = new DashboardScope(UnitKind.Province, provinceId, figures.Name).Plans(db, year);
        await DashboardStatement.RefreshKeptAsync(db, plans, null, year, today, cutOffDay, cancellation);
        return await ReadAsync(db, provinceId, filter, year, today, cutOffDay, cancellation);
    }

    private enum Part
    {
        Unit,
        Task,
        Colour,
        Reports,
    }

    private static string Sql(DashboardFilter filter)
    {
        var commune = $"""JOIN "Units" c ON c."Id" = p."UnitId" AND c."Kind" = '{UnitKind.Commune}'""";
        const string plans = """c."ParentId" = @unit AND (p."Year" = @year OR p."Year" IS NULL)""";
        return $"""
            SELECT {(int)Part.Unit} AS "part", u."Id" AS "id", u."SortOrder" AS "a", CAST(NULL AS integer) AS "b", CAST(NULL AS integer) AS "c",
                CAST(NULL AS integer) AS "d", CAST(NULL AS integer) AS "e", u."Name" AS "s1"
            FROM "Units" u WHERE u."Id" = @unit OR (u."ParentId" = @unit AND u."Kind" = '{UnitKind.Commune}')
            UNION ALL
            SELECT {(int)Part.Task}, p."UnitId", COUNT(*), NULL, NULL, NULL, NULL, s."Status"
            FROM "PlanTasks" t
                JOIN "Plans" p ON p."Id" = t."PlanId"
                {commune}
                JOIN "TaskStatusSnapshots" s ON s."TaskId" = t."Id"
            WHERE {plans}{DashboardStatement.TaskConditions(filter)}
            GROUP BY p."UnitId", s."Status"
            UNION ALL
            SELECT {(int)Part.Colour}, p."UnitId", COUNT(*), SUM(CASE WHEN k."IndicatorId" IS NULL OR {DashboardStatement.Stale} THEN 1 ELSE 0 END), NULL, NULL, NULL, k."Colour"
            FROM "Indicators" i
                JOIN "Plans" p ON p."Id" = i."PlanId"
                {commune}
                LEFT JOIN "IndicatorColourSnapshots" k ON k."IndicatorId" = i."Id"
            WHERE {plans}
            GROUP BY p."UnitId", k."Colour"
            UNION ALL
            SELECT {(int)Part.Reports}, p."UnitId", SUM(k."Expected"), SUM(k."Submitted"), SUM(k."OnTime"), SUM(k."Approved"),
                SUM(CASE WHEN k."PlanId" IS NULL OR {DashboardStatement.Stale} THEN 1 ELSE 0 END), NULL
            FROM "Plans" p
                {commune}
                LEFT JOIN "ReportCompletenessSnapshots" k ON k."PlanId" = p."Id"
            WHERE {plans}
            GROUP BY p."UnitId"
            """;
    }

    private static async Task<ProvinceFigures> ReadAsync(
        SauRoDbContext db, int provinceId, DashboardFilter filter, int year, DateOnly today, int cutOffDay, CancellationToken cancellation)
    {
        var figures = new ProvinceFigures();
        var units = new List<(int Order, DashboardChoice Unit)>();
        await DashboardStatement.ReadAsync(
            db,
            Sql(filter),
            [("unit", provinceId), ("year", year), ("today", today), ("cutoff", cutOffDay), ("plan", filter.PlanId), ("office", filter.OfficeId), ("section", filter.Section)],
            r => figures.Add(r, units),
            cancellation);
        figures.Name = units.Find(u => u.Unit.Id == provinceId).Unit?.Name ?? throw new InvalidOperationException($"Không có đơn vị {provinceId}.");
        figures.Communes.AddRange(units.Where(u => u.Unit.Id != provinceId).OrderBy(u => u.Order).ThenBy(u => u.Unit.Name, DashboardStatement.NameOrder).Select(u => u.Unit));
        return figures;
    }

    private void Add(DbDataReader r, List<(int Order, DashboardChoice Unit)> units)
    {
        int? Int(int column) => DashboardStatement.Int(r, column);
        const int Id = 1, A = 2, B = 3, C = 4, D = 5, E = 6, S1 = 7;
        var unit = Int(Id) ?? 0;
        switch ((Part)Int(0)!.Value)
        {
            case Part.Unit:
                units.Add((Int(A) ?? 0, new DashboardChoice(unit, r.GetString(S1))));
                break;
            case Part.Task:
                Tasks[unit] = Tasks.GetValueOrDefault(unit, StatusCounts.Empty).Add(Enum.Parse<PlanTaskStatus>(r.GetString(S1)), Int(A) ?? 0);
                break;
            case Part.Colour:
                Stale |= Int(B) > 0;
                if (!r.IsDBNull(S1))
                {
                    Colours[unit] = Colours.GetValueOrDefault(unit, ColourCounts.Empty).Add(Enum.Parse<IndicatorColour>(r.GetString(S1)), Int(A) ?? 0);
                }

                break;
            case Part.Reports:
                Stale |= Int(E) > 0;
                Reports[unit] = new CompletenessFigures(Int(A) ?? 0, Int(B) ?? 0, Int(C) ?? 0, Int(D) ?? 0);
                break;
            default:
                throw new InvalidOperationException("Phần không biết trong số liệu của bảng điều khiển tỉnh.");
        }
    }
}
