using Microsoft.EntityFrameworkCore;
using SauRo.Core.Plans;
using SauRo.Data.Entities;
using SauRo.Features.Import;
using SauRo.Tests.Web;

namespace SauRo.BrowserTests;

/// <summary>Data the browser scenarios start from.</summary>
public static class BrowserSeed
{
    /// <summary>A plan of 10 tasks led by the commune's offices in turn, due "Quý III/2026" except every fifth ("Theo tiến độ của tỉnh").</summary>
    public static Task<int> PlanAsync(WebAppFixture app, int communeId) => app.WithDbAsync(async db =>
    {
        var now = app.Clock.GetUtcNow();
        var offices = await db.Units.Where(u => u.ParentId == communeId && u.Kind == UnitKind.Office).OrderBy(u => u.Id).ToListAsync();
        var plan = new Plan { UnitId = communeId, Number = "09/KH-BCĐ", Title = "Kế hoạch thử bảng điều khiển", IssuedOn = "2026-04-15", Year = 2026, SearchKey = "ke hoach thu", CreatedAt = now, UpdatedAt = now };
        for (var i = 0; i < 10; i++)
        {
            var task = new PlanTask
            {
                Position = i, Section = "Mục 1", Ordinal = (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
                Content = $"Nhiệm vụ thử số {i + 1}", DueText = string.Empty, DueKind = string.Empty, SearchKey = $"nhiem vu thu {i + 1}",
                CreatedAt = now, UpdatedAt = now,
            };
            PlanMapping.SetDue(task, DeadlineParser.Parse(i % 5 == 0 ? "Theo tiến độ của tỉnh" : "Quý III/2026", 2026));
            task.Units.Add(new TaskUnit { Role = TaskUnitRole.Lead, Position = 0, Name = offices[i % offices.Count].Name, UnitId = offices[i % offices.Count].Id });
            plan.Tasks.Add(task);
        }

        db.Plans.Add(plan);
        await db.SaveChangesAsync();
        return plan.Id;
    });
}
