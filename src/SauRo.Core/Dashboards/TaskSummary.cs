using SauRo.Core.Monitoring;

namespace SauRo.Core.Dashboards;

/// <summary>
/// One task as a commune's dashboard counts it: its kept status and due date, its place in its plan, and one of its
/// lead offices (a task with two lead offices comes twice, one without any once with none).
/// </summary>
public readonly record struct TaskFact(int TaskId, PlanTaskStatus Status, DateOnly? DueDate, int PlanId, int Position, int? LeadOfficeId);

/// <summary>
/// The task figures of a commune's dashboard from its tasks' facts, in one pass: how many in each status, the same per
/// lead office (a task with two lead offices counts for each), and the first tasks of the overdue and due-soon lists in
/// the lists' order (the earliest due date first, so the most overdue; then in plan order), as <c>TaskList</c> orders them.
/// </summary>
public sealed record TaskSummary(
    StatusCounts Total, IReadOnlyDictionary<int, StatusCounts> ByLeadOffice, IReadOnlyList<int> Overdue, IReadOnlyList<int> DueSoon)
{
    public static TaskSummary Of(IEnumerable<TaskFact> facts, int listSize)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentOutOfRangeException.ThrowIfNegative(listSize);
        var total = StatusCounts.Empty;
        var byOffice = new Dictionary<int, StatusCounts>();
        var tasks = new Dictionary<int, TaskFact>();
        foreach (var fact in facts)
        {
            if (tasks.TryAdd(fact.TaskId, fact))
            {
                total = total.Add(fact.Status, 1);
            }

            if (fact.LeadOfficeId is { } office)
            {
                byOffice[office] = byOffice.GetValueOrDefault(office, StatusCounts.Empty).Add(fact.Status, 1);
            }
        }

        return new TaskSummary(total, byOffice, First(tasks.Values, PlanTaskStatus.Overdue, listSize), First(tasks.Values, PlanTaskStatus.DueSoon, listSize));
    }

    private static List<int> First(IEnumerable<TaskFact> tasks, PlanTaskStatus status, int count) => tasks
        .Where(t => t.Status == status)
        .OrderBy(t => t.DueDate is null)
        .ThenBy(t => t.DueDate)
        .ThenBy(t => t.PlanId)
        .ThenBy(t => t.Position)
        .ThenBy(t => t.TaskId)
        .Take(count)
        .Select(t => t.TaskId)
        .ToList();
}
