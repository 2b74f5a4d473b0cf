using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using SauRo.Core.Exchange;
using SauRo.Core.Monitoring;
using SauRo.Core.Plans;
using SauRo.Data.Entities;
using SauRo.Features.Accounts;

namespace SauRo.Tests.Web;

/// <summary>
/// A commune exported from one instance and imported into a province of another: the province's numbers then count
/// it like any commune; the same export again changes nothing; a newer export replaces, an older one is refused.
/// </summary>
public abstract class ExchangeImportTests(WebAppFixture app) : WebTest(app)
{
    /// <summary>The seeded commune's tasks on 22/11/2026 (see <see cref="ExchangeSeed"/>).</summary>
    private static readonly Dictionary<PlanTaskStatus, int> SeededStatuses = new()
    {
        [PlanTaskStatus.DoneOnTime] = 1,
        [PlanTaskStatus.DoneLate] = 1,
        [PlanTaskStatus.Overdue] = 3,
        [PlanTaskStatus.DueSoon] = 1,
        [PlanTaskStatus.InProgress] = 2,
    };

    [Fact]
    public async Task RoundTrip_ToAnotherInstance_TheProvinceCountsTheCommuneAsItsSourceDoes_AndTheSameFileAgainChangesNothing()
    {
        var w = await ExchangeSeed.BuildAsync(App);
        var bytes = await ExchangeSeed.ExportAsync(await App.AdminClientAsync(), w.Commune.Id);
        (await ExchangeSeed.StatusesAsync(App, communeId: w.Commune.Id)).ShouldBe(SeededStatuses);

        await using var target = await ExchangeSeed.SecondInstanceAsync(App);
        var province = await ExchangeSeed.NewProvinceAsync(target, w.Province.Name);
        var officer = await target.SignedInClientAsync(await target.NewUserAsync(Roles.ProvinceOfficer, province.Id));
        (await officer.GetStringAsync("/Exchange/Import")).ShouldContain($"<option value=\"{province.Id}\" selected=\"selected\">{province.Name}</option>");

        var (preview, confirmed) = await ExchangeSeed.ImportAsync(officer, province.Id, bytes);

        preview.ShouldContain("sẽ tạo xã mới");
        (ExchangeSeed.Count(preview, "plans"), ExchangeSeed.Count(preview, "indicators"), ExchangeSeed.Count(preview, "values"),
            ExchangeSeed.Count(preview, "tasks"), ExchangeSeed.Count(preview, "updates"), ExchangeSeed.Count(preview, "reports")).ShouldBe((1, 2, 2, 8, 5, 2));
        preview.ShouldContain("1 tệp đính kèm chỉ được nêu tên trong tệp trao đổi; nội dung các tệp đó không được chuyển.");
        preview.ShouldContain("<tr data-status=\"overdue\">");
        confirmed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var commune = await target.WithDbAsync(db => db.Units.AsNoTracking().SingleAsync(u => u.ParentId == province.Id));
        (commune.Name, commune.Kind).ShouldBe((w.Commune.Name, UnitKind.Commune));
        confirmed.Headers.Location!.OriginalString.ShouldBe($"/Units/{commune.Id}");

        (await ExchangeSeed.StatusesAsync(target, provinceId: province.Id)).ShouldBe(SeededStatuses);
        var dashboard = await officer.GetStringAsync($"/Dashboards/{province.Id}");
        foreach (var (status, count) in SeededStatuses)
        {
            dashboard.ShouldContain($"data-status=\"{status.CssKey()}\">{count}</a>", customMessage: status.ToString());
        }

        var offices = await target.WithDbAsync(db => db.Units.Where(u => u.ParentId == commune.Id).OrderBy(u => u.SortOrder).Select(u => u.Name).ToListAsync());
        offices.ShouldBe(["Trung tâm Phục vụ hành chính công", "Phòng Văn hóa - Xã hội", "Phòng Kinh tế", "Công an xã"], ignoreOrder: true);
        var plan = await target.WithDbAsync(db => db.Plans.AsNoTracking().Include(p => p.Imports).SingleAsync(p => p.UnitId == commune.Id));
        plan.ExchangeExportedAt.ShouldBe(new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.FromHours(7)));
        plan.Imports.ShouldHaveSingleItem().ImportedBy.ShouldNotBeNull();
        (await officer.GetStringAsync($"/Plans/{plan.Id}")).ShouldContain("Nhập từ tệp trao đổi, bản xuất lúc 22/11/2026 09:00.");

        // What the province now holds is what the commune holds: the same file comes out again, but for ids and the export instant.
        var again = ExchangeReader.Read(await ExchangeSeed.ExportAsync(officer, commune.Id), target.Clock.GetUtcNow()).Document!;
        var source = ExchangeReader.Read(bytes, App.Clock.GetUtcNow()).Document!;
        Facts(again).ShouldBe(Facts(source));

        // The same file again: a preview that says so, and not one row written.
        var before = await ExchangeSeed.CountsAsync(target);
        var (repeated, reconfirmed) = await ExchangeSeed.ImportAsync(officer, province.Id, bytes);
        repeated.ShouldContain("id=\"exchange-nothing\"");
        reconfirmed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await ExchangeSeed.CountsAsync(target)).ShouldBe(before);
        (await officer.GetStringAsync(reconfirmed.Headers.Location!.OriginalString)).ShouldContain("đã được nhập trước đó; không có gì thay đổi.");
    }

    [Fact]
    public async Task NewerExport_ReplacesTheImportedPlans_AddsAndRemovesPlans_AndAnOlderExportIsRefused()
    {
        var w = await ExchangeSeed.BuildAsync(App);
        var admin = await App.AdminClientAsync();
        var first = await ExchangeSeed.ExportAsync(admin, w.Commune.Id);
        var twin = await ExchangeSeed.NewProvinceAsync(App, w.Province.Name); // the same province as another system knows it
        var created = await PostAsync(admin, twin.Id, first);
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var communeId = (await created.Content.ReadFromJsonAsync<ResultBody>())!.CommuneId;
        var planId = await App.WithDbAsync(db => db.Plans.Where(p => p.UnitId == communeId).Select(p => p.Id).SingleAsync());

        var start = App.Clock.GetUtcNow();
        try
        {
            // An hour later the commune reports the overdue task done late, renames its plan and adds a second plan.
            App.Clock.Advance(TimeSpan.FromHours(1));
            await App.WithDbAsync(async db =>
            {
                var task = await db.Tasks.SingleAsync(t => t.PlanId == w.PlanId && t.Position == 2);
                db.TaskUpdates.Add(new TaskUpdate
                {
                    TaskId = task.Id, UserId = "seed", UserName = "ca", At = App.Clock.GetUtcNow(), State = TaskProgressState.Done, PercentDone = 100,
                });
                (await db.Plans.SingleAsync(p => p.Id == w.PlanId)).Title = "Kế hoạch chuyển đổi số (sửa đổi)";
                db.Plans.Add(new Plan { UnitId = w.Commune.Id, Number = "08/KH-BCĐ", Year = 2026, Title = "Kế hoạch Đề án 06", SearchKey = string.Empty });
                return await db.SaveChangesAsync();
            });
            var newer = await ExchangeSeed.ExportAsync(admin, w.Commune.Id);

            var replaced = await PostAsync(admin, twin.Id, newer);

            replaced.StatusCode.ShouldBe(HttpStatusCode.Created, await replaced.Content.ReadAsStringAsync());
            var result = (await replaced.Content.ReadFromJsonAsync<ResultBody>())!;
            (result.Created, result.Replaced, result.Removed, result.NothingChanged).ShouldBe((1, 1, 0, false));
            var plans = await App.WithDbAsync(db => db.Plans.AsNoTracking().Where(p => p.UnitId == communeId).OrderBy(p => p.Id).ToListAsync());
            plans.Select(p => (p.Id == planId, p.Title)).ShouldBe([(true, "Kế hoạch chuyển đổi số (sửa đổi)"), (false, "Kế hoạch Đề án 06")]);
            (await App.WithDbAsync(db => db.Tasks.CountAsync(t => t.PlanId == planId))).ShouldBe(8);
            var expected = await ExchangeSeed.StatusesAsync(App, communeId: w.Commune.Id);
            expected[PlanTaskStatus.DoneLate].ShouldBe(2);
            (await ExchangeSeed.StatusesAsync(App, communeId: communeId)).ShouldBe(expected);

            // The older file now: refused, nothing written.
            var before = await ExchangeSeed.CountsAsync(App);
            var refused = await PostAsync(admin, twin.Id, first);
            refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
            (await refused.Content.ReadAsStringAsync()).ShouldContain("cũ hơn bản đã nhập");
            (await ExchangeSeed.CountsAsync(App)).ShouldBe(before);

            // Later still the second plan is gone at the commune: it goes at the province too.
            App.Clock.Advance(TimeSpan.FromHours(1));
            await App.WithDbAsync(async db =>
            {
                db.Plans.Remove(await db.Plans.SingleAsync(p => p.UnitId == w.Commune.Id && p.Number == "08/KH-BCĐ"));
                return await db.SaveChangesAsync();
            });
            var removed = await PostAsync(admin, twin.Id, await ExchangeSeed.ExportAsync(admin, w.Commune.Id));
            (await removed.Content.ReadFromJsonAsync<ResultBody>())!.Removed.ShouldBe(1);
            (await App.WithDbAsync(db => db.Plans.Where(p => p.UnitId == communeId).Select(p => p.Id).ToListAsync())).ShouldBe([planId]);
        }
        finally
        {
            App.Clock.Set(start);
        }
    }

    [Fact]
    public async Task TheSameExport_AfterItsPlanWasDeletedHere_WritesThePlanAgain()
    {
        var w = await ExchangeSeed.BuildAsync(App);
        var admin = await App.AdminClientAsync();
        var bytes = await ExchangeSeed.ExportAsync(admin, w.Commune.Id);
        var twin = await ExchangeSeed.NewProvinceAsync(App, w.Province.Name);
        var communeId = (await (await PostAsync(admin, twin.Id, bytes)).Content.ReadFromJsonAsync<ResultBody>())!.CommuneId;
        var planId = await App.WithDbAsync(db => db.Plans.Where(p => p.UnitId == communeId).Select(p => p.Id).SingleAsync());
        (await WebAppFixture.PostFormAsync(admin, $"/Plans/{planId}/Delete", [])).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var again = await PostAsync(admin, twin.Id, bytes);

        again.StatusCode.ShouldBe(HttpStatusCode.Created, await again.Content.ReadAsStringAsync());
        (await again.Content.ReadFromJsonAsync<ResultBody>())!.Created.ShouldBe(1);
        (await ExchangeSeed.StatusesAsync(App, communeId: communeId)).ShouldBe(SeededStatuses);
    }

    [Fact]
    public async Task ThePlanKeptInSauRoItself_IsNeverOverwritten()
    {
        var w = await ExchangeSeed.BuildAsync(App);
        var admin = await App.AdminClientAsync();
        var bytes = await ExchangeSeed.ExportAsync(admin, w.Commune.Id);
        var before = await ExchangeSeed.CountsAsync(App);

        var response = await PostAsync(admin, w.Province.Id, bytes); // back into its own province: the same commune, its own plan

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain($"{w.Commune.Name} đã có kế hoạch số {ExchangeSeed.PlanNumber} năm 2026 lập ngay trong Sáu Rõ");
        (await ExchangeSeed.CountsAsync(App)).ShouldBe(before);
    }

    [Fact]
    public async Task ACommuneOfAnotherProvince_IsRefused_NotCreatedHere()
    {
        var w = await ExchangeSeed.BuildAsync(App);
        var (other, _, _) = await App.NewCommuneAsync();
        var admin = await App.AdminClientAsync();
        var bytes = await ExchangeSeed.ExportAsync(admin, w.Commune.Id);
        var before = await ExchangeSeed.CountsAsync(App);

        var upload = await ExchangeSeed.UploadAsync(admin, other.Id, bytes);
        var api = await PostAsync(admin, other.Id, bytes);

        upload.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = WebUtility.HtmlDecode(await upload.Content.ReadAsStringAsync());
        html.ShouldContain($"Tệp là dữ liệu của {w.Commune.Name} thuộc «{w.Province.Name}», không thuộc {other.Name}.");
        api.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ExchangeSeed.CountsAsync(App)).ShouldBe(before);
    }

    [Fact]
    public async Task ProvinceNames_MatchWithoutTheirKindOrDiacritics_AndCommunesByTheirName()
    {
        ExchangeImporterNames("Tỉnh Lâm Sơn").ShouldBe("lam son");
        ExchangeImporterNames("lâm sơn").ShouldBe("lam son");
        ExchangeImporterNames("Thành phố Lâm Sơn").ShouldBe("lam son");
        ExchangeImporterNames("TP. Lâm Sơn").ShouldBe("lam son");

        // A commune already in the province is found by its folded name, whatever the file's diacritics and case.
        var w = await ExchangeSeed.BuildAsync(App);
        var twin = await ExchangeSeed.NewProvinceAsync(App, w.Province.Name);
        var existing = await App.WithDbAsync(async db =>
        {
            var unit = new Unit { Name = w.Commune.Name, NameKey = OfficeNames.Key(w.Commune.Name), Kind = UnitKind.Commune, ParentId = twin.Id, CreatedAt = App.Clock.GetUtcNow() };
            db.Units.Add(unit);
            await db.SaveChangesAsync();
            return unit.Id;
        });
        var admin = await App.AdminClientAsync();
        var tree = System.Text.Json.Nodes.JsonNode.Parse(await ExchangeSeed.ExportAsync(admin, w.Commune.Id))!;
        tree["commune"]!["name"] = VietnameseUpper(w.Commune.Name);

        var response = await PostAsync(admin, twin.Id, Encoding.UTF8.GetBytes(tree.ToJsonString()), dryRun: true);

        var preview = await response.Content.ReadFromJsonAsync<PreviewBody>();
        preview!.CommuneId.ShouldBe(existing);
    }

    private static string ExchangeImporterNames(string name) => Features.Exchange.ExchangeImporter.ProvinceKey(name);

    private static string VietnameseUpper(string text) => Core.Text.VietnameseText.Fold(text).ToUpperInvariant();

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, int provinceId, byte[] bytes, bool dryRun = false)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        return client.PostAsync($"/api/v1/exchange/import?provinceId={provinceId}{(dryRun ? "&dryRun=true" : string.Empty)}", content);
    }

    /// <summary>The facts of a document that must survive a round trip (ids and the export instant aside).</summary>
    private static List<string> Facts(ExchangeDocument doc) => doc.Plans.SelectMany(p =>
        new[] { $"{p.Number}|{p.Year}|{p.Title}|{p.IssuedOn}|{string.Join(';', p.Bases)}|{p.Reporting.Count}" }
            .Concat(p.Indicators.Select(i => $"{i.Name}|{i.Comparator}|{i.TargetValue}|{string.Join(';', i.Lead)}|"
                + string.Join(';', i.Values.Select(v => $"{v.Period}:{v.Value}:{v.Numerator}/{v.Denominator}:{v.Office}:{v.At}:{v.Report is not null}"))))
            .Concat(p.Tasks.Select(t => $"{t.Ordinal}|{t.Content}|{string.Join(';', t.Lead)}|{string.Join(';', t.Cooperating)}|{t.Due?.Text}|{t.Due?.End}|"
                + $"{t.AdjustedDue?.End}|{t.CreatedAt}|{t.Status}|"
                + string.Join(';', t.Updates.Select(u => $"{u.At}:{u.State}:{u.PercentDone}:{u.CompletedOn}:{u.EvidenceNumber}:{u.Office}:{u.Difficulties}:{u.Report is not null}"))))
            .Concat(p.Reports.Select(r => $"{r.Office}|{r.Period}|{r.State}|{r.DueDate}|{r.SubmittedAt}|{r.ReviewedAt}")))
        .ToList();

    private sealed record ResultBody(int CommuneId, int Created, int Replaced, int Removed, bool NothingChanged);

    private sealed record PreviewBody(int? CommuneId);
}

public sealed class ExchangeImportTests_Sqlite(SqliteWebApp app) : ExchangeImportTests(app), IClassFixture<SqliteWebApp>;

public sealed class ExchangeImportTests_Postgres(PostgresWebApp app) : ExchangeImportTests(app), IClassFixture<PostgresWebApp>;
