using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SauRo.Core.Plans;
using SauRo.Data.Entities;

namespace SauRo.Tests.Web;

/// <summary>
/// A commune with a plan to report on, for the reporting tests: the plan of <see cref="PlanSeed.BuildAsync"/> issued
/// 20/03/2026 (tasks led by the five offices in turn, indicators led by the first office, "≥ 80%"), a duty "the
/// offices report monthly before the 5th" and a duty "the commune reports monthly before the 10th". Its first period is
/// April 2026 (data 15/03–14/04): the offices' report is due 05/05/2026, the commune's 10/05/2026.
/// </summary>
public static partial class ReportSeed
{
    public const string April = "2026-M04";

    public sealed record World(Unit Commune, List<Unit> Offices, int PlanId, int OfficesDutyId, int CommuneDutyId, List<int> IndicatorIds);

    public static async Task<World> BuildAsync(WebAppFixture app, int tasks = 10, int indicators = 2)
    {
        var (_, commune, offices) = await app.NewCommuneAsync();
        var planId = await PlanSeed.BuildAsync(app, commune.Id, tasks, indicators, issuedOn: "2026-03-20");
        return await app.WithDbAsync(async db =>
        {
            var offices5 = new PlanReportingDuty
            {
                PlanId = planId, FromParty = nameof(ReportingParty.Offices), ToText = "Phòng Văn hóa - Xã hội",
                Frequency = nameof(ReportingFrequency.Monthly), DueDay = 5, Text = "Báo cáo tháng trước ngày 05",
            };
            var commune10 = new PlanReportingDuty
            {
                PlanId = planId, FromParty = nameof(ReportingParty.Commune), ToText = "Sở Khoa học và Công nghệ",
                Frequency = nameof(ReportingFrequency.Monthly), DueDay = 10, Text = "Báo cáo tháng trước ngày 10",
            };
            db.PlanReportingDuties.AddRange(offices5, commune10);
            await db.SaveChangesAsync();
            var ids = await db.Indicators.Where(i => i.PlanId == planId).OrderBy(i => i.Position).Select(i => i.Id).ToListAsync();
            return new World(commune, offices, planId, offices5.Id, commune10.Id, ids);
        });
    }

    /// <summary>A moment in Vietnam (UTC+7), as the UTC instant clocks and PostgreSQL speak.</summary>
    public static DateTimeOffset Vietnam(int year, int month, int day, int hour = 9, int minute = 0) =>
        new DateTimeOffset(year, month, day, hour, minute, 0, TimeSpan.FromHours(7)).ToUniversalTime();

    public static async Task<HttpClient> ClientAsync(WebAppFixture app, string role, int unitId) =>
        await app.SignedInClientAsync(await app.NewUserAsync(role, unitId));

    /// <summary>Opens an expected report (created as a draft for whoever may file it) and returns its id.</summary>
    public static async Task<int> OpenAsync(HttpClient client, int dutyId, int unitId, string period = April)
    {
        var response = await client.GetAsync($"/Reports/Open?dutyId={dutyId}&unitId={unitId}&period={period}");
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        var m = ReportUrl().Match(response.Headers.Location!.OriginalString);
        m.Success.ShouldBeTrue(response.Headers.Location.OriginalString);
        return int.Parse(m.Groups[1].Value);
    }

    /// <summary>Posts a handler of the report page (the token from the report page, or from <paramref name="formPage"/> for who may not see it).</summary>
    public static Task<HttpResponseMessage> PostAsync(HttpClient client, int reportId, string handler, Dictionary<string, string>? form = null, string? formPage = null) =>
        WebAppFixture.PostFormAsync(client, $"/Reports/{reportId}?handler={handler}", form ?? [], formPage ?? $"/Reports/{reportId}");

    public static Task<Report> ReportAsync(WebAppFixture app, int id) => app.WithDbAsync(db => db.Reports.AsNoTracking().SingleAsync(r => r.Id == id));

    /// <summary>A report stored directly in a state, submitted (first and latest) at the given moments.</summary>
    public static Task<int> StoreAsync(WebAppFixture app, World w, int unitId, ReportState state, DateTimeOffset? first = null, DateTimeOffset? latest = null, string period = April) =>
        app.WithDbAsync(async db =>
        {
            var report = new Report
            {
                PlanId = w.PlanId,
                DutyId = unitId == w.Commune.Id ? w.CommuneDutyId : w.OfficesDutyId,
                UnitId = unitId,
                Frequency = nameof(ReportingFrequency.Monthly),
                PeriodKey = period,
                DueDate = unitId == w.Commune.Id ? new DateOnly(2026, 5, 10) : new DateOnly(2026, 5, 5),
                State = state,
                FirstSubmittedAt = first,
                SubmittedAt = latest ?? first,
                SubmittedBy = first is null ? null : "nguoi-nop",
            };
            db.Reports.Add(report);
            await db.SaveChangesAsync();
            return report.Id;
        });

    /// <summary>Whether the response is the redirect of a refusal to the access-denied page.</summary>
    public static void ShouldBeForbidden(this HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldContain("/Account/AccessDenied");
    }

    [GeneratedRegex(@"^/Reports/(\d+)")]
    private static partial Regex ReportUrl();
}
