using SauRo.Core.Monitoring;

namespace SauRo.Data.Entities;

/// <summary>
/// An indicator's colour as <see cref="IndicatorColourRule"/> computed it for a year, kept so that dashboards count
/// thousands of indicators in one query. Derived data, not audited: marked to be computed again by every write of the
/// indicator or its values (<see cref="Version"/> goes up, <see cref="ValidUntil"/> is cleared) and computed again once
/// <see cref="ValidUntil"/> has passed (<see cref="IndicatorColourValidity"/>), or when another year or cut-off day is
/// asked.
/// </summary>
public class IndicatorColourSnapshot
{
    public int IndicatorId { get; set; }

    public Indicator? Indicator { get; set; }

    public IndicatorColour Colour { get; set; }

    /// <summary>The year the colour is measured in (1 January to the target date 31 December).</summary>
    public int Year { get; set; }

    /// <summary>The cut-off day of the reporting calendar the values' dates were taken with.</summary>
    public int CutOffDay { get; set; }

    /// <summary>The Vietnamese date the colour was computed for.</summary>
    public DateOnly ComputedOn { get; set; }

    /// <summary>The last day the colour holds if no value changes; <see cref="DateOnly.MinValue"/> marks it to be computed again.</summary>
    public DateOnly ValidUntil { get; set; }

    /// <summary>
    /// Raised by every write that changes what the colour depends on, in the write's own transaction; a computation
    /// that read the values before such a write finds the version changed and does not overwrite the mark.
    /// </summary>
    public int Version { get; set; }
}
