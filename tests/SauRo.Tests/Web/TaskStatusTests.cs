using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using System.Text.RegularExpressions;
using SauRo.Data.Entities;
using SauRo.Features.Accounts;
using SauRo.Features.Monitoring;

namespace SauRo.Tests.Web;

/// <summary>
/// Status badges with a controlled clock (today 25/09/2026 in Vietnam, due soon within 7 days): each state on the plan
/// row and the task page, the plan's counts, recurring tasks by their latest period, event-driven tasks never overdue.
/// </summary>
public abstract partial class TaskStatusTests(WebAppFixture app) : WebTest(app)
{
    private sealed record Case(string Due, string Key, string RowWord, string Label, string Detail);

    [GeneratedRegex("<tr id=\"task-(\\d+)\" data-task-id=\"\\d+\">.*?<td data-status=\"([a-z-]+)\">([^<]*)</td>", RegexOptions.Singleline)]
    private static partial Regex RowStatus();

    private async Task<(MonitoringSeed.World World, Dictionary<string, int> Tasks)> SeedAsync()
    {
        App.Clock.Set(MonitoringSeed.Vn(2026, 9, 25, 10));
        var w = await MonitoringSeed.CommuneAsync(App);
        var office = w.Offices[0];
        var tasks = new Dictionary<string, int>
        {
            ["overdue"] = await MonitoringSeed.TaskAsync(App, w, "Trước ngày 15/9/2026", office, "1"),
            ["due-soon"] = await MonitoringSeed.TaskAsync(App, w, "Trước ngày 30/9/2026", office, "2"),
            ["in-progress"] = await MonitoringSeed.TaskAsync(App, w, "Quý IV/2026", office, "3"),
            ["done-on-time"] = await MonitoringSeed.TaskAsync(App, w, "Trước ngày 15/9/2026", office, "4"),
            ["done-late"] = await MonitoringSeed.TaskAsync(App, w, "Trước ngày 31/8/2026", office, "5"),
            ["recurring-late"] = await MonitoringSeed.TaskAsync(App, w, "Hằng tháng", office, "6"),
            ["recurring-kept"] = await MonitoringSeed.TaskAsync(App, w, "Hằng tháng", office, "7"),
            ["event"] = await MonitoringSeed.TaskAsync(App, w, "Báo cáo khi có văn bản yêu cầu", office, "8"),
        };
        await MonitoringSeed.UpdateAsync(App, tasks["done-on-time"], TaskProgressState.Done, MonitoringSeed.Vn(2026, 9, 10), new DateOnly(2026, 9, 10));
        await MonitoringSeed.UpdateAsync(App, tasks["done-late"], TaskProgressState.Done, MonitoringSeed.Vn(2026, 9, 5), new DateOnly(2026, 9, 5));
        await MonitoringSeed.UpdateAsync(App, tasks["recurring-kept"], TaskProgressState.InProgress, MonitoringSeed.Vn(2026, 8, 20));
        await MonitoringSeed.UpdateAsync(App, tasks["overdue"], TaskProgressState.InProgress, MonitoringSeed.Vn(2026, 9, 1));
        return (w, tasks);
    }

    [Fact]
    public async Task PlanPage_ShowsEachTaskStatusAndTheCounts()
    {
        var (w, tasks) = await SeedAsync();
        var (client, _) = await MonitoringSeed.SignInAsync(App, Roles.Leader, w.Commune.Id);

        var html = await client.GetStringAsync($"/Plans/{w.PlanId}");

        var rows = RowStatus().Matches(html).ToDictionary(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), m => (Key: m.Groups[2].Value, Word: m.Groups[3].Value));
        rows.Count.ShouldBe(8);
        rows[tasks["overdue"]].ShouldBe(("overdue", "Quá hạn"));
        rows[tasks["due-soon"]].ShouldBe(("due-soon", "Sắp đến hạn"));
        rows[tasks["in-progress"]].ShouldBe(("in-progress", "Trong hạn"));
        rows[tasks["done-on-time"]].ShouldBe(("done-on-time", "Xong đúng hạn"));
        rows[tasks["done-late"]].ShouldBe(("done-late", "Xong quá hạn"));
        rows[tasks["recurring-late"]].ShouldBe(("overdue", "Quá hạn"));
        rows[tasks["recurring-kept"]].ShouldBe(("in-progress", "Trong hạn"));
        rows[tasks["event"]].ShouldBe(("in-progress", "Trong hạn"));

        html.ShouldContain("data-status=\"overdue\" data-count=\"2\">Quá hạn chưa hoàn thành: 2</span>");
        html.ShouldContain("data-status=\"in-progress\" data-count=\"4\">Đang thực hiện trong hạn: 4</span>");
        html.ShouldContain("data-status=\"done-late\" data-count=\"1\">Hoàn thành quá hạn: 1</span>");
        html.ShouldContain("data-status=\"done-on-time\" data-count=\"1\">Hoàn thành đúng hạn: 1</span>");
        html.ShouldContain("data-status=\"due-soon\" data-count=\"1\">trong đó sắp đến hạn: 1</span>");
    }

    [Theory]
    [InlineData("overdue", "overdue", "Quá hạn chưa hoàn thành", "quá hạn 10 ngày (hạn 15/09/2026)")]
    [InlineData("due-soon", "due-soon", "Sắp đến hạn", "hạn 30/09/2026, còn 5 ngày")]
    [InlineData("in-progress", "in-progress", "Đang thực hiện trong hạn", "hạn 31/12/2026, còn 97 ngày")]
    [InlineData("done-on-time", "done-on-time", "Hoàn thành đúng hạn", "hạn 15/09/2026")]
    [InlineData("done-late", "done-late", "Hoàn thành quá hạn", "trễ 5 ngày (hạn 31/08/2026)")]
    [InlineData("recurring-late", "overdue", "Quá hạn chưa hoàn thành", "kỳ Tháng 8/2026: chưa cập nhật, quá hạn 20 ngày (hạn 05/09/2026)")]
    [InlineData("recurring-kept", "in-progress", "Đang thực hiện trong hạn", "kỳ Tháng 10/2026: hạn cập nhật 05/11/2026, còn 41 ngày")]
    public async Task TaskPage_ShowsTheStatusBadgeWithWhatItIsMeasuredAgainst(string task, string key, string label, string detail)
    {
        var (w, tasks) = await SeedAsync();
        var (client, _) = await MonitoringSeed.SignInAsync(App, Roles.OfficeOfficer, w.Offices[1].Id);

        var html = WebUtility.HtmlDecode(await client.GetStringAsync($"/Tasks/{tasks[task]}"));

        html.ShouldContain($"data-status=\"{key}\">{label}</span><span class=\"muted\"> — {detail}</span>");
    }

    [Fact]
    public async Task EventDrivenTask_IsNeverOverdue_EvenYearsLater()
    {
        var (w, tasks) = await SeedAsync();
        App.Clock.Set(MonitoringSeed.Vn(2028, 3, 1));
        var (client, _) = await MonitoringSeed.SignInAsync(App, Roles.Leader, w.Commune.Id);

        var html = await client.GetStringAsync($"/Tasks/{tasks["event"]}");

        html.ShouldContain("data-status=\"in-progress\">Đang thực hiện trong hạn</span>");
        html.ShouldNotContain("data-status=\"overdue\"");
    }

    [Fact]
    public async Task Status_FollowsTheClock_DueSoonThenOverdueAtVietnameseMidnight()
    {
        App.Clock.Set(MonitoringSeed.Vn(2026, 9, 22, 23));
        var w = await MonitoringSeed.CommuneAsync(App);
        var task = await MonitoringSeed.TaskAsync(App, w, "Trước ngày 30/9/2026", w.Offices[0]);
        // The sign-in cookie lives by the same clock: sign in again after each jump.
        async Task<string> PageAtAsync(DateTimeOffset now)
        {
            App.Clock.Set(now);
            var (client, _) = await MonitoringSeed.SignInAsync(App, Roles.Leader, w.Commune.Id);
            return await client.GetStringAsync($"/Tasks/{task}");
        }

        (await PageAtAsync(MonitoringSeed.Vn(2026, 9, 22, 23))).ShouldContain("data-status=\"in-progress\"");
        (await PageAtAsync(new DateTimeOffset(2026, 9, 22, 17, 0, 0, TimeSpan.Zero))).ShouldContain("data-status=\"due-soon\""); // 23/09 00:00 in Vietnam: 7 days left
        (await PageAtAsync(new DateTimeOffset(2026, 9, 30, 16, 59, 0, TimeSpan.Zero))).ShouldContain("hạn hôm nay (30/09/2026)"); // 30/09 23:59 in Vietnam
        // 01/10 00:00 in Vietnam, still 30/09 in UTC.
        (await PageAtAsync(new DateTimeOffset(2026, 9, 30, 17, 0, 0, TimeSpan.Zero))).ShouldContain("data-status=\"overdue\">Quá hạn chưa hoàn thành</span><span class=\"muted\"> — quá hạn 1 ngày (hạn 30/09/2026)");
    }

    [Fact]
    public async Task ManyUpdatesOnOneDay_ASaveJudgesTheDayOnce_AndGetsTheStatusEveryUpdateGives()
    {
        // 06/09 00:05 in Vietnam: August's update was due by 05/09; the only one for August came at 23:50 the day before.
        var now = new DateTimeOffset(2026, 9, 5, 17, 5, 0, TimeSpan.Zero);
        App.Clock.Set(now);
        var w = await MonitoringSeed.CommuneAsync(App);
        var task = await MonitoringSeed.TaskAsync(App, w, "Hằng tháng", w.Offices[0]);
        await MonitoringSeed.UpdateAsync(App, task, TaskProgressState.InProgress, new DateTimeOffset(2026, 9, 5, 16, 50, 0, TimeSpan.Zero));
        await MonitoringSeed.UpdateAsync(App, task, TaskProgressState.InProgress, new DateTimeOffset(2026, 9, 5, 17, 0, 0, TimeSpan.Zero)); // 00:00 today
        await MonitoringSeed.UpdateAsync(App, task, TaskProgressState.InProgress, now, result: "Lần thứ ba");

        // Each save left today's other updates out of its reading; the kept status is the one all the updates give.
        async Task SameAsFromEveryUpdateAsync(Core.Monitoring.PlanTaskStatus expected)
        {
            var (kept, full) = await App.WithDbAsync(async db =>
            {
                var settings = App.Services.GetRequiredService<MonitoringSettings>();
                var today = Core.Monitoring.VietnamTime.Today(App.Clock);
                var tasks = await db.Tasks.AsNoTracking().Where(t => t.Id == task).ToListAsync();
                var all = await db.TaskUpdates.AsNoTracking().Where(u => u.TaskId == task)
                    .Select(u => new TaskStatuses.UpdateFact(u.TaskId, u.At, u.State, u.CompletedOn)).ToListAsync();
                var fresh = TaskStatusStore.Snapshot(TaskStatuses.Evaluate(tasks[0], all, today, settings), today, settings);
                return (await db.TaskStatusSnapshots.AsNoTracking().SingleAsync(s => s.TaskId == task), fresh);
            });
            (kept.Status, kept.DueDate, kept.ValidUntil).ShouldBe((full.Status, full.DueDate, full.ValidUntil));
            kept.Status.ShouldBe(expected);
        }

        await SameAsFromEveryUpdateAsync(Core.Monitoring.PlanTaskStatus.InProgress); // August kept by yesterday's update

        // A completion earlier today is still read after later updates of the same day (a recurring task goes on).
        await MonitoringSeed.UpdateAsync(App, task, TaskProgressState.Done, now.AddMinutes(1), new DateOnly(2026, 9, 6));
        await MonitoringSeed.UpdateAsync(App, task, TaskProgressState.InProgress, now.AddMinutes(2));
        await SameAsFromEveryUpdateAsync(Core.Monitoring.PlanTaskStatus.InProgress);

        // Without yesterday's update August was missed: today's updates, however many, do not make up for it.
        var missed = await MonitoringSeed.TaskAsync(App, w, "Hằng tháng", w.Offices[0], "2");
        await MonitoringSeed.UpdateAsync(App, missed, TaskProgressState.InProgress, new DateTimeOffset(2026, 9, 5, 17, 0, 0, TimeSpan.Zero));
        await MonitoringSeed.UpdateAsync(App, missed, TaskProgressState.InProgress, now);
        var status = await App.WithDbAsync(db => db.TaskStatusSnapshots.AsNoTracking().Where(s => s.TaskId == missed).Select(s => s.Status).SingleAsync());
        status.ShouldBe(Core.Monitoring.PlanTaskStatus.Overdue);
    }
}

public sealed class TaskStatusTests_Sqlite(SqliteWebApp app) : TaskStatusTests(app), IClassFixture<SqliteWebApp>;

public sealed class TaskStatusTests_Postgres(PostgresWebApp app) : TaskStatusTests(app), IClassFixture<PostgresWebApp>;
