namespace SauRo.Core.Monitoring;

/// <summary>
/// One reported value of an indicator: a number, or a numerator and a denominator (officials trained / all officials),
/// whose value is numerator ÷ denominator × 100 (a percentage) and cannot be computed when the denominator is 0.
/// <see cref="AsOf"/> is the day the value refers to (for a periodic report, the end of its data window).
/// </summary>
public sealed record IndicatorReading
{
    public IndicatorReading(DateOnly asOf, decimal value)
    {
        AsOf = asOf;
        Value = value;
    }

    public IndicatorReading(DateOnly asOf, decimal numerator, decimal denominator)
    {
        AsOf = asOf;
        Numerator = numerator;
        Denominator = denominator;
    }

    public DateOnly AsOf { get; }

    /// <summary>The value as reported, when reported as a number.</summary>
    public decimal? Value { get; }

    public decimal? Numerator { get; }

    public decimal? Denominator { get; }

    /// <summary>The period the value was reported for, when it came with a periodic report.</summary>
    public ReportingPeriod? Period { get; init; }

    /// <summary>The value to compare: <see cref="Value"/>, or numerator ÷ denominator × 100; null when the denominator is 0.</summary>
    public decimal? Computed => Value ?? (Denominator is { } d && d != 0 && Numerator is { } n ? n / d * 100m : null);

    /// <summary>A value reported for a period, as of the end of the period's data window.</summary>
    public static IndicatorReading ForPeriod(ReportingPeriod period, decimal value, int cutOffDay = ReportingPeriod.DefaultCutOffDay) =>
        new(period.DataWindow(cutOffDay).End, value) { Period = period };

    /// <summary>A ratio reported for a period, as of the end of the period's data window.</summary>
    public static IndicatorReading ForPeriod(ReportingPeriod period, decimal numerator, decimal denominator, int cutOffDay = ReportingPeriod.DefaultCutOffDay) =>
        new(period.DataWindow(cutOffDay).End, numerator, denominator) { Period = period };
}

/// <summary>An indicator's reported values (any order), and its baseline when the plan states one.</summary>
public sealed record IndicatorProgress(IReadOnlyList<IndicatorReading> Readings)
{
    public static readonly IndicatorProgress None = new([]);

    /// <summary>The value at the start of the year; null: taken from the readings (see <see cref="IndicatorColourRule"/>).</summary>
    public decimal? Baseline { get; init; }
}
