using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SauRo.Data.Entities;
using SauRo.Features.Accounts;

namespace SauRo.Tests.Web;

/// <summary>
/// A plan's reporting calendar: its duties with the schedule of periods, data windows and due dates; duties added,
/// changed and deleted by the standing body with Vietnamese validation; what reports already filed protect; refusals;
/// a new version of an imported plan keeping its duties and their reports.
/// </summary>
public abstract class ReportingTests(WebAppFixture app) : WebTest(app)
{
    private static Dictionary<string, string> Duty(string party, string frequency, string day, string? month = null, string? to = null) => new()
    {
        ["Input.FromParty"] = party,
        ["Input.Frequency"] = frequency,
        ["Input.DueDay"] = day,
        ["Input.DueMonth"] = month ?? string.Empty,
        ["Input.ToText"] = to ?? string.Empty,
        ["Input.Text"] = string.Empty,
    };

    private static Task<HttpResponseMessage> CreateAsync(HttpClient client, int planId, Dictionary<string, string> form, string? formPage = null) =>
        WebAppFixture.PostFormAsync(client, $"/Plans/{planId}/Reporting/Create", form, formPage ?? $"/Plans/{planId}/Reporting/Create");

    [Fact]
    public async Task Calendar_ShowsEachDutyWithItsPeriodsWindowsAndDueDates()
    {
        var w = await ReportSeed.BuildAsync(App);
        var standing = await ReportSeed.ClientAsync(App, Roles.StandingOfficer, w.Commune.Id);
        (await CreateAsync(standing, w.PlanId, Duty("Commune", "Yearly", "10", "12", "Sở Khoa học và Công nghệ"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var html = WebUtility.HtmlDecode(await standing.GetStringAsync($"/Plans/{w.PlanId}/Reporting"));
        html.ShouldContain("Lịch báo cáo năm 2026");
        html.ShouldContain("Kế hoạch được theo dõi từ ngày 20/03/2026.");
        var offices = Regex.Match(html, $"id=\"duty-{w.OfficesDutyId}\".*?</section>", RegexOptions.Singleline).Value;
        offices.ShouldContain("Mỗi cơ quan chủ trì ít nhất một nhiệm vụ hoặc chỉ tiêu của kế hoạch<span>: Phòng Văn hóa - Xã hội; Văn phòng HĐND và UBND xã; Trung tâm Phục vụ hành chính công; Công an xã; Phòng Kinh tế</span>");
        offices.ShouldContain("trước ngày 05");
        Regex.IsMatch(offices, "data-period=\"2026-M04\".*?15/03/2026 – 14/04/2026</td>\\s*<td>05/05/2026</td>\\s*<td class=\"num\">0/5</td>", RegexOptions.Singleline).ShouldBeTrue(offices);
        offices.ShouldNotContain("2026-M03");
        Regex.Count(offices, "<tr data-period=").ShouldBe(9); // April to December
        var yearly = await App.WithDbAsync(db => db.PlanReportingDuties.SingleAsync(d => d.PlanId == w.PlanId && d.Frequency == "Yearly"));
        var section = Regex.Match(html, $"id=\"duty-{yearly.Id}\".*?</section>", RegexOptions.Singleline).Value;
        Regex.IsMatch(section, "Năm 2026</a></td>\\s*<td>15/12/2025 – 14/12/2026</td>\\s*<td>10/12/2026</td>").ShouldBeTrue(section);
        yearly.Text.ShouldBe("UBND xã/phường báo cáo Sở Khoa học và Công nghệ: hằng năm, trước ngày 10/12");
    }

    [Fact]
    public async Task Duty_CreatedChangedDeleted_WithAuditRows()
    {
        var w = await ReportSeed.BuildAsync(App);
        var user = await App.NewUserAsync(Roles.StandingOfficer, w.Commune.Id);
        var standing = await App.SignedInClientAsync(user);

        (await CreateAsync(standing, w.PlanId, Duty("Offices", "Quarterly", "20", to: "Phòng Văn hóa - Xã hội"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var duty = await App.WithDbAsync(db => db.PlanReportingDuties.AsNoTracking().SingleAsync(d => d.PlanId == w.PlanId && d.Frequency == "Quarterly"));
        (duty.FromParty, duty.DueDay, duty.DueMonth, duty.ToText).ShouldBe(("Offices", 20, (int?)null, "Phòng Văn hóa - Xã hội"));
        await AuditAssert.HasEntryAsync(App, nameof(PlanReportingDuty), duty.Id, AuditAction.Create, user);

        (await WebAppFixture.PostFormAsync(standing, $"/Reporting/{duty.Id}/Edit", Duty("Offices", "Quarterly", "15", to: "Phòng Văn hóa - Xã hội")))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var edited = await AuditAssert.HasEntryAsync(App, nameof(PlanReportingDuty), duty.Id, AuditAction.Update, user);
        (AuditAssert.Before(edited)["DueDay"], AuditAssert.After(edited)["DueDay"]).ShouldBe(("20", "15"));

        (await WebAppFixture.PostFormAsync(standing, $"/Reporting/{duty.Id}/Delete", [])).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await App.WithDbAsync(db => db.PlanReportingDuties.AnyAsync(d => d.Id == duty.Id))).ShouldBeFalse();
        await AuditAssert.HasEntryAsync(App, nameof(PlanReportingDuty), duty.Id, AuditAction.Delete, user);
    }

    [Theory]
    [InlineData("", "Monthly", "5", "", "Hãy chọn bên báo cáo.")]
    [InlineData("Offices", "", "5", "", "Hãy chọn tần suất báo cáo.")]
    [InlineData("Commune", "Monthly", "32", "", "Ngày hạn phải là một số từ 1 đến 31.")]
    [InlineData("Commune", "Monthly", "", "", "Hãy nhập ngày hạn nộp báo cáo (1 đến 31).")]
    [InlineData("Commune", "Quarterly", "5", "12", "Chỉ báo cáo năm mới ghi tháng hạn; báo cáo khác nộp theo ngày trong tháng.")]
    [InlineData("Commune", "Yearly", "31", "2", "Tháng 2 không có ngày 31.")]
    [InlineData("Commune", "Yearly", "10", "13", "Tháng hạn phải là một số từ 1 đến 12.")]
    [InlineData("Offices", "Monthly", "7", "", "Kế hoạch đã có chế độ báo cáo hằng tháng của các cơ quan, đơn vị; hãy sửa chế độ đó.")]
    public async Task Duty_Invalid_ShowsTheMessageAndWritesNothing(string party, string frequency, string day, string month, string message)
    {
        var w = await ReportSeed.BuildAsync(App, tasks: 1, indicators: 0);
        var standing = await ReportSeed.ClientAsync(App, Roles.StandingOfficer, w.Commune.Id);

        var response = await CreateAsync(standing, w.PlanId, Duty(party, frequency, day, month));
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()).ShouldContain(message);
        (await App.WithDbAsync(db => db.PlanReportingDuties.CountAsync(d => d.PlanId == w.PlanId))).ShouldBe(2);
    }

    [Fact]
    public async Task Duty_WithReports_KeepsItsPartyAndFrequency_AndIsKeptOnceAReportWasSubmitted()
    {
        var w = await ReportSeed.BuildAsync(App);
        var submitted = await ReportSeed.StoreAsync(App, w, w.Offices[0].Id, ReportState.Submitted, ReportSeed.Vietnam(2026, 5, 4));
        var draft = await ReportSeed.StoreAsync(App, w, w.Offices[1].Id, ReportState.Draft);
        var communeDraft = await ReportSeed.StoreAsync(App, w, w.Commune.Id, ReportState.Draft);
        var standing = await ReportSeed.ClientAsync(App, Roles.StandingOfficer, w.Commune.Id);

        var frequency = await WebAppFixture.PostFormAsync(standing, $"/Reporting/{w.OfficesDutyId}/Edit", Duty("Offices", "Quarterly", "5"));
        frequency.StatusCode.ShouldBe(HttpStatusCode.OK);
        WebUtility.HtmlDecode(await frequency.Content.ReadAsStringAsync()).ShouldContain("Đã có báo cáo lập theo chế độ này: không đổi được bên báo cáo hay tần suất");

        (await WebAppFixture.PostFormAsync(standing, $"/Reporting/{w.OfficesDutyId}/Edit", Duty("Offices", "Monthly", "7"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await ReportSeed.ReportAsync(App, submitted)).DueDate.ShouldBe(new DateOnly(2026, 5, 5)); // frozen at submission
        (await ReportSeed.ReportAsync(App, draft)).DueDate.ShouldBe(new DateOnly(2026, 5, 7));

        var refused = await WebAppFixture.PostFormAsync(standing, $"/Reporting/{w.OfficesDutyId}/Delete", [], "/Account/Logout");
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("id=\"delete-refused\"");
        (await App.WithDbAsync(db => db.PlanReportingDuties.AnyAsync(d => d.Id == w.OfficesDutyId))).ShouldBeTrue();

        // A duty with drafts only goes, its drafts with it (recorded in the trail).
        (await WebAppFixture.PostFormAsync(standing, $"/Reporting/{w.CommuneDutyId}/Delete", [])).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await App.WithDbAsync(db => db.Reports.AnyAsync(r => r.Id == communeDraft))).ShouldBeFalse();
        await AuditAssert.HasEntryAsync(App, nameof(Report), communeDraft, AuditAction.Delete);
    }

    [Fact]
    public async Task Duties_OfficeOfficerIsRefused_AnotherCommuneGets404()
    {
        var w = await ReportSeed.BuildAsync(App, tasks: 1, indicators: 0);
        var officer = await ReportSeed.ClientAsync(App, Roles.OfficeOfficer, w.Offices[0].Id);
        (await officer.GetStringAsync($"/Plans/{w.PlanId}/Reporting")).ShouldNotContain("Thêm chế độ báo cáo");
        (await officer.GetAsync($"/Plans/{w.PlanId}/Reporting/Create")).ShouldBeForbidden();
        (await CreateAsync(officer, w.PlanId, Duty("Offices", "Quarterly", "20"), "/Account/Logout")).ShouldBeForbidden();
        (await WebAppFixture.PostFormAsync(officer, $"/Reporting/{w.OfficesDutyId}/Delete", [], "/Account/Logout")).ShouldBeForbidden();

        var (_, other, _) = await App.NewCommuneAsync();
        var stranger = await ReportSeed.ClientAsync(App, Roles.StandingOfficer, other.Id);
        (await stranger.GetAsync($"/Plans/{w.PlanId}/Reporting")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await stranger.GetAsync($"/Reporting/{w.OfficesDutyId}/Edit")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await CreateAsync(stranger, w.PlanId, Duty("Offices", "Quarterly", "20"), "/Account/Logout")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await App.WithDbAsync(db => db.PlanReportingDuties.CountAsync(d => d.PlanId == w.PlanId))).ShouldBe(2);
    }

    [Fact]
    public async Task NewVersionOfAnImportedPlan_KeepsItsDutiesAndTheirReports()
    {
        var (_, commune, offices) = await App.NewCommuneAsync();
        var planId = await PlanSeed.ImportAsync(App, commune.Id);
        var duties = await App.WithDbAsync(db => db.PlanReportingDuties.AsNoTracking().Where(d => d.PlanId == planId).OrderBy(d => d.Id).ToListAsync());
        duties.Select(d => (d.FromParty, d.Frequency, d.DueDay)).ShouldContain(("Offices", "Monthly", 5));
        var monthly = duties.First(d => d.FromParty == "Offices" && d.Frequency == "Monthly");
        var reportId = await App.WithDbAsync(async db =>
        {
            var report = new Report { PlanId = planId, DutyId = monthly.Id, UnitId = offices[0].Id, Frequency = "Monthly", PeriodKey = "2026-M04", DueDate = new DateOnly(2026, 5, 5), State = ReportState.Draft };
            db.Reports.Add(report);
            await db.SaveChangesAsync();
            return report.Id;
        });

        (await PlanSeed.ImportAsync(App, commune.Id)).ShouldBe(planId);
        var after = await App.WithDbAsync(db => db.PlanReportingDuties.AsNoTracking().Where(d => d.PlanId == planId).OrderBy(d => d.Id).Select(d => d.Id).ToListAsync());
        after.ShouldBe(duties.Select(d => d.Id).ToList());
        (await App.WithDbAsync(db => db.Reports.AnyAsync(r => r.Id == reportId))).ShouldBeTrue();
    }
}

public sealed class ReportingTests_Sqlite(SqliteWebApp app) : ReportingTests(app), IClassFixture<SqliteWebApp>;

public sealed class ReportingTests_Postgres(PostgresWebApp app) : ReportingTests(app), IClassFixture<PostgresWebApp>;
