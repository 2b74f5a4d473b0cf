using Microsoft.EntityFrameworkCore;
using SauRo.Core.Dashboards;
using SauRo.Core.Monitoring;
using SauRo.Data;
using SauRo.Data.Entities;
using SauRo.Features.Monitoring;

namespace SauRo.Features.Dashboards;

/// <summary>
/// The tasks behind a dashboard number: the scope's tasks matching the filter, a page at a time, overdue ones most
/// overdue first, others by due date. The same query counts them, so the list always has as many rows as the number
/// that led to it.
/// </summary>
public static class TaskList
{
    public const int PageSize = 50;

    public sealed record Row(
        int TaskId, string Content, string? Ordinal, string? Section, int PlanId, int CommuneId, string CommuneName,
        string? LeadOffice, string DueText, PlanTaskStatus Status, DateOnly? DueDate, int? DaysLate);

    public sealed record Page(IReadOnlyList<Row> Rows, int Total, int PageNumber)
    {
        public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
    }

    public static async Task<Page> LoadAsync(
        SauRoDbContext db, DashboardScope scope, DashboardFilter filter, DateOnly today, MonitoringSettings settings, TaskStatusFreshness freshness, int page, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(filter);
        await TaskCounts.RefreshAsync(db, scope, today, settings, freshness, cancellation);

        // The page's tasks and how many match in one statement (one pass over the matching tasks, as the SQL floor
        // does), then what the rows show for those tasks by key. A page past the end (nothing to count it by) is asked
        // again as the last one.
        var number = Math.Clamp(page, 1, int.MaxValue / PageSize);
        var (ids, total) = await PageKeysAsync(db, scope, filter, today, (number - 1) * PageSize, cancellation);
        if (ids.Count == 0 && number > 1)
        {
            total = await Matching(db, scope, filter, today).CountAsync(cancellation);
            number = Math.Max(1, (total + PageSize - 1) / PageSize);
            (ids, _) = await PageKeysAsync(db, scope, filter, today, (number - 1) * PageSize, cancellation);
        }

        // By key only: the keys are the filter's already (matching them again made SQLite walk the scope's tasks).
        var rows = ids.Count == 0 ? [] : await RowsOf(
            from t in db.Tasks
            where ids.Contains(t.Id)
            join s in db.TaskStatusSnapshots on t.Id equals s.TaskId
            select new Match { Task = t, Snapshot = s },
            today,
            cancellation);
        var order = ids.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i);
        return new Page([.. rows.OrderBy(r => order[r.TaskId])], total, number);
    }

    /// <summary>
    /// The keys of a page in order, with the number of matching tasks (<c>COUNT(*) OVER ()</c> in the statement that
    /// pages, before LIMIT: nothing is joined after the paging, so EF keeps it there; 0 when the page is empty).
    /// </summary>
    private static async Task<(List<int> Ids, int Total)> PageKeysAsync(
        SauRoDbContext db, DashboardScope scope, DashboardFilter filter, DateOnly today, int skip, CancellationToken cancellation)
    {
        var keys = await Ordered(Matching(db, scope, filter, today)).Skip(skip).Take(PageSize)
            .Select(r => new { r.Task.Id, Total = SqlWindow.TotalRows() })
            .ToListAsync(cancellation);
        return (keys.Select(k => k.Id).ToList(), keys.Count == 0 ? 0 : keys[0].Total);
    }

    /// <summary>Overdue ones most overdue first, others by due date; without one last; then in plan order (as <see cref="TaskSummary"/>).</summary>
    private static IQueryable<Match> Ordered(IQueryable<Match> rows) => rows
        .OrderBy(r => r.Snapshot.DueDate == null)
        .ThenBy(r => r.Snapshot.DueDate)
        .ThenBy(r => r.Task.PlanId)
        .ThenBy(r => r.Task.Position)
        .ThenBy(r => r.Task.Id);

    private static async Task<List<Row>> RowsOf(IQueryable<Match> rows, DateOnly today, CancellationToken cancellation)
    {
        var items = await rows
            .Select(r => new
            {
                r.Task.Id,
                r.Task.Content,
                r.Task.Ordinal,
                r.Task.Section,
                r.Task.PlanId,
                CommuneId = r.Task.Plan!.UnitId,
                CommuneName = r.Task.Plan.Unit!.Name,
                Lead = r.Task.Units.Where(u => u.Role == TaskUnitRole.Lead).OrderBy(u => u.Position).Select(u => u.Unit != null ? u.Unit.Name : u.Name).FirstOrDefault(),
                DueText = r.Task.AdjustedDueText ?? r.Task.DueText,
                r.Snapshot.Status,
                r.Snapshot.DueDate,
                r.Snapshot.DaysLateDone,
            })
            .ToListAsync(cancellation);
        return items.Select(i => new Row(
            i.Id, i.Content, i.Ordinal, i.Section, i.PlanId, i.CommuneId, i.CommuneName, i.Lead, i.DueText, i.Status, i.DueDate,
            TaskStatusStore.DaysLate(i.Status, i.DueDate, i.DaysLateDone, today))).ToList();
    }

    /// <summary>A task with its status (set by member initialisation, which EF translates through later operators).</summary>
    private sealed class Match
    {
        public required PlanTask Task { get; init; }

        public required TaskStatusSnapshot Snapshot { get; init; }
    }

    private static IQueryable<Match> Matching(SauRoDbContext db, DashboardScope scope, DashboardFilter filter, DateOnly today)
    {
        var rows = from t in filter.Apply(scope.Tasks(db), today)
                   join s in db.TaskStatusSnapshots on t.Id equals s.TaskId
                   select new Match { Task = t, Snapshot = s };
        return filter.Status is { } status ? rows.Where(r => r.Snapshot.Status == status) : rows;
    }
}
