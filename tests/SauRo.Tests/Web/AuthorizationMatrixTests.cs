using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace SauRo.Tests.Web;

/// <summary>
/// Deny by default, checked from the app itself: every endpoint and page handler the app answers declares its policy
/// and has a row in <see cref="AuthorizationTable"/>; and every row, for every role and the anonymous visitor, aimed
/// at the user's own place, another commune of the province and another province, answers as the pure rules say.
/// </summary>
public abstract class AuthorizationMatrixTests(WebAppFixture app) : WebTest(app)
{
    [Fact]
    public async Task EveryEndpointAndPageHandler_DeclaresItsPolicyAndHasARow()
    {
        var discovered = await EndpointDiscovery.DiscoverAsync(App.Services);
        var rows = AuthorizationTable.Entries.GroupBy(e => e.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var endpoint in discovered)
        {
            var framework = AuthorizationTable.FrameworkEndpoints.ContainsKey(endpoint.Key);
            if (!rows.TryGetValue(endpoint.Key, out var entries))
            {
                problems.Add($"endpoint mới chưa khai báo quyền: {endpoint.Key} (thêm một dòng vào AuthorizationTable: cần quyền gì, trên đối tượng nào)");
            }

            if (!endpoint.Declares && !framework)
            {
                problems.Add($"chưa khai báo chính sách: {endpoint.Key} (trang: @attribute [Authorize(Policy = …)] hoặc [AllowAnonymous]; API: .RequireAuthorization(…))");
            }

            var anyone = entries?.Any(e => e.Needs == Capability.Anyone) ?? false;
            if (entries is not null && !framework && endpoint.DeclaresAnonymous != anyone)
            {
                problems.Add(anyone
                    ? $"{endpoint.Key}: bảng ghi ai cũng dùng được nhưng endpoint không khai báo [AllowAnonymous]"
                    : $"{endpoint.Key}: endpoint khai báo [AllowAnonymous] nhưng bảng ghi cần {string.Join(", ", entries.Select(e => e.Needs))}");
            }
        }

        var keys = discovered.Select(e => e.Key).ToHashSet(StringComparer.Ordinal);
        problems.AddRange(rows.Keys.Where(k => !keys.Contains(k)).Select(k => $"bảng có dòng cho endpoint không còn trong ứng dụng: {k}"));
        problems.ShouldBeEmpty();
        discovered.Count.ShouldBeGreaterThan(50);
    }

    [Fact]
    public async Task EveryRow_AnswersEachRoleInEachScopeAsTheRulesSay()
    {
        var world = await AuthorizationWorld.BuildAsync(App);
        var commandsBefore = App.SqlCommands.Count;
        var clock = Stopwatch.StartNew();
        var results = new List<Check>();
        // One request at a time: SQLite takes one writer at a time, and the machine's processors are the limit anyway.
        foreach (var entry in AuthorizationTable.Entries)
        {
            foreach (var session in world.Sessions)
            {
                results.AddRange(await CheckAsync(world, entry, session));
            }
        }

        var failures = results.Where(c => c.Failure is not null).ToList();
        var known = AuthorizationTable.KnownDeviations;
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"{AuthorizationTable.Entries.Select(e => e.Key).Distinct().Count()} endpoint, {AuthorizationTable.Entries.Count} dòng, "
            + $"{world.Sessions.Count} vai trò (kể cả khách), {results.Count} lần kiểm tra trong {clock.Elapsed.TotalSeconds:0.0} giây");
        foreach (var deviation in failures.Where(f => known.ContainsKey(f.Id)))
        {
            TestContext.Current.TestOutputHelper?.WriteLine($"đã biết: {deviation.Failure} — {known[deviation.Id]}");
        }

        failures.Where(f => !known.ContainsKey(f.Id)).Select(f => f.Failure).ShouldBeEmpty();
        known.Keys.Where(id => failures.All(f => f.Id != id)).Select(id => $"{id} đã đúng luật: bỏ khỏi KnownDeviations").ShouldBeEmpty();

        // This test runs every page and endpoint, so it also checks every query they run for a join inside a subquery on
        // the right of a LEFT JOIN: SQLite cannot flatten it and builds it whole, for every row of the country.
        App.SqlCommands.Since(commandsBefore).Where(SqlShapes.JoinsInsideLeftJoinedSubquery).Distinct().ShouldBeEmpty();
    }

    /// <summary>One request of the matrix and, when it did not answer as the rules say, why.</summary>
    private sealed record Check(string Id, string? Failure);

    private static async Task<List<Check>> CheckAsync(AuthorizationWorld world, Entry entry, Session session)
    {
        var checks = new List<Check>();
        // The anonymous visitor is refused whatever the target: once per row is enough. The province above is the
        // province officer's own place.
        IEnumerable<Scope> scopes = session.Role is null ? [Scope.Own]
            : entry.Scopes.Where(s => s != Scope.ProvinceAbove || world.PlaceFor(session, s) != world.PlaceFor(session, Scope.Own));
        foreach (var scope in scopes)
        {
            var probe = await entry.Make(new ProbeContext(world, session, scope));
            var expected = entry.Allows(session, probe.Target);
            using var response = await SendAsync(world, session, probe);
            var outcome = probe.Read?.Invoke(response) ?? entry.Read(response);
            var changed = probe.Changed is null ? (bool?)null : await probe.Changed();
            var id = $"{entry.Key} [{session.Name}, {scope}]";
            var where = $"{id} {probe.Method} {probe.Url}";
            var code = (int)response.StatusCode;
            string? failure = null;
            if (outcome == Outcome.Unexpected)
            {
                failure = $"{where}: trả lời {code}, không rõ là cho phép hay từ chối";
            }
            else if (outcome == Outcome.Refused && changed == true)
            {
                failure = $"{where}: từ chối ({code}) nhưng vẫn ghi";
            }
            else if ((outcome == Outcome.Allowed && changed != false) != expected)
            {
                var silent = outcome == Outcome.Allowed && changed == false ? " nhưng không ghi gì" : string.Empty;
                failure = $"{where}: mong {(expected ? "được phép" : "bị từ chối")}, nhận {code}{silent} {Location(response)}";
            }

            checks.Add(new Check(id, failure));
        }

        return checks;
    }

    private static string Location(HttpResponseMessage response) =>
        response.Headers.Location is { } to ? $"→ {to.OriginalString}" : string.Empty;

    private static async Task<HttpResponseMessage> SendAsync(AuthorizationWorld world, Session session, Probe probe)
    {
        var (pages, token) = probe.FreshSession ? await world.FreshClientAsync(session) : (session.Pages, session.Token);
        using var request = new HttpRequestMessage(probe.Method, probe.Url);
        if (probe.File is { } file)
        {
            var multipart = new MultipartFormDataContent();
            foreach (var (name, value) in probe.Form ?? [])
            {
                multipart.Add(new StringContent(value), name);
            }

            if (!probe.IsApi)
            {
                multipart.Add(new StringContent(token), "__RequestVerificationToken");
            }

            var bytes = new ByteArrayContent(file.Content);
            bytes.Headers.ContentType = new MediaTypeHeaderValue("text/markdown");
            multipart.Add(bytes, file.Field, file.FileName);
            request.Content = multipart;
        }
        else if (probe.Json is not null)
        {
            request.Content = JsonContent.Create(probe.Json);
        }
        else if (probe.Form is not null)
        {
            request.Content = new FormUrlEncodedContent(new Dictionary<string, string>(probe.Form) { ["__RequestVerificationToken"] = token });
        }

        return await (probe.IsApi ? session.Api : pages).SendAsync(request, TestContext.Current.CancellationToken);
    }
}

public sealed class AuthorizationMatrixTests_Sqlite(SqliteWebApp app) : AuthorizationMatrixTests(app), IClassFixture<SqliteWebApp>;

public sealed class AuthorizationMatrixTests_Postgres(PostgresWebApp app) : AuthorizationMatrixTests(app), IClassFixture<PostgresWebApp>;
