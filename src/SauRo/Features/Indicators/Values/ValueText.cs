using SauRo.Core.Monitoring;
using SauRo.Data.Entities;
using SauRo.Features.Plans;

namespace SauRo.Features.Indicators.Values;

/// <summary>How a reported value reads: "17,5", "1.250", or "45/60 (75%)" for a numerator over a denominator.</summary>
public static class ValueText
{
    public static decimal? Computed(IndicatorValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return Reading(value, new DateOnly(2000, 1, 1)).Computed;
    }

    public static string Display(IndicatorValue value, string? unit)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Value is { } v)
        {
            return PlanText.Decimal(v) + (unit == "%" ? "%" : string.Empty);
        }

        if (value.Numerator is { } n && value.Denominator is { } d)
        {
            var computed = Computed(value);
            return $"{PlanText.Decimal(n)}/{PlanText.Decimal(d)}" + (computed is { } c ? $" ({PlanText.Decimal(Math.Round(c, 2))}%)" : string.Empty);
        }

        return "—";
    }

    /// <summary>The value as a reading of the colour rule, as of <paramref name="asOf"/>.</summary>
    public static IndicatorReading Reading(IndicatorValue value, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Value is { } v ? new IndicatorReading(asOf, v) : new IndicatorReading(asOf, value.Numerator ?? 0m, value.Denominator ?? 0m);
    }
}
