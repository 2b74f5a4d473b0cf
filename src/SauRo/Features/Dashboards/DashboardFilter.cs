using System.Globalization;
using SauRo.Core.Monitoring;
using SauRo.Data.Entities;

namespace SauRo.Features.Dashboards;

/// <summary>
/// What a dashboard or a task list counts: the plans' year (default: this year; plans without a year count in every
/// year), and optionally one plan, one lead office, one field (the plan's section heading) and one status. Read from
/// and written to query strings, so that a saved view is just its query string.
/// </summary>
public sealed record DashboardFilter
{
    public int? Year { get; init; }

    public int? PlanId { get; init; }

    public int? OfficeId { get; init; }

    public string? Section { get; init; }

    public PlanTaskStatus? Status { get; init; }

    /// <summary>The longest section name taken from a query string.</summary>
    public const int MaxSectionLength = 300;

    public static DashboardFilter FromQuery(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return new DashboardFilter
        {
            Year = Int(query["year"]) is { } y && y is >= 2000 and <= 2100 ? y : null,
            PlanId = Int(query["plan"]),
            OfficeId = Int(query["office"]),
            Section = query["section"].ToString() is { Length: > 0 and <= MaxSectionLength } s ? s : null,
            Status = PlanTaskStatusText.FromCssKey(query["status"].ToString()),
        };
    }

    /// <summary>The filter as query string parameters (only those set), e.g. "year=2026&amp;status=overdue".</summary>
    public string ToQuery(PlanTaskStatus? status = null, int? officeId = null)
    {
        var pairs = new List<KeyValuePair<string, string?>>();
        if (Year is { } y)
        {
            pairs.Add(new("year", y.ToString(CultureInfo.InvariantCulture)));
        }

        if (PlanId is { } p)
        {
            pairs.Add(new("plan", p.ToString(CultureInfo.InvariantCulture)));
        }

        if ((officeId ?? OfficeId) is { } o)
        {
            pairs.Add(new("office", o.ToString(CultureInfo.InvariantCulture)));
        }

        if (Section is { } s)
        {
            pairs.Add(new("section", s));
        }

        if ((status ?? Status) is { } st)
        {
            pairs.Add(new("status", st.CssKey()));
        }

        return QueryString.Create(pairs).ToUriComponent().TrimStart('?');
    }

    /// <summary>The year counted: the one asked for, else today's.</summary>
    public int YearOr(DateOnly today) => Year ?? today.Year;

    /// <summary>Tasks of the filter's plans (by year, plan, field and lead office; not by status, which the snapshots hold).</summary>
    public IQueryable<PlanTask> Apply(IQueryable<PlanTask> tasks, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(tasks);
        var year = YearOr(today);
        tasks = tasks.Where(t => t.Plan!.Year == year || t.Plan!.Year == null);
        if (PlanId is { } planId)
        {
            tasks = tasks.Where(t => t.PlanId == planId);
        }

        if (Section is { } section)
        {
            tasks = tasks.Where(t => t.Section == section);
        }

        if (OfficeId is { } officeId)
        {
            tasks = tasks.Where(t => t.Units.Any(u => u.Role == TaskUnitRole.Lead && u.UnitId == officeId));
        }

        return tasks;
    }

    private static int? Int(Microsoft.Extensions.Primitives.StringValues value) =>
        int.TryParse(value.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : null;
}
