using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace SauRo.Tests.Web;

public abstract class HostingTests(WebAppFixture app) : WebTest(app)
{
    [Fact]
    public async Task Health_AnswersWithoutLogin()
    {
        var response = await App.CreateClient().GetAsync("/health");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("hoạt động");
    }

    [Fact]
    public async Task Pages_RedirectAnonymousUsersToLogin()
    {
        var client = App.CreateClient(new() { AllowAutoRedirect = false });
        var response = await client.GetAsync("/");
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/Account/Login");
    }

    [Fact]
    public async Task Api_AnonymousCallGets401()
    {
        var response = await App.CreateClient().GetAsync("/api/v1/units");
        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Login_WrongPassword_StaysOnThePageWithAVietnameseMessage()
    {
        var user = await App.NewUserAsync(SauRo.Features.Accounts.Roles.StandingOfficer, null);
        var client = App.CreateClient(new() { AllowAutoRedirect = false });
        var response = await WebAppFixture.PostFormAsync(client, "/Account/Login", new() { ["Input.UserName"] = user, ["Input.Password"] = "sai-mat-khau-1" });
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("Tên đăng nhập hoặc mật khẩu không đúng.");
    }

    [Fact]
    public async Task Login_PostWithoutAntiforgeryToken_Is400()
    {
        var client = App.CreateClient(new() { AllowAutoRedirect = false });
        var response = await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.UserName"] = "a", ["Input.Password"] = "b" }));
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Home_SignedIn_ListsTheCommune()
    {
        var (_, commune, _) = await App.NewCommuneAsync();
        var client = await App.AdminClientAsync();
        var html = await client.GetStringAsync("/");
        html.ShouldContain(commune.Name);
        html.ShouldContain("<html lang=\"vi\">");
    }

    [Fact]
    public async Task ApiLogin_GoodAndBadCredentials()
    {
        var user = await App.NewUserAsync(SauRo.Features.Accounts.Roles.Admin, null);
        var client = App.CreateClient();
        var bad = await client.PostAsJsonAsync("/api/v1/auth/login", new { userName = user, password = "khong-dung-123" });
        bad.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        var good = await client.PostAsJsonAsync("/api/v1/auth/login", new { userName = user, password = WebAppFixture.Password });
        good.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var json = JsonDocument.Parse(await good.Content.ReadAsStringAsync());
        json.RootElement.GetProperty("tokenType").GetString().ShouldBe("Bearer");
        json.RootElement.GetProperty("accessToken").GetString().ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public async Task Api_UnknownRouteSignedIn_Is404ProblemNotAnHtmlPage()
    {
        var user = await App.NewUserAsync(SauRo.Features.Accounts.Roles.Admin, null);
        var client = App.CreateClient();
        var login = await client.PostAsJsonAsync("/api/v1/auth/login", new { userName = user, password = WebAppFixture.Password });
        using var token = JsonDocument.Parse(await login.Content.ReadAsStringAsync());
        client.DefaultRequestHeaders.Authorization = new("Bearer", token.RootElement.GetProperty("accessToken").GetString());

        var response = await client.GetAsync("/api/v1/khong-co-dau");
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await response.Content.ReadAsStringAsync()).ShouldContain("Không có địa chỉ API này");
    }

    [Fact]
    public async Task Page_Unknown_IsAVietnameseNotFoundPage()
    {
        var client = await App.AdminClientAsync();
        var response = await client.GetAsync("/khong-co-trang-nay");
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).ShouldContain("Không tìm thấy");
    }

    [Fact]
    public async Task OpenApi_DescribesTheApi()
    {
        var response = await App.CreateClient().GetAsync("/openapi/v1.json");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("/api/v1/auth/login");
    }

    [Fact]
    public async Task Responses_CarryTheSecurityHeaders()
    {
        var response = await App.CreateClient().GetAsync("/health");
        response.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
        response.Headers.GetValues("X-Frame-Options").ShouldBe(["DENY"]);
        response.Headers.Contains("Content-Security-Policy").ShouldBeTrue();
    }

    [Fact]
    public async Task Migrations_CreateEveryTableTheModelUses()
    {
        var counts = await App.WithDbAsync(async db => new[]
        {
            await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Units),
            await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Plans),
            await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Tasks),
            await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Indicators),
            await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.PendingImports),
        });
        counts.Length.ShouldBe(5);
        var schema = await App.WithDbAsync(db => Task.FromResult(SchemaCheck.Missing(db)));
        schema.ShouldBeEmpty();
    }
}

public sealed class HostingTests_Sqlite(SqliteWebApp app) : HostingTests(app), IClassFixture<SqliteWebApp>;

public sealed class HostingTests_Postgres(PostgresWebApp app) : HostingTests(app), IClassFixture<PostgresWebApp>;
