using Microsoft.EntityFrameworkCore;
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
        SauRoDbContext db, DashboardScope scope, DashboardFilter filter, DateOnly today, MonitoringSettings settings, int page, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(filter);
        await TaskCounts.RefreshAsync(db, scope, today, settings, cancellation);
        var rows = from t in filter.Apply(scope.Tasks(db), today)
                   join s in db.TaskStatusSnapshots on t.Id equals s.TaskId
                   select new { Task = t, Snapshot = s };
        if (filter.Status is { } status)
        {
            rows = rows.Where(r => r.Snapshot.Status == status);
        }

        var total = await rows.CountAsync(cancellation);
        var number = Math.Clamp(page, 1, Math.Max(1, (total + PageSize - 1) / PageSize));
        var items = await rows
            .OrderBy(r => r.Snapshot.DueDate == null)
            .ThenBy(r => r.Snapshot.DueDate)
            .ThenBy(r => r.Task.PlanId)
            .ThenBy(r => r.Task.Position)
            .Skip((number - 1) * PageSize)
            .Take(PageSize)
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
        return new Page(
            items.Select(i => new Row(
                i.Id, i.Content, i.Ordinal, i.Section, i.PlanId, i.CommuneId, i.CommuneName, i.Lead, i.DueText, i.Status, i.DueDate,
                TaskStatusStore.DaysLate(i.Status, i.DueDate, i.DaysLateDone, today))).ToList(),
            total,
            number);
    }
}
