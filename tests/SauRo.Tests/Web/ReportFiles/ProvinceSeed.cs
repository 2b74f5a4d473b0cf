using Microsoft.EntityFrameworkCore;
using SauRo.Core.Plans;
using SauRo.Data.Entities;

namespace SauRo.Tests.Web;

/// <summary>
/// A province with communes under it, each with five offices and (unless told otherwise) a plan of
/// <see cref="PlanSeed.BuildAsync"/>: tasks due "Quý III/2026" (overdue on 12/11/2026 unless done; every fifth one
/// with a deadline not understood, never overdue) and indicators "≥ 80%".
/// </summary>
public static class ProvinceSeed
{
    public sealed record World(Unit Province, List<Unit> Communes, Dictionary<int, int> Plans);

    public static async Task<World> BuildAsync(WebAppFixture app, IReadOnlyList<(string Name, int Tasks, int Indicators)> communes, int updatesPerTask = 0)
    {
        app.Clock.Set(ReportFileSeed.Today);
        var tag = Guid.NewGuid().ToString("N")[..6];
        var (province, units) = await app.WithDbAsync(async db =>
        {
            var now = app.Clock.GetUtcNow();
            var p = new Unit { Name = $"Tỉnh Tổng Hợp {tag}", NameKey = OfficeNames.Key($"Tỉnh Tổng Hợp {tag}"), Kind = UnitKind.Province, CreatedAt = now };
            var list = new List<Unit>();
            foreach (var (name, _, _) in communes)
            {
                var c = new Unit { Name = name, NameKey = OfficeNames.Key(name), Kind = UnitKind.Commune, Parent = p, CreatedAt = now, SortOrder = list.Count };
                foreach (var (office, i) in new[] { "Phòng Văn hóa - Xã hội", "Văn phòng HĐND và UBND xã", "Trung tâm Phục vụ hành chính công", "Công an xã", "Phòng Kinh tế" }.Select((o, i) => (o, i)))
                {
                    c.Children.Add(new Unit { Name = office, NameKey = OfficeNames.Key(office), Kind = UnitKind.Office, CreatedAt = now, SortOrder = i });
                }

                list.Add(c);
            }

            db.Units.Add(p);
            db.Units.AddRange(list);
            await db.SaveChangesAsync();
            return (p, list);
        });

        var plans = new Dictionary<int, int>();
        for (var i = 0; i < communes.Count; i++)
        {
            if (communes[i].Tasks + communes[i].Indicators == 0)
            {
                continue;
            }

            plans[units[i].Id] = await PlanSeed.BuildAsync(app, units[i].Id, communes[i].Tasks, communes[i].Indicators, issuedOn: "2026-03-20");
            if (updatesPerTask > 0)
            {
                await UpdatesAsync(app, plans[units[i].Id], updatesPerTask);
            }
        }

        return new World(province, units, plans);
    }

    /// <summary>Marks tasks of a plan done on time (on 15/09/2026), by their position.</summary>
    public static Task<int> DoneAsync(WebAppFixture app, int planId, params int[] positions) => app.WithDbAsync(async db =>
    {
        var tasks = await db.Tasks.Where(t => t.PlanId == planId && positions.Contains(t.Position)).Select(t => t.Id).ToListAsync();
        db.TaskUpdates.AddRange(tasks.Select(id => new TaskUpdate
        {
            TaskId = id, UserId = "seed", UserName = "seed", At = ReportSeed.Vietnam(2026, 9, 15), State = TaskProgressState.Done, PercentDone = 100,
            CompletedOn = new DateOnly(2026, 9, 15), Result = "Đã hoàn thành",
        }));
        return await db.SaveChangesAsync();
    });

    /// <summary>Monthly progress updates for every task (from April) and monthly values for every indicator, as a commune that reports regularly.</summary>
    private static Task<int> UpdatesAsync(WebAppFixture app, int planId, int perTask) => app.WithDbAsync(async db =>
    {
        var tasks = await db.Tasks.Where(t => t.PlanId == planId).Select(t => t.Id).ToListAsync();
        var indicators = await db.Indicators.Where(i => i.PlanId == planId).Select(i => i.Id).ToListAsync();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        foreach (var id in tasks)
        {
            for (var u = 0; u < perTask; u++)
            {
                db.TaskUpdates.Add(new TaskUpdate
                {
                    TaskId = id, UserId = "seed", UserName = "seed", At = ReportSeed.Vietnam(2026, 4 + (u % 7), 10), State = TaskProgressState.InProgress,
                    PercentDone = 10 * (u + 1), Result = "Đang triển khai", Difficulties = u == perTask - 1 ? "Thiếu kinh phí" : null,
                });
            }
        }

        foreach (var id in indicators)
        {
            for (var m = 1; m <= 10; m++)
            {
                db.IndicatorValues.Add(new IndicatorValue
                {
                    IndicatorId = id, PeriodKey = $"2026-M{m:D2}", Value = 40 + (m * 4), UserName = "seed", At = ReportSeed.Vietnam(2026, m, 14),
                });
            }
        }

        return await db.SaveChangesAsync();
    });
}
