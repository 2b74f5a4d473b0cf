using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SauRo.Data.Entities;
using SauRo.Features.Accounts;

namespace SauRo.Tests.Web;

/// <summary>
/// Indicator values per period on the indicator page and the API: recorded by the lead office, the standing body or an
/// administrator, as a number or a numerator over a denominator, checked with Vietnamese messages; the colour by the
/// expected pace on the indicator page and the plan page (red first); the reporting frequency.
/// </summary>
public abstract class IndicatorValueTests(WebAppFixture app) : WebTest(app)
{
    private static Task<HttpResponseMessage> RecordAsync(HttpClient client, int indicatorId, string period, string? value = null, string? numerator = null, string? denominator = null, string? formPage = null) =>
        WebAppFixture.PostFormAsync(client, $"/Indicators/{indicatorId}?handler=Value", new()
        {
            ["PeriodKey"] = period,
            ["Input.Value"] = value ?? string.Empty,
            ["Input.Numerator"] = numerator ?? string.Empty,
            ["Input.Denominator"] = denominator ?? string.Empty,
        }, formPage ?? $"/Indicators/{indicatorId}");

    private Task<int> ValueCountAsync(int indicatorId) => App.WithDbAsync(db => db.IndicatorValues.CountAsync(v => v.IndicatorId == indicatorId));

    private async Task<HttpClient> BearerAsync(string role, int unitId)
    {
        var client = App.CreateClient();
        var login = await client.PostAsJsonAsync("/api/v1/auth/login", new { userName = await App.NewUserAsync(role, unitId), password = WebAppFixture.Password });
        var json = await login.Content.ReadFromJsonAsync<JsonElement>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", json.GetProperty("accessToken").GetString());
        return client;
    }

    [Fact]
    public async Task IndicatorPage_LeadOffice_RecordsANumberAndARatio()
    {
        var w = await ReportSeed.BuildAsync(App);
        App.Clock.Set(ReportSeed.Vietnam(2026, 7, 1));
        var id = w.IndicatorIds[0];
        var user = await App.NewUserAsync(Roles.OfficeOfficer, w.Offices[0].Id);
        var officer = await App.SignedInClientAsync(user);

        var html = await officer.GetStringAsync($"/Indicators/{id}");
        html.ShouldContain("Tỷ lệ hồ sơ được số hóa số 1");
        html.ShouldContain("≥ 80%");
        html.ShouldContain("data-colour=\"grey\"");
        html.ShouldContain("Chưa có số liệu trong năm.");
        html.ShouldContain("<option value=\"2026-M06\" selected=\"selected\">"); // the latest period whose data are in
        Regex.Count(html, "<tr data-period=\"2026-M\\d\\d\"").ShouldBe(12);

        (await RecordAsync(officer, id, "2026-M06", value: "17,5")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var value = await App.WithDbAsync(db => db.IndicatorValues.AsNoTracking().SingleAsync(v => v.IndicatorId == id));
        (value.PeriodKey, value.Value, value.Numerator, value.OfficeId, value.UserName).ShouldBe(("2026-M06", (decimal?)17.5m, (decimal?)null, (int?)w.Offices[0].Id, user));
        await AuditAssert.HasEntryAsync(App, nameof(IndicatorValue), value.Id, AuditAction.Create, user);

        // A second recording of the period replaces the value (the trail keeps the first).
        (await RecordAsync(officer, id, "2026-M06", numerator: "45", denominator: "60")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var ratio = await App.WithDbAsync(db => db.IndicatorValues.AsNoTracking().SingleAsync(v => v.IndicatorId == id));
        (ratio.Id, ratio.Value, ratio.Numerator, ratio.Denominator).ShouldBe((value.Id, (decimal?)null, (decimal?)45m, (decimal?)60m));
        var update = await AuditAssert.HasEntryAsync(App, nameof(IndicatorValue), value.Id, AuditAction.Update, user);
        decimal.Parse(AuditAssert.Before(update)["Value"]!, System.Globalization.CultureInfo.InvariantCulture).ShouldBe(17.5m);
        html = await officer.GetStringAsync($"/Indicators/{id}");
        html.ShouldContain("45/60 (75%)");
        html.ShouldContain("data-colour=\"green\""); // 75% by mid-June is ahead of the pace towards 80% at year end
    }

    [Fact]
    public async Task Colour_FollowsTheExpectedPace_RedListedFirstOnThePlanPage()
    {
        var w = await ReportSeed.BuildAsync(App, tasks: 2, indicators: 3);
        App.Clock.Set(ReportSeed.Vietnam(2026, 7, 1));
        await App.WithDbAsync(async db =>
        {
            // June's data end on 14/06: 164 of 364 days, so 80% × 164/364 ≈ 36,04 is expected.
            foreach (var (indicator, v) in new[] { (w.IndicatorIds[0], 30m), (w.IndicatorIds[1], 20m), (w.IndicatorIds[2], 40m) })
            {
                db.IndicatorValues.Add(new IndicatorValue { IndicatorId = indicator, PeriodKey = "2026-M06", Value = v, UserName = "can-bo", At = ReportSeed.Vietnam(2026, 6, 20) });
            }

            return await db.SaveChangesAsync();
        });
        var client = await ReportSeed.ClientAsync(App, Roles.Leader, w.Commune.Id);

        var red = await client.GetStringAsync($"/Indicators/{w.IndicatorIds[1]}");
        red.ShouldContain("data-colour=\"red\"");
        red.ShouldContain("Giá trị 20 (số liệu đến 14/06/2026); theo tiến độ cần 36,04 (từ mức đầu năm 0); đạt 55% tiến độ.");
        (await client.GetStringAsync($"/Indicators/{w.IndicatorIds[0]}")).ShouldContain("đạt 83% tiến độ.");

        var plan = await client.GetStringAsync($"/Plans/{w.PlanId}");
        Colour(plan, w.IndicatorIds[0]).ShouldBe("orange");
        Colour(plan, w.IndicatorIds[1]).ShouldBe("red");
        Colour(plan, w.IndicatorIds[2]).ShouldBe("green");
        var box = Regex.Match(plan, "id=\"indicators-attention\".*?</section>", RegexOptions.Singleline).Value;
        box.ShouldContain("Chỉ tiêu cần chú ý");
        box.IndexOf($"/Indicators/{w.IndicatorIds[1]}", StringComparison.Ordinal).ShouldBeLessThan(box.IndexOf($"/Indicators/{w.IndicatorIds[0]}", StringComparison.Ordinal));
        box.ShouldNotContain($"/Indicators/{w.IndicatorIds[2]}\"");
        plan.ShouldContain($"href=\"/Plans/{w.PlanId}/Reporting\"");
        plan.ShouldContain($"href=\"/Plans/{w.PlanId}/Completeness\"");
    }

    [Theory]
    [InlineData("", "", "", "Hãy nhập giá trị, hoặc tử số và mẫu số.")]
    [InlineData("17,5", "1", "2", "Chỉ nhập giá trị, hoặc tử số và mẫu số, không nhập cả hai.")]
    [InlineData("", "5", "0", "Mẫu số phải lớn hơn 0.")]
    [InlineData("", "5", "", "Hãy nhập mẫu số.")]
    [InlineData("", "61", "60", "Tử số không được lớn hơn mẫu số (tỷ lệ không quá 100%).")]
    [InlineData("120", "", "", "Tỷ lệ phần trăm phải từ 0 đến 100.")]
    [InlineData("mười", "", "", "Hãy nhập một số, ví dụ 17,5 hoặc 1.250.")]
    [InlineData("1,23456", "", "", "Tối đa 4 chữ số sau dấu phẩy.")]
    public async Task IndicatorPage_InvalidValue_ShowsTheMessageAndWritesNothing(string value, string numerator, string denominator, string message)
    {
        var w = await ReportSeed.BuildAsync(App, tasks: 1, indicators: 1);
        App.Clock.Set(ReportSeed.Vietnam(2026, 7, 1));
        var officer = await ReportSeed.ClientAsync(App, Roles.StandingOfficer, w.Commune.Id);

        var response = await RecordAsync(officer, w.IndicatorIds[0], "2026-M06", value, numerator, denominator);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()).ShouldContain(message);
        (await ValueCountAsync(w.IndicatorIds[0])).ShouldBe(0);
    }

    [Theory]
    [InlineData("2027-M01")]
    [InlineData("2026-Q2")]
    [InlineData("thang-6")]
    public async Task IndicatorPage_PeriodOutsideTheYearOrFrequency_IsRefused(string period)
    {
        var w = await ReportSeed.BuildAsync(App, tasks: 1, indicators: 1);
        var officer = await ReportSeed.ClientAsync(App, Roles.OfficeOfficer, w.Offices[0].Id);
        var response = await RecordAsync(officer, w.IndicatorIds[0], period, value: "10");
        (await response.Content.ReadAsStringAsync()).ShouldContain("Hãy chọn một kỳ báo cáo của năm 2026 trong danh sách.");
        (await ValueCountAsync(w.IndicatorIds[0])).ShouldBe(0);
    }

    [Fact]
    public async Task IndicatorPage_OtherOfficeLeaderAndOtherCommune_AreRefused()
    {
        var w = await ReportSeed.BuildAsync(App, tasks: 1, indicators: 1);
        var id = w.IndicatorIds[0];

        var otherOffice = await ReportSeed.ClientAsync(App, Roles.OfficeOfficer, w.Offices[1].Id);
        (await otherOffice.GetStringAsync($"/Indicators/{id}")).ShouldNotContain("Lưu số liệu");
        (await RecordAsync(otherOffice, id, "2026-M06", value: "10", formPage: "/Account/Logout")).ShouldBeForbidden();
        var leader = await ReportSeed.ClientAsync(App, Roles.Leader, w.Commune.Id);
        (await RecordAsync(leader, id, "2026-M06", value: "10", formPage: "/Account/Logout")).ShouldBeForbidden();

        var (_, other, _) = await App.NewCommuneAsync();
        var stranger = await ReportSeed.ClientAsync(App, Roles.StandingOfficer, other.Id);
        (await stranger.GetAsync($"/Indicators/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await RecordAsync(stranger, id, "2026-M06", value: "10", formPage: "/Account/Logout")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await stranger.GetAsync("/Indicators/999999")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await ValueCountAsync(id)).ShouldBe(0);

        var standing = await ReportSeed.ClientAsync(App, Roles.StandingOfficer, w.Commune.Id);
        (await RecordAsync(standing, id, "2026-M06", value: "10")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await ValueCountAsync(id)).ShouldBe(1);
    }

    [Fact]
    public async Task Frequency_ChosenByTheStandingBody_ChangesThePeriods()
    {
        var w = await ReportSeed.BuildAsync(App, tasks: 1, indicators: 1);
        var id = w.IndicatorIds[0];
        var officer = await ReportSeed.ClientAsync(App, Roles.OfficeOfficer, w.Offices[0].Id);
        (await WebAppFixture.PostFormAsync(officer, $"/Indicators/{id}?handler=Frequency", new() { ["NewFrequency"] = "Quarterly" }, "/Account/Logout")).ShouldBeForbidden();

        var standing = await ReportSeed.ClientAsync(App, Roles.StandingOfficer, w.Commune.Id);
        (await WebAppFixture.PostFormAsync(standing, $"/Indicators/{id}?handler=Frequency", new() { ["NewFrequency"] = "Quarterly" }, $"/Indicators/{id}"))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var audit = await AuditAssert.HasEntryAsync(App, nameof(Indicator), id, AuditAction.Update);
        AuditAssert.After(audit)["ValueFrequency"].ShouldBe("Quarterly");
        var html = await officer.GetStringAsync($"/Indicators/{id}");
        Regex.Count(html, "<tr data-period=\"2026-Q\\d\"").ShouldBe(4);
        html.ShouldContain("Hằng quý");
        (await RecordAsync(officer, id, "2026-Q2", value: "40")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await RecordAsync(officer, id, "2026-M06", value: "40")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await App.WithDbAsync(db => db.IndicatorValues.Where(v => v.IndicatorId == id).Select(v => v.PeriodKey).ToListAsync())).ShouldBe(["2026-Q2"]);
    }

    [Fact]
    public async Task Api_ReadsAndWritesValues_WithItsRefusals()
    {
        var w = await ReportSeed.BuildAsync(App, tasks: 1, indicators: 1);
        App.Clock.Set(ReportSeed.Vietnam(2026, 7, 1));
        var id = w.IndicatorIds[0];
        var officer = await BearerAsync(Roles.OfficeOfficer, w.Offices[0].Id);

        var put = await officer.PutAsJsonAsync($"/api/v1/indicators/{id}/values/2026-M06", new { numerator = 45, denominator = 60, note = "Theo báo cáo tháng 6" });
        put.StatusCode.ShouldBe(HttpStatusCode.OK, await put.Content.ReadAsStringAsync());
        var dto = await put.Content.ReadFromJsonAsync<JsonElement>();
        dto.GetProperty("periodLabel").GetString().ShouldBe("Tháng 6/2026");
        dto.GetProperty("computed").GetDecimal().ShouldBe(75m);
        dto.GetProperty("dataFrom").GetString().ShouldBe("2026-05-15");
        dto.GetProperty("dataTo").GetString().ShouldBe("2026-06-14");
        dto.GetProperty("locked").GetBoolean().ShouldBeFalse();

        var one = await officer.GetFromJsonAsync<JsonElement>($"/api/v1/indicators/{id}/values/2026-M06");
        one.GetProperty("note").GetString().ShouldBe("Theo báo cáo tháng 6");
        var list = await officer.GetFromJsonAsync<JsonElement>($"/api/v1/indicators/{id}/values");
        list.GetProperty("frequency").GetString().ShouldBe("monthly");
        list.GetProperty("year").GetInt32().ShouldBe(2026);
        list.GetProperty("colour").GetProperty("colour").GetString().ShouldBe("green");
        list.GetProperty("values").GetArrayLength().ShouldBe(1);

        var invalid = await officer.PutAsJsonAsync($"/api/v1/indicators/{id}/values/2026-M05", new { numerator = 5, denominator = 0 });
        invalid.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await invalid.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        errors.GetProperty("denominator")[0].GetString().ShouldBe("Mẫu số phải lớn hơn 0.");
        var period = await officer.PutAsJsonAsync($"/api/v1/indicators/{id}/values/2026-13", new { value = 5 });
        period.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await period.Content.ReadAsStringAsync()).ShouldContain("periodKey");
        (await officer.GetAsync($"/api/v1/indicators/{id}/values/2026-M05")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var otherOffice = await BearerAsync(Roles.OfficeOfficer, w.Offices[1].Id);
        (await otherOffice.PutAsJsonAsync($"/api/v1/indicators/{id}/values/2026-M05", new { value = 5 })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var (_, other, _) = await App.NewCommuneAsync();
        var stranger = await BearerAsync(Roles.StandingOfficer, other.Id);
        (await stranger.GetAsync($"/api/v1/indicators/{id}/values")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await stranger.PutAsJsonAsync($"/api/v1/indicators/{id}/values/2026-M05", new { value = 5 })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await ValueCountAsync(id)).ShouldBe(1);
    }

    /// <summary>The colour badge of an indicator's row on the plan page.</summary>
    private static string Colour(string html, int indicatorId)
    {
        var m = Regex.Match(html, $"<tr id=\"indicator-{indicatorId}\" data-indicator-id=\"{indicatorId}\"[^>]*>.*?data-colour=\"([a-z]+)\"", RegexOptions.Singleline);
        m.Success.ShouldBeTrue($"no colour for indicator {indicatorId}");
        return m.Groups[1].Value;
    }
}

public sealed class IndicatorValueTests_Sqlite(SqliteWebApp app) : IndicatorValueTests(app), IClassFixture<SqliteWebApp>;

public sealed class IndicatorValueTests_Postgres(PostgresWebApp app) : IndicatorValueTests(app), IClassFixture<PostgresWebApp>;
