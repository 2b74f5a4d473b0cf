using Microsoft.EntityFrameworkCore;
using SauRo.Data.Entities;
using static SauRo.Tests.Web.Capability;

namespace SauRo.Tests.Web;

/// <summary>
/// The authorization matrix rows of the dashboards (commune, province, nation), the task and indicator lists behind
/// their numbers, and saved views, spread into <see cref="AuthorizationTable.Entries"/>: whoever sees a unit sees its
/// dashboard and may keep views on it; a view is deleted by its owner.
/// </summary>
public static class DashboardMatrix
{
    public static readonly IReadOnlyList<Entry> Entries =
    [
        new("GET /Dashboards/Index", Read, Over.Places, c => Get($"/Dashboards/{c.Place.Unit.Id}", c.AtPlace)),
        new("GET /Dashboards/Tasks", Read, Over.Places, c => Get($"/Dashboards/{c.Place.Unit.Id}/Tasks?status=overdue", c.AtPlace)),
        new("GET /Dashboards/Indicators", Read, Over.Places, c => Get($"/Dashboards/{c.Place.Unit.Id}/Indicators?colour=red", c.AtPlace)),
        new("POST /Dashboards/Index ?handler=SaveView", Read, Over.Places, c =>
        {
            var name = "Dạng xem " + Guid.NewGuid().ToString("N")[..8];
            var unitId = c.Place.Unit.Id;
            return Task.FromResult(new Probe(HttpMethod.Post, $"/Dashboards/{unitId}?handler=SaveView", c.AtPlace)
            {
                Form = new() { ["name"] = name, ["query"] = "status=overdue", ["shared"] = "true" },
                Changed = () => c.World.DbAsync(db => db.SavedViews.AnyAsync(v => v.UnitId == unitId && v.Name == name)),
            });
        }),
        new("POST /Dashboards/Index ?handler=DeleteView", Read, Over.Places, async c =>
        {
            var unitId = c.Place.Unit.Id;
            var id = await c.World.DbAsync(async db =>
            {
                var view = new SavedView { UnitId = unitId, Name = "Xóa " + Guid.NewGuid().ToString("N")[..8], Query = "", OwnerId = c.Session.UserId ?? "không-ai", Shared = true };
                db.SavedViews.Add(view);
                await db.SaveChangesAsync();
                return view.Id;
            });
            return new Probe(HttpMethod.Post, $"/Dashboards/{unitId}?handler=DeleteView", c.AtPlace)
            {
                Form = new() { ["viewId"] = id.ToString(System.Globalization.CultureInfo.InvariantCulture) },
                Changed = () => c.World.DbAsync(async db => !await db.SavedViews.AnyAsync(v => v.Id == id)),
            };
        }),
    ];

    private static Task<Probe> Get(string url, Target? target = null) => Task.FromResult(new Probe(HttpMethod.Get, url, target ?? new()));
}
