using System.Data.Common;
using SauRo.Core.Dashboards;
using SauRo.Core.Monitoring;
using SauRo.Core.Reporting;
using TaskFact = SauRo.Core.Dashboards.TaskFact;
using SauRo.Data;
using SauRo.Data.Entities;
using SauRo.Features.Indicators.Values;
using SauRo.Features.Monitoring;
using SauRo.Features.Reports;

namespace SauRo.Features.Dashboards;

/// <summary>
/// Everything a commune's dashboard reads, in one SQL statement (one round trip, parts joined by UNION ALL): the commune
/// and its offices, the year's plans, the tasks matching the filter with their kept statuses (the text of those the
/// page may list: overdue and due soon) and their lead offices, the kept indicator colours and report figures with
/// whether any must be computed again, open explanation requests by office, and the fields for the filter. The page
/// counts and lists the tasks itself (<see cref="TaskSummary"/>): a commune has tens to a few hundred.
/// <para>
/// Plain parts without windows or subqueries: on SQLite, which compiles the statement at each request, compiling is most
/// of the cost. The filter's rules here are those of <see cref="DashboardFilter.Apply"/> and
/// the indicators page, and the staleness test that of <see cref="IndicatorColourStore.RefreshStaleAsync"/>
/// and <see cref="ReportCompletenessStore.RefreshStaleAsync"/>, written in SQL; tests compare this statement's figures
/// with theirs for each filter on both databases. The same text runs on SQLite and PostgreSQL (NULLs typed by CAST,
/// which SQLite ignores).
/// </para>
/// </summary>
public sealed class CommuneFigures
{
    private CommuneFigures()
    {
    }

    public string Name { get; private set; } = "";

    public List<DashboardChoice> Offices { get; } = [];

    public List<DashboardChoice> Plans { get; } = [];

    /// <summary>The matching tasks by id, with the text of those the page may list.</summary>
    public Dictionary<int, TaskRow> Tasks { get; } = [];

    /// <summary>Their leads (offices, or bodies named only), in no order.</summary>
    public List<LeadRow> Leads { get; } = [];

    public ColourCounts Colours { get; private set; } = ColourCounts.Empty;

    /// <summary>Report figures per reporting unit (an office, or the commune).</summary>
    public Dictionary<int, CompletenessFigures> Reports { get; } = [];

    public Dictionary<int, int> OpenExplanations { get; } = [];

    public List<string> Sections { get; } = [];

    /// <summary>Kept colours or report figures read that must be computed again before they count.</summary>
    public bool Stale { get; private set; }

    public sealed record TaskRow(
        int Id, int PlanId, int Position, PlanTaskStatus Status, DateOnly? DueDate, int? DaysLateDone, string? Content, string? Ordinal, string? Section, string? DueText);

    public sealed record LeadRow(int TaskId, int Position, int? UnitId, string Name);

    /// <summary>
    /// One per task and lead office (an office named twice as lead of a task once); a task without any: one without (as
    /// <see cref="TaskSummary"/> counts them).
    /// </summary>
    public IEnumerable<TaskFact> Facts()
    {
        var offices = Leads.Where(l => l.UnitId is not null).ToLookup(l => l.TaskId, l => l.UnitId);
        foreach (var t in Tasks.Values)
        {
            foreach (var office in offices[t.Id].Distinct().DefaultIfEmpty(null))
            {
                yield return new TaskFact(t.Id, t.Status, t.DueDate, t.PlanId, t.Position, office);
            }
        }
    }

    /// <summary>The rows of these tasks as the dashboard's lists show them (lead: the first one).</summary>
    public List<TaskList.Row> Rows(int communeId, IEnumerable<int> taskIds, DateOnly today)
    {
        var first = Leads.GroupBy(l => l.TaskId).ToDictionary(g => g.Key, g => g.MinBy(l => l.Position)!.Name);
        return taskIds.Select(id => Tasks[id]).Select(t => new TaskList.Row(
            t.Id, t.Content ?? "", t.Ordinal, t.Section, t.PlanId, communeId, Name, first.GetValueOrDefault(t.Id), t.DueText ?? "", t.Status, t.DueDate,
            TaskStatusStore.DaysLate(t.Status, t.DueDate, t.DaysLateDone, today))).ToList();
    }

    /// <summary>Reads the figures; kept colours or report figures found stale are computed again and the figures read once more.</summary>
    public static async Task<CommuneFigures> LoadAsync(
        SauRoDbContext db, int communeId, DashboardFilter filter, int year, DateOnly today, int cutOffDay, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(filter);
        var figures = await ReadAsync(db, communeId, filter, year, today, cutOffDay, cancellation);
        if (!figures.Stale)
        {
            return figures;
        }

        var plans = new DashboardScope(UnitKind.Commune, communeId, figures.Name).Plans(db, year);
        if (filter.PlanId is { } only)
        {
            plans = plans.Where(p => p.Id == only);
        }

        await DashboardStatement.RefreshKeptAsync(db, plans, filter.OfficeId, year, today, cutOffDay, cancellation);
        return await ReadAsync(db, communeId, filter, year, today, cutOffDay, cancellation);
    }

    private enum Part
    {
        Unit,
        Plan,
        Task,
        Lead,
        Colour,
        Reports,
        Explanations,
        Section,
    }

    /// <summary>
    /// The statement for the filters set (at most 16 texts). Each part starts from the commune's plans by their unit (no
    /// shared subquery: SQLite's planner would scan a whole table of the country to join one).
    /// </summary>
    private static string Sql(DashboardFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var plans = $"""p."UnitId" = @unit AND (p."Year" = @year OR p."Year" IS NULL){(filter.PlanId is null ? "" : """ AND p."Id" = @plan""")}""";
        const string matching = """
            FROM "PlanTasks" t
                JOIN "Plans" p ON p."Id" = t."PlanId"
                JOIN "TaskStatusSnapshots" s ON s."TaskId" = t."Id"
            """;
        var where = $"""WHERE p."UnitId" = @unit AND (p."Year" = @year OR p."Year" IS NULL){DashboardStatement.TaskConditions(filter)}{(filter.Status is null ? "" : """ AND s."Status" = @status""")}""";
        var listed = $"""s."Status" IN ('{PlanTaskStatus.Overdue}', '{PlanTaskStatus.DueSoon}')""";
        var stale = DashboardStatement.Stale;
        return $"""
            SELECT {(int)Part.Unit} AS "part", u."Id" AS "id", u."SortOrder" AS "a", CAST(NULL AS integer) AS "b", CAST(NULL AS integer) AS "c",
                u."Name" AS "s1", CAST(NULL AS text) AS "s2", CAST(NULL AS text) AS "s3", CAST(NULL AS text) AS "s4", CAST(NULL AS text) AS "s5",
                CAST(NULL AS date) AS "day"
            FROM "Units" u WHERE u."Id" = @unit OR (u."ParentId" = @unit AND u."Kind" = '{UnitKind.Office}')
            UNION ALL
            SELECT {(int)Part.Plan}, p."Id", NULL, NULL, NULL, p."Number", p."Title", NULL, NULL, NULL, NULL
            FROM "Plans" p WHERE p."UnitId" = @unit AND (p."Year" = @year OR p."Year" IS NULL)
            UNION ALL
            SELECT {(int)Part.Task}, t."Id", t."PlanId", t."Position", s."DaysLateDone", s."Status",
                CASE WHEN {listed} THEN t."Content" END, CASE WHEN {listed} THEN t."Ordinal" END, CASE WHEN {listed} THEN t."Section" END,
                CASE WHEN {listed} THEN COALESCE(t."AdjustedDueText", t."DueText") END, s."DueDate"
            {matching}
            {where}
            UNION ALL
            SELECT {(int)Part.Lead}, l."TaskId", l."Position", l."UnitId", NULL, COALESCE(o."Name", l."Name"), NULL, NULL, NULL, NULL, NULL
            {matching}
                JOIN "TaskUnits" l ON l."TaskId" = t."Id"
                LEFT JOIN "Units" o ON o."Id" = l."UnitId"
            {where} AND l."Role" = 'Lead'
            UNION ALL
            SELECT {(int)Part.Colour}, NULL, COUNT(*), SUM(CASE WHEN k."IndicatorId" IS NULL OR {stale} THEN 1 ELSE 0 END), NULL, k."Colour", NULL, NULL, NULL, NULL, NULL
            FROM "Indicators" i
                JOIN "Plans" p ON p."Id" = i."PlanId"
                LEFT JOIN "IndicatorColourSnapshots" k ON k."IndicatorId" = i."Id"
            WHERE {plans}{(filter.OfficeId is null ? "" : """ AND EXISTS (SELECT 1 FROM "IndicatorLeads" o WHERE o."IndicatorId" = i."Id" AND o."UnitId" = @office)""")}
            GROUP BY k."Colour"
            UNION ALL
            SELECT {(int)Part.Reports}, p."Id", CASE WHEN k."PlanId" IS NULL OR {stale} THEN 1 ELSE 0 END, NULL, NULL, k."ByUnit", NULL, NULL, NULL, NULL, NULL
            FROM "Plans" p
                LEFT JOIN "ReportCompletenessSnapshots" k ON k."PlanId" = p."Id"
            WHERE {plans}
            UNION ALL
            SELECT {(int)Part.Explanations}, e."OfficeId", COUNT(*), NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL
            FROM "ExplanationRequests" e
                JOIN "Plans" p ON p."Id" = e."PlanId"
            WHERE {plans} AND e."AnsweredAt" IS NULL AND e."OfficeId" IS NOT NULL
            GROUP BY e."OfficeId"
            UNION ALL
            SELECT {(int)Part.Section}, NULL, NULL, NULL, NULL, t."Section", NULL, NULL, NULL, NULL, NULL
            FROM "PlanTasks" t
                JOIN "Plans" p ON p."Id" = t."PlanId"
            WHERE p."UnitId" = @unit AND (p."Year" = @year OR p."Year" IS NULL) AND t."Section" IS NOT NULL
            GROUP BY t."Section"
            """;
    }

    /// <summary>The most fields offered by the filter.</summary>
    public const int MaxSections = 200;

    private static async Task<CommuneFigures> ReadAsync(
        SauRoDbContext db, int communeId, DashboardFilter filter, int year, DateOnly today, int cutOffDay, CancellationToken cancellation)
    {
        var figures = new CommuneFigures();
        var read = new Unsorted();
        await DashboardStatement.ReadAsync(
            db,
            Sql(filter),
            [("unit", communeId), ("year", year), ("today", today), ("cutoff", cutOffDay), ("plan", filter.PlanId), ("office", filter.OfficeId), ("section", filter.Section), ("status", filter.Status?.ToString())],
            r => figures.Add(r, read),
            cancellation);

        figures.Name = read.Units.Find(u => u.Unit.Id == communeId).Unit?.Name ?? throw new InvalidOperationException($"Không có đơn vị {communeId}.");
        figures.Offices.AddRange(read.Units.Where(u => u.Unit.Id != communeId).OrderBy(u => u.Order).ThenBy(u => u.Unit.Name, DashboardStatement.NameOrder).Select(u => u.Unit));
        figures.Plans.Sort((x, y) => x.Id.CompareTo(y.Id));
        figures.Sections.AddRange(read.Sections.Order(DashboardStatement.NameOrder).Take(MaxSections));
        return figures;
    }

    /// <summary>Rows read that are put in order once all are read.</summary>
    private sealed class Unsorted
    {
        public List<(int Order, DashboardChoice Unit)> Units { get; } = [];

        public List<string> Sections { get; } = [];
    }

    private void Add(DbDataReader r, Unsorted read)
    {
        int? Int(int column) => DashboardStatement.Int(r, column);
        int Req(int column) => DashboardStatement.Int(r, column)!.Value;
        string? Str(int column) => r.IsDBNull(column) ? null : r.GetString(column);
        const int Id = 1, A = 2, B = 3, C = 4, S1 = 5, S2 = 6, S3 = 7, S4 = 8, S5 = 9, Day = 10;
        switch ((Part)Req(0))
        {
            case Part.Unit:
                read.Units.Add((Req(A), new DashboardChoice(Req(Id), r.GetString(S1))));
                break;
            case Part.Plan:
                Plans.Add(new DashboardChoice(Req(Id), Str(S1) is { } number ? number + " — " + r.GetString(S2) : r.GetString(S2)));
                break;
            case Part.Task:
                var id = Req(Id);
                Tasks[id] = new TaskRow(
                    id, Req(A), Req(B), Enum.Parse<PlanTaskStatus>(r.GetString(S1)), r.IsDBNull(Day) ? null : r.GetFieldValue<DateOnly>(Day), Int(C),
                    Str(S2), Str(S3), Str(S4), Str(S5));
                break;
            case Part.Lead:
                Leads.Add(new LeadRow(Req(Id), Req(A), Int(B), r.GetString(S1)));
                break;
            case Part.Colour:
                Stale |= Int(B) > 0;
                if (Str(S1) is { } colour)
                {
                    Colours = Colours.Add(Enum.Parse<IndicatorColour>(colour), Req(A));
                }

                break;
            case Part.Reports:
                Stale |= Int(A) > 0;
                CompletenessByUnit.AddTo(Reports, Str(S1) ?? "");
                break;
            case Part.Explanations:
                OpenExplanations[Req(Id)] = Req(A);
                break;
            case Part.Section:
                read.Sections.Add(r.GetString(S1));
                break;
            default:
                throw new InvalidOperationException("Phần không biết trong số liệu của bảng điều khiển xã.");
        }
    }
}
