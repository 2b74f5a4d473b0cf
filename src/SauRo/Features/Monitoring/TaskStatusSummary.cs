using SauRo.Core.Monitoring;

namespace SauRo.Features.Monitoring;

/// <summary>
/// A plan's tasks counted by the Government Office's four states (due soon counts as in progress there) and, apart,
/// how many are due soon, for the plan page's summary.
/// </summary>
public sealed class TaskStatusSummary
{
    /// <summary>The order the summary lists them: the ones needing attention first.</summary>
    public static readonly IReadOnlyList<PlanTaskStatus> Order =
        [PlanTaskStatus.Overdue, PlanTaskStatus.InProgress, PlanTaskStatus.DoneLate, PlanTaskStatus.DoneOnTime];

    private readonly Dictionary<PlanTaskStatus, int> _counts = [];

    public int DueSoon { get; private set; }

    public int Total { get; private set; }

    public void Add(PlanTaskStatus status)
    {
        Total++;
        if (status == PlanTaskStatus.DueSoon)
        {
            DueSoon++;
        }

        var official = status.Official();
        _counts[official] = _counts.GetValueOrDefault(official) + 1;
    }

    public int Count(PlanTaskStatus official) => _counts.GetValueOrDefault(official);
}
