using SauRo.Core.Monitoring;

namespace SauRo.Features.Dashboards;

/// <summary>Where a dashboard's numbers lead: the task list of a unit under the dashboard's filter.</summary>
public static class DashboardLinks
{
    public static string Tasks(int unitId, DashboardFilter filter, PlanTaskStatus? status = null, int? officeId = null)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var query = filter.ToQuery(status, officeId);
        return $"/Dashboards/{unitId}/Tasks" + (query.Length > 0 ? "?" + query : "");
    }

    public static string Indicators(int unitId, DashboardFilter filter, IndicatorColour? colour = null)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var query = (filter with { Status = null }).ToQuery();
        if (colour is { } c)
        {
            query = (query.Length > 0 ? query + "&" : "") + "colour=" + c.CssKey();
        }

        return $"/Dashboards/{unitId}/Indicators" + (query.Length > 0 ? "?" + query : "");
    }

    public static string Dashboard(int unitId, DashboardFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var query = (filter with { Status = null }).ToQuery();
        return $"/Dashboards/{unitId}" + (query.Length > 0 ? "?" + query : "");
    }
}
