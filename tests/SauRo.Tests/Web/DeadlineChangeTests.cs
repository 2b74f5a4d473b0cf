using System.Net;
using Microsoft.EntityFrameworkCore;
using SauRo.Data.Entities;
using SauRo.Features.Accounts;

namespace SauRo.Tests.Web;

/// <summary>
/// Deadline changes: the lead office asks with a reason (the new text read with the plan's year, refused when not
/// understood), one pending request per task, the leader approves (the task's deadline in force changes, the original
/// stays) or rejects with a note; every change is shown on the task page.
/// </summary>
public abstract class DeadlineChangeTests(WebAppFixture app) : WebTest(app)
{
    private static Task<HttpResponseMessage> RequestAsync(HttpClient client, int task, string text, string reason, string? formPage = null) =>
        WebAppFixture.PostFormAsync(client, $"/Tasks/{task}/DeadlineChange", new() { ["Change.Text"] = text, ["Change.Reason"] = reason }, formPage);

    private static Task<HttpResponseMessage> DecideAsync(HttpClient client, int change, string handler, string note, string? returnTo = null, string formPage = "/DeadlineChanges") =>
        WebAppFixture.PostFormAsync(client, $"/DeadlineChanges?handler={handler}",
            new() { ["changeId"] = $"{change}", ["note"] = note, ["returnTo"] = returnTo ?? string.Empty }, formPage);

    private Task<List<DeadlineChange>> ChangesAsync(int task) =>
        App.WithDbAsync(db => db.DeadlineChanges.AsNoTracking().Where(c => c.TaskId == task).OrderBy(c => c.Id).ToListAsync());

    private Task<PlanTask> TaskAsync(int id) => App.WithDbAsync(db => db.Tasks.AsNoTracking().SingleAsync(t => t.Id == id));

    private async Task<(MonitoringSeed.World World, int Task)> SetupAsync()
    {
        App.Clock.Set(MonitoringSeed.Vn(2026, 10, 5));
        var w = await MonitoringSeed.CommuneAsync(App);
        return (w, await MonitoringSeed.TaskAsync(App, w, "Quý III/2026", w.Offices[0]));
    }

    [Fact]
    public async Task Request_LeadOffice_ShowsTheNewDeadlineAsUnderstoodAndWaitsForTheLeader()
    {
        var (w, task) = await SetupAsync();
        var (client, user) = await MonitoringSeed.SignInAsync(App, Roles.OfficeOfficer, w.Offices[0].Id);

        (await client.GetStringAsync($"/Tasks/{task}")).ShouldContain("Đề nghị điều chỉnh thời hạn</summary>");
        var preview = WebUtility.HtmlDecode(await client.GetStringAsync($"/Tasks/{task}/DeadlineChange?handler=Preview&Change.Text=Qu%C3%BD+IV"));
        preview.ShouldContain("Hiểu là: Trong quý IV/2026 (01/10/2026–31/12/2026)");

        var response = await RequestAsync(client, task, "Quý IV", "Chờ kinh phí tỉnh cấp trong tháng 10");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldBe($"/Tasks/{task}#deadline-changes");
        var change = (await ChangesAsync(task)).ShouldHaveSingleItem();
        change.State.ShouldBe(ChangeState.Pending);
        change.FromText.ShouldBe("Quý III/2026");
        change.ToText.ShouldBe("Quý IV");
        change.ToKind.ShouldBe("Quarter");
        change.ToStart.ShouldBe(new DateOnly(2026, 10, 1));
        change.ToEnd.ShouldBe(new DateOnly(2026, 12, 31));
        change.RequestedBy.ShouldBe(user);
        change.RequestedAt.ShouldBe(App.Clock.GetUtcNow());
        await AuditAssert.HasEntryAsync(App, "DeadlineChange", change.Id, AuditAction.Create, user);
        (await TaskAsync(task)).AdjustedDueText.ShouldBeNull();

        var html = await client.GetStringAsync($"/Tasks/{task}");
        html.ShouldContain("Chờ duyệt");
        html.ShouldContain("Đang có đề nghị điều chỉnh thời hạn chờ lãnh đạo duyệt.");
        html.ShouldNotContain("Đề nghị điều chỉnh thời hạn</summary>");
    }

    [Theory]
    [InlineData("Theo tiến độ của tỉnh", "Lý do", "Không hiểu thời hạn mới «Theo tiến độ của tỉnh»: không nhận ra dạng thời hạn. Hãy ghi rõ ngày, tháng hoặc quý, ví dụ «30/9/2026», «Tháng 9/2026», «Quý III/2026».")]
    [InlineData("31/02/2026", "Lý do", "Không hiểu thời hạn mới «31/02/2026»")]
    [InlineData("", "Lý do", "Hãy nhập thời hạn mới.")]
    [InlineData("Quý IV/2026", "  ", "Hãy nêu lý do đề nghị điều chỉnh thời hạn.")]
    [InlineData("Từ 01/07/2026 đến 30/09/2026", "Lý do", "Thời hạn mới giống thời hạn đang áp dụng (Trong quý III/2026 (01/07/2026–30/09/2026)).")]
    [InlineData("Trước ngày 30/9/2026", "Lý do", "Thời hạn mới giống thời hạn đang áp dụng")]
    public async Task Request_InvalidInput_IsRefusedInVietnameseAndNothingIsWritten(string text, string reason, string message)
    {
        var (w, task) = await SetupAsync();
        var (client, _) = await MonitoringSeed.SignInAsync(App, Roles.OfficeOfficer, w.Offices[0].Id);

        var response = await RequestAsync(client, task, text, reason);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()).ShouldContain(message);
        (await ChangesAsync(task)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Request_SecondWhileOneIsPending_IsRefused()
    {
        var (w, task) = await SetupAsync();
        var (client, _) = await MonitoringSeed.SignInAsync(App, Roles.StandingOfficer, w.Commune.Id);
        (await RequestAsync(client, task, "Quý IV/2026", "Lần một")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var second = await RequestAsync(client, task, "Tháng 11/2026", "Lần hai");

        second.StatusCode.ShouldBe(HttpStatusCode.OK);
        WebUtility.HtmlDecode(await second.Content.ReadAsStringAsync()).ShouldContain("Nhiệm vụ đang có một đề nghị điều chỉnh thời hạn chờ duyệt");
        (await ChangesAsync(task)).ShouldHaveSingleItem().Reason.ShouldBe("Lần một");
    }

    [Fact]
    public async Task Request_OtherOfficeAndLeaderAreForbidden_OtherCommuneIs404()
    {
        var (w, task) = await SetupAsync();
        var (other, _) = await MonitoringSeed.SignInAsync(App, Roles.OfficeOfficer, w.Offices[1].Id);
        var (leader, _) = await MonitoringSeed.SignInAsync(App, Roles.Leader, w.Commune.Id);
        var elsewhere = await MonitoringSeed.CommuneAsync(App);
        var (stranger, _) = await MonitoringSeed.SignInAsync(App, Roles.StandingOfficer, elsewhere.Commune.Id);

        foreach (var client in new[] { other, leader })
        {
            var response = await RequestAsync(client, task, "Quý IV/2026", "Không được phép", "/Account/Logout");
            response.Headers.Location!.OriginalString.ShouldContain("/Account/AccessDenied");
        }

        (await RequestAsync(stranger, task, "Quý IV/2026", "Xã khác", "/Account/Logout")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await stranger.GetAsync($"/Tasks/{task}/DeadlineChange?handler=Preview&Change.Text=Qu%C3%BD+IV")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await ChangesAsync(task)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Approve_ByTheLeader_MakesTheNewDeadlineTheOneInForce_AndTheTaskPageKeepsEveryChange()
    {
        var (w, task) = await SetupAsync();
        var (office, officeUser) = await MonitoringSeed.SignInAsync(App, Roles.OfficeOfficer, w.Offices[0].Id);
        var (leader, leaderUser) = await MonitoringSeed.SignInAsync(App, Roles.Leader, w.Commune.Id);
        (await office.GetStringAsync($"/Tasks/{task}")).ShouldContain("data-status=\"overdue\"");
        await RequestAsync(office, task, "Quý IV/2026", "Chờ kinh phí");
        var first = (await ChangesAsync(task)).Single();

        (await leader.GetStringAsync("/DeadlineChanges")).ShouldContain($"data-change-id=\"{first.Id}\"");
        var approve = await DecideAsync(leader, first.Id, "Approve", "Đồng ý, hoàn thành trước 31/12", returnTo: "task", formPage: $"/Tasks/{task}");

        approve.Headers.Location!.OriginalString.ShouldBe($"/Tasks/{task}#deadline-changes");
        var approved = (await ChangesAsync(task)).Single();
        approved.State.ShouldBe(ChangeState.Approved);
        approved.DecidedBy.ShouldBe(leaderUser);
        approved.DecisionNote.ShouldBe("Đồng ý, hoàn thành trước 31/12");
        var adjusted = await TaskAsync(task);
        adjusted.DueText.ShouldBe("Quý III/2026");
        adjusted.AdjustedDueText.ShouldBe("Quý IV/2026");
        adjusted.AdjustedDueKind.ShouldBe("Quarter");
        adjusted.AdjustedDueEnd.ShouldBe(new DateOnly(2026, 12, 31));
        await AuditAssert.HasEntryAsync(App, "DeadlineChange", first.Id, AuditAction.Update, leaderUser);
        var taskAudit = await AuditAssert.HasEntryAsync(App, "PlanTask", task, AuditAction.Update, leaderUser);
        AuditAssert.After(taskAudit)["AdjustedDueText"].ShouldBe("Quý IV/2026");

        await RequestAsync(office, task, "Tháng 11/2026", "Muốn sớm hơn");
        var second = (await ChangesAsync(task)).Last();
        (await DecideAsync(leader, second.Id, "Reject", "Giữ quý IV")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await TaskAsync(task)).AdjustedDueText.ShouldBe("Quý IV/2026");

        var html = WebUtility.HtmlDecode(await office.GetStringAsync($"/Tasks/{task}"));
        html.ShouldContain("data-status=\"in-progress\"");
        html.ShouldContain("Thời hạn ban đầu</dt>\n        <dd>Quý III/2026");
        html.ShouldContain("Đang áp dụng</dt>\n            <dd>Quý IV/2026");
        html.ShouldContain("Quý III/2026 → <strong>Quý IV/2026</strong>");
        html.ShouldContain("Quý IV/2026 → <strong>Tháng 11/2026</strong>");
        html.ShouldContain($"{officeUser} đề nghị");
        html.ShouldContain("Lý do:</span> Chờ kinh phí");
        html.ShouldContain($"{leaderUser} quyết định");
        html.ShouldContain("Ý kiến:</span> Giữ quý IV");
        html.ShouldContain("Không duyệt");
    }

    [Fact]
    public async Task Decide_RejectWithoutNote_AlreadyDecided_AreRefusedInVietnamese()
    {
        var (w, task) = await SetupAsync();
        var (office, _) = await MonitoringSeed.SignInAsync(App, Roles.OfficeOfficer, w.Offices[0].Id);
        var (leader, _) = await MonitoringSeed.SignInAsync(App, Roles.Leader, w.Commune.Id);
        await RequestAsync(office, task, "Quý IV/2026", "Chờ kinh phí");
        var change = (await ChangesAsync(task)).Single();

        var noNote = await DecideAsync(leader, change.Id, "Reject", " ");
        noNote.StatusCode.ShouldBe(HttpStatusCode.OK);
        WebUtility.HtmlDecode(await noNote.Content.ReadAsStringAsync()).ShouldContain("Hãy ghi lý do không duyệt.");
        (await ChangesAsync(task)).Single().State.ShouldBe(ChangeState.Pending);

        await DecideAsync(leader, change.Id, "Approve", string.Empty);
        var again = await DecideAsync(leader, change.Id, "Reject", "Đổi ý", formPage: "/Account/Logout");
        WebUtility.HtmlDecode(await again.Content.ReadAsStringAsync()).ShouldContain("Đề nghị này đã được quyết định.");
        (await ChangesAsync(task)).Single().State.ShouldBe(ChangeState.Approved);
    }

    [Fact]
    public async Task Decide_StandingOfficerOrOfficeIsForbidden_LeaderOfAnotherCommuneGets404()
    {
        var (w, task) = await SetupAsync();
        var (standing, _) = await MonitoringSeed.SignInAsync(App, Roles.StandingOfficer, w.Commune.Id);
        var (office, _) = await MonitoringSeed.SignInAsync(App, Roles.OfficeOfficer, w.Offices[0].Id);
        var elsewhere = await MonitoringSeed.CommuneAsync(App);
        var (otherLeader, _) = await MonitoringSeed.SignInAsync(App, Roles.Leader, elsewhere.Commune.Id);
        await RequestAsync(standing, task, "Quý IV/2026", "Chờ kinh phí");
        var change = (await ChangesAsync(task)).Single();

        (await standing.GetStringAsync("/DeadlineChanges")).ShouldNotContain("name=\"changeId\"");
        foreach (var client in new[] { standing, office })
        {
            (await DecideAsync(client, change.Id, "Approve", "Tự duyệt", formPage: "/Account/Logout")).Headers.Location!.OriginalString.ShouldContain("/Account/AccessDenied");
        }

        (await DecideAsync(otherLeader, change.Id, "Approve", "Xã khác", formPage: "/Account/Logout")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await otherLeader.GetStringAsync("/DeadlineChanges")).ShouldNotContain($"data-change-id=\"{change.Id}\"");
        (await ChangesAsync(task)).Single().State.ShouldBe(ChangeState.Pending);
        (await TaskAsync(task)).AdjustedDueText.ShouldBeNull();
    }

    private async Task<(MonitoringSeed.World World, Dictionary<string, int> Tasks)> BulkSetupAsync()
    {
        App.Clock.Set(MonitoringSeed.Vn(2026, 6, 10));
        var w = await MonitoringSeed.CommuneAsync(App);
        var o = w.Offices[0];
        var tasks = new Dictionary<string, int>
        {
            ["q3"] = await MonitoringSeed.TaskAsync(App, w, "Quý III/2026", o, "1"),
            ["dec31"] = await MonitoringSeed.TaskAsync(App, w, "Trước ngày 31/12/2026", o, "2"),
            ["window"] = await MonitoringSeed.TaskAsync(App, w, "Từ quý II đến quý III năm 2026", o, "3"),
            ["q2"] = await MonitoringSeed.TaskAsync(App, w, "Quý II/2026", o, "4"),
            ["recurring"] = await MonitoringSeed.TaskAsync(App, w, "Thường xuyên", o, "5"),
            ["done"] = await MonitoringSeed.TaskAsync(App, w, "Tháng 9/2026", o, "6"),
            ["pending"] = await MonitoringSeed.TaskAsync(App, w, "Quý IV/2026", o, "7"),
        };
        await MonitoringSeed.UpdateAsync(App, tasks["done"], TaskProgressState.Done, MonitoringSeed.Vn(2026, 6, 1), new DateOnly(2026, 6, 1));
        await App.WithDbAsync(async db =>
        {
            db.DeadlineChanges.Add(new DeadlineChange
            {
                TaskId = tasks["pending"], FromText = "Quý IV/2026", ToText = "Quý III/2026", ToKind = "Quarter",
                ToStart = new DateOnly(2026, 7, 1), ToEnd = new DateOnly(2026, 9, 30), Reason = "Đã xin trước", RequestedBy = "khac",
                RequestedAt = App.Clock.GetUtcNow(), State = ChangeState.Pending,
            });
            return await db.SaveChangesAsync();
        });
        return (w, tasks);
    }

    [Fact]
    public async Task BringForward_Preview_ListsTheQ3Q4TasksWithTheirDeadlineOneQuarterEarlier()
    {
        var (w, tasks) = await BulkSetupAsync();
        var (client, _) = await MonitoringSeed.SignInAsync(App, Roles.StandingOfficer, w.Commune.Id);

        (await client.GetStringAsync($"/Plans/{w.PlanId}")).ShouldContain($"href=\"/Plans/{w.PlanId}/BringForward\"");
        var html = WebUtility.HtmlDecode(await client.GetStringAsync($"/Plans/{w.PlanId}/BringForward"));

        html.ShouldContain($"name=\"Selected\" value=\"{tasks["q3"]}\" aria-label=\"Chọn nhiệm vụ 1\" checked=\"checked\"");
        html.ShouldContain($"name=\"Selected\" value=\"{tasks["dec31"]}\" aria-label=\"Chọn nhiệm vụ 2\" checked=\"checked\"");
        html.ShouldContain($"name=\"Selected\" value=\"{tasks["window"]}\" aria-label=\"Chọn nhiệm vụ 3\" checked=\"checked\"");
        html.ShouldContain("Quý II/2026<div class=\"understood\">Trong quý II/2026 (01/04/2026–30/06/2026)");
        html.ShouldContain("Trước ngày 30/09/2026<div class=\"understood\">Hạn 30/09/2026");
        html.ShouldContain("Từ ngày 01/01/2026 đến ngày 30/06/2026<div class=\"understood\">Từ 01/01/2026 đến 30/06/2026");
        html.ShouldNotContain($"data-task-id=\"{tasks["q2"]}\"");
        html.ShouldNotContain($"data-task-id=\"{tasks["recurring"]}\"");
        html.ShouldContain($"data-task-id=\"{tasks["done"]}\"");
        html.ShouldNotContain($"value=\"{tasks["done"]}\"");
        html.ShouldContain("Không điều chỉnh: đã hoàn thành");
        html.ShouldNotContain($"value=\"{tasks["pending"]}\"");
        html.ShouldContain("Không điều chỉnh: đang có đề nghị điều chỉnh thời hạn chờ duyệt");
        html.ShouldContain("Theo chỉ đạo của tỉnh: hoàn thành sớm hơn ít nhất 01 quý");
    }

    [Fact]
    public async Task BringForward_ByTheStandingOfficer_SendsOneBatchForApproval_TheLeaderApprovesItAtOnce()
    {
        var (w, tasks) = await BulkSetupAsync();
        var (standing, user) = await MonitoringSeed.SignInAsync(App, Roles.StandingOfficer, w.Commune.Id);
        var (leader, leaderUser) = await MonitoringSeed.SignInAsync(App, Roles.Leader, w.Commune.Id);

        var confirm = await WebAppFixture.PostFormAsync(standing, $"/Plans/{w.PlanId}/BringForward",
            new() { ["Selected"] = $"{tasks["q3"]}", ["Reason"] = "Theo Công văn 120/UBND của tỉnh" });
        confirm.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var changes = await App.WithDbAsync(db => db.DeadlineChanges.AsNoTracking().Where(c => c.Batch != null && c.RequestedBy == user).ToListAsync());
        var change = changes.ShouldHaveSingleItem();
        change.TaskId.ShouldBe(tasks["q3"]);
        change.State.ShouldBe(ChangeState.Pending);
        change.ToText.ShouldBe("Quý II/2026");
        change.Reason.ShouldBe("Theo Công văn 120/UBND của tỉnh");
        (await TaskAsync(tasks["q3"])).AdjustedDueText.ShouldBeNull();
        await AuditAssert.HasEntryAsync(App, "DeadlineChange", change.Id, AuditAction.Create, user);

        (await WebAppFixture.PostFormAsync(leader, "/DeadlineChanges?handler=ApproveBatch", new() { ["batch"] = change.Batch! }, "/DeadlineChanges")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await ChangesAsync(tasks["q3"])).Single().State.ShouldBe(ChangeState.Approved);
        (await TaskAsync(tasks["q3"])).AdjustedDueText.ShouldBe("Quý II/2026");
        await AuditAssert.HasEntryAsync(App, "DeadlineChange", change.Id, AuditAction.Update, leaderUser);
    }

    [Fact]
    public async Task BringForward_ByTheLeader_AppliesEveryTickedTaskAtOnceUnderOneBatch()
    {
        var (w, tasks) = await BulkSetupAsync();
        var (leader, user) = await MonitoringSeed.SignInAsync(App, Roles.Leader, w.Commune.Id);
        var token = await WebAppFixture.AntiforgeryTokenAsync(leader, $"/Plans/{w.PlanId}/BringForward");
        var form = new FormUrlEncodedContent(
        [
            new("__RequestVerificationToken", token),
            new("Selected", $"{tasks["q3"]}"),
            new("Selected", $"{tasks["dec31"]}"),
            new("Selected", $"{tasks["window"]}"),
            new("Selected", $"{tasks["done"]}"),
            new("Selected", $"{tasks["q2"]}"),
            new("Reason", "Theo chỉ đạo của tỉnh: hoàn thành sớm hơn ít nhất 01 quý"),
        ]);

        var response = await leader.PostAsync($"/Plans/{w.PlanId}/BringForward", form);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var changes = await App.WithDbAsync(db => db.DeadlineChanges.AsNoTracking().Where(c => c.RequestedBy == user).ToListAsync());
        changes.Select(c => c.TaskId).Order().ShouldBe(new[] { tasks["q3"], tasks["dec31"], tasks["window"] }.Order());
        changes.Select(c => c.Batch).Distinct().ShouldHaveSingleItem().ShouldNotBeNull();
        changes.ShouldAllBe(c => c.State == ChangeState.Approved && c.DecidedBy == user);
        (await TaskAsync(tasks["dec31"])).AdjustedDueEnd.ShouldBe(new DateOnly(2026, 9, 30));
        var window = await TaskAsync(tasks["window"]);
        window.AdjustedDueStart.ShouldBe(new DateOnly(2026, 1, 1));
        window.AdjustedDueEnd.ShouldBe(new DateOnly(2026, 6, 30));
        window.DueText.ShouldBe("Từ quý II đến quý III năm 2026");
        (await TaskAsync(tasks["done"])).AdjustedDueText.ShouldBeNull();
        (await TaskAsync(tasks["q2"])).AdjustedDueText.ShouldBeNull();
    }

    [Fact]
    public async Task BringForward_OfficeOfficerForbidden_OtherCommune404_NoSelectionOrReasonRefused()
    {
        var (w, tasks) = await BulkSetupAsync();
        var (office, _) = await MonitoringSeed.SignInAsync(App, Roles.OfficeOfficer, w.Offices[0].Id);
        var (standing, _) = await MonitoringSeed.SignInAsync(App, Roles.StandingOfficer, w.Commune.Id);
        var elsewhere = await MonitoringSeed.CommuneAsync(App);
        var (stranger, _) = await MonitoringSeed.SignInAsync(App, Roles.Leader, elsewhere.Commune.Id);
        var fields = new Dictionary<string, string> { ["Selected"] = $"{tasks["q3"]}", ["Reason"] = "Lý do" };

        (await office.GetAsync($"/Plans/{w.PlanId}/BringForward")).Headers.Location!.OriginalString.ShouldContain("/Account/AccessDenied");
        (await WebAppFixture.PostFormAsync(office, $"/Plans/{w.PlanId}/BringForward", new(fields), "/Account/Logout")).Headers.Location!.OriginalString.ShouldContain("/Account/AccessDenied");
        (await stranger.GetAsync($"/Plans/{w.PlanId}/BringForward")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await WebAppFixture.PostFormAsync(stranger, $"/Plans/{w.PlanId}/BringForward", new(fields), "/Account/Logout")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var none = await WebAppFixture.PostFormAsync(standing, $"/Plans/{w.PlanId}/BringForward", new() { ["Reason"] = "Lý do" });
        WebUtility.HtmlDecode(await none.Content.ReadAsStringAsync()).ShouldContain("Hãy chọn ít nhất một nhiệm vụ.");
        var noReason = await WebAppFixture.PostFormAsync(standing, $"/Plans/{w.PlanId}/BringForward", new() { ["Selected"] = $"{tasks["q3"]}", ["Reason"] = "" });
        WebUtility.HtmlDecode(await noReason.Content.ReadAsStringAsync()).ShouldContain("Hãy nêu lý do điều chỉnh thời hạn.");
        (await ChangesAsync(tasks["q3"])).ShouldBeEmpty();
    }
}

public sealed class DeadlineChangeTests_Sqlite(SqliteWebApp app) : DeadlineChangeTests(app), IClassFixture<SqliteWebApp>;

public sealed class DeadlineChangeTests_Postgres(PostgresWebApp app) : DeadlineChangeTests(app), IClassFixture<PostgresWebApp>;
