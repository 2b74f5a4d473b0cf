using SauRo.Core.Monitoring;

namespace SauRo.Core.Dashboards;

/// <summary>How many tasks are in each status, and the rates dashboards show from them.</summary>
public sealed record StatusCounts(int DoneOnTime, int DoneLate, int InProgress, int DueSoon, int Overdue)
{
    public static readonly StatusCounts Empty = new(0, 0, 0, 0, 0);

    public int Total => DoneOnTime + DoneLate + InProgress + DueSoon + Overdue;

    public int Done => DoneOnTime + DoneLate;

    /// <summary>"Đang thực hiện trong hạn" among the four official states: due soon counts as in progress.</summary>
    public int InProgressOfficial => InProgress + DueSoon;

    /// <summary>Tasks whose deadline has come: done (on time or late) or overdue.</summary>
    public int Due => DoneOnTime + DoneLate + Overdue;

    /// <summary>Done on time among the tasks whose deadline has come; null when none has come yet.</summary>
    public decimal? OnTimeRate => Due == 0 ? null : (decimal)DoneOnTime / Due;

    public int Of(PlanTaskStatus status) => status switch
    {
        PlanTaskStatus.DoneOnTime => DoneOnTime,
        PlanTaskStatus.DoneLate => DoneLate,
        PlanTaskStatus.InProgress => InProgress,
        PlanTaskStatus.DueSoon => DueSoon,
        PlanTaskStatus.Overdue => Overdue,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public StatusCounts Add(PlanTaskStatus status, int count) => status switch
    {
        PlanTaskStatus.DoneOnTime => this with { DoneOnTime = DoneOnTime + count },
        PlanTaskStatus.DoneLate => this with { DoneLate = DoneLate + count },
        PlanTaskStatus.InProgress => this with { InProgress = InProgress + count },
        PlanTaskStatus.DueSoon => this with { DueSoon = DueSoon + count },
        PlanTaskStatus.Overdue => this with { Overdue = Overdue + count },
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public StatusCounts Add(StatusCounts other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new(DoneOnTime + other.DoneOnTime, DoneLate + other.DoneLate, InProgress + other.InProgress, DueSoon + other.DueSoon, Overdue + other.Overdue);
    }

    /// <summary>Counts from (status, count) pairs, e.g. a GROUP BY's rows.</summary>
    public static StatusCounts From(IEnumerable<(PlanTaskStatus Status, int Count)> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return rows.Aggregate(Empty, (sum, r) => sum.Add(r.Status, r.Count));
    }

    /// <summary>The statuses in the order dashboards show them: the four official states, due soon after in progress.</summary>
    public static readonly PlanTaskStatus[] Order =
        [PlanTaskStatus.Overdue, PlanTaskStatus.DueSoon, PlanTaskStatus.InProgress, PlanTaskStatus.DoneLate, PlanTaskStatus.DoneOnTime];
}
