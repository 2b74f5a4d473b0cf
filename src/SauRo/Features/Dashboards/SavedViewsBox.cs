using SauRo.Data.Entities;

namespace SauRo.Features.Dashboards;

/// <summary>The saved views a dashboard offers (the user's own and those shared in the unit) and the filter to save.</summary>
public sealed record SavedViewsBox(int UnitId, DashboardFilter Filter, IReadOnlyList<SavedView> Views, string? UserId, bool IsAdmin)
{
    public bool CanDelete(SavedView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return IsAdmin || view.OwnerId == UserId;
    }
}
