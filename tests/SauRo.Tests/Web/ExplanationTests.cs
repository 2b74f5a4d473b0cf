using System.Net;
using Microsoft.EntityFrameworkCore;
using SauRo.Core.Plans;
using SauRo.Data.Entities;
using SauRo.Features.Accounts;
using SauRo.Features.Import;

namespace SauRo.Tests.Web;

/// <summary>
/// Explanation requests (yêu cầu giải trình): the leader asks about a late task or a red indicator, the lead office
/// answers, the leader reads the answer; /Explanations lists the commune's (an office officer: their office's).
/// </summary>
public abstract class ExplanationTests(WebAppFixture app) : WebTest(app)
{
    private static Task<HttpResponseMessage> AskAsync(HttpClient client, string target, string question, string? formPage = null) =>
        WebAppFixture.PostFormAsync(client, $"/Explanations/Ask?{target}", new() { ["Question"] = question }, formPage ?? $"/Explanations/Ask?{target}");

    private static Task<HttpResponseMessage> AnswerAsync(HttpClient client, int id, string answer, string? formPage = null) =>
        WebAppFixture.PostFormAsync(client, $"/Explanations/{id}?handler=Answer", new() { ["Answer"] = answer }, formPage ?? "/Account/Logout");

    private Task<List<ExplanationRequest>> RequestsAsync(Func<ExplanationRequest, bool> which) =>
        App.WithDbAsync(async db => (await db.ExplanationRequests.AsNoTracking().OrderBy(e => e.Id).ToListAsync()).Where(which).ToList());

    private async Task<(MonitoringSeed.World World, int Late, int InTime)> SetupAsync()
    {
        App.Clock.Set(MonitoringSeed.Vn(2026, 10, 5));
        var w = await MonitoringSeed.CommuneAsync(App);
        var late = await MonitoringSeed.TaskAsync(App, w, "Quý III/2026", w.Offices[0], "1");
        var inTime = await MonitoringSeed.TaskAsync(App, w, "Quý IV/2026", w.Offices[0], "2");
        return (w, late, inTime);
    }

    [Fact]
    public async Task LateTask_LeaderAsks_LeadOfficeAnswers_LeaderReadsTheAnswer()
    {
        var (w, late, _) = await SetupAsync();
        var (leader, leaderUser) = await MonitoringSeed.SignInAsync(App, Roles.Leader, w.Commune.Id);
        var (office, officeUser) = await MonitoringSeed.SignInAsync(App, Roles.OfficeOfficer, w.Offices[0].Id);

        (await leader.GetStringAsync($"/Tasks/{late}")).ShouldContain("Yêu cầu giải trình</summary>");
        var ask = await AskAsync(leader, $"taskId={late}", "Đề nghị giải trình lý do chậm số hóa hồ sơ.", $"/Tasks/{late}");
        ask.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        ask.Headers.Location!.OriginalString.ShouldBe($"/Tasks/{late}#explanations");
        var request = (await RequestsAsync(e => e.TaskId == late)).ShouldHaveSingleItem();
        request.OfficeId.ShouldBe(w.Offices[0].Id);
        request.PlanId.ShouldBe(w.PlanId);
        request.RequestedBy.ShouldBe(leaderUser);
        request.AnsweredAt.ShouldBeNull();
        await AuditAssert.HasEntryAsync(App, "ExplanationRequest", request.Id, AuditAction.Create, leaderUser);

        var officePage = await office.GetStringAsync($"/Tasks/{late}");
        officePage.ShouldContain("Đề nghị giải trình lý do chậm số hóa hồ sơ.");
        officePage.ShouldContain($"action=\"/Explanations/{request.Id}?handler=Answer\"");
        (await office.GetStringAsync("/Explanations")).ShouldContain($"data-explanation-id=\"{request.Id}\"");

        var answer = await AnswerAsync(office, request.Id, "Chậm do chưa có kinh phí; dự kiến xong 30/11.", $"/Tasks/{late}");
        answer.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var answered = (await RequestsAsync(e => e.Id == request.Id)).Single();
        answered.Answer.ShouldBe("Chậm do chưa có kinh phí; dự kiến xong 30/11.");
        answered.AnsweredBy.ShouldBe(officeUser);
        answered.AnsweredAt.ShouldBe(App.Clock.GetUtcNow());
        await AuditAssert.HasEntryAsync(App, "ExplanationRequest", request.Id, AuditAction.Update, officeUser);

        var leaderPage = await leader.GetStringAsync($"/Tasks/{late}");
        leaderPage.ShouldContain("Chậm do chưa có kinh phí; dự kiến xong 30/11.");
        leaderPage.ShouldContain($"{officeUser} giải trình");
        var list = await leader.GetStringAsync("/Explanations");
        list.IndexOf("Đã trả lời", StringComparison.Ordinal).ShouldBeLessThan(list.IndexOf($"data-explanation-id=\"{request.Id}\"", StringComparison.Ordinal));
        (await leader.GetStringAsync($"/Explanations/{request.Id}")).ShouldContain("Chậm do chưa có kinh phí");
    }

    [Fact]
    public async Task Ask_TaskInTime_IsRefused_DoneLateTaskIsAccepted_OneOpenRequestAtATime()
    {
        var (w, late, inTime) = await SetupAsync();
        var doneLate = await MonitoringSeed.TaskAsync(App, w, "Tháng 8/2026", w.Offices[1], "3");
        await MonitoringSeed.UpdateAsync(App, doneLate, TaskProgressState.Done, MonitoringSeed.Vn(2026, 9, 10), new DateOnly(2026, 9, 10));
        var (leader, _) = await MonitoringSeed.SignInAsync(App, Roles.Leader, w.Commune.Id);

        (await leader.GetStringAsync($"/Tasks/{inTime}")).ShouldNotContain("Yêu cầu giải trình</summary>");
        var refused = await AskAsync(leader, $"taskId={inTime}", "Vì sao?", $"/Tasks/{inTime}");
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()).ShouldContain("Chỉ yêu cầu giải trình nhiệm vụ quá hạn chưa hoàn thành hoặc hoàn thành quá hạn.");
        (await RequestsAsync(e => e.TaskId == inTime)).ShouldBeEmpty();

        (await AskAsync(leader, $"taskId={doneLate}", "Vì sao xong muộn?")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await RequestsAsync(e => e.TaskId == doneLate)).ShouldHaveSingleItem().OfficeId.ShouldBe(w.Offices[1].Id);

        (await AskAsync(leader, $"taskId={late}", "Lần một")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var again = await AskAsync(leader, $"taskId={late}", "Lần hai", $"/Tasks/{late}");
        WebUtility.HtmlDecode(await again.Content.ReadAsStringAsync()).ShouldContain("Đã có yêu cầu giải trình chưa được trả lời; hãy chờ cơ quan trả lời.");
        (await RequestsAsync(e => e.TaskId == late)).ShouldHaveSingleItem().Question.ShouldBe("Lần một");
    }

    [Fact]
    public async Task Ask_OnlyTheCommunesLeader_OthersForbiddenOr404_EmptyQuestionRefused()
    {
        var (w, late, _) = await SetupAsync();
        var (standing, _) = await MonitoringSeed.SignInAsync(App, Roles.StandingOfficer, w.Commune.Id);
        var (office, _) = await MonitoringSeed.SignInAsync(App, Roles.OfficeOfficer, w.Offices[0].Id);
        var (leader, _) = await MonitoringSeed.SignInAsync(App, Roles.Leader, w.Commune.Id);
        var elsewhere = await MonitoringSeed.CommuneAsync(App);
        var (otherLeader, _) = await MonitoringSeed.SignInAsync(App, Roles.Leader, elsewhere.Commune.Id);

        foreach (var client in new[] { standing, office })
        {
            (await client.GetStringAsync($"/Tasks/{late}")).ShouldNotContain("Yêu cầu giải trình</summary>");
            (await AskAsync(client, $"taskId={late}", "Không được hỏi", "/Account/Logout")).Headers.Location!.OriginalString.ShouldContain("/Account/AccessDenied");
        }

        (await AskAsync(otherLeader, $"taskId={late}", "Xã khác", "/Account/Logout")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await otherLeader.GetAsync($"/Explanations/Ask?taskId={late}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var empty = await AskAsync(leader, $"taskId={late}", "   ");
        WebUtility.HtmlDecode(await empty.Content.ReadAsStringAsync()).ShouldContain("Hãy ghi nội dung yêu cầu giải trình.");
        (await RequestsAsync(e => e.TaskId == late)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Answer_OnlyTheLeadOfficeAndTheStandingBody_Once()
    {
        var (w, late, _) = await SetupAsync();
        var (leader, _) = await MonitoringSeed.SignInAsync(App, Roles.Leader, w.Commune.Id);
        var (other, _) = await MonitoringSeed.SignInAsync(App, Roles.OfficeOfficer, w.Offices[1].Id);
        var (standing, standingUser) = await MonitoringSeed.SignInAsync(App, Roles.StandingOfficer, w.Commune.Id);
        var elsewhere = await MonitoringSeed.CommuneAsync(App);
        var (stranger, _) = await MonitoringSeed.SignInAsync(App, Roles.StandingOfficer, elsewhere.Commune.Id);
        await AskAsync(leader, $"taskId={late}", "Vì sao chậm?");
        var id = (await RequestsAsync(e => e.TaskId == late)).Single().Id;

        (await other.GetStringAsync($"/Tasks/{late}")).ShouldNotContain("?handler=Answer");
        foreach (var client in new[] { other, leader })
        {
            (await AnswerAsync(client, id, "Không phải việc của tôi")).Headers.Location!.OriginalString.ShouldContain("/Account/AccessDenied");
        }

        (await AnswerAsync(stranger, id, "Xã khác")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await stranger.GetAsync($"/Explanations/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var empty = await AnswerAsync(standing, id, " ");
        WebUtility.HtmlDecode(await empty.Content.ReadAsStringAsync()).ShouldContain("Hãy viết nội dung giải trình.");
        (await RequestsAsync(e => e.Id == id)).Single().AnsweredAt.ShouldBeNull();

        (await AnswerAsync(standing, id, "Cơ quan thường trực giải trình thay")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var twice = await AnswerAsync(standing, id, "Sửa lại");
        WebUtility.HtmlDecode(await twice.Content.ReadAsStringAsync()).ShouldContain("Yêu cầu giải trình này đã được trả lời.");
        var stored = (await RequestsAsync(e => e.Id == id)).Single();
        stored.Answer.ShouldBe("Cơ quan thường trực giải trình thay");
        stored.AnsweredBy.ShouldBe(standingUser);
    }

    [Fact]
    public async Task Index_LeaderAndStandingSeeTheCommune_OfficeOfficerOnlyTheirOffice_OtherCommuneNothing()
    {
        var (w, late, _) = await SetupAsync();
        var otherLate = await MonitoringSeed.TaskAsync(App, w, "Tháng 9/2026", w.Offices[1], "3");
        var (leader, _) = await MonitoringSeed.SignInAsync(App, Roles.Leader, w.Commune.Id);
        await AskAsync(leader, $"taskId={late}", "Vì sao chậm (phòng 1)?");
        await AskAsync(leader, $"taskId={otherLate}", "Vì sao chậm (phòng 2)?");
        var ids = (await RequestsAsync(e => e.PlanId == w.PlanId)).Select(e => e.Id).ToList();
        var (standing, _) = await MonitoringSeed.SignInAsync(App, Roles.StandingOfficer, w.Commune.Id);
        var (office, _) = await MonitoringSeed.SignInAsync(App, Roles.OfficeOfficer, w.Offices[0].Id);
        var elsewhere = await MonitoringSeed.CommuneAsync(App);
        var (stranger, _) = await MonitoringSeed.SignInAsync(App, Roles.Leader, elsewhere.Commune.Id);

        foreach (var client in new[] { leader, standing })
        {
            var html = await client.GetStringAsync("/Explanations");
            html.ShouldContain($"data-explanation-id=\"{ids[0]}\"");
            html.ShouldContain($"data-explanation-id=\"{ids[1]}\"");
            html.ShouldContain("Chưa trả lời (2)");
        }

        var own = await office.GetStringAsync("/Explanations");
        own.ShouldContain($"data-explanation-id=\"{ids[0]}\"");
        own.ShouldNotContain($"data-explanation-id=\"{ids[1]}\"");
        var none = await stranger.GetStringAsync("/Explanations");
        none.ShouldNotContain($"data-explanation-id=\"{ids[0]}\"");
        none.ShouldNotContain($"data-explanation-id=\"{ids[1]}\"");
    }

    [Fact]
    public async Task RedIndicator_LeaderAsks_LeadOfficeAnswers_GreenOneIsRefused()
    {
        var (w, _, _) = await SetupAsync();
        var (red, green) = await App.WithDbAsync(async db =>
        {
            Indicator New(string name)
            {
                var i = new Indicator
                {
                    PlanId = w.PlanId, Position = 0, Ordinal = "1", Name = name, Unit = "%", Comparator = nameof(Comparator.AtLeast),
                    TargetValue = 80, TargetText = "≥ 80", Origin = "Manual", SearchKey = string.Empty,
                };
                i.Leads.Add(new IndicatorLead { Position = 0, Name = w.Offices[0].Name, UnitId = w.Offices[0].Id });
                i.SearchKey = PlanMapping.IndicatorSearchKey(i);
                return i;
            }

            var r = New("Tỷ lệ hồ sơ trực tuyến");
            var g = New("Tỷ lệ cán bộ có chữ ký số");
            db.Indicators.AddRange(r, g);
            await db.SaveChangesAsync();
            db.IndicatorValues.Add(new IndicatorValue { IndicatorId = r.Id, PeriodKey = "2026-M06", Value = 10, UserName = "seed", At = MonitoringSeed.Vn(2026, 6, 14) });
            db.IndicatorValues.Add(new IndicatorValue { IndicatorId = g.Id, PeriodKey = "2026-M06", Value = 85, UserName = "seed", At = MonitoringSeed.Vn(2026, 6, 14) });
            await db.SaveChangesAsync();
            return (r.Id, g.Id);
        });
        var (leader, _) = await MonitoringSeed.SignInAsync(App, Roles.Leader, w.Commune.Id);
        var (office, _) = await MonitoringSeed.SignInAsync(App, Roles.OfficeOfficer, w.Offices[0].Id);
        var (other, _) = await MonitoringSeed.SignInAsync(App, Roles.OfficeOfficer, w.Offices[1].Id);

        var refused = await AskAsync(leader, $"indicatorId={green}", "Vì sao?", "/Account/Logout");
        WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()).ShouldContain("Chỉ yêu cầu giải trình chỉ tiêu đang ở mức đỏ (có nguy cơ không đạt).");
        (await RequestsAsync(e => e.IndicatorId == green)).ShouldBeEmpty();

        (await AskAsync(leader, $"indicatorId={red}", "Vì sao tỷ lệ hồ sơ trực tuyến thấp?")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var request = (await RequestsAsync(e => e.IndicatorId == red)).ShouldHaveSingleItem();
        request.OfficeId.ShouldBe(w.Offices[0].Id);
        request.TaskId.ShouldBeNull();

        (await AnswerAsync(other, request.Id, "Không phải phòng tôi")).Headers.Location!.OriginalString.ShouldContain("/Account/AccessDenied");
        (await office.GetStringAsync($"/Explanations/{request.Id}")).ShouldContain("Gửi giải trình");
        (await AnswerAsync(office, request.Id, "Người dân chưa quen nộp trực tuyến.")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await RequestsAsync(e => e.Id == request.Id)).Single().Answer.ShouldBe("Người dân chưa quen nộp trực tuyến.");
        (await leader.GetStringAsync("/Explanations")).ShouldContain("Người dân chưa quen nộp trực tuyến.");
    }
}

public sealed class ExplanationTests_Sqlite(SqliteWebApp app) : ExplanationTests(app), IClassFixture<SqliteWebApp>;

public sealed class ExplanationTests_Postgres(PostgresWebApp app) : ExplanationTests(app), IClassFixture<PostgresWebApp>;
