using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SauRo.Core.Access;
using SauRo.Core.Monitoring;
using SauRo.Data;
using SauRo.Data.Entities;
using SauRo.Features.Accounts;
using SauRo.Features.Monitoring;

namespace SauRo.Features.Dashboards;

/// <summary>
/// The dashboard of a unit the user may see: a commune's (tasks, indicators, overdue and due-soon lists, reports,
/// scorecard), a province's (one row per commune) or the nation's (one row per province). Without a unit: the user's
/// own (an office's officer lands on their commune's dashboard filtered to their office; the administrator on the
/// nation's). An office's id leads to its commune's dashboard filtered to it.
/// </summary>
public sealed class IndexModel(SauRoDbContext db, UnitScope scope, TimeProvider clock, MonitoringSettings settings, TaskStatusFreshness freshness) : PageModel
{
    public CommuneDashboard? Commune { get; private set; }

    public ProvinceDashboard? Province { get; private set; }

    public NationDashboard? Nation { get; private set; }

    public DashboardFilter Filter { get; private set; } = new();

    public int UnitId { get; private set; }

    public SavedViewsBox Views { get; private set; } = null!;

    /// <summary>Why a view could not be saved (shown above the dashboard).</summary>
    public string? ViewError { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? unitId, CancellationToken cancellation)
    {
        if (unitId is null)
        {
            return await HomeAsync(cancellation);
        }

        var unit = await db.Units.AsNoTracking().Where(u => u.Id == unitId).Select(u => new { u.Id, u.Kind, u.ParentId }).SingleOrDefaultAsync(cancellation);
        if (unit is null || !await scope.CanSeeAsync(unit.Id, cancellation))
        {
            return NotFound();
        }

        Filter = DashboardFilter.FromQuery(Request.Query);
        if (unit.Kind == UnitKind.Office && unit.ParentId is { } commune)
        {
            return Redirect($"/Dashboards/{commune}?{(Filter with { OfficeId = unit.Id }).ToQuery()}");
        }

        UnitId = unit.Id;
        await LoadAsync(unit.Kind, cancellation);
        return Page();
    }

    /// <summary>Saves the filter under a name for this unit's dashboard, private or shared with the unit.</summary>
    public async Task<IActionResult> OnPostSaveViewAsync(int? unitId, string? name, string? query, bool shared, CancellationToken cancellation)
    {
        var unit = unitId is null ? null : await db.Units.AsNoTracking().Where(u => u.Id == unitId).Select(u => new { u.Id, u.Kind }).SingleOrDefaultAsync(cancellation);
        if (unit is null || unit.Kind == UnitKind.Office || !await scope.CanSeeAsync(unit.Id, cancellation) || scope.UserId is not { } userId)
        {
            return NotFound();
        }

        var filter = SavedViewRules.Normalize(query);
        var owned = await db.SavedViews.CountAsync(v => v.UnitId == unit.Id && v.OwnerId == userId, cancellation);
        var error = SavedViewRules.NameError(name) ?? (owned >= SavedView.MaxPerOwnerAndUnit ? SavedViewRules.TooMany : null);
        if (error is null && await db.SavedViews.AnyAsync(v => v.UnitId == unit.Id && v.OwnerId == userId && v.Name == name!.Trim(), cancellation))
        {
            error = SavedViewRules.Duplicate;
        }

        if (error is not null)
        {
            Filter = filter;
            UnitId = unit.Id;
            ViewError = error;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            await LoadAsync(unit.Kind, cancellation);
            return Page();
        }

        db.SavedViews.Add(new SavedView
        {
            UnitId = unit.Id,
            Name = name!.Trim(),
            Query = filter.ToQuery(),
            OwnerId = userId,
            OwnerName = scope.UserName,
            Shared = shared,
            CreatedAt = clock.GetUtcNow(),
        });
        await db.SaveChangesAsync(cancellation);
        TempData["Message"] = $"Đã lưu dạng xem “{name.Trim()}”.";
        return Redirect(DashboardLinks.Dashboard(unit.Id, filter));
    }

    /// <summary>Deletes a saved view: its owner or the administrator.</summary>
    public async Task<IActionResult> OnPostDeleteViewAsync(int? unitId, int viewId, CancellationToken cancellation)
    {
        var view = await db.SavedViews.SingleOrDefaultAsync(v => v.Id == viewId && v.UnitId == unitId, cancellation);
        if (view is null || !await scope.CanSeeAsync(view.UnitId, cancellation) || (!view.Shared && view.OwnerId != scope.UserId && !scope.IsAdmin))
        {
            return NotFound();
        }

        if (view.OwnerId != scope.UserId && !scope.IsAdmin)
        {
            return Forbid();
        }

        db.SavedViews.Remove(view);
        await db.SaveChangesAsync(cancellation);
        TempData["Message"] = $"Đã xóa dạng xem “{view.Name}”.";
        return Redirect($"/Dashboards/{view.UnitId}");
    }

    private async Task LoadAsync(UnitKind kind, CancellationToken cancellation)
    {
        var userId = scope.UserId;
        var views = await db.SavedViews.AsNoTracking()
            .Where(v => v.UnitId == UnitId && (v.Shared || v.OwnerId == userId))
            .OrderBy(v => v.Name).ToListAsync(cancellation);
        Views = new SavedViewsBox(UnitId, Filter, views, userId, scope.IsAdmin);
        var today = VietnamTime.Today(clock);
        switch (kind)
        {
            case UnitKind.Commune:
                Commune = await CommuneDashboard.LoadAsync(db, UnitId, Filter, today, settings, freshness, cancellation);
                break;
            case UnitKind.Province:
                Province = await ProvinceDashboard.LoadAsync(db, UnitId, Filter, today, settings, freshness, cancellation);
                break;
            default:
                Nation = await NationDashboard.LoadAsync(db, Filter, today, settings, freshness, cancellation);
                break;
        }
    }

    private async Task<IActionResult> HomeAsync(CancellationToken cancellation)
    {
        var actor = await scope.ActorAsync(cancellation);
        if (actor.Home is not { } home)
        {
            var nation = scope.IsAdmin ? await db.Units.Where(u => u.Kind == UnitKind.Nation).OrderBy(u => u.Id).Select(u => (int?)u.Id).FirstOrDefaultAsync(cancellation) : null;
            return nation is { } id ? Redirect($"/Dashboards/{id}") : RedirectToPage("/Index");
        }

        return Redirect(home.Level == UnitLevel.Office && home.CommuneId is { } commune
            ? $"/Dashboards/{commune}?office={home.Id}"
            : $"/Dashboards/{home.Id}");
    }
}
