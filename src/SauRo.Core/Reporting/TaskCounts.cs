using SauRo.Core.Monitoring;

namespace SauRo.Core.Reporting;

/// <summary>
/// Tasks counted by the Government Office's four states, with those due soon (counted among "in progress") apart.
/// </summary>
public sealed record TaskCounts(int DoneOnTime, int DoneLate, int InProgress, int Overdue, int DueSoon)
{
    public static readonly TaskCounts Empty = new(0, 0, 0, 0, 0);

    public int Total => DoneOnTime + DoneLate + InProgress + Overdue;

    public int Done => DoneOnTime + DoneLate;

    public static TaskCounts From(IEnumerable<PlanTaskStatus> statuses)
    {
        ArgumentNullException.ThrowIfNull(statuses);
        int onTime = 0, late = 0, inProgress = 0, overdue = 0, dueSoon = 0;
        foreach (var status in statuses)
        {
            switch (status)
            {
                case PlanTaskStatus.DoneOnTime: onTime++; break;
                case PlanTaskStatus.DoneLate: late++; break;
                case PlanTaskStatus.Overdue: overdue++; break;
                case PlanTaskStatus.DueSoon: inProgress++; dueSoon++; break;
                default: inProgress++; break;
            }
        }

        return new TaskCounts(onTime, late, inProgress, overdue, dueSoon);
    }

    /// <summary>The count of one of the four states (<see cref="PlanTaskStatus.DueSoon"/> gives those due soon).</summary>
    public int Of(PlanTaskStatus status) => status switch
    {
        PlanTaskStatus.DoneOnTime => DoneOnTime,
        PlanTaskStatus.DoneLate => DoneLate,
        PlanTaskStatus.InProgress => InProgress,
        PlanTaskStatus.Overdue => Overdue,
        PlanTaskStatus.DueSoon => DueSoon,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public TaskCounts Add(TaskCounts other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new(DoneOnTime + other.DoneOnTime, DoneLate + other.DoneLate, InProgress + other.InProgress, Overdue + other.Overdue, DueSoon + other.DueSoon);
    }
}

/// <summary>Indicators counted by colour.</summary>
public sealed record ColourCounts(int Red, int Orange, int Green, int Grey)
{
    public static readonly ColourCounts Empty = new(0, 0, 0, 0);

    /// <summary>The colours in the order dashboards and reports show them.</summary>
    public static readonly IReadOnlyList<IndicatorColour> Order = [IndicatorColour.Red, IndicatorColour.Orange, IndicatorColour.Green, IndicatorColour.Grey];

    public int Total => Red + Orange + Green + Grey;

    public static ColourCounts From(IEnumerable<IndicatorColour> colours)
    {
        ArgumentNullException.ThrowIfNull(colours);
        int red = 0, orange = 0, green = 0, grey = 0;
        foreach (var colour in colours)
        {
            switch (colour)
            {
                case IndicatorColour.Red: red++; break;
                case IndicatorColour.Orange: orange++; break;
                case IndicatorColour.Green: green++; break;
                default: grey++; break;
            }
        }

        return new ColourCounts(red, orange, green, grey);
    }

    public int Of(IndicatorColour colour) => colour switch
    {
        IndicatorColour.Red => Red,
        IndicatorColour.Orange => Orange,
        IndicatorColour.Green => Green,
        IndicatorColour.Grey => Grey,
        _ => throw new ArgumentOutOfRangeException(nameof(colour), colour, null),
    };

    /// <summary>These counts with <paramref name="count"/> more of a colour.</summary>
    public ColourCounts Add(IndicatorColour colour, int count = 1) => colour switch
    {
        IndicatorColour.Red => this with { Red = Red + count },
        IndicatorColour.Orange => this with { Orange = Orange + count },
        IndicatorColour.Green => this with { Green = Green + count },
        IndicatorColour.Grey => this with { Grey = Grey + count },
        _ => throw new ArgumentOutOfRangeException(nameof(colour), colour, null),
    };

    public ColourCounts Add(ColourCounts other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new(Red + other.Red, Orange + other.Orange, Green + other.Green, Grey + other.Grey);
    }
}
