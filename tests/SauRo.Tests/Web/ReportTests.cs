using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using SauRo.Data.Entities;
using SauRo.Features.Accounts;
using SauRo.Features.Reports;

namespace SauRo.Tests.Web;

/// <summary>
/// Periodic reports: which reports the calendar expects, opening one, filing it (task updates, indicator values,
/// summary), submitting, returning with a comment, resubmitting, approving (and the lock that follows), and the
/// refusals: another office, another commune, who may approve.
/// </summary>
public abstract class ReportTests(WebAppFixture app) : WebTest(app)
{
    private Task<HttpClient> AsAsync(string role, int unitId) => ReportSeed.ClientAsync(App, role, unitId);

    [Fact]
    public async Task ExpectedReports_OfficesDutyExpectsEachLeadingOffice_CommuneDutyTheCommune()
    {
        var w = await ReportSeed.BuildAsync(App, tasks: 3, indicators: 1);
        await App.WithDbAsync(async db =>
        {
            // Office 3 leads only an indicator; a group name without a unit names nobody; office 4 leads nothing.
            db.IndicatorLeads.Add(new IndicatorLead { IndicatorId = w.IndicatorIds[0], Position = 1, Name = w.Offices[3].Name, UnitId = w.Offices[3].Id });
            db.IndicatorLeads.Add(new IndicatorLead { IndicatorId = w.IndicatorIds[0], Position = 2, Name = "Các cơ quan, đơn vị" });
            return await db.SaveChangesAsync();
        });

        var rows = await App.WithDbAsync(db => ExpectedReports.ForPlansAsync(db, [w.PlanId], new DateOnly(2026, 1, 1), new DateOnly(2026, 6, 30), 14, CancellationToken.None));

        var offices = rows.Where(r => r.DutyId == w.OfficesDutyId).ToList();
        offices.Select(r => r.UnitId).Distinct().ShouldBe([w.Offices[0].Id, w.Offices[1].Id, w.Offices[2].Id, w.Offices[3].Id], ignoreOrder: true);
        offices.Select(r => r.Period.Key).Distinct().ShouldBe(["2026-M04", "2026-M05", "2026-M06"]); // March ended before the plan was issued
        offices.Count.ShouldBe(12);
        offices.First(r => r.Period.Key == "2026-M04").DueDate.ShouldBe(new DateOnly(2026, 5, 5));
        offices.ShouldAllBe(r => r.Report == null && !r.IsCommuneReport);

        var commune = rows.Where(r => r.DutyId == w.CommuneDutyId).ToList();
        commune.Select(r => r.UnitId).Distinct().ShouldBe([w.Commune.Id]);
        commune.Select(r => (r.Period.Key, r.DueDate)).ShouldBe(
            [("2026-M04", new DateOnly(2026, 5, 10)), ("2026-M05", new DateOnly(2026, 6, 10)), ("2026-M06", new DateOnly(2026, 7, 10))]);
        commune.ShouldAllBe(r => r.IsCommuneReport);

        // A report already stored for an office that leads nothing stays listed, with its row.
        var stray = await ReportSeed.StoreAsync(App, w, w.Offices[4].Id, ReportState.Draft);
        rows = await App.WithDbAsync(db => ExpectedReports.ForPlansAsync(db, [w.PlanId], new DateOnly(2026, 1, 1), new DateOnly(2026, 6, 30), 14, CancellationToken.None));
        rows.Single(r => r.UnitId == w.Offices[4].Id).Report!.Id.ShouldBe(stray);
    }

    [Fact]
    public async Task Open_OfficeOfficer_CreatesTheDraftOnce_LeaderSeesItNotStarted()
    {
        var w = await ReportSeed.BuildAsync(App);
        App.Clock.Set(ReportSeed.Vietnam(2026, 4, 20));
        var leader = await AsAsync(Roles.Leader, w.Commune.Id);

        var notStarted = await leader.GetAsync($"/Reports/Open?dutyId={w.OfficesDutyId}&unitId={w.Offices[0].Id}&period={ReportSeed.April}");
        notStarted.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await notStarted.Content.ReadAsStringAsync()).ShouldContain("chưa lập báo cáo này");
        (await App.WithDbAsync(db => db.Reports.CountAsync(r => r.PlanId == w.PlanId))).ShouldBe(0);

        var officer = await AsAsync(Roles.OfficeOfficer, w.Offices[0].Id);
        var id = await ReportSeed.OpenAsync(officer, w.OfficesDutyId, w.Offices[0].Id);
        (await ReportSeed.OpenAsync(officer, w.OfficesDutyId, w.Offices[0].Id)).ShouldBe(id);
        (await ReportSeed.OpenAsync(leader, w.OfficesDutyId, w.Offices[0].Id)).ShouldBe(id);
        var report = await ReportSeed.ReportAsync(App, id);
        report.State.ShouldBe(ReportState.Draft);
        report.DueDate.ShouldBe(new DateOnly(2026, 5, 5));
        report.UnitId.ShouldBe(w.Offices[0].Id);
        report.PeriodKey.ShouldBe("2026-M04");
        await AuditAssert.HasEntryAsync(App, nameof(Report), id, AuditAction.Create);

        var html = await officer.GetStringAsync($"/Reports/{id}");
        html.ShouldContain("Báo cáo tháng 4/2026 — Phòng Văn hóa - Xã hội");
        html.ShouldContain("15/03/2026 – 14/04/2026");
        html.ShouldContain("Nộp báo cáo");
    }

    [Fact]
    public async Task Open_NotExpectedOrOutOfSight_Is404()
    {
        var w = await ReportSeed.BuildAsync(App);
        var officer = await AsAsync(Roles.StandingOfficer, w.Commune.Id);

        // March ended before the plan was issued; the commune does not report under the offices' duty.
        (await officer.GetAsync($"/Reports/Open?dutyId={w.OfficesDutyId}&unitId={w.Offices[0].Id}&period=2026-M03")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await officer.GetAsync($"/Reports/Open?dutyId={w.OfficesDutyId}&unitId={w.Commune.Id}&period=2026-M04")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await officer.GetAsync($"/Reports/Open?dutyId={w.OfficesDutyId}&unitId={w.Offices[0].Id}&period=thang-4")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var (_, other, _) = await App.NewCommuneAsync();
        var stranger = await AsAsync(Roles.StandingOfficer, other.Id);
        (await stranger.GetAsync($"/Reports/Open?dutyId={w.OfficesDutyId}&unitId={w.Offices[0].Id}&period=2026-M04")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await App.WithDbAsync(db => db.Reports.CountAsync(r => r.PlanId == w.PlanId))).ShouldBe(0);
    }

    [Fact]
    public async Task Report_FiledSubmittedReturnedResubmittedApproved_ThenLocked()
    {
        var w = await ReportSeed.BuildAsync(App);
        var office = w.Offices[0];
        var (task1, task6) = await App.WithDbAsync(async db => (
            await db.Tasks.Where(t => t.PlanId == w.PlanId && t.Ordinal == "1").Select(t => t.Id).SingleAsync(),
            await db.Tasks.Where(t => t.PlanId == w.PlanId && t.Ordinal == "6").Select(t => t.Id).SingleAsync()));
        var indicator = w.IndicatorIds[0];
        // Sessions last ten hours: each jump of the clock signs the users in again.
        var officerName = await App.NewUserAsync(Roles.OfficeOfficer, office.Id);
        var leaderName = await App.NewUserAsync(Roles.Leader, w.Commune.Id);
        App.Clock.Set(ReportSeed.Vietnam(2026, 4, 20));
        var officer = await App.SignedInClientAsync(officerName);
        var id = await ReportSeed.OpenAsync(officer, w.OfficesDutyId, office.Id);

        // An update of task 1 added on the report, one of task 6 written elsewhere during the period.
        var update = await ReportSeed.PostAsync(officer, id, "Update", new()
        {
            ["UpdateTaskId"] = $"{task1}",
            ["Update.State"] = "InProgress",
            ["Update.PercentDone"] = "60",
            ["Update.Result"] = "Đã số hóa 600 hồ sơ",
            ["Update.Difficulties"] = "Thiếu máy quét",
        });
        update.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var added = await App.WithDbAsync(db => db.TaskUpdates.AsNoTracking().SingleAsync(u => u.TaskId == task1));
        (added.ReportId, added.OfficeId, added.PercentDone, added.State).ShouldBe((id, office.Id, 60, TaskProgressState.InProgress));
        var elsewhere = await App.WithDbAsync(async db =>
        {
            var u = new TaskUpdate { TaskId = task6, OfficeId = office.Id, UserId = "x", UserName = "can-bo", At = ReportSeed.Vietnam(2026, 4, 18), State = TaskProgressState.Done, PercentDone = 100, CompletedOn = new DateOnly(2026, 4, 18), Result = "Đã ban hành quy chế" };
            db.TaskUpdates.Add(u);
            await db.SaveChangesAsync();
            return u.Id;
        });
        var html = await officer.GetStringAsync($"/Reports/{id}");
        html.ShouldContain("Đã số hóa 600 hồ sơ");
        html.ShouldContain("Đã ban hành quy chế");

        // Draft: a value that is not acceptable, then one that is.
        var bad = await ReportSeed.PostAsync(officer, id, "Save", new() { ["Summary"] = "Nháp", ["Values[0].IndicatorId"] = $"{indicator}", ["Values[0].Value"] = "120" });
        bad.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await bad.Content.ReadAsStringAsync()).ShouldContain("Tỷ lệ phần trăm phải từ 0 đến 100.");
        (await App.WithDbAsync(db => db.IndicatorValues.CountAsync(v => v.IndicatorId == indicator))).ShouldBe(0);
        (await ReportSeed.PostAsync(officer, id, "Save", new() { ["Summary"] = "Nháp", ["Values[0].IndicatorId"] = $"{indicator}", ["Values[0].Value"] = "17,5" }))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var value = await App.WithDbAsync(db => db.IndicatorValues.AsNoTracking().SingleAsync(v => v.IndicatorId == indicator));
        (value.PeriodKey, value.Value, value.ReportId, value.OfficeId).ShouldBe(("2026-M04", 17.5m, (int?)id, (int?)office.Id));
        (await ReportSeed.ReportAsync(App, id)).Summary.ShouldBe("Nháp");

        // Submitting needs a summary; on the due date at 23:30 in Vietnam it is on time.
        var noSummary = await ReportSeed.PostAsync(officer, id, "Submit", new() { ["Summary"] = " " });
        (await noSummary.Content.ReadAsStringAsync()).ShouldContain("Hãy viết tóm tắt kết quả thực hiện trong kỳ trước khi nộp báo cáo.");
        (await ReportSeed.ReportAsync(App, id)).State.ShouldBe(ReportState.Draft);
        var firstSubmission = ReportSeed.Vietnam(2026, 5, 5, 23, 30);
        App.Clock.Set(firstSubmission);
        officer = await App.SignedInClientAsync(officerName);
        (await ReportSeed.PostAsync(officer, id, "Submit", new() { ["Summary"] = "Tháng 4 hoàn thành 1 nhiệm vụ." })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var submitted = await ReportSeed.ReportAsync(App, id);
        (submitted.State, submitted.SubmittedAt, submitted.FirstSubmittedAt).ShouldBe((ReportState.Submitted, firstSubmission, firstSubmission));
        (await App.WithDbAsync(db => db.TaskUpdates.AsNoTracking().SingleAsync(u => u.Id == elsewhere))).ReportId.ShouldBe(id);
        var audit = await AuditAssert.HasEntryAsync(App, nameof(Report), id, AuditAction.Update);
        AuditAssert.After(audit)["State"].ShouldBe("Submitted");
        (await officer.GetStringAsync($"/Reports/{id}")).ShouldContain("Nộp đúng hạn");

        // While it waits, the office cannot change it.
        var whileWaiting = await ReportSeed.PostAsync(officer, id, "Save", new() { ["Summary"] = "Sửa khi chờ duyệt" });
        (await whileWaiting.Content.ReadAsStringAsync()).ShouldContain("đang chờ duyệt");
        (await ReportSeed.ReportAsync(App, id)).Summary.ShouldBe("Tháng 4 hoàn thành 1 nhiệm vụ.");

        // Only leaders approve or return; a return needs a comment.
        var standing = await AsAsync(Roles.StandingOfficer, w.Commune.Id);
        (await ReportSeed.PostAsync(standing, id, "Approve")).ShouldBeForbidden();
        (await ReportSeed.PostAsync(officer, id, "Approve")).ShouldBeForbidden();
        (await ReportSeed.PostAsync(officer, id, "Return", new() { ["Comment"] = "Tự trả lại" })).ShouldBeForbidden();
        var leader = await App.SignedInClientAsync(leaderName);
        var noComment = await ReportSeed.PostAsync(leader, id, "Return", new() { ["Comment"] = "  " });
        noComment.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await noComment.Content.ReadAsStringAsync()).ShouldContain("Hãy ghi lý do trả lại để đơn vị biết cần sửa gì.");
        (await ReportSeed.ReportAsync(App, id)).State.ShouldBe(ReportState.Submitted);
        App.Clock.Set(ReportSeed.Vietnam(2026, 5, 6));
        leader = await App.SignedInClientAsync(leaderName);
        officer = await App.SignedInClientAsync(officerName);
        (await ReportSeed.PostAsync(leader, id, "Return", new() { ["Comment"] = "Bổ sung số liệu chỉ tiêu kỹ năng số." })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var returned = await ReportSeed.ReportAsync(App, id);
        (returned.State, returned.ReviewComment).ShouldBe((ReportState.Returned, "Bổ sung số liệu chỉ tiêu kỹ năng số."));
        var page = await officer.GetStringAsync($"/Reports/{id}");
        page.ShouldContain("Lý do trả lại:");
        page.ShouldContain("Bổ sung số liệu chỉ tiêu kỹ năng số.");

        // The office corrects and submits again: the first submission still counts.
        App.Clock.Set(ReportSeed.Vietnam(2026, 5, 7));
        leader = await App.SignedInClientAsync(leaderName);
        officer = await App.SignedInClientAsync(officerName);
        (await ReportSeed.PostAsync(officer, id, "Submit", new() { ["Summary"] = "Đã bổ sung.", ["Values[0].IndicatorId"] = $"{indicator}", ["Values[0].Value"] = "18" }))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var again = await ReportSeed.ReportAsync(App, id);
        (again.State, again.FirstSubmittedAt, again.SubmittedAt).ShouldBe((ReportState.Submitted, firstSubmission, ReportSeed.Vietnam(2026, 5, 7)));
        (await officer.GetStringAsync($"/Reports/{id}")).ShouldContain("Bổ sung số liệu chỉ tiêu kỹ năng số."); // the comment stays visible

        (await ReportSeed.PostAsync(leader, id, "Approve")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var approved = await ReportSeed.ReportAsync(App, id);
        approved.State.ShouldBe(ReportState.Approved);
        AuditAssert.After(await AuditAssert.HasEntryAsync(App, nameof(Report), id, AuditAction.Update))["State"].ShouldBe("Approved");

        // Approved: the value is locked on the indicator page, the API and the report itself.
        var onIndicator = await WebAppFixture.PostFormAsync(officer, $"/Indicators/{indicator}?handler=Value", new() { ["PeriodKey"] = "2026-M04", ["Input.Value"] = "50" }, $"/Indicators/{indicator}");
        onIndicator.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await onIndicator.Content.ReadAsStringAsync()).ShouldContain("nằm trong báo cáo đã được duyệt");
        (await App.WithDbAsync(db => db.IndicatorValues.AsNoTracking().SingleAsync(v => v.IndicatorId == indicator))).Value.ShouldBe(18m);
        var onReport = await ReportSeed.PostAsync(officer, id, "Save", new() { ["Summary"] = "Sửa sau khi duyệt" });
        (await onReport.Content.ReadAsStringAsync()).ShouldContain("Báo cáo đã được duyệt; không sửa được nữa.");
        (await ReportSeed.ReportAsync(App, id)).Summary.ShouldBe("Đã bổ sung.");
    }

    [Fact]
    public async Task Report_AnotherOfficeOrCommune_IsRefusedAndWritesNothing()
    {
        var w = await ReportSeed.BuildAsync(App);
        App.Clock.Set(ReportSeed.Vietnam(2026, 4, 20));
        var id = await ReportSeed.OpenAsync(await AsAsync(Roles.OfficeOfficer, w.Offices[0].Id), w.OfficesDutyId, w.Offices[0].Id);

        var otherOffice = await AsAsync(Roles.OfficeOfficer, w.Offices[1].Id);
        (await otherOffice.GetStringAsync($"/Reports/{id}")).ShouldNotContain("Nộp báo cáo");
        (await ReportSeed.PostAsync(otherOffice, id, "Save", new() { ["Summary"] = "Xen vào" })).ShouldBeForbidden();
        (await ReportSeed.PostAsync(otherOffice, id, "Submit", new() { ["Summary"] = "Xen vào" })).ShouldBeForbidden();
        (await otherOffice.GetAsync($"/Reports/Open?dutyId={w.CommuneDutyId}&unitId={w.Commune.Id}&period=2026-M04")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await App.WithDbAsync(db => db.Reports.CountAsync(r => r.UnitId == w.Commune.Id))).ShouldBe(0); // only the standing body files the commune's

        var (_, other, _) = await App.NewCommuneAsync();
        var stranger = await AsAsync(Roles.StandingOfficer, other.Id);
        (await stranger.GetAsync($"/Reports/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await ReportSeed.PostAsync(stranger, id, "Save", new() { ["Summary"] = "Xen vào" }, "/Account/Logout")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var strangerLeader = await AsAsync(Roles.Leader, other.Id);
        (await ReportSeed.PostAsync(strangerLeader, id, "Approve", formPage: "/Account/Logout")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await stranger.GetAsync("/Reports/999999")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var report = await ReportSeed.ReportAsync(App, id);
        (report.State, report.Summary).ShouldBe((ReportState.Draft, (string?)null));
    }

    [Fact]
    public async Task ReportsList_OfficeOfficerSeesItsOffice_LeaderSeesWaitingReportsFirst()
    {
        var w = await ReportSeed.BuildAsync(App);
        App.Clock.Set(ReportSeed.Vietnam(2026, 5, 8));
        var waiting = await ReportSeed.StoreAsync(App, w, w.Offices[1].Id, ReportState.Submitted, ReportSeed.Vietnam(2026, 5, 4));

        var leader = await AsAsync(Roles.Leader, w.Commune.Id);
        var html = await leader.GetStringAsync("/Reports");
        html.ShouldContain("Có 1 báo cáo chờ duyệt.");
        var rows = System.Text.RegularExpressions.Regex.Matches(html, "<tr data-state=\"([a-z-]+)\" data-unit-id=\"(\\d+)\" data-period=\"([^\"]+)\"");
        rows.Count.ShouldBe(12); // April and May for five offices and the commune (May's window has started)
        (rows[0].Groups[1].Value, rows[0].Groups[2].Value).ShouldBe(("submitted", $"{w.Offices[1].Id}"));
        html.ShouldContain($"href=\"/Reports/{waiting}\"");
        html.ShouldContain("Quá hạn");

        var officer = await AsAsync(Roles.OfficeOfficer, w.Offices[0].Id);
        var own = await officer.GetStringAsync("/Reports");
        var ownRows = System.Text.RegularExpressions.Regex.Matches(own, "<tr data-state=\"([a-z-]+)\" data-unit-id=\"(\\d+)\"");
        ownRows.Select(m => m.Groups[2].Value).Distinct().ShouldBe([$"{w.Offices[0].Id}"]);
        ownRows.Count.ShouldBe(2);
        (await officer.GetStringAsync("/Reports?state=late")).ShouldContain("data-period=\"2026-M04\"");

        var (_, other, _) = await App.NewCommuneAsync();
        (await (await AsAsync(Roles.Leader, other.Id)).GetAsync($"/Reports?unitId={w.Commune.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task CommuneReport_GathersTheOfficesApprovedFigures()
    {
        var w = await ReportSeed.BuildAsync(App);
        App.Clock.Set(ReportSeed.Vietnam(2026, 5, 8));
        var approved = await ReportSeed.StoreAsync(App, w, w.Offices[0].Id, ReportState.Approved, ReportSeed.Vietnam(2026, 5, 4));
        await ReportSeed.StoreAsync(App, w, w.Offices[1].Id, ReportState.Submitted, ReportSeed.Vietnam(2026, 5, 4));
        await App.WithDbAsync(async db =>
        {
            var task1 = await db.Tasks.Where(t => t.PlanId == w.PlanId && t.Ordinal == "1").Select(t => t.Id).SingleAsync();
            db.TaskUpdates.Add(new TaskUpdate { TaskId = task1, OfficeId = w.Offices[0].Id, UserId = "x", UserName = "can-bo", At = ReportSeed.Vietnam(2026, 4, 10), State = TaskProgressState.InProgress, PercentDone = 70, Result = "Đã kiện toàn Tổ giúp việc", ReportId = approved });
            db.IndicatorValues.Add(new IndicatorValue { IndicatorId = w.IndicatorIds[0], PeriodKey = "2026-M04", Numerator = 45, Denominator = 60, UserName = "can-bo", At = ReportSeed.Vietnam(2026, 4, 10), ReportId = approved });
            return await db.SaveChangesAsync();
        });

        var standing = await AsAsync(Roles.StandingOfficer, w.Commune.Id);
        var id = await ReportSeed.OpenAsync(standing, w.CommuneDutyId, w.Commune.Id);
        var html = await standing.GetStringAsync($"/Reports/{id}");
        html.ShouldContain("Báo cáo của các cơ quan trong kỳ");
        html.ShouldContain("Đã kiện toàn Tổ giúp việc");
        html.ShouldContain("45/60 (75%)");
        html.ShouldContain("đã duyệt");
        html.ShouldContain("Chờ duyệt");
        (await ReportSeed.PostAsync(standing, id, "Submit", new() { ["Summary"] = "Xã báo cáo tháng 4." })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await ReportSeed.ReportAsync(App, id)).State.ShouldBe(ReportState.Submitted);

        // An office officer may read it but not file the commune's report.
        var officer = await AsAsync(Roles.OfficeOfficer, w.Offices[0].Id);
        (await officer.GetAsync($"/Reports/{id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ReportSeed.PostAsync(officer, id, "Save", new() { ["Summary"] = "x" })).ShouldBeForbidden();
    }

    [Fact]
    public async Task IndicatorValueApi_LockedByAnApprovedReport_Is409()
    {
        var w = await ReportSeed.BuildAsync(App);
        App.Clock.Set(ReportSeed.Vietnam(2026, 5, 8));
        var approved = await ReportSeed.StoreAsync(App, w, w.Offices[0].Id, ReportState.Approved, ReportSeed.Vietnam(2026, 5, 4));
        await App.WithDbAsync(async db =>
        {
            db.IndicatorValues.Add(new IndicatorValue { IndicatorId = w.IndicatorIds[0], PeriodKey = "2026-M04", Value = 30, UserName = "can-bo", At = ReportSeed.Vietnam(2026, 4, 10), ReportId = approved });
            return await db.SaveChangesAsync();
        });
        var api = App.CreateClient();
        var login = await api.PostAsJsonAsync("/api/v1/auth/login", new { userName = await App.NewUserAsync(Roles.OfficeOfficer, w.Offices[0].Id), password = WebAppFixture.Password });
        var token = (await login.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("accessToken").GetString();
        api.DefaultRequestHeaders.Authorization = new("Bearer", token);

        var response = await api.PutAsJsonAsync($"/api/v1/indicators/{w.IndicatorIds[0]}/values/2026-M04", new { value = 35 });
        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await response.Content.ReadAsStringAsync()).ShouldContain("đã được duyệt");
        var got = await api.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/v1/indicators/{w.IndicatorIds[0]}/values/2026-M04");
        got.GetProperty("locked").GetBoolean().ShouldBeTrue();
        got.GetProperty("value").GetDecimal().ShouldBe(30m);
        (await api.PutAsJsonAsync($"/api/v1/indicators/{w.IndicatorIds[0]}/values/2026-M05", new { value = 35 })).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}

public sealed class ReportTests_Sqlite(SqliteWebApp app) : ReportTests(app), IClassFixture<SqliteWebApp>;

public sealed class ReportTests_Postgres(PostgresWebApp app) : ReportTests(app), IClassFixture<PostgresWebApp>;
