using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SauRo.Core.Plans;
using SauRo.Data.Entities;
using SauRo.Features.Accounts;
using SauRo.Features.Import;

namespace SauRo.Tests.Web;

/// <summary>Rows for the monitoring tests: a commune with its offices, a plan of 2026, tasks with the deadlines asked for.</summary>
public static class MonitoringSeed
{
    public sealed record World(Unit Commune, List<Unit> Offices, int PlanId);

    /// <summary>A new commune with the usual offices and an empty plan of 2026.</summary>
    public static async Task<World> CommuneAsync(WebAppFixture app)
    {
        var (_, commune, offices) = await app.NewCommuneAsync();
        var planId = await app.WithDbAsync(async db =>
        {
            var now = app.Clock.GetUtcNow();
            var plan = new Plan { UnitId = commune.Id, Number = "12/KH-BCĐ", Title = "Kế hoạch chuyển đổi số năm 2026", Year = 2026, IssuedOn = "2026-01-10", SearchKey = string.Empty, CreatedAt = now, UpdatedAt = now };
            plan.SearchKey = PlanMapping.PlanSearchKey(plan);
            db.Plans.Add(plan);
            await db.SaveChangesAsync();
            return plan.Id;
        });
        return new World(commune, offices, planId);
    }

    /// <summary>A task of the plan led by <paramref name="lead"/>, its deadline read with the plan's year; created at <paramref name="createdAt"/> (default 01/01/2026).</summary>
    public static Task<int> TaskAsync(WebAppFixture app, World world, string due, Unit lead, string ordinal = "1", DateTimeOffset? createdAt = null) =>
        app.WithDbAsync(async db =>
        {
            var at = createdAt ?? new DateTimeOffset(2026, 1, 1, 1, 0, 0, TimeSpan.Zero);
            var task = new PlanTask
            {
                PlanId = world.PlanId,
                Position = int.Parse(ordinal, CultureInfo.InvariantCulture),
                Ordinal = ordinal,
                Content = $"Nhiệm vụ {ordinal}: số hóa hồ sơ một cửa",
                Accountable = "Trưởng phòng",
                AccountableExpected = true,
                Product = "Báo cáo",
                DueText = string.Empty,
                DueKind = string.Empty,
                SearchKey = string.Empty,
                CreatedAt = at,
                UpdatedAt = at,
            };
            PlanMapping.SetDue(task, DeadlineParser.Parse(due, 2026));
            task.Units.Add(new TaskUnit { Role = TaskUnitRole.Lead, Position = 0, Name = lead.Name, UnitId = lead.Id });
            task.Bases.Add(new TaskBasis { Position = 0, Text = "Kế hoạch 35/KH-UBND" });
            task.SearchKey = PlanMapping.TaskSearchKey(task);
            db.Tasks.Add(task);
            await db.SaveChangesAsync();
            return task.Id;
        });

    /// <summary>An update stored directly (as of <paramref name="at"/>), optionally carried by a report.</summary>
    public static Task<int> UpdateAsync(WebAppFixture app, int taskId, TaskProgressState state, DateTimeOffset at, DateOnly? completedOn = null, int? reportId = null, string? result = null) =>
        app.WithDbAsync(async db =>
        {
            var update = new TaskUpdate
            {
                TaskId = taskId,
                UserId = "seed",
                UserName = "nguoi-nhap",
                At = at,
                State = state,
                PercentDone = state == TaskProgressState.Done ? 100 : 40,
                CompletedOn = completedOn,
                Result = result,
                ReportId = reportId,
            };
            db.TaskUpdates.Add(update);
            await db.SaveChangesAsync();
            return update.Id;
        });

    /// <summary>A monthly report of an office in the given state (its duty created for it).</summary>
    public static Task<int> ReportAsync(WebAppFixture app, World world, Unit office, ReportState state) => app.WithDbAsync(async db =>
    {
        var duty = new PlanReportingDuty { PlanId = world.PlanId, FromParty = "Offices", ToText = "Phòng Văn hóa - Xã hội", Frequency = "Monthly", DueDay = 5, Text = "Báo cáo tháng" };
        db.PlanReportingDuties.Add(duty);
        await db.SaveChangesAsync();
        var report = new Report { PlanId = world.PlanId, DutyId = duty.Id, UnitId = office.Id, Frequency = "Monthly", PeriodKey = "2026-M05", DueDate = new DateOnly(2026, 6, 5), State = state };
        db.Reports.Add(report);
        await db.SaveChangesAsync();
        return report.Id;
    });

    public static async Task<(HttpClient Client, string UserName)> SignInAsync(WebAppFixture app, string role, int unitId)
    {
        var name = await app.NewUserAsync(role, unitId);
        return (await app.SignedInClientAsync(name), name);
    }

    /// <summary>A bearer client of a new account.</summary>
    public static async Task<HttpClient> ApiClientAsync(WebAppFixture app, string role, int unitId)
    {
        var name = await app.NewUserAsync(role, unitId);
        var client = app.CreateClient();
        var login = await client.PostAsJsonAsync("/api/v1/auth/login", new { userName = name, password = WebAppFixture.Password });
        using var json = JsonDocument.Parse(await login.Content.ReadAsStringAsync());
        client.DefaultRequestHeaders.Authorization = new("Bearer", json.RootElement.GetProperty("accessToken").GetString());
        return client;
    }

    public static Task<List<TaskUpdate>> UpdatesAsync(WebAppFixture app, int taskId) =>
        app.WithDbAsync(db => db.TaskUpdates.AsNoTracking().Where(u => u.TaskId == taskId).OrderBy(u => u.Id).ToListAsync());

    /// <summary>Vietnam time of day as a UTC instant: At(2026, 7, 1, 8) is 08:00 in Vietnam on 01/07/2026.</summary>
    public static DateTimeOffset Vn(int year, int month, int day, int hour = 9) => new(year, month, day, hour, 0, 0, TimeSpan.FromHours(7));
}

/// <summary>Progress updates on the task page: filed by the lead office, validated in Vietnamese, shown newest first, locked by an approved report; and the API.</summary>
public abstract class TaskUpdateTests(WebAppFixture app) : WebTest(app)
{
    private static Dictionary<string, string> Form(string state, string percent = "", string completedOn = "", string result = "", string evidenceNumber = "", string evidenceDate = "") => new()
    {
        ["Update.State"] = state,
        ["Update.PercentDone"] = percent,
        ["Update.CompletedOn"] = completedOn,
        ["Update.Result"] = result,
        ["Update.EvidenceNumber"] = evidenceNumber,
        ["Update.EvidenceDate"] = evidenceDate,
        ["Update.Difficulties"] = string.Empty,
        ["Update.Proposals"] = string.Empty,
    };

    private static Task<HttpResponseMessage> PostUpdateAsync(HttpClient client, int taskId, Dictionary<string, string> form, string? formPage = null) =>
        WebAppFixture.PostFormAsync(client, $"/Tasks/{taskId}/Updates/New", form, formPage ?? $"/Tasks/{taskId}");

    [Fact]
    public async Task NewUpdate_LeadOfficeOfficer_IsSavedAndShownNewestFirstWithWhoAndWhen()
    {
        App.Clock.Set(MonitoringSeed.Vn(2026, 7, 10, 9));
        var w = await MonitoringSeed.CommuneAsync(App);
        var task = await MonitoringSeed.TaskAsync(App, w, "Quý III/2026", w.Offices[0]);
        var (client, user) = await MonitoringSeed.SignInAsync(App, Roles.OfficeOfficer, w.Offices[0].Id);

        var page = await client.GetStringAsync($"/Tasks/{task}");
        page.ShouldContain("Cập nhật tiến độ");
        page.ShouldContain("value=\"10/07/2026\"");

        var first = await PostUpdateAsync(client, task, Form("InProgress", "40", result: "Đã số hóa 400 hồ sơ", evidenceNumber: "15/BC-VHXH", evidenceDate: "05/07/2026"));
        first.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        first.Headers.Location!.OriginalString.ShouldBe($"/Tasks/{task}#updates");
        App.Clock.Set(MonitoringSeed.Vn(2026, 7, 10, 15));
        (await PostUpdateAsync(client, task, Form("Done", "70", completedOn: "08/07/2026", result: "Hoàn thành số hóa"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var updates = await MonitoringSeed.UpdatesAsync(App, task);
        updates.Count.ShouldBe(2);
        updates[0].State.ShouldBe(TaskProgressState.InProgress);
        updates[0].PercentDone.ShouldBe(40);
        updates[0].CompletedOn.ShouldBeNull();
        updates[0].EvidenceNumber.ShouldBe("15/BC-VHXH");
        updates[0].EvidenceDate.ShouldBe(new DateOnly(2026, 7, 5));
        updates[0].OfficeId.ShouldBe(w.Offices[0].Id);
        updates[0].UserName.ShouldBe(user);
        updates[0].At.ShouldBe(MonitoringSeed.Vn(2026, 7, 10, 9));
        updates[1].State.ShouldBe(TaskProgressState.Done);
        updates[1].PercentDone.ShouldBe(100);
        updates[1].CompletedOn.ShouldBe(new DateOnly(2026, 7, 8));
        await AuditAssert.HasEntryAsync(App, "TaskUpdate", updates[0].Id, AuditAction.Create, user);
        await AuditAssert.HasEntryAsync(App, "TaskUpdate", updates[1].Id, AuditAction.Create, user);

        var html = await client.GetStringAsync($"/Tasks/{task}");
        html.IndexOf("Hoàn thành số hóa", StringComparison.Ordinal).ShouldBeLessThan(html.IndexOf("Đã số hóa 400 hồ sơ", StringComparison.Ordinal));
        html.ShouldContain("10/07/2026 15:00");
        html.ShouldContain("10/07/2026 09:00");
        html.ShouldContain($"{user}<span> ({w.Offices[0].Name})</span>");
        html.ShouldContain("hoàn thành ngày 08/07/2026");
        html.ShouldContain("15/BC-VHXH");
        html.ShouldContain("data-status=\"done-on-time\"");
    }

    [Fact]
    public async Task NewUpdate_StandingOfficer_MayFileForAnyTaskOfTheCommune()
    {
        App.Clock.Set(MonitoringSeed.Vn(2026, 7, 10));
        var w = await MonitoringSeed.CommuneAsync(App);
        var task = await MonitoringSeed.TaskAsync(App, w, "Quý III/2026", w.Offices[2]);
        var (client, _) = await MonitoringSeed.SignInAsync(App, Roles.StandingOfficer, w.Commune.Id);

        (await PostUpdateAsync(client, task, Form("InProgress", "10"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var update = (await MonitoringSeed.UpdatesAsync(App, task)).ShouldHaveSingleItem();
        update.OfficeId.ShouldBeNull();
    }

    [Fact]
    public async Task NewUpdate_OtherOfficeOrLeader_IsForbiddenAndWritesNothing_OtherCommuneIs404()
    {
        App.Clock.Set(MonitoringSeed.Vn(2026, 7, 10));
        var w = await MonitoringSeed.CommuneAsync(App);
        var task = await MonitoringSeed.TaskAsync(App, w, "Quý III/2026", w.Offices[0]);
        var (other, _) = await MonitoringSeed.SignInAsync(App, Roles.OfficeOfficer, w.Offices[1].Id);
        var (leader, _) = await MonitoringSeed.SignInAsync(App, Roles.Leader, w.Commune.Id);
        var elsewhere = await MonitoringSeed.CommuneAsync(App);
        var (stranger, _) = await MonitoringSeed.SignInAsync(App, Roles.StandingOfficer, elsewhere.Commune.Id);

        (await other.GetStringAsync($"/Tasks/{task}")).ShouldNotContain("Cập nhật tiến độ</summary>");
        foreach (var client in new[] { other, leader })
        {
            var response = await PostUpdateAsync(client, task, Form("Done", completedOn: "01/07/2026"), formPage: "/Account/Logout");
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
            response.Headers.Location!.OriginalString.ShouldContain("/Account/AccessDenied");
            (await client.GetAsync($"/Tasks/{task}/Updates/New")).Headers.Location!.OriginalString.ShouldContain("/Account/AccessDenied");
        }

        (await PostUpdateAsync(stranger, task, Form("Done", completedOn: "01/07/2026"), formPage: "/Account/Logout")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await stranger.GetAsync($"/Tasks/{task}/Updates/New")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await MonitoringSeed.UpdatesAsync(App, task)).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("", "", "", "", "Hãy chọn tình trạng thực hiện")]
    [InlineData("Chạy", "", "", "", "Hãy chọn tình trạng thực hiện")]
    [InlineData("InProgress", "120", "", "", "Tỷ lệ hoàn thành là số nguyên từ 0 đến 100.")]
    [InlineData("InProgress", "bốn mươi", "", "", "Tỷ lệ hoàn thành là số nguyên từ 0 đến 100.")]
    [InlineData("InProgress", "-5", "", "", "Tỷ lệ hoàn thành là số nguyên từ 0 đến 100.")]
    [InlineData("Done", "", "", "", "Đã hoàn thành thì hãy nhập ngày hoàn thành (dd/MM/yyyy).")]
    [InlineData("Done", "", "2026-07-01", "", "Ngày hoàn thành không đúng dạng dd/MM/yyyy (ví dụ 30/06/2026).")]
    [InlineData("Done", "", "31/06/2026", "", "Ngày hoàn thành không đúng dạng dd/MM/yyyy (ví dụ 30/06/2026).")]
    [InlineData("Done", "", "11/07/2026", "", "Ngày hoàn thành không được sau hôm nay (10/07/2026).")]
    [InlineData("InProgress", "20", "", "32/13/2026", "Ngày văn bản không đúng dạng dd/MM/yyyy (ví dụ 30/06/2026).")]
    [InlineData("InProgress", "20", "", "12/07/2026", "Ngày văn bản không được sau hôm nay (10/07/2026).")]
    public async Task NewUpdate_InvalidInput_ShowsTheVietnameseMessageAndWritesNothing(string state, string percent, string completedOn, string evidenceDate, string message)
    {
        App.Clock.Set(MonitoringSeed.Vn(2026, 7, 10));
        var w = await MonitoringSeed.CommuneAsync(App);
        var task = await MonitoringSeed.TaskAsync(App, w, "Quý III/2026", w.Offices[0]);
        var (client, _) = await MonitoringSeed.SignInAsync(App, Roles.OfficeOfficer, w.Offices[0].Id);

        var response = await PostUpdateAsync(client, task, Form(state, percent, completedOn, evidenceDate: evidenceDate));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync())).ShouldContain(message);
        (await MonitoringSeed.UpdatesAsync(App, task)).ShouldBeEmpty();
    }

    [Fact]
    public async Task NewUpdate_TooLongTexts_AreRefusedInVietnamese()
    {
        App.Clock.Set(MonitoringSeed.Vn(2026, 7, 10));
        var w = await MonitoringSeed.CommuneAsync(App);
        var task = await MonitoringSeed.TaskAsync(App, w, "Quý III/2026", w.Offices[0]);
        var (client, _) = await MonitoringSeed.SignInAsync(App, Roles.OfficeOfficer, w.Offices[0].Id);

        var response = await PostUpdateAsync(client, task, Form("InProgress", "20", result: new string('a', 4001), evidenceNumber: new string('1', 101)));

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        html.ShouldContain("Kết quả dài quá 4.000 ký tự.");
        html.ShouldContain("Số văn bản dài quá 100 ký tự.");
        (await MonitoringSeed.UpdatesAsync(App, task)).ShouldBeEmpty();
    }

    [Fact]
    public async Task NewUpdate_AtMidnightInVietnamWhileUtcIsTheDayBefore_DefaultsToTheVietnameseDay()
    {
        // 2026-06-30T17:30Z is 01/07/2026 00:30 in Vietnam: the form proposes 01/07/2026, and a task due 30/06/2026
        // completed that day is done late.
        App.Clock.Set(new DateTimeOffset(2026, 6, 30, 17, 30, 0, TimeSpan.Zero));
        var w = await MonitoringSeed.CommuneAsync(App);
        var task = await MonitoringSeed.TaskAsync(App, w, "Trước ngày 30/6/2026", w.Offices[0]);
        var (client, _) = await MonitoringSeed.SignInAsync(App, Roles.OfficeOfficer, w.Offices[0].Id);

        var form = await client.GetStringAsync($"/Tasks/{task}");
        form.ShouldContain("name=\"Update.CompletedOn\" value=\"01/07/2026\"");
        form.ShouldContain("data-status=\"overdue\"");

        (await PostUpdateAsync(client, task, Form("Done", completedOn: "01/07/2026"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        (await MonitoringSeed.UpdatesAsync(App, task)).ShouldHaveSingleItem().CompletedOn.ShouldBe(new DateOnly(2026, 7, 1));
        var html = await client.GetStringAsync($"/Tasks/{task}");
        html.ShouldContain("data-status=\"done-late\"");
        html.ShouldContain("trễ 1 ngày (hạn 30/06/2026)");
    }

    [Fact]
    public async Task EditAndDelete_OwnOfficeUpdate_ChangesAndRemovesWithAuditRows()
    {
        App.Clock.Set(MonitoringSeed.Vn(2026, 7, 10));
        var w = await MonitoringSeed.CommuneAsync(App);
        var task = await MonitoringSeed.TaskAsync(App, w, "Quý III/2026", w.Offices[0]);
        var id = await MonitoringSeed.UpdateAsync(App, task, TaskProgressState.InProgress, MonitoringSeed.Vn(2026, 7, 1), result: "Bản đầu");
        var (client, user) = await MonitoringSeed.SignInAsync(App, Roles.OfficeOfficer, w.Offices[0].Id);

        (await client.GetStringAsync($"/Tasks/{task}")).ShouldContain($"href=\"/TaskUpdates/{id}/Edit\"");
        var edit = await WebAppFixture.PostFormAsync(client, $"/TaskUpdates/{id}/Edit", Form("InProgress", "55", result: "Bản đã sửa"));
        edit.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var saved = (await MonitoringSeed.UpdatesAsync(App, task)).ShouldHaveSingleItem();
        saved.Result.ShouldBe("Bản đã sửa");
        saved.PercentDone.ShouldBe(55);
        saved.At.ShouldBe(MonitoringSeed.Vn(2026, 7, 1));
        var audit = await AuditAssert.HasEntryAsync(App, "TaskUpdate", id, AuditAction.Update, user);
        AuditAssert.Before(audit)["Result"].ShouldBe("Bản đầu");
        AuditAssert.After(audit)["Result"].ShouldBe("Bản đã sửa");

        var delete = await WebAppFixture.PostFormAsync(client, $"/TaskUpdates/{id}/Delete", []);
        delete.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await MonitoringSeed.UpdatesAsync(App, task)).ShouldBeEmpty();
        await AuditAssert.HasEntryAsync(App, "TaskUpdate", id, AuditAction.Delete, user);
    }

    [Fact]
    public async Task EditAndDelete_AnotherOffice_IsForbidden_AnotherCommuneIs404()
    {
        App.Clock.Set(MonitoringSeed.Vn(2026, 7, 10));
        var w = await MonitoringSeed.CommuneAsync(App);
        var task = await MonitoringSeed.TaskAsync(App, w, "Quý III/2026", w.Offices[0]);
        var id = await MonitoringSeed.UpdateAsync(App, task, TaskProgressState.InProgress, MonitoringSeed.Vn(2026, 7, 1), result: "Bản đầu");
        var (other, _) = await MonitoringSeed.SignInAsync(App, Roles.OfficeOfficer, w.Offices[1].Id);
        var elsewhere = await MonitoringSeed.CommuneAsync(App);
        var (stranger, _) = await MonitoringSeed.SignInAsync(App, Roles.StandingOfficer, elsewhere.Commune.Id);

        (await other.GetStringAsync($"/Tasks/{task}")).ShouldNotContain($"/TaskUpdates/{id}/Edit");
        var edit = await WebAppFixture.PostFormAsync(other, $"/TaskUpdates/{id}/Edit", Form("InProgress", "90", result: "Sửa trộm"), "/Account/Logout");
        edit.Headers.Location!.OriginalString.ShouldContain("/Account/AccessDenied");
        var delete = await WebAppFixture.PostFormAsync(other, $"/TaskUpdates/{id}/Delete", [], "/Account/Logout");
        delete.Headers.Location!.OriginalString.ShouldContain("/Account/AccessDenied");
        (await WebAppFixture.PostFormAsync(stranger, $"/TaskUpdates/{id}/Delete", [], "/Account/Logout")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await stranger.GetAsync($"/TaskUpdates/{id}/Edit")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        (await MonitoringSeed.UpdatesAsync(App, task)).ShouldHaveSingleItem().Result.ShouldBe("Bản đầu");
        await AuditAssert.HasNoEntryAsync(App, "TaskUpdate", id, AuditAction.Update);
        await AuditAssert.HasNoEntryAsync(App, "TaskUpdate", id, AuditAction.Delete);
    }

    [Fact]
    public async Task LockedUpdate_OfAnApprovedReport_CannotBeEditedOrDeleted_ButOneOfASubmittedReportCan()
    {
        App.Clock.Set(MonitoringSeed.Vn(2026, 7, 10));
        var w = await MonitoringSeed.CommuneAsync(App);
        var task = await MonitoringSeed.TaskAsync(App, w, "Quý III/2026", w.Offices[0]);
        var approved = await MonitoringSeed.ReportAsync(App, w, w.Offices[0], ReportState.Approved);
        var submitted = await MonitoringSeed.ReportAsync(App, w, w.Offices[0], ReportState.Submitted);
        var locked = await MonitoringSeed.UpdateAsync(App, task, TaskProgressState.InProgress, MonitoringSeed.Vn(2026, 6, 1), reportId: approved, result: "Đã duyệt");
        var open = await MonitoringSeed.UpdateAsync(App, task, TaskProgressState.InProgress, MonitoringSeed.Vn(2026, 7, 1), reportId: submitted, result: "Chờ duyệt");
        var (client, _) = await MonitoringSeed.SignInAsync(App, Roles.StandingOfficer, w.Commune.Id);

        var html = await client.GetStringAsync($"/Tasks/{task}");
        html.ShouldNotContain($"/TaskUpdates/{locked}/Edit");
        html.ShouldContain($"/TaskUpdates/{open}/Edit");
        html.ShouldContain("Đã khóa");
        (await client.GetStringAsync($"/TaskUpdates/{locked}/Edit")).ShouldContain("Cập nhật này thuộc báo cáo đã được duyệt nên không sửa hay xóa được.");

        var edit = await WebAppFixture.PostFormAsync(client, $"/TaskUpdates/{locked}/Edit", Form("Done", completedOn: "01/07/2026", result: "Sửa sau duyệt"), $"/Tasks/{task}");
        edit.StatusCode.ShouldBe(HttpStatusCode.OK);
        WebUtility.HtmlDecode(await edit.Content.ReadAsStringAsync()).ShouldContain("Cập nhật này thuộc báo cáo đã được duyệt nên không sửa hay xóa được.");
        var delete = await WebAppFixture.PostFormAsync(client, $"/TaskUpdates/{locked}/Delete", [], $"/Tasks/{task}");
        delete.StatusCode.ShouldBe(HttpStatusCode.OK);

        var rows = await MonitoringSeed.UpdatesAsync(App, task);
        rows.Single(u => u.Id == locked).Result.ShouldBe("Đã duyệt");
        await AuditAssert.HasNoEntryAsync(App, "TaskUpdate", locked, AuditAction.Update);
        await AuditAssert.HasNoEntryAsync(App, "TaskUpdate", locked, AuditAction.Delete);
        (await WebAppFixture.PostFormAsync(client, $"/TaskUpdates/{open}/Edit", Form("InProgress", "60", result: "Đã sửa trước duyệt"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await MonitoringSeed.UpdatesAsync(App, task)).Single(u => u.Id == open).Result.ShouldBe("Đã sửa trước duyệt");
    }

    [Fact]
    public async Task Api_PostAndGet_FileAnUpdateAndListNewestFirst()
    {
        App.Clock.Set(MonitoringSeed.Vn(2026, 7, 10, 10));
        var w = await MonitoringSeed.CommuneAsync(App);
        var task = await MonitoringSeed.TaskAsync(App, w, "Quý III/2026", w.Offices[0]);
        await MonitoringSeed.UpdateAsync(App, task, TaskProgressState.InProgress, MonitoringSeed.Vn(2026, 7, 1), result: "Lần trước");
        var client = await MonitoringSeed.ApiClientAsync(App, Roles.OfficeOfficer, w.Offices[0].Id);

        var created = await client.PostAsJsonAsync($"/api/v1/tasks/{task}/updates", new { state = "done", result = "Xong qua API", evidenceNumber = "20/BC-VHXH", evidenceDate = "2026-07-09" });

        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        using (var body = JsonDocument.Parse(await created.Content.ReadAsStringAsync()))
        {
            var root = body.RootElement;
            root.GetProperty("state").GetString().ShouldBe("done");
            root.GetProperty("stateLabel").GetString().ShouldBe("Đã hoàn thành");
            root.GetProperty("percentDone").GetInt32().ShouldBe(100);
            root.GetProperty("completedOn").GetString().ShouldBe("2026-07-10");
            root.GetProperty("officeName").GetString().ShouldBe(w.Offices[0].Name);
            root.GetProperty("locked").GetBoolean().ShouldBeFalse();
        }

        var list = await client.GetFromJsonAsync<JsonElement>($"/api/v1/tasks/{task}/updates");
        list.GetArrayLength().ShouldBe(2);
        list[0].GetProperty("result").GetString().ShouldBe("Xong qua API");
        list[1].GetProperty("result").GetString().ShouldBe("Lần trước");
        var id = list[0].GetProperty("id").GetInt32();
        await AuditAssert.HasEntryAsync(App, "TaskUpdate", id, AuditAction.Create);
    }

    [Theory]
    [InlineData("Quý III/2026")]
    [InlineData("Thường xuyên")]
    public async Task Api_FilingAnUpdate_RunsFewSqlCommands_AndAnswersWhatWasStored(string due)
    {
        App.Clock.Set(MonitoringSeed.Vn(2026, 7, 10, 10).AddTicks(1234567));
        var w = await MonitoringSeed.CommuneAsync(App);
        var task = await MonitoringSeed.TaskAsync(App, w, due, w.Offices[0]);
        for (var day = 1; day <= 5; day++)
        {
            await MonitoringSeed.UpdateAsync(App, task, TaskProgressState.InProgress, MonitoringSeed.Vn(2026, 7, day), result: $"Lần {day}");
        }

        var client = await MonitoringSeed.ApiClientAsync(App, Roles.OfficeOfficer, w.Offices[0].Id);
        (await client.PostAsJsonAsync($"/api/v1/tasks/{task}/updates", new { state = "inProgress", percentDone = 10 })).StatusCode.ShouldBe(HttpStatusCode.Created);

        var before = App.SqlCommands.Count;
        var created = await client.PostAsJsonAsync($"/api/v1/tasks/{task}/updates", new { state = "inProgress", percentDone = 20, result = "Lần thứ hai qua API" });
        var commands = App.SqlCommands.Since(before);

        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        // The request: where the task's plan sits, with its lead offices (the session and the user's unit are checked
        // from memory). The writer (for the whole batch): the tasks with their plans; the updates the status rule needs; the
        // status snapshots; the insert of the update with the snapshot's change; the audit entry.
        commands.Count.ShouldBeLessThanOrEqualTo(6, string.Join("\n---\n", commands));
        commands.ShouldNotContain(c => SqlShapes.JoinsInsideLeftJoinedSubquery(c), "a join in a subquery on the right of a LEFT JOIN: SQLite builds it whole, for every task of the country");
        var answer = await created.Content.ReadAsStringAsync();
        var listed = await client.GetFromJsonAsync<JsonElement>($"/api/v1/tasks/{task}/updates");
        using var body = JsonDocument.Parse(answer);
        body.RootElement.GetRawText().ShouldBe(listed[0].GetRawText());
    }

    [Fact]
    public async Task Api_InvalidBody_Is400InVietnamese_ForbiddenIs403_InvisibleIs404_NothingWritten()
    {
        App.Clock.Set(MonitoringSeed.Vn(2026, 7, 10));
        var w = await MonitoringSeed.CommuneAsync(App);
        var task = await MonitoringSeed.TaskAsync(App, w, "Quý III/2026", w.Offices[0]);
        var own = await MonitoringSeed.ApiClientAsync(App, Roles.OfficeOfficer, w.Offices[0].Id);
        var other = await MonitoringSeed.ApiClientAsync(App, Roles.OfficeOfficer, w.Offices[1].Id);
        var elsewhere = await MonitoringSeed.CommuneAsync(App);
        var stranger = await MonitoringSeed.ApiClientAsync(App, Roles.StandingOfficer, elsewhere.Commune.Id);

        var invalid = await own.PostAsJsonAsync($"/api/v1/tasks/{task}/updates", new { state = "xong", percentDone = 150, completedOn = "2026-07-11" });
        invalid.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await invalid.Content.ReadAsStringAsync();
        problem.ShouldContain("Hãy chọn tình trạng thực hiện");
        problem.ShouldContain("Tỷ lệ hoàn thành là số nguyên từ 0 đến 100.");
        var future = await own.PostAsJsonAsync($"/api/v1/tasks/{task}/updates", new { state = "done", completedOn = "2026-07-11" });
        (await future.Content.ReadAsStringAsync()).ShouldContain("Ngày hoàn thành không được sau hôm nay (10/07/2026).");

        (await other.PostAsJsonAsync($"/api/v1/tasks/{task}/updates", new { state = "inProgress", percentDone = 10 })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await stranger.PostAsJsonAsync($"/api/v1/tasks/{task}/updates", new { state = "inProgress", percentDone = 10 })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await stranger.GetAsync($"/api/v1/tasks/{task}/updates")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.GetAsync($"/api/v1/tasks/{task}/updates")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await MonitoringSeed.UpdatesAsync(App, task)).ShouldBeEmpty();
    }

    [Fact]
    public async Task OpenApi_DescribesTheUpdateEndpointsInVietnamese()
    {
        var json = await App.CreateClient().GetStringAsync("/openapi/v1.json");

        json.ShouldContain("/api/v1/tasks/{id}/updates");
        json.ShouldContain("Cập nhật tiến độ nhiệm vụ");
        json.ShouldContain("Các lần cập nhật tiến độ của nhiệm vụ");
        json.ShouldContain("notStarted (chưa thực hiện)");
    }
}

public sealed class TaskUpdateTests_Sqlite(SqliteWebApp app) : TaskUpdateTests(app), IClassFixture<SqliteWebApp>;

public sealed class TaskUpdateTests_Postgres(PostgresWebApp app) : TaskUpdateTests(app), IClassFixture<PostgresWebApp>;
