using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SauRo.Data;
using SauRo.Data.Entities;
using SauRo.Features.Accounts;

namespace SauRo.Tests.Web;

/// <summary>
/// Base of the API tests: clients holding a bearer token from POST /api/v1/auth/login, JSON helpers, and row counts
/// to prove that a refused call wrote nothing.
/// </summary>
public abstract class ApiTests(WebAppFixture app) : WebTest(app)
{
    /// <summary>A client sending "Authorization: Bearer …" for <paramref name="userName"/>, without cookies.</summary>
    protected async Task<HttpClient> BearerClientAsync(string userName)
    {
        var client = App.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        var login = await client.PostAsJsonAsync("/api/v1/auth/login", new { userName, password = WebAppFixture.Password });
        var json = await JsonAsync(login, HttpStatusCode.OK);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", json.GetProperty("accessToken").GetString());
        return client;
    }

    protected async Task<HttpClient> AdminApiAsync() => await BearerClientAsync(await App.NewUserAsync(Roles.Admin, null));

    /// <summary>A new commune and a standing-body officer of it, signed in with a bearer token.</summary>
    protected async Task<Commune> CommuneWithOfficerAsync()
    {
        var (province, commune, offices) = await App.NewCommuneAsync();
        var client = await BearerClientAsync(await App.NewUserAsync(Roles.StandingOfficer, commune.Id));
        return new Commune(client, province, commune, offices);
    }

    /// <summary>The response's JSON after checking its status (the body is shown when the status differs).</summary>
    protected static async Task<JsonElement> JsonAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(expected, text);
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>A 400 application/problem+json whose errors hold <paramref name="field"/> with a message containing <paramref name="message"/>.</summary>
    protected static async Task ShouldBeInvalidAsync(HttpResponseMessage response, string field, string message)
    {
        var json = await JsonAsync(response, HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var errors = json.GetProperty("errors");
        errors.TryGetProperty(field, out var messages).ShouldBeTrue($"«{field}» không có trong {errors}");
        messages.EnumerateArray().Select(m => m.GetString()).ShouldContain(m => m!.Contains(message, StringComparison.Ordinal), errors.ToString());
    }

    /// <summary>A problem+json refusal with the status and a Vietnamese detail.</summary>
    protected static async Task ShouldBeProblemAsync(HttpResponseMessage response, HttpStatusCode status, string? detail = null)
    {
        var json = await JsonAsync(response, status);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        json.GetProperty("status").GetInt32().ShouldBe((int)status);
        if (detail is not null)
        {
            json.GetProperty("detail").GetString()!.ShouldContain(detail);
        }
    }

    protected static StringContent Json(string raw) => new(raw, Encoding.UTF8, "application/json");

    protected static Task<HttpResponseMessage> PutJsonAsync(HttpClient client, string url, object body) => client.PutAsJsonAsync(url, body);

    /// <summary>Rows of every table an API write could touch, to compare before and after a refused call.</summary>
    protected Task<string> RowCountsAsync() => App.WithDbAsync(async db => string.Join(", ",
        $"units {await db.Units.CountAsync()}",
        $"aliases {await db.UnitAliases.CountAsync()}",
        $"plans {await db.Plans.CountAsync()}",
        $"bases {await db.PlanBases.CountAsync()}",
        $"imports {await db.PlanImports.CountAsync()}",
        $"duties {await db.PlanReportingDuties.CountAsync()}",
        $"indicators {await db.Indicators.CountAsync()}",
        $"leads {await db.IndicatorLeads.CountAsync()}",
        $"tasks {await db.Tasks.CountAsync()}",
        $"taskUnits {await db.TaskUnits.CountAsync()}",
        $"taskBases {await db.TaskBases.CountAsync()}",
        $"pending {await db.PendingImports.CountAsync()}"));

    /// <summary>Creates a plan through the API and returns its id.</summary>
    protected static async Task<int> CreatePlanAsync(HttpClient client, int unitId, string title = "Kế hoạch chuyển đổi số năm 2026", int? year = 2026)
    {
        var response = await client.PostAsJsonAsync("/api/v1/plans", new { unitId, title, number = "01/KH-BCĐ", year });
        return (await JsonAsync(response, HttpStatusCode.Created)).GetProperty("id").GetInt32();
    }

    protected static async Task<int> CreateTaskAsync(HttpClient client, int planId, object body)
    {
        var response = await client.PostAsJsonAsync($"/api/v1/plans/{planId}/tasks", body);
        return (await JsonAsync(response, HttpStatusCode.Created)).GetProperty("id").GetInt32();
    }

    protected static async Task<int> CreateIndicatorAsync(HttpClient client, int planId, object body)
    {
        var response = await client.PostAsJsonAsync($"/api/v1/plans/{planId}/indicators", body);
        return (await JsonAsync(response, HttpStatusCode.Created)).GetProperty("id").GetInt32();
    }

    protected Task<T> DbAsync<T>(Func<SauRoDbContext, Task<T>> work) => App.WithDbAsync(work);

    protected static string[] Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!).ToArray();

    /// <summary>A commune of a new province, its offices, and a bearer client of its standing-body officer.</summary>
    protected sealed record Commune(HttpClient Client, Unit Province, Unit Unit, List<Unit> Offices)
    {
        public int Id => Unit.Id;

        public Unit Office(string name) => Offices.Single(o => o.Name == name);
    }
}
