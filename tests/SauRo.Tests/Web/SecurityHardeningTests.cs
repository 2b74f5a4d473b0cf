using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SauRo.Features.Accounts;

namespace SauRo.Tests.Web;

/// <summary>
/// Hardening: login throttling (429) and lockout (423), security headers, HTTPS only when configured, antiforgery on
/// every page, no secret in the logs, uploads never served back.
/// </summary>
public abstract class SecurityHardeningTests(WebAppFixture app) : WebTest(app)
{
    /// <summary>A client that says (through a reverse proxy's X-Forwarded-For) it comes from its own address.</summary>
    private HttpClient ClientFrom(string address)
    {
        var client = App.CreateClient(new() { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add("X-Forwarded-For", address);
        return client;
    }

    private static string NewAddress()
    {
        var b = Guid.NewGuid().ToByteArray();
        return string.Create(CultureInfo.InvariantCulture, $"10.{b[0]}.{b[1]}.{b[2]}");
    }

    [Fact]
    public async Task Login_TooManyAttemptsFromOneAddress_Get429WithRetryAfter_PageAndApiTogether_OtherAddressesStillSignIn()
    {
        var user = await App.NewUserAsync(Roles.Admin, null);
        var address = NewAddress();
        var client = ClientFrom(address);
        var wrong = new Dictionary<string, string> { ["Input.UserName"] = "khong-co-ai", ["Input.Password"] = "sai-mat-khau-1" };

        for (var i = 0; i < 9; i++)
        {
            var attempt = await WebAppFixture.PostFormAsync(client, "/Account/Login", new(wrong));
            attempt.StatusCode.ShouldBe(HttpStatusCode.OK);
            (await attempt.Content.ReadAsStringAsync()).ShouldContain("Tên đăng nhập hoặc mật khẩu không đúng.");
        }

        (await client.PostAsJsonAsync("/api/v1/auth/login", new { userName = "khong-co-ai", password = "sai-mat-khau-1" })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var page = await WebAppFixture.PostFormAsync(client, "/Account/Login", new() { ["Input.UserName"] = user, ["Input.Password"] = WebAppFixture.Password });
        var api = await client.PostAsJsonAsync("/api/v1/auth/login", new { userName = user, password = WebAppFixture.Password });

        page.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        (await page.Content.ReadAsStringAsync()).ShouldContain("Bạn thử đăng nhập quá nhiều lần từ máy này. Hãy đợi một phút rồi thử lại.");
        int.Parse(page.Headers.GetValues("Retry-After").Single(), CultureInfo.InvariantCulture).ShouldBeInRange(1, 60);
        api.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        api.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await api.Content.ReadAsStringAsync()).ShouldContain("Bạn thử đăng nhập quá nhiều lần");
        int.Parse(api.Headers.GetValues("Retry-After").Single(), CultureInfo.InvariantCulture).ShouldBeInRange(1, 60);

        var elsewhere = await WebAppFixture.PostFormAsync(ClientFrom(NewAddress()), "/Account/Login", new() { ["Input.UserName"] = user, ["Input.Password"] = WebAppFixture.Password });
        elsewhere.StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task ApiLogin_FiveWrongPasswords_LockTheAccountWith423()
    {
        var user = await App.NewUserAsync(Roles.Admin, null);
        var client = ClientFrom(NewAddress());

        for (var i = 0; i < 4; i++)
        {
            (await client.PostAsJsonAsync("/api/v1/auth/login", new { userName = user, password = $"sai-mat-khau-{i}" })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        }

        var fifth = await client.PostAsJsonAsync("/api/v1/auth/login", new { userName = user, password = "sai-mat-khau-5" });
        var right = await client.PostAsJsonAsync("/api/v1/auth/login", new { userName = user, password = WebAppFixture.Password });

        fifth.StatusCode.ShouldBe((HttpStatusCode)423);
        right.StatusCode.ShouldBe((HttpStatusCode)423);
        (await right.Content.ReadAsStringAsync()).ShouldContain("Tài khoản tạm bị khóa do đăng nhập sai nhiều lần; hãy thử lại sau 15 phút.");
    }

    [Fact]
    public async Task Responses_CarryTheSecurityHeaders_AndNoHstsWithoutHttps()
    {
        var response = await App.CreateClient(new() { BaseAddress = new Uri("https://sauro.example") }).GetAsync("/Account/Login");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.GetValues("Permissions-Policy").Single().ShouldContain("camera=()");
        response.Headers.GetValues("Permissions-Policy").Single().ShouldContain("geolocation=()");
        response.Headers.GetValues("Cross-Origin-Opener-Policy").ShouldBe(["same-origin"]);
        response.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
        response.Headers.GetValues("X-Frame-Options").ShouldBe(["DENY"]);
        response.Headers.GetValues("Referrer-Policy").ShouldBe(["strict-origin-when-cross-origin"]);
        response.Headers.GetValues("Content-Security-Policy").Single().ShouldContain("frame-ancestors 'none'");
        response.Headers.Contains("Strict-Transport-Security").ShouldBeFalse();
        response.Headers.GetValues("Set-Cookie").ShouldAllBe(c => !c.Contains("secure", StringComparison.OrdinalIgnoreCase));
        (await App.CreateClient(new() { BaseAddress = new Uri("http://sauro.example"), AllowAutoRedirect = false }).GetAsync("/health")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Https_WhenEnabled_RedirectsPlainHttpSendsHstsForAYearAndSecureCookies()
    {
        await using var https = App.WithWebHostBuilder(b => b.UseSetting("Https:Enabled", "true"));

        var plain = await https.CreateClient(new() { BaseAddress = new Uri("http://sauro.example"), AllowAutoRedirect = false }).GetAsync("/health");
        var secure = await https.CreateClient(new() { BaseAddress = new Uri("https://sauro.example"), AllowAutoRedirect = false }).GetAsync("/Account/Login");

        plain.StatusCode.ShouldBe(HttpStatusCode.TemporaryRedirect);
        plain.Headers.Location!.ToString().ShouldBe("https://sauro.example/health");
        secure.StatusCode.ShouldBe(HttpStatusCode.OK);
        secure.Headers.GetValues("Strict-Transport-Security").ShouldBe(["max-age=31536000"]);
        var cookies = secure.Headers.GetValues("Set-Cookie").ToList();
        cookies.ShouldNotBeEmpty();
        cookies.ShouldAllBe(c => c.Contains("; secure", StringComparison.OrdinalIgnoreCase));

        var user = await App.NewUserAsync(Roles.Admin, null);
        var client = https.CreateClient(new() { BaseAddress = new Uri("https://sauro.example"), AllowAutoRedirect = false });
        var login = await WebAppFixture.PostFormAsync(client, "/Account/Login", new() { ["Input.UserName"] = user, ["Input.Password"] = WebAppFixture.Password });
        login.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("sauro=", StringComparison.Ordinal)).ShouldContain("; secure");
    }

    [Fact]
    public async Task EveryPagePost_WithoutAntiforgeryToken_Is400_AndNothingIsWritten()
    {
        var client = await App.AdminClientAsync();
        var users = await AccountSteps.CountAsync(App);
        var pages = App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<ActionDescriptor>() is PageActionDescriptor)
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        pages.ShouldContain("/Accounts/Create");
        pages.ShouldContain("/Accounts/Bulk");
        pages.ShouldContain("/Accounts/{id}/ResetPassword");
        pages.ShouldContain("/Accounts/{id}/Deactivate");
        pages.ShouldContain("/Accounts/{id}/Reactivate");
        pages.ShouldContain("/Account/ChangePassword");
        pages.ShouldContain("/Account/Login");
        pages.ShouldContain("/Tasks/{id:int}/Edit");

        var answers = new List<string>();
        foreach (var page in pages.Where(p => !p.Equals("/Error", StringComparison.OrdinalIgnoreCase)))
        {
            var url = System.Text.RegularExpressions.Regex.Replace(page, "\\{([^}:]+)(:([^}]+))?\\}", m => m.Groups[3].Value switch
            {
                "int" or "int?" => "1",
                "guid" => Guid.NewGuid().ToString(),
                _ => "x",
            });
            var response = await client.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Input.UserName"] = "gia-mao",
                ["Input.Password"] = "gia-mao-12345",
                ["Input.CurrentPassword"] = WebAppFixture.Password,
                ["Input.NewPassword"] = "gia-mao-12345",
                ["Input.ConfirmPassword"] = "gia-mao-12345",
            }));
            answers.Add($"{url} → {(int)response.StatusCode}");
        }

        answers.ShouldAllBe(a => a.EndsWith("→ 400", StringComparison.Ordinal));
        (await AccountSteps.CountAsync(App)).ShouldBe(users);
        (await client.GetAsync("/")).StatusCode.ShouldBe(HttpStatusCode.OK); // the password did not change
    }

    [Fact]
    public async Task Logs_NeverContainPasswordsOrTokens()
    {
        var logs = new LogCapture();
        await using var app = App.WithWebHostBuilder(b => b.ConfigureLogging(l =>
        {
            l.SetMinimumLevel(LogLevel.Trace);
            l.AddProvider(logs);
            l.AddFilter<LogCapture>(null, LogLevel.Trace);
        }));
        var (_, commune, offices) = await App.NewCommuneAsync();
        var admin = await App.NewUserAsync(Roles.Admin, null);
        var secrets = new List<string> { WebAppFixture.Password, "Sai-Mat-Khau-Rieng-77" };
        var client = app.CreateClient(new() { AllowAutoRedirect = false });

        await WebAppFixture.PostFormAsync(client, "/Account/Login", new() { ["Input.UserName"] = admin, ["Input.Password"] = "Sai-Mat-Khau-Rieng-77" });
        var login = await WebAppFixture.PostFormAsync(client, "/Account/Login", new() { ["Input.UserName"] = admin, ["Input.Password"] = WebAppFixture.Password });
        login.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        secrets.Add(CookieValue(login, "sauro"));

        var created = await AccountSteps.CreateAsync(client, AccountSteps.UniqueName("nhat-ky"), "Nhật Ký", offices[0].Id, Roles.OfficeOfficer);
        var createdName = System.Text.RegularExpressions.Regex.Match(created, "Đã tạo tài khoản «([^»]+)»").Groups[1].Value;
        secrets.Add(AccountSteps.Password(created, createdName));

        var rows = AccountSteps.BulkRows(await client.GetStringAsync($"/Accounts/Bulk?communeId={commune.Id}"));
        var bulk = await WebAppFixture.PostFormAsync(client, "/Accounts/Bulk", AccountSteps.BulkFields(rows, [offices[1].Id, offices[2].Id], commune.Id), formPage: $"/Accounts/Bulk?communeId={commune.Id}");
        var bulkHtml = await bulk.Content.ReadAsStringAsync();
        secrets.Add(AccountSteps.Password(bulkHtml, rows[offices[1].Id].UserName));
        secrets.Add(AccountSteps.Password(bulkHtml, rows[offices[2].Id].UserName));

        var reset = await WebAppFixture.PostFormAsync(client, $"/Accounts/{await AccountSteps.IdAsync(App, createdName)}/ResetPassword", []);
        secrets.Add(AccountSteps.Password(await reset.Content.ReadAsStringAsync(), createdName));

        var api = app.CreateClient();
        var token = await api.PostAsJsonAsync("/api/v1/auth/login", new { userName = admin, password = WebAppFixture.Password });
        using (var json = JsonDocument.Parse(await token.Content.ReadAsStringAsync()))
        {
            secrets.Add(json.RootElement.GetProperty("accessToken").GetString()!);
            secrets.Add(json.RootElement.GetProperty("refreshToken").GetString()!);
            api.DefaultRequestHeaders.Authorization = new("Bearer", secrets[^2]);
        }

        (await api.GetAsync("/api/v1/units")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var changed = await WebAppFixture.PostFormAsync(client, "/Account/ChangePassword", new()
        {
            ["Input.CurrentPassword"] = WebAppFixture.Password,
            ["Input.NewPassword"] = "Mat-Khau-Moi-Cua-Nhat-Ky-2026",
            ["Input.ConfirmPassword"] = "Mat-Khau-Moi-Cua-Nhat-Ky-2026",
        });
        changed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        secrets.Add("Mat-Khau-Moi-Cua-Nhat-Ky-2026");
        (await api.GetAsync("/api/v1/units")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        var lines = logs.Lines.ToList();
        lines.Count.ShouldBeGreaterThan(100);
        lines.ShouldContain(l => l.Contains("/Account/ChangePassword", StringComparison.Ordinal));
        foreach (var secret in secrets)
        {
            secret.Length.ShouldBeGreaterThanOrEqualTo(10);
            lines.Where(l => l.Contains(secret, StringComparison.Ordinal)).ShouldBeEmpty();
        }
    }

    [Fact]
    public async Task UploadedFiles_AreNeverServedBack_ByAnyRoute()
    {
        var (_, commune, _) = await App.NewCommuneAsync();
        var client = await App.AdminClientAsync();
        var content = ImportSteps.Demo("ke-hoach-xa-an-binh-2026.md");
        var pending = await ImportSteps.UploadOkAsync(client, commune.Id, content);
        (await App.WithDbAsync(db => db.PendingImports.AnyAsync(p => p.Id == pending))).ShouldBeTrue();
        var raw = Encoding.UTF8.GetString(content)[..300];
        var base64 = Convert.ToBase64String(content.AsSpan(0, 300));
        var routes = App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>() is not { } methods || methods.HttpMethods.Contains("GET"))
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .Where(r => !r.Contains('.', StringComparison.Ordinal)) // static files of wwwroot and the OpenAPI document
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        routes.ShouldContain("/Import/Preview/{id:guid}");

        var seen = new List<string>();
        foreach (var route in routes)
        {
            var url = System.Text.RegularExpressions.Regex.Replace(route, "\\{\\**([^}:]+)(:([^}]+))?\\}", m => m.Groups[3].Value switch
            {
                "guid" => pending.ToString(),
                "int" => commune.Id.ToString(CultureInfo.InvariantCulture),
                _ => pending.ToString(),
            });
            var response = await client.GetAsync(url);
            var body = (await response.Content.ReadAsStringAsync()).Replace("\\u002B", "+", StringComparison.Ordinal).Replace("\\/", "/", StringComparison.Ordinal);
            if (!route.StartsWith("/api/v1/exchange/communes/", StringComparison.Ordinal))
            {
                // The exchange export is a download the app writes itself; its body is still checked below.
                response.Content.Headers.ContentDisposition.ShouldBeNull(url);
            }

            body.ShouldNotContain(raw, customMessage: url);
            body.ShouldNotContain(base64, customMessage: url);
            seen.Add($"{url} {(int)response.StatusCode}");
        }

        seen.ShouldContain($"/Import/Preview/{pending} 200");
    }

    private static string CookieValue(HttpResponseMessage response, string name)
    {
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(name + "=", StringComparison.Ordinal));
        return cookie[(name.Length + 1)..cookie.IndexOf(';', StringComparison.Ordinal)];
    }

    /// <summary>Every log line of the app, with its structured values, its scopes and its exception.</summary>
    private sealed class LogCapture : ILoggerProvider
    {
        public ConcurrentQueue<string> Lines { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

        public void Dispose()
        {
        }

        private sealed class Logger(LogCapture owner, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull
            {
                owner.Lines.Enqueue($"{category} scope: {Describe(state)}");
                return null;
            }

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                owner.Lines.Enqueue($"{category} {logLevel}: {formatter(state, exception)} | {Describe(state)} | {exception}");

            private static string Describe(object? state) => state is IEnumerable<KeyValuePair<string, object?>> values
                ? string.Join("; ", values.Select(v => $"{v.Key}={v.Value}"))
                : state?.ToString() ?? string.Empty;
        }
    }
}

public sealed class SecurityHardeningTests_Sqlite(SqliteWebApp app) : SecurityHardeningTests(app), IClassFixture<SqliteWebApp>;

public sealed class SecurityHardeningTests_Postgres(PostgresWebApp app) : SecurityHardeningTests(app), IClassFixture<PostgresWebApp>;
