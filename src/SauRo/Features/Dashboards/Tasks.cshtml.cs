using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SauRo.Core.Monitoring;
using SauRo.Data;
using SauRo.Data.Entities;
using SauRo.Features.Accounts;
using SauRo.Features.Monitoring;

namespace SauRo.Features.Dashboards;

/// <summary>The tasks behind a dashboard number: a unit's tasks under the filter, 50 a page.</summary>
public sealed class TasksModel(SauRoDbContext db, UnitScope scope, TimeProvider clock, MonitoringSettings settings, TaskStatusFreshness freshness) : PageModel
{
    public DashboardScope Scope { get; private set; } = null!;

    public DashboardFilter Filter { get; private set; } = new();

    public TaskList.Page Result { get; private set; } = null!;

    public string? OfficeName { get; private set; }

    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(int unitId, [FromQuery(Name = "page")] int? pageNumber, CancellationToken cancellation)
    {
        var unit = await db.Units.AsNoTracking().Where(u => u.Id == unitId).Select(u => new { u.Id, u.Kind, u.Name }).SingleOrDefaultAsync(cancellation);
        if (unit is null || unit.Kind == UnitKind.Office || !await scope.CanSeeAsync(unit.Id, cancellation))
        {
            return NotFound();
        }

        Filter = DashboardFilter.FromQuery(Request.Query);
        Scope = new DashboardScope(unit.Kind, unit.Id, unit.Name);
        OfficeName = Filter.OfficeId is { } office ? await db.Units.Where(u => u.Id == office).Select(u => u.Name).SingleOrDefaultAsync(cancellation) : null;
        Today = VietnamTime.Today(clock);
        Result = await TaskList.LoadAsync(db, Scope, Filter, Today, settings, freshness, pageNumber ?? 1, cancellation);
        return Page();
    }

    public string PageHref(int number)
    {
        var query = Filter.ToQuery();
        return $"/Dashboards/{Scope.UnitId}/Tasks?{(query.Length > 0 ? query + "&" : "")}page={number}";
    }
}
