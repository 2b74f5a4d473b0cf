using Microsoft.EntityFrameworkCore;
using SauRo.Core.Monitoring;
using SauRo.Core.Plans;
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
    /// <summary>A task's status with what it was computed from.</summary>
    public sealed record Evaluated(int TaskId, Deadline Due, TaskProgress Progress, TaskStatusResult Result);

    public static async Task<Dictionary<int, TaskStatusResult>> ForTasksAsync(
        SauRoDbContext db, IReadOnlyCollection<PlanTask> tasks, DateOnly today, MonitoringSettings settings, CancellationToken cancellation) =>
        (await EvaluateAsync(db, tasks, today, settings, cancellation)).ToDictionary(e => e.TaskId, e => e.Result);

    public static async Task<List<Evaluated>> EvaluateAsync(
        SauRoDbContext db, IReadOnlyCollection<PlanTask> tasks, DateOnly today, MonitoringSettings settings, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(tasks);
        ArgumentNullException.ThrowIfNull(settings);
        var updates = await Relevant(db.TaskUpdates.AsNoTracking(), tasks, today)
            .Select(u => new UpdateFact(u.TaskId, u.At, u.State, u.CompletedOn))
            .ToListAsync(cancellation);
        var byTask = updates.ToLookup(u => u.TaskId);
        return tasks.Select(task => Evaluate(task, byTask[task.Id], today, settings)).ToList();
    }

    /// <summary>
    /// The updates of these tasks the rule can use today or later: every completion (the latest one counts, however
    /// old), and the others only for tasks whose update days count, from <see cref="TaskStatusRule.UpdateDaysFrom"/>
    /// (a day earlier, so that instants stored with another offset are not missed). A task with hundreds of updates
    /// is then judged from a few rows instead of all of them. The rule takes of an update that is not a completion only
    /// its Vietnamese day, once however many there are: for the tasks in <paramref name="dayCoveredToday"/> (the caller
    /// has an update of theirs dated today) the others of today are left out too — a task updated all day long by many
    /// people is not judged from every one of that day's rows again at each new one.
    /// </summary>
    public static IQueryable<TaskUpdate> Relevant(
        IQueryable<TaskUpdate> updates, IReadOnlyCollection<PlanTask> tasks, DateOnly today, IReadOnlyCollection<int>? dayCoveredToday = null)
    {
        ArgumentNullException.ThrowIfNull(updates);
        ArgumentNullException.ThrowIfNull(tasks);
        var ids = tasks.Select(t => t.Id).ToList();
        var bounds = tasks.Select(t => (t.Id, From: TaskStatusRule.UpdateDaysFrom(PlanMapping.EffectiveDue(t), today))).Where(b => b.From is not null).ToList();
        if (bounds.Count == 0)
        {
            return updates.Where(u => ids.Contains(u.TaskId) && u.State == TaskProgressState.Done);
        }

        // Parts each bounded by the index (TaskId, State, At): the completions, then the other states from the first
        // update day that counts (to the start of today for the tasks whose day today is covered). One condition with
        // OR would walk every update of the tasks, hundreds for a task updated all day.
        var from = VietnamTime.StartOf(bounds.Min(b => b.From!.Value).AddDays(-1)).ToUniversalTime();
        var covered = bounds.Select(b => b.Id).Where(id => dayCoveredToday?.Contains(id) == true).ToList();
        var open = bounds.Select(b => b.Id).Except(covered).ToList();
        var relevant = updates.Where(u => ids.Contains(u.TaskId) && u.State == TaskProgressState.Done);
        if (open.Count > 0)
        {
            relevant = relevant.Concat(updates.Where(u => open.Contains(u.TaskId) && NotDone.Contains(u.State) && u.At >= from));
        }

        if (covered.Count > 0)
        {
            // Instants compare exactly on both databases (SQLite stores them as sortable numbers of their UTC time).
            var startOfToday = VietnamTime.StartOf(today).ToUniversalTime();
            relevant = relevant.Concat(updates.Where(u => covered.Contains(u.TaskId) && NotDone.Contains(u.State) && u.At >= from && u.At < startOfToday));
        }

        return relevant;
    }

    private static readonly TaskProgressState[] NotDone = [.. Enum.GetValues<TaskProgressState>().Where(s => s != TaskProgressState.Done)];

    /// <summary>What the status rule needs of a task update.</summary>
    public sealed record UpdateFact(int TaskId, DateTimeOffset At, TaskProgressState State, DateOnly? CompletedOn);

    /// <summary>The status of one task from its updates (any order).</summary>
    public static Evaluated Evaluate(PlanTask task, IEnumerable<UpdateFact> updates, DateOnly today, MonitoringSettings settings)
    {
        ArgumentNullException.ThrowIfNull(task);
        ArgumentNullException.ThrowIfNull(settings);
        var own = updates.OrderBy(u => u.At).ToList();
        var done = own.LastOrDefault(u => u.State == TaskProgressState.Done);
        var progress = new TaskProgress
        {
            CompletedOn = done is null ? null : done.CompletedOn ?? VietnamTime.DateOf(done.At),
            UpdateDates = own.Select(u => VietnamTime.DateOf(u.At)).Distinct().ToList(),
            CutOffDay = settings.CutOffDay,
            TrackedFrom = VietnamTime.DateOf(task.CreatedAt),
        };
        var due = PlanMapping.EffectiveDue(task);
        return new Evaluated(task.Id, due, progress, TaskStatusRule.Evaluate(due, progress, today, settings.DueSoonDays));
    }
}
