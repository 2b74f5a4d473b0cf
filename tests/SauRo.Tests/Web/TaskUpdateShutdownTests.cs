using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using SauRo.Features.Accounts;
using SauRo.Features.Monitoring;

namespace SauRo.Tests.Web;

/// <summary>
/// An update filed while the app stops (its writer takes no more): a clear 503 in Vietnamese with Retry-After, and
/// nothing written. Its own app per database: the writer, once stopped, does not start again.
/// </summary>
public abstract class TaskUpdateShutdownTests(WebAppFixture app) : WebTest(app)
{
    [Fact]
    public async Task UpdateFiledWhileTheAppStops_Is503WithRetryAfter_AndNothingIsWritten()
    {
        App.Clock.Set(MonitoringSeed.Vn(2026, 7, 10));
        var w = await MonitoringSeed.CommuneAsync(App);
        var task = await MonitoringSeed.TaskAsync(App, w, "Quý III/2026", w.Offices[0]);
        var client = await MonitoringSeed.ApiClientAsync(App, Roles.OfficeOfficer, w.Offices[0].Id);
        (await client.PostAsJsonAsync($"/api/v1/tasks/{task}/updates", new { state = "inProgress", percentDone = 10 })).StatusCode.ShouldBe(HttpStatusCode.Created);

        await App.Services.GetRequiredService<TaskUpdateWriter>().StopAsync(CancellationToken.None);
        var refused = await client.PostAsJsonAsync($"/api/v1/tasks/{task}/updates", new { state = "inProgress", percentDone = 20 });

        refused.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        refused.Headers.RetryAfter!.Delta.ShouldBe(TimeSpan.FromSeconds(30));
        refused.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await refused.Content.ReadAsStringAsync()).ShouldContain("Vui lòng gửi lại sau ít phút");
        (await MonitoringSeed.UpdatesAsync(App, task)).Select(u => u.PercentDone).ShouldBe([10]);
    }
}

public sealed class TaskUpdateShutdownTests_Sqlite(SqliteWebApp app) : TaskUpdateShutdownTests(app), IClassFixture<SqliteWebApp>;

public sealed class TaskUpdateShutdownTests_Postgres(PostgresWebApp app) : TaskUpdateShutdownTests(app), IClassFixture<PostgresWebApp>;
