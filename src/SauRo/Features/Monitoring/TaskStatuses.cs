using Microsoft.EntityFrameworkCore;
using SauRo.Core.Monitoring;
using SauRo.Data;
using SauRo.Data.Entities;
using SauRo.Features.Import;

namespace SauRo.Features.Monitoring;

/// <summary>
/// The status of tasks today (four states plus "sắp đến hạn"), from their deadline in force and their lead offices'
/// updates, in one query for any number of tasks. "Today" is the Vietnam date of the injected clock.
/// </summary>
public static class TaskStatuses
{
    public static async Task<Dictionary<int, TaskStatusResult>> ForTasksAsync(
        SauRoDbContext db, IReadOnlyCollection<PlanTask> tasks, DateOnly today, MonitoringSettings settings, CancellationToken cancellation)
    {
        var ids = tasks.Select(t => t.Id).ToList();
        var updates = await db.TaskUpdates.AsNoTracking().Where(u => ids.Contains(u.TaskId))
            .Select(u => new { u.TaskId, u.At, u.State, u.CompletedOn })
            .ToListAsync(cancellation);
        var byTask = updates.ToLookup(u => u.TaskId);
        var result = new Dictionary<int, TaskStatusResult>(tasks.Count);
        foreach (var task in tasks)
        {
            var own = byTask[task.Id].OrderBy(u => u.At).ToList();
            var done = own.LastOrDefault(u => u.State == TaskProgressState.Done);
            var progress = new TaskProgress
            {
                CompletedOn = done is null ? null : done.CompletedOn ?? VietnamTime.DateOf(done.At),
                UpdateDates = own.Select(u => VietnamTime.DateOf(u.At)).ToList(),
                CutOffDay = settings.CutOffDay,
                TrackedFrom = VietnamTime.DateOf(task.CreatedAt),
            };
            result[task.Id] = TaskStatusRule.Evaluate(PlanMapping.EffectiveDue(task), progress, today, settings.DueSoonDays);
        }

        return result;
    }
}
