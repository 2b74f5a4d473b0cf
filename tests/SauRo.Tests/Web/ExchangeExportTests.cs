using System.Net;
using System.Text;
using SauRo.Core.Exchange;
using SauRo.Core.Plans;
using SauRo.Core.Tests.Exchange;
using SauRo.Features.Accounts;

namespace SauRo.Tests.Web;

/// <summary>A commune's exchange file: what it holds, that it matches the contract's schema, who may download it.</summary>
public abstract class ExchangeExportTests(WebAppFixture app) : WebTest(app)
{
    [Fact]
    public async Task Export_OfASeededCommune_MatchesTheSchema_AndHoldsItsFacts()
    {
        var w = await ExchangeSeed.BuildAsync(App);
        var client = await App.SignedInClientAsync(await App.NewUserAsync(Roles.Leader, w.Commune.Id));

        var response = await client.GetAsync($"/api/v1/exchange/communes/{w.Commune.Id}");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        response.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        response.Content.Headers.ContentDisposition.FileNameStar.ShouldBe($"trao-doi-{OfficeNames.Key(w.Commune.Name).Replace(' ', '-')}-20261122-0900.json");
        var json = await response.Content.ReadAsStringAsync();
        JsonSchemaCheck.Exchange().Check(json).ShouldBeEmpty();
        json.ShouldContain("\"exportedAt\": \"2026-11-22T09:00:00+07:00\"");
        json.ShouldNotContain("%PDF"); // attachments are described, never carried
        var read = ExchangeReader.Read(Encoding.UTF8.GetBytes(json), App.Clock.GetUtcNow());
        read.IsSuccess.ShouldBeTrue(read.Message);
        var doc = read.Document!;
        doc.Commune.ShouldBe(new ExchangeCommune(w.Commune.Name, null, w.Province.Name));
        doc.StatusDate.ShouldBe(new DateOnly(2026, 11, 22));
        doc.Source.ShouldBe("Sáu Rõ");

        var plan = doc.Plans.ShouldHaveSingleItem();
        (plan.Id, plan.Number, plan.Year, plan.IssuedOn, plan.Signer).ShouldBe(($"{w.PlanId}", ExchangeSeed.PlanNumber, 2026, "2026-03-20", "Nguyễn Văn A"));
        plan.Bases.ShouldBe(["Kế hoạch số 35/KH-UBND của UBND tỉnh"]);
        plan.Reporting.Select(d => (d.From, d.Frequency, d.DueDay)).ShouldBe(
            [(ReportingParty.Offices, ReportingFrequency.Monthly, 5), (ReportingParty.Commune, ReportingFrequency.Monthly, 10)]);

        plan.Tasks.Select(t => t.Status).ShouldBe(["done-on-time", "done-late", "overdue", "overdue", "due-soon", "in-progress", "overdue", "in-progress"]);
        var first = plan.Tasks[0];
        first.Lead.ShouldBe(["Trung tâm Phục vụ hành chính công"]);
        first.Cooperating.ShouldBe(["Phòng Văn hóa - Xã hội", "Các cơ quan, đơn vị"]);
        first.Due.ShouldBe(new ExchangeDeadline { Text = "Quý III/2026", Kind = DeadlineKind.Quarter, Start = new(2026, 7, 1), End = new(2026, 9, 30) });
        first.CreatedAt.ShouldBe(new DateTimeOffset(2026, 3, 20, 10, 0, 0, TimeSpan.FromHours(7)));
        var update = first.Updates.ShouldHaveSingleItem();
        (update.State, update.PercentDone, update.CompletedOn, update.EvidenceNumber, update.Office, update.Report)
            .ShouldBe((ExchangeProgress.Done, 100, new DateOnly(2026, 9, 25), "45/BC-UBND", "Trung tâm Phục vụ hành chính công", $"{w.OfficeReportId}"));
        update.At.ShouldBe(new DateTimeOffset(2026, 9, 25, 16, 0, 0, TimeSpan.FromHours(7)));
        update.At.Offset.ShouldBe(TimeSpan.FromHours(7));
        update.Attachment.ShouldBe(new ExchangeAttachment("bao-cao-so-hoa.pdf", Encoding.ASCII.GetByteCount("%PDF-1.4 báo cáo số hóa"), "application/pdf"));
        plan.Tasks[2].Updates.ShouldHaveSingleItem().Difficulties.ShouldBe("Thiếu kinh phí");
        plan.Tasks[3].AdjustedDue!.Text.ShouldBe("Quý III/2026");
        plan.Tasks[7].Due!.Kind.ShouldBe(DeadlineKind.Unknown);

        var ratio = plan.Indicators[0];
        (ratio.Name, ratio.Comparator, ratio.TargetValue, ratio.TargetText, ratio.Origin).ShouldBe(
            ("Tỷ lệ hồ sơ thủ tục hành chính được số hóa", Comparator.AtLeast, 80m, "≥ 80", "table"));
        ratio.Values.Select(v => (v.Period, v.Value, v.Numerator, v.Denominator, v.Office, v.Report)).ShouldBe(
        [
            ("2026-M10", 72.5m, null, null, "Trung tâm Phục vụ hành chính công", $"{w.OfficeReportId}"),
            ("2026-M11", null, 145m, 180m, null, null),
        ]);
        json.ShouldContain("\"value\": 72.5,");
        plan.Indicators[1].Values.ShouldBeEmpty();
        plan.Reports.Select(r => (r.Office, r.Period, r.State, r.DueDate)).ShouldBe(
        [
            ("Trung tâm Phục vụ hành chính công", "2026-M10", ExchangeReportState.Approved, new DateOnly(2026, 11, 5)),
            (null, "2026-M10", ExchangeReportState.Submitted, new DateOnly(2026, 11, 10)),
        ]);
        plan.Reports[0].ReviewedAt.ShouldBe(new DateTimeOffset(2026, 11, 4, 14, 0, 0, TimeSpan.FromHours(7)));
    }

    [Fact]
    public async Task Export_IsForThoseWhoSeeTheCommune_Else404()
    {
        var w = await ExchangeSeed.BuildAsync(App);
        var (otherProvince, otherCommune, _) = await App.NewCommuneAsync();
        var url = $"/api/v1/exchange/communes/{w.Commune.Id}";

        (await (await App.SignedInClientAsync(await App.NewUserAsync(Roles.OfficeOfficer, w.Offices[0].Id))).GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await (await App.SignedInClientAsync(await App.NewUserAsync(Roles.ProvinceOfficer, w.Province.Id))).GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var stranger = await App.SignedInClientAsync(await App.NewUserAsync(Roles.StandingOfficer, otherCommune.Id));
        var refused = await stranger.GetAsync(url);
        refused.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        refused.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await (await App.SignedInClientAsync(await App.NewUserAsync(Roles.ProvinceOfficer, otherProvince.Id))).GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var admin = await App.AdminClientAsync();
        (await admin.GetAsync($"/api/v1/exchange/communes/{w.Province.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound); // a province is not a commune
        (await admin.GetAsync("/api/v1/exchange/communes/999999")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await App.CreateClient().GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task UnitPage_OfACommune_LinksTheDownload()
    {
        var w = await ExchangeSeed.BuildAsync(App);
        var client = await App.AdminClientAsync();

        var commune = await client.GetStringAsync($"/Units/{w.Commune.Id}");
        var province = await client.GetStringAsync($"/Units/{w.Province.Id}");

        commune.ShouldContain($"<a href=\"/api/v1/exchange/communes/{w.Commune.Id}\" id=\"exchange-download\" download>Tải dữ liệu trao đổi (JSON)</a>");
        province.ShouldNotContain("exchange-download");
    }

    [Fact]
    public async Task Export_OfACommuneWithoutPlans_IsAnEmptyList()
    {
        var (_, commune, _) = await App.NewCommuneAsync();

        var bytes = await ExchangeSeed.ExportAsync(await App.AdminClientAsync(), commune.Id);

        var read = ExchangeReader.Read(bytes, App.Clock.GetUtcNow());
        read.IsSuccess.ShouldBeTrue(read.Message);
        read.Document!.Plans.ShouldBeEmpty();
    }
}

public sealed class ExchangeExportTests_Sqlite(SqliteWebApp app) : ExchangeExportTests(app), IClassFixture<SqliteWebApp>;

public sealed class ExchangeExportTests_Postgres(PostgresWebApp app) : ExchangeExportTests(app), IClassFixture<PostgresWebApp>;
