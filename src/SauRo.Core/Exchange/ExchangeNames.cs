using SauRo.Core.Plans;

namespace SauRo.Core.Exchange;

/// <summary>
/// How the exchange format writes enumerated values (docs/exchange-json.md), both ways. Every list is complete: a value
/// not listed here is refused when read.
/// </summary>
public static class ExchangeNames
{
    public static readonly NameMap<DeadlineKind> DeadlineKinds = new(
        (DeadlineKind.Date, "date"), (DeadlineKind.Month, "month"), (DeadlineKind.Quarter, "quarter"), (DeadlineKind.Window, "window"),
        (DeadlineKind.Recurring, "recurring"), (DeadlineKind.From, "from"), (DeadlineKind.Event, "event"), (DeadlineKind.Unknown, "unknown"));

    public static readonly NameMap<Recurrence> Recurrences = new(
        (Recurrence.Month, "month"), (Recurrence.Quarter, "quarter"), (Recurrence.HalfYear, "half-year"), (Recurrence.Year, "year"));

    public static readonly NameMap<Comparator> Comparators = new(
        (Comparator.AtLeast, ">="), (Comparator.AtMost, "<="), (Comparator.Exactly, "="), (Comparator.MoreThan, ">"), (Comparator.LessThan, "<"));

    public static readonly NameMap<ReportingFrequency> Frequencies = new(
        (ReportingFrequency.Monthly, "monthly"), (ReportingFrequency.Quarterly, "quarterly"),
        (ReportingFrequency.HalfYearly, "half-yearly"), (ReportingFrequency.Yearly, "yearly"));

    public static readonly NameMap<ReportingParty> Parties = new((ReportingParty.Offices, "offices"), (ReportingParty.Commune, "commune"));

    public static readonly NameMap<ExchangeProgress> Progress = new(
        (ExchangeProgress.NotStarted, "notStarted"), (ExchangeProgress.InProgress, "inProgress"), (ExchangeProgress.Done, "done"));

    public static readonly NameMap<ExchangeReportState> ReportStates = new(
        (ExchangeReportState.Draft, "draft"), (ExchangeReportState.Submitted, "submitted"),
        (ExchangeReportState.Returned, "returned"), (ExchangeReportState.Approved, "approved"));

    /// <summary>Where an indicator came from: a table of the plan, its prose, or typed in by hand.</summary>
    public static readonly IReadOnlyList<string> Origins = ["table", "prose", "manual"];

    /// <summary>The informational task statuses (the four states and "due soon").</summary>
    public static readonly IReadOnlyList<string> Statuses = ["done-on-time", "done-late", "in-progress", "overdue", "due-soon"];

    /// <summary>The informational indicator colours.</summary>
    public static readonly IReadOnlyList<string> Colours = ["red", "orange", "green", "grey"];
}

/// <summary>An enumeration and the names the format gives its values.</summary>
public sealed class NameMap<T>
    where T : struct, Enum
{
    private readonly Dictionary<T, string> _names = [];
    private readonly Dictionary<string, T> _values = new(StringComparer.Ordinal);

    public NameMap(params (T Value, string Name)[] pairs)
    {
        foreach (var (value, name) in pairs)
        {
            _names.Add(value, name);
            _values.Add(name, value);
        }

        if (_names.Count != Enum.GetValues<T>().Length)
        {
            throw new InvalidOperationException($"Thiếu tên cho một giá trị của {typeof(T).Name}.");
        }
    }

    /// <summary>The names, in declaration order (for messages and the schema).</summary>
    public IReadOnlyList<string> Names => [.. _names.Values];

    public string Name(T value) => _names[value];

    public bool TryParse(string? name, out T value)
    {
        value = default;
        return name is not null && _values.TryGetValue(name, out value);
    }
}
