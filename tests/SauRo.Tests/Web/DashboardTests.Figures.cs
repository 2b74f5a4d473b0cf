using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SauRo.Core.Monitoring;
using SauRo.Core.Plans;
using SauRo.Data.Entities;
using SauRo.Features.Accounts;
using SauRo.Features.Dashboards;
using SauRo.Features.Import;
using SauRo.Features.Monitoring;

namespace SauRo.Tests.Web;

/// <summary>
/// The commune dashboard reads its figures in one hand-written statement (<see cref="CommuneFigures"/>) that repeats in
/// SQL the filter rules the lists behind its numbers apply through EF Core: for each filter, every number must be the
/// length of the list it links to, and the short lists the first rows of those lists.
/// </summary>
public abstract partial class DashboardTests
{
    [Fact]
    public async Task CommuneFigures_EqualTheListsBehindThem_ForEveryFilter()
    {
        var (_, commune, offices) = await App.NewCommuneAsync();
        var first = await PlanSeed.BuildAsync(App, commune.Id, 30, 4, title: "Kế hoạch thứ nhất");
        var second = await PlanSeed.BuildAsync(App, commune.Id, 12, 3, title: "Kế hoạch thứ hai");
        await App.WithDbAsync(async db =>
        {
            var tasks = await db.Tasks.Include(t => t.Units).Where(t => t.PlanId == first || t.PlanId == second).OrderBy(t => t.Id).ToListAsync();
            for (var i = 0; i < tasks.Count; i++)
            {
                var task = tasks[i];
                task.Section = new[] { "Đẩy mạnh chuyển đổi số", "Chính quyền số", "An ninh mạng", "Dữ liệu dân cư" }[i % 4];
                if (i % 6 == 1)
                {
                    // Due in three days: due soon on 22/11/2026.
                    PlanMapping.SetDue(task, DeadlineParser.Parse("Trước ngày 25/11/2026", 2026));
                }

                if (i % 7 == 2)
                {
                    // A second lead office, and a body named only, placed first.
                    task.Units.Add(new TaskUnit { Role = TaskUnitRole.Lead, Position = 1, Name = offices[4].Name, UnitId = offices[4].Id });
                    foreach (var lead in task.Units.Where(u => u.Role == TaskUnitRole.Lead))
                    {
                        lead.Position++;
                    }

                    task.Units.Add(new TaskUnit { Role = TaskUnitRole.Lead, Position = 0, Name = "Ban Chỉ đạo xã" });
                }
            }

            var indicator = await db.Indicators.Include(i => i.Leads).FirstAsync(i => i.PlanId == second);
            indicator.Leads.Add(new IndicatorLead { Position = 1, Name = offices[2].Name, UnitId = offices[2].Id });
            // One open request per task at most.
            foreach (var (office, answered, n) in new[] { (offices[0], false, 0), (offices[0], false, 1), (offices[1], true, 2), (offices[3], false, 3) })
            {
                db.ExplanationRequests.Add(new ExplanationRequest
                {
                    PlanId = first, TaskId = tasks[n].Id, OfficeId = office.Id, Question = "Vì sao chậm?", RequestedBy = "kiểm thử", RequestedAt = App.Clock.GetUtcNow(),
                    Answer = answered ? "Đã giải trình" : null, AnsweredBy = answered ? "kiểm thử" : null, AnsweredAt = answered ? App.Clock.GetUtcNow() : null,
                });
            }

            await db.SaveChangesAsync();
            return 0;
        });

        var client = await ReportSeed.ClientAsync(App, Roles.Leader, commune.Id);
        var settings = App.Services.GetRequiredService<MonitoringSettings>();
        var freshness = App.Services.GetRequiredService<TaskStatusFreshness>();
        var today = VietnamTime.Today(App.Clock);
        var scope = new DashboardScope(UnitKind.Commune, commune.Id, commune.Name);
        DashboardFilter[] filters =
        [
            new(),
            new() { PlanId = first },
            new() { PlanId = second },
            new() { PlanId = 999_999 },
            new() { Year = 2025 },
            new() { OfficeId = offices[0].Id },
            new() { OfficeId = offices[4].Id },
            new() { OfficeId = offices[2].Id },
            new() { Section = "Chính quyền số" },
            new() { Section = "Không có" },
            new() { Status = PlanTaskStatus.Overdue },
            new() { Status = PlanTaskStatus.DueSoon },
            new() { Status = PlanTaskStatus.InProgress },
            new() { PlanId = first, OfficeId = offices[4].Id, Section = "Đẩy mạnh chuyển đổi số", Status = PlanTaskStatus.Overdue },
        ];
        var statuses = Enum.GetValues<PlanTaskStatus>();
        var sawOverdue = false;
        var sawDueSoon = false;
        var sawTwoLeads = false;
        foreach (var filter in filters)
        {
            var what = filter.ToQuery();
            var dashboard = await App.WithDbAsync(db => CommuneDashboard.LoadAsync(db, commune.Id, filter, today, settings, freshness, default));

            Task<TaskList.Page> ListAsync(DashboardFilter f) => App.WithDbAsync(db => TaskList.LoadAsync(db, scope, f, today, settings, freshness, 1, default));
            int Expected(TaskList.Page page, PlanTaskStatus status) => filter.Status is { } only && only != status ? 0 : page.Total;
            foreach (var status in statuses)
            {
                dashboard.Tasks.Of(status).ShouldBe(Expected(await ListAsync(filter with { Status = status }), status), $"{what}: {status}");
            }

            var overdue = await ListAsync(filter with { Status = PlanTaskStatus.Overdue });
            dashboard.Overdue.ShouldBe(filter.Status is null or PlanTaskStatus.Overdue ? overdue.Rows.Take(CommuneDashboard.ListSize) : [], $"{what}: quá hạn");
            var dueSoon = await ListAsync(filter with { Status = PlanTaskStatus.DueSoon });
            dashboard.DueSoon.ShouldBe(filter.Status is null or PlanTaskStatus.DueSoon ? dueSoon.Rows.Take(CommuneDashboard.ListSize) : [], $"{what}: sắp đến hạn");
            sawOverdue |= dashboard.Overdue.Count == CommuneDashboard.ListSize && dashboard.Tasks.Overdue > CommuneDashboard.ListSize;
            sawDueSoon |= dashboard.DueSoon.Count > 0;
            sawTwoLeads |= dashboard.Overdue.Concat(dashboard.DueSoon).Any(r => r.LeadOffice == "Ban Chỉ đạo xã");

            foreach (var row in dashboard.Scorecard)
            {
                foreach (var status in statuses)
                {
                    row.Score.Tasks.Of(status).ShouldBe(Expected(await ListAsync(filter with { OfficeId = row.Score.OfficeId, Status = status }), status), $"{what}: {row.Score.OfficeName}, {status}");
                }

                var open = await App.WithDbAsync(db => (
                    from e in db.ExplanationRequests
                    join p in db.Plans on e.PlanId equals p.Id
                    where e.OfficeId == row.Score.OfficeId && e.AnsweredAt == null && p.UnitId == commune.Id && (filter.PlanId == null || p.Id == filter.PlanId)
                        && (p.Year == filter.YearOr(today) || p.Year == null)
                    select e).CountAsync());
                row.Score.OpenExplanations.ShouldBe(open, $"{what}: {row.Score.OfficeName}, giải trình");
            }

            foreach (var colour in Enum.GetValues<IndicatorColour>())
            {
                var page = await (await client.GetAsync($"/Dashboards/{commune.Id}/Indicators?{filter.ToQuery()}&colour={colour.CssKey()}")).Content.ReadAsStringAsync();
                var listed = Regex.Match(page, "id=\"indicator-list-summary\">(\\d+) chỉ tiêu");
                listed.Success.ShouldBeTrue(page);
                dashboard.Indicators.Of(colour).ShouldBe(int.Parse(listed.Groups[1].Value, CultureInfo.InvariantCulture), $"{what}: {colour}");
            }

            var year = filter.YearOr(today);
            var (plans, sections) = await App.WithDbAsync(async db => (
                await db.Plans.Where(p => p.UnitId == commune.Id && (p.Year == year || p.Year == null)).OrderBy(p => p.Id).Select(p => p.Id).ToListAsync(),
                await db.Tasks.Where(t => t.Plan!.UnitId == commune.Id && (t.Plan.Year == year || t.Plan.Year == null) && t.Section != null).Select(t => t.Section!).Distinct().ToListAsync()));
            dashboard.Plans.Select(p => p.Id).ShouldBe(plans, what);
            dashboard.Sections.ShouldBe(sections.Order(StringComparer.Create(CultureInfo.GetCultureInfo("vi-VN"), false)).ToList(), what);
            dashboard.Offices.Select(o => o.Id).ShouldBe(offices.Select(o => o.Id), what);
            dashboard.Scope.UnitName.ShouldBe(commune.Name);
        }

        sawOverdue.ShouldBeTrue("a list cut at its first rows");
        sawDueSoon.ShouldBeTrue("tasks due soon");
        sawTwoLeads.ShouldBeTrue("a listed task whose first lead is a body named only");
        (await client.GetAsync($"/Dashboards/{commune.Id}?section=" + WebUtility.UrlEncode("Chính quyền số"))).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task ProvinceFigures_EqualEachCommunesOwnFigures_ForEveryFilter()
    {
        var (province, first, offices) = await App.NewCommuneAsync();
        var (second, secondOffice) = await App.WithDbAsync(async db =>
        {
            var commune = new Unit { Name = "Xã Thứ Hai " + Guid.NewGuid().ToString("N")[..6], NameKey = "xa thu hai", Kind = UnitKind.Commune, ParentId = province.Id, CreatedAt = App.Clock.GetUtcNow() };
            db.Units.Add(commune);
            await db.SaveChangesAsync();
            var office = new Unit { Name = "Công an xã", NameKey = "cong an xa", Kind = UnitKind.Office, ParentId = commune.Id, CreatedAt = App.Clock.GetUtcNow() };
            db.Units.Add(office);
            await db.SaveChangesAsync();
            return (commune, office);
        });
        var firstPlan = await PlanSeed.BuildAsync(App, first.Id, 30, 4);
        await PlanSeed.BuildAsync(App, second.Id, 12, 3);
        await PlanSeed.BuildAsync(App, first.Id, 5, 1, title: "Kế hoạch bổ sung");

        var settings = App.Services.GetRequiredService<MonitoringSettings>();
        var freshness = App.Services.GetRequiredService<TaskStatusFreshness>();
        var today = VietnamTime.Today(App.Clock);
        DashboardFilter[] filters =
        [
            new(),
            new() { PlanId = firstPlan },
            new() { Section = "Mục 2" },
            new() { OfficeId = offices[1].Id },
            new() { OfficeId = secondOffice.Id },
            new() { Year = 2025 },
        ];
        foreach (var filter in filters)
        {
            var what = filter.ToQuery();
            var dashboard = await App.WithDbAsync(db => ProvinceDashboard.LoadAsync(db, province.Id, filter, today, settings, freshness, default));
            dashboard.Scope.UnitName.ShouldBe(province.Name);
            dashboard.Communes.Select(c => c.Id).ShouldBe([first.Id, second.Id], ignoreOrder: true);
            foreach (var row in dashboard.Communes)
            {
                var scope = new DashboardScope(UnitKind.Commune, row.Id, row.Name);
                foreach (var status in Enum.GetValues<PlanTaskStatus>())
                {
                    var list = await App.WithDbAsync(db => TaskList.LoadAsync(db, scope, filter with { Status = status }, today, settings, freshness, 1, default));
                    row.Tasks.Of(status).ShouldBe(list.Total, $"{what}: {row.Name}, {status}");
                }

                // Colours and reports count the year's plans, whatever the plan or office chosen: as the commune's own page without them.
                var own = await App.WithDbAsync(db => CommuneDashboard.LoadAsync(db, row.Id, new DashboardFilter { Year = filter.Year }, today, settings, freshness, default));
                row.Indicators.ShouldBe(own.Indicators, $"{what}: {row.Name}, chỉ tiêu");
                row.Reports.ShouldBe(own.Reports, $"{what}: {row.Name}, báo cáo");
            }
        }
    }
}
