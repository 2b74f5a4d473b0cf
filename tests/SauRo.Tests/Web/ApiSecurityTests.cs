using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SauRo.Features.Accounts;

namespace SauRo.Tests.Web;

public abstract class ApiSecurityTests(WebAppFixture app) : ApiTests(app)
{
    /// <summary>Every route of the API but login, with placeholder ids (authentication comes before any lookup).</summary>
    public static readonly (string Method, string Path)[] Routes =
    [
        ("GET", "/api/v1/units"),
        ("GET", "/api/v1/units/1"),
        ("POST", "/api/v1/units"),
        ("PUT", "/api/v1/units/1"),
        ("POST", "/api/v1/units/1/aliases"),
        ("DELETE", "/api/v1/units/1/aliases/1"),
        ("GET", "/api/v1/plans"),
        ("GET", "/api/v1/plans/1"),
        ("POST", "/api/v1/plans"),
        ("PUT", "/api/v1/plans/1"),
        ("DELETE", "/api/v1/plans/1"),
        ("POST", "/api/v1/plans/import"),
        ("GET", "/api/v1/plans/1/indicators"),
        ("POST", "/api/v1/plans/1/indicators"),
        ("GET", "/api/v1/indicators/1"),
        ("PUT", "/api/v1/indicators/1"),
        ("DELETE", "/api/v1/indicators/1"),
        ("GET", "/api/v1/indicators/1/values"),
        ("GET", "/api/v1/indicators/1/values/2026-M04"),
        ("PUT", "/api/v1/indicators/1/values/2026-M04"),
        ("GET", "/api/v1/plans/1/tasks"),
        ("POST", "/api/v1/plans/1/tasks"),
        ("GET", "/api/v1/tasks/1"),
        ("PUT", "/api/v1/tasks/1"),
        ("DELETE", "/api/v1/tasks/1"),
        ("GET", "/api/v1/tasks/1/updates"),
        ("POST", "/api/v1/tasks/1/updates"),
        ("GET", "/api/v1/exchange/communes/1"),
        ("POST", "/api/v1/exchange/import"),
    ];

    /// <summary>The same routes as the OpenAPI document names them.</summary>
    private static readonly (string Method, string Template)[] Templates =
    [
        ("post", "/api/v1/auth/login"),
        ("get", "/api/v1/units"),
        ("get", "/api/v1/units/{id}"),
        ("post", "/api/v1/units"),
        ("put", "/api/v1/units/{id}"),
        ("post", "/api/v1/units/{id}/aliases"),
        ("delete", "/api/v1/units/{id}/aliases/{aliasId}"),
        ("get", "/api/v1/plans"),
        ("get", "/api/v1/plans/{id}"),
        ("post", "/api/v1/plans"),
        ("put", "/api/v1/plans/{id}"),
        ("delete", "/api/v1/plans/{id}"),
        ("post", "/api/v1/plans/import"),
        ("get", "/api/v1/plans/{planId}/indicators"),
        ("post", "/api/v1/plans/{planId}/indicators"),
        ("get", "/api/v1/indicators/{id}"),
        ("put", "/api/v1/indicators/{id}"),
        ("delete", "/api/v1/indicators/{id}"),
        ("get", "/api/v1/indicators/{id}/values"),
        ("get", "/api/v1/indicators/{id}/values/{periodKey}"),
        ("put", "/api/v1/indicators/{id}/values/{periodKey}"),
        ("get", "/api/v1/plans/{planId}/tasks"),
        ("post", "/api/v1/plans/{planId}/tasks"),
        ("get", "/api/v1/tasks/{id}"),
        ("put", "/api/v1/tasks/{id}"),
        ("delete", "/api/v1/tasks/{id}"),
        ("get", "/api/v1/tasks/{id}/updates"),
        ("post", "/api/v1/tasks/{id}/updates"),
        ("get", "/api/v1/exchange/communes/{id}"),
        ("post", "/api/v1/exchange/import"),
    ];

    [Fact]
    public async Task EveryRoute_Anonymous_Is401()
    {
        var client = App.CreateClient(new() { AllowAutoRedirect = false });
        foreach (var (method, path) in Routes)
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = method is "GET" or "DELETE" ? null : Json("{}") };
            var response = await client.SendAsync(request);
            response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized, $"{method} {path}");
        }
    }

    [Fact]
    public async Task EveryRoute_GarbageToken_Is401()
    {
        var client = App.CreateClient(new() { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "khong-phai-ma-that.CfDJ8abc");
        foreach (var (method, path) in Routes)
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = method is "GET" or "DELETE" ? null : Json("{}") };
            var response = await client.SendAsync(request);
            response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized, $"{method} {path}");
            (await response.Content.ReadAsStringAsync()).ShouldNotContain("<html");
        }
    }

    [Fact]
    public async Task ExpiredToken_Is401()
    {
        var client = await BearerClientAsync(await App.NewUserAsync(Roles.Admin, null));
        (await client.GetAsync("/api/v1/units")).StatusCode.ShouldBe(HttpStatusCode.OK);
        App.Clock.Advance(TimeSpan.FromHours(9));
        try
        {
            (await client.GetAsync("/api/v1/units")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        }
        finally
        {
            App.Clock.Advance(TimeSpan.FromHours(-9));
        }
    }

    [Fact]
    public async Task CookieOfThePages_IsAcceptedToo()
    {
        var (_, commune, _) = await App.NewCommuneAsync();
        var client = await App.SignedInClientAsync(await App.NewUserAsync(Roles.StandingOfficer, commune.Id));
        var units = await JsonAsync(await client.GetAsync("/api/v1/units"), HttpStatusCode.OK);
        units.EnumerateArray().Select(u => u.GetProperty("id").GetInt32()).ShouldContain(commune.Id);
    }

    [Fact]
    public async Task Refusals_AreProblemJson_NotTheHtmlErrorPage()
    {
        var client = await AdminApiAsync();
        var response = await client.GetAsync("/api/v1/plans/987654321");
        await ShouldBeProblemAsync(response, HttpStatusCode.NotFound, "Không có kế hoạch này");
        (await response.Content.ReadAsStringAsync()).ShouldNotContain("<html");
    }

    [Fact]
    public async Task EveryApiEndpoint_RequiresAnAuthenticatedUser_ExceptLogin()
    {
        var endpoints = App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => (e.RoutePattern.RawText ?? string.Empty).TrimStart('/').StartsWith("api", StringComparison.OrdinalIgnoreCase))
            .ToList();
        var policies = App.Services.GetRequiredService<IAuthorizationPolicyProvider>();
        var checkedRoutes = new List<string>();
        foreach (var endpoint in endpoints)
        {
            var route = $"{string.Join(',', endpoint.Metadata.GetOrderedMetadata<IHttpMethodMetadata>().SelectMany(m => m.HttpMethods))} {endpoint.RoutePattern.RawText}";
            if (endpoint.RoutePattern.RawText == "/api/v1/auth/login")
            {
                endpoint.Metadata.GetMetadata<IAllowAnonymous>().ShouldNotBeNull();
                continue;
            }

            endpoint.Metadata.GetMetadata<IAllowAnonymous>().ShouldBeNull(route);
            var data = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>();
            data.ShouldNotBeEmpty(route); // explicit, not left to the fallback policy
            var policy = await AuthorizationPolicy.CombineAsync(policies, data, endpoint.Metadata.GetOrderedMetadata<AuthorizationPolicy>());
            policy.ShouldNotBeNull(route);
            policy.Requirements.OfType<DenyAnonymousAuthorizationRequirement>().ShouldNotBeEmpty(route);
            checkedRoutes.Add(route);
        }

        // Every listed route, plus the /api fallback that answers unknown routes with a 404 problem.
        checkedRoutes.Count.ShouldBe(Routes.Length + 1, string.Join("\n", checkedRoutes));
        checkedRoutes.ShouldContain(" /api/{**path}");
    }

    [Fact]
    public async Task OpenApi_ListsEveryRoute_WithItsResponses_AndTheBearerScheme()
    {
        var response = await App.CreateClient().GetAsync("/openapi/v1.json");
        var doc = await JsonAsync(response, HttpStatusCode.OK);
        var paths = doc.GetProperty("paths");
        foreach (var (method, template) in Templates)
        {
            paths.TryGetProperty(template, out var path).ShouldBeTrue(template);
            path.TryGetProperty(method, out var operation).ShouldBeTrue($"{method} {template}");
            operation.GetProperty("summary").GetString().ShouldNotBeNullOrWhiteSpace();
            var responses = operation.GetProperty("responses").EnumerateObject().Select(r => r.Name).ToList();
            responses.ShouldContain(c => c.StartsWith('2'), $"{method} {template}");
            if (template == "/api/v1/auth/login")
            {
                operation.TryGetProperty("security", out _).ShouldBeFalse();
                continue;
            }

            responses.ShouldContain("401", $"{method} {template}");
            Strings(operation.GetProperty("security")[0].EnumerateObject().First().Value).ShouldBeEmpty();
            operation.GetProperty("security")[0].EnumerateObject().Single().Name.ShouldBe("Bearer");
            if (method is "post" or "put")
            {
                responses.ShouldContain("400", $"{method} {template}");
                operation.GetProperty("requestBody").GetProperty("content").EnumerateObject().ShouldNotBeEmpty();
            }

            if (template.Contains('{', StringComparison.Ordinal))
            {
                responses.ShouldContain("404", $"{method} {template}");
            }

            if (method is "put" or "delete" || (method == "post" && template != "/api/v1/units"))
            {
                responses.ShouldContain("403", $"{method} {template}");
            }
        }

        paths.EnumerateObject().Select(p => p.Name).Where(p => p.StartsWith("/api", StringComparison.Ordinal))
            .ShouldBe(Templates.Select(t => t.Template).Distinct(), ignoreOrder: true);
        var scheme = doc.GetProperty("components").GetProperty("securitySchemes").GetProperty("Bearer");
        scheme.GetProperty("type").GetString().ShouldBe("http");
        scheme.GetProperty("scheme").GetString().ShouldBe("bearer");
        paths.GetProperty("/api/v1/plans/import").GetProperty("post").GetProperty("requestBody").GetProperty("content")
            .TryGetProperty("multipart/form-data", out _).ShouldBeTrue();
        paths.GetProperty("/api/v1/tasks/{id}").GetProperty("get").GetProperty("responses").GetProperty("200")
            .GetProperty("content").GetProperty("application/json").GetProperty("schema").ToString().ShouldContain("TaskDto");
        var taskBody = paths.GetProperty("/api/v1/plans/{planId}/tasks").GetProperty("post").GetProperty("requestBody")
            .GetProperty("content").GetProperty("application/json").GetProperty("schema");
        Strings(taskBody.GetProperty("required")).ShouldBe(["content"]);
        taskBody.GetProperty("properties").GetProperty("due").GetProperty("description").GetString()!.ShouldContain("Thời hạn");
        var notFound = paths.GetProperty("/api/v1/plans/{id}").GetProperty("get").GetProperty("responses").GetProperty("404");
        notFound.GetProperty("description").GetString().ShouldBe("Không tìm thấy, hoặc người dùng không được xem.");
    }
}

public sealed class ApiSecurityTests_Sqlite(SqliteWebApp app) : ApiSecurityTests(app), IClassFixture<SqliteWebApp>;

public sealed class ApiSecurityTests_Postgres(PostgresWebApp app) : ApiSecurityTests(app), IClassFixture<PostgresWebApp>;
