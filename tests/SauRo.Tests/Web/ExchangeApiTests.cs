using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using SauRo.Features.Accounts;

namespace SauRo.Tests.Web;

/// <summary>POST /api/v1/exchange/import and the import page: who may import where, the dry run, both body forms.</summary>
public abstract class ExchangeApiTests(WebAppFixture app) : WebTest(app)
{
    [Fact]
    public async Task DryRun_PreviewsWithoutWriting_ThenTheMultipartFormImports()
    {
        var w = await ExchangeSeed.BuildAsync(App);
        var bytes = await ExchangeSeed.ExportAsync(await App.AdminClientAsync(), w.Commune.Id);
        var twin = await ExchangeSeed.NewProvinceAsync(App, w.Province.Name);
        var officer = await App.SignedInClientAsync(await App.NewUserAsync(Roles.ProvinceOfficer, twin.Id));
        var before = await ExchangeSeed.CountsAsync(App);

        var dry = await PostJsonAsync(officer, $"/api/v1/exchange/import?provinceId={twin.Id}&dryRun=true", bytes);

        dry.StatusCode.ShouldBe(HttpStatusCode.OK, await dry.Content.ReadAsStringAsync());
        using (var json = JsonDocument.Parse(await dry.Content.ReadAsStringAsync()))
        {
            var root = json.RootElement;
            root.GetProperty("communeId").ValueKind.ShouldBe(JsonValueKind.Null);
            root.GetProperty("communeName").GetString().ShouldBe(w.Commune.Name);
            root.GetProperty("nothingToDo").GetBoolean().ShouldBeFalse();
            var plan = root.GetProperty("plans").EnumerateArray().ShouldHaveSingleItem();
            (plan.GetProperty("action").GetString(), plan.GetProperty("tasks").GetInt32(), plan.GetProperty("updates").GetInt32()).ShouldBe(("create", 8, 5));
            var statuses = root.GetProperty("statuses");
            (statuses.GetProperty("doneOnTime").GetInt32(), statuses.GetProperty("doneLate").GetInt32(), statuses.GetProperty("overdue").GetInt32(),
                statuses.GetProperty("dueSoon").GetInt32(), statuses.GetProperty("inProgress").GetInt32()).ShouldBe((1, 1, 3, 1, 2));
            root.GetProperty("fileStatuses").GetProperty("overdue").GetInt32().ShouldBe(3);
            root.GetProperty("newOffices").EnumerateArray().Select(o => o.GetString()).ShouldBe(
                ["Trung tâm Phục vụ hành chính công", "Phòng Văn hóa - Xã hội", "Phòng Kinh tế", "Công an xã"], ignoreOrder: true);
        }

        (await ExchangeSeed.CountsAsync(App)).ShouldBe(before);

        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        form.Add(file, "file", "xa.json");
        var imported = await officer.PostAsync($"/api/v1/exchange/import?provinceId={twin.Id}", form);

        imported.StatusCode.ShouldBe(HttpStatusCode.Created, await imported.Content.ReadAsStringAsync());
        using var result = JsonDocument.Parse(await imported.Content.ReadAsStringAsync());
        var communeId = result.RootElement.GetProperty("communeId").GetInt32();
        imported.Headers.Location!.OriginalString.ShouldBe($"/api/v1/units/{communeId}");
        result.RootElement.GetProperty("summary").GetString().ShouldBe($"Đã nhập dữ liệu của {w.Commune.Name} (xã/phường mới): tạo 1 kế hoạch, thay 0, bỏ 0; thêm 4 cơ quan.");
        var again = await PostJsonAsync(officer, $"/api/v1/exchange/import?provinceId={twin.Id}", bytes);
        again.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await again.Content.ReadAsStringAsync()).ShouldContain("\"nothingChanged\":true");
    }

    [Fact]
    public async Task Import_OnlyIntoAProvinceTheUserMayImportInto()
    {
        var w = await ExchangeSeed.BuildAsync(App);
        var bytes = await ExchangeSeed.ExportAsync(await App.AdminClientAsync(), w.Commune.Id);
        var twin = await ExchangeSeed.NewProvinceAsync(App, w.Province.Name);
        var (otherProvince, otherCommune, otherOffices) = await App.NewCommuneAsync();
        var url = $"/api/v1/exchange/import?provinceId={twin.Id}";
        var clients = new List<(string Role, HttpClient Client)>();
        foreach (var (role, unit) in new[]
                 {
                     (Roles.ProvinceOfficer, otherProvince.Id), (Roles.StandingOfficer, otherCommune.Id), (Roles.Leader, otherCommune.Id),
                     (Roles.OfficeOfficer, otherOffices[0].Id),
                 })
        {
            clients.Add((role, await App.SignedInClientAsync(await App.NewUserAsync(role, unit))));
        }

        var admin = await App.AdminClientAsync();
        var before = await ExchangeSeed.CountsAsync(App);

        foreach (var (role, client) in clients)
        {
            var response = await PostJsonAsync(client, url, bytes);
            response.StatusCode.ShouldBe(HttpStatusCode.Forbidden, role);
            (await response.Content.ReadAsStringAsync()).ShouldContain("Bạn không được nhập dữ liệu trao đổi vào tỉnh này.");
        }

        (await PostJsonAsync(admin, "/api/v1/exchange/import?provinceId=999999", bytes)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await PostJsonAsync(admin, $"/api/v1/exchange/import?provinceId={otherCommune.Id}", bytes)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await PostJsonAsync(admin, "/api/v1/exchange/import", bytes)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var text = new StringContent("{}", System.Text.Encoding.UTF8, "text/plain");
        (await admin.PostAsync(url, text)).StatusCode.ShouldBe(HttpStatusCode.UnsupportedMediaType);
        (await App.CreateClient().PostAsync(url, new ByteArrayContent(bytes))).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await ExchangeSeed.CountsAsync(App)).ShouldBe(before);
    }

    [Fact]
    public async Task ImportPage_IsForProvinceOfficersAndAdministrators()
    {
        var (province, commune, _) = await App.NewCommuneAsync();
        var (otherProvince, _, _) = await App.NewCommuneAsync();
        var officer = await App.SignedInClientAsync(await App.NewUserAsync(Roles.ProvinceOfficer, province.Id));
        var standing = await App.SignedInClientAsync(await App.NewUserAsync(Roles.StandingOfficer, commune.Id));

        var own = await officer.GetStringAsync("/Exchange/Import");
        own.ShouldContain($"<option value=\"{province.Id}\" selected=\"selected\">{province.Name}</option>");
        own.ShouldNotContain(otherProvince.Name);
        own.ShouldContain("<a href=\"/Exchange/Import\">Nhập dữ liệu xã</a>");
        (await officer.GetAsync($"/Exchange/Import?provinceId={otherProvince.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var refused = await standing.GetAsync("/Exchange/Import");
        refused.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        refused.Headers.Location!.OriginalString.ShouldContain("/Account/AccessDenied");
        (await standing.GetStringAsync("/")).ShouldNotContain("/Exchange/Import");
        var admin = await App.AdminClientAsync();
        var all = await admin.GetStringAsync("/Exchange/Import");
        all.ShouldContain(province.Name);
        all.ShouldContain(otherProvince.Name);
    }

    private static Task<HttpResponseMessage> PostJsonAsync(HttpClient client, string url, byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return client.PostAsync(url, content);
    }
}

public sealed class ExchangeApiTests_Sqlite(SqliteWebApp app) : ExchangeApiTests(app), IClassFixture<SqliteWebApp>;

public sealed class ExchangeApiTests_Postgres(PostgresWebApp app) : ExchangeApiTests(app), IClassFixture<PostgresWebApp>;
