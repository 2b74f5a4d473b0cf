namespace SauRo.Data.Entities;

/// <summary>
/// A plan's report completeness (expected, submitted, on time, approved, from 1 January of <see cref="Year"/> to the
/// day it was computed) as the reports pages compute it, kept so that a province's dashboard adds up its communes'
/// figures in one query. Derived data, not audited: marked to be computed again by every write of the plan, its
/// reporting duties, its reports or the offices leading its tasks and indicators (<see cref="Version"/> goes up,
/// <see cref="ValidUntil"/> is cleared), and computed again once <see cref="ValidUntil"/> has passed (the day before a
/// period's data window ends or a report falls due), or when another year or cut-off day is asked.
/// </summary>
public class ReportCompletenessSnapshot
{
    public int PlanId { get; set; }

    public Plan? Plan { get; set; }

    public int Year { get; set; }

    public int CutOffDay { get; set; }

    public int Expected { get; set; }

    public int Submitted { get; set; }

    public int OnTime { get; set; }

    public int Approved { get; set; }

    /// <summary>
    /// The same figures per reporting unit (an office, or the plan's own unit), whose sum they are, written by
    /// <see cref="Features.Reports.CompletenessByUnit"/>: read together, never queried apart.
    /// </summary>
    public string ByUnit { get; set; } = "";

    /// <summary>The Vietnamese date the figures were computed for.</summary>
    public DateOnly ComputedOn { get; set; }

    /// <summary>The last day the figures hold if nothing is written; <see cref="DateOnly.MinValue"/> marks them to be computed again.</summary>
    public DateOnly ValidUntil { get; set; }

    /// <summary>Raised by every write the figures depend on (see <see cref="IndicatorColourSnapshot.Version"/>).</summary>
    public int Version { get; set; }
}
