using System.Net;
using SauRo.Data.Entities;
using SauRo.Features.Accounts;

namespace SauRo.Tests.Web;

/// <summary>
/// The page "Xuất báo cáo": who may download (whoever sees the unit; 404 otherwise), the default period, and the
/// answers to bad input (an unknown unit, a garbage period key, an office, a year without plans).
/// </summary>
public abstract class ReportFilePageTests(WebAppFixture app) : WebTest(app)
{
    [Fact]
    public async Task Page_DefaultsToTheLastEndedMonth_AndOffersBothDownloads()
    {
        var w = await ReportFileSeed.BuildAsync(App);
        var client = await ReportFileSeed.LeaderAsync(App, w);

        var html = await client.GetStringAsync("/ReportFiles");

        html.ShouldContain("Xuất báo cáo — Xã An Bình");
        html.ShouldContain("<option value=\"2026-M10\" selected=\"selected\">Tháng 10/2026</option>");
        html.ShouldContain("Tháng 10/2026: số liệu từ ngày 15/09/2026 đến ngày 14/10/2026.");
        html.ShouldContain("id=\"download-docx\"");
        html.ShouldContain("id=\"download-xlsx\"");
        (await client.GetStringAsync($"/Units/{w.Commune.Id}")).ShouldContain($"href=\"/ReportFiles?unitId={w.Commune.Id}\"");
    }

    [Fact]
    public async Task Download_ByAnOfficeOfficerOfTheCommune_AndByTheProvince_Allowed()
    {
        var w = await ReportFileSeed.BuildAsync(App);
        var office = await ReportSeed.ClientAsync(App, Roles.OfficeOfficer, w.Offices["Công an xã"].Id);
        (await ReportFileSeed.DownloadAsync(office, w.Commune.Id, "Xlsx")).Content.Length.ShouldBeGreaterThan(0);
        var province = await ReportSeed.ClientAsync(App, Roles.ProvinceOfficer, w.Province.Id);
        (await ReportFileSeed.DownloadAsync(province, w.Commune.Id, "Docx")).Content.Length.ShouldBeGreaterThan(0);
        var consolidated = await ReportFileSeed.DownloadAsync(province, w.Province.Id, "Docx");
        consolidated.Response.Content.Headers.ContentDisposition!.ToString().ShouldContain("B%C3%A1o%20c%C3%A1o%20t%E1%BB%95ng%20h%E1%BB%A3p");
    }

    [Fact]
    public async Task Download_UnknownUnit_404_UnitOutOfSight_404()
    {
        var w = await ReportFileSeed.BuildAsync(App);
        var other = await ReportFileSeed.BuildAsync(App, "Xã Tân Lập");
        var client = await ReportFileSeed.LeaderAsync(App, w);

        (await client.GetAsync("/ReportFiles?unitId=987654321&handler=Docx")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetAsync($"/ReportFiles?unitId={other.Commune.Id}&handler=Docx")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetAsync($"/ReportFiles?unitId={other.Commune.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetAsync($"/ReportFiles?unitId={w.Province.Id}&handler=Xlsx")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var province = await ReportSeed.ClientAsync(App, Roles.ProvinceOfficer, w.Province.Id);
        (await province.GetAsync($"/ReportFiles?unitId={other.Province.Id}&handler=Docx")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Download_GarbagePeriod_400WithAVietnameseMessage()
    {
        var w = await ReportFileSeed.BuildAsync(App);
        var client = await ReportFileSeed.LeaderAsync(App, w);

        var response = await client.GetAsync($"/ReportFiles?unitId={w.Commune.Id}&period=thang-10&handler=Docx");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()).ShouldContain(
            "Kỳ báo cáo «thang-10» không hợp lệ. Hãy chọn một kỳ trong danh sách (dạng 2026-M10 cho tháng 10/2026");
        (await client.GetAsync($"/ReportFiles?unitId={w.Commune.Id}&period=2026-M13")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Download_AnOffice_400_ChooseACommuneOrAProvince()
    {
        var w = await ReportFileSeed.BuildAsync(App);
        var client = await ReportFileSeed.LeaderAsync(App, w);

        var response = await client.GetAsync($"/ReportFiles?unitId={w.Offices["Phòng Kinh tế"].Id}&handler=Docx");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()).ShouldContain("Phòng Kinh tế không phải xã, phường hay tỉnh");
    }

    /// <summary>A year without plans gives no file: the page says there is nothing to report (a choice documented in the README).</summary>
    [Fact]
    public async Task Download_YearWithoutPlans_NoFile_AMessageSaysSo()
    {
        var w = await ReportFileSeed.BuildAsync(App);
        var client = await ReportFileSeed.LeaderAsync(App, w);

        var response = await client.GetAsync($"/ReportFiles?unitId={w.Commune.Id}&period=2025-Q4&handler=Docx");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        html.ShouldContain("Xã An Bình chưa có kế hoạch năm 2025: không có số liệu để lập báo cáo quý IV/2025.");
        html.ShouldContain("<option value=\"2025-Q4\" selected=\"selected\">Quý IV/2025</option>");
    }

    [Fact]
    public async Task Download_ReflectsATaskUpdate_OnTheNextRequest()
    {
        var w = await ReportFileSeed.BuildAsync(App);
        var client = await ReportFileSeed.LeaderAsync(App, w);
        await App.WithDbAsync(async db =>
        {
            db.TaskUpdates.Add(new TaskUpdate
            {
                TaskId = w.Tasks[ReportFileSeed.Digitise], OfficeId = w.Offices["Trung tâm Phục vụ hành chính công"].Id, UserId = "seed", UserName = "seed",
                At = ReportSeed.Vietnam(2026, 11, 11), State = TaskProgressState.Done, PercentDone = 100, CompletedOn = new DateOnly(2026, 11, 11), Result = "Đã số hóa xong",
            });
            return await db.SaveChangesAsync();
        });

        var (content, _) = await ReportFileSeed.DownloadAsync(client, w.Commune.Id, "Docx");

        var texts = OpenXmlFiles.BodyParagraphs(OpenXmlFiles.Word(content)).Select(p => p.InnerText).ToList();
        texts.ShouldContain("Tính đến ngày 12/11/2026, còn 1 nhiệm vụ quá hạn chưa hoàn thành:");
        texts.ShouldNotContain(t => t.StartsWith($"- {ReportFileSeed.Digitise}", StringComparison.Ordinal));
    }
}

public sealed class ReportFilePageTests_Sqlite(SqliteWebApp app) : ReportFilePageTests(app), IClassFixture<SqliteWebApp>;

public sealed class ReportFilePageTests_Postgres(PostgresWebApp app) : ReportFilePageTests(app), IClassFixture<PostgresWebApp>;
