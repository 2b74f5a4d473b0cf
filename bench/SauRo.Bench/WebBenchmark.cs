using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using SauRo.Core.Import;
using SauRo.Core.Plans;
using SauRo.Data;
using SauRo.Data.Entities;
using SauRo.Features.Accounts;
using SauRo.Features.Import;
using SauRo.Hosting;

namespace SauRo.Bench;

/// <summary>
/// The plan page through the real server: the app runs on Kestrel (127.0.0.1, a fresh SQLite file unless --db names
/// another store), a synthetic plan of --tasks tasks is imported, a signed-in client requests the plan page repeatedly.
/// Reports p50/p95 and the page weight (HTML + its CSS and JS, as sent).
/// </summary>
public static partial class WebBenchmark
{
    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true };

    public static async Task<int> RunAsync(string[] args)
    {
        var tasks = int.Parse(Option(args, "--tasks") ?? "100", CultureInfo.InvariantCulture);
        var requests = int.Parse(Option(args, "--requests") ?? "500", CultureInfo.InvariantCulture);
        var json = args.Contains("--json");
        var temp = Directory.CreateTempSubdirectory("sauro-bench-").FullName;
        var db = Option(args, "--db") ?? Path.Combine(temp, "bench.db");
        var app = WebApp.Build(["--urls", "http://127.0.0.1:0", "--db", db, "--Demo:Skip", "true", "--DataProtection:KeysPath", Path.Combine(temp, "keys"),
            "--Logging:LogLevel:Default", "Warning"]);
        await app.StartAsync();
        try
        {
            var baseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            var (planId, user) = await SeedAsync(app.Services, tasks);
            using var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false, AutomaticDecompression = DecompressionMethods.All };
            using var client = new HttpClient(handler) { BaseAddress = new Uri(baseUrl) };
            await LogInAsync(client, user);

            var path = $"/Plans/{planId}";
            for (var i = 0; i < 50; i++)
            {
                (await client.GetAsync(path)).EnsureSuccessStatusCode();
            }

            var times = new List<double>(requests);
            var watch = new Stopwatch();
            for (var i = 0; i < requests; i++)
            {
                watch.Restart();
                using var response = await client.GetAsync(path);
                var body = await response.Content.ReadAsByteArrayAsync();
                times.Add(watch.Elapsed.TotalMilliseconds);
                response.EnsureSuccessStatusCode();
                _ = body;
            }

            times.Sort();
            var weight = await PageWeightAsync(baseUrl, handler.CookieContainer, path);
            var result = new
            {
                name = "web.planPage",
                machine = MachineInfo.Describe(),
                db = db.Contains("Host=", StringComparison.OrdinalIgnoreCase) ? "postgres" : "sqlite",
                tasks,
                requests,
                p50Ms = Math.Round(times[times.Count / 2], 2),
                p95Ms = Math.Round(times[(int)Math.Ceiling(times.Count * 0.95) - 1], 2),
                htmlBytes = weight.Html,
                assetBytes = weight.Assets,
                totalBytes = weight.Html + weight.Assets,
                transferredBytes = weight.Transferred,
            };

            if (json)
            {
                Console.WriteLine(JsonSerializer.Serialize(result, JsonOptions));
            }
            else
            {
                Console.WriteLine($"Máy: {result.machine}; CSDL: {result.db}");
                Console.WriteLine($"Trang kế hoạch {tasks} nhiệm vụ, {requests} lần: p50 {result.p50Ms} ms, p95 {result.p95Ms} ms");
                Console.WriteLine($"Dung lượng trang: HTML {result.htmlBytes / 1024.0:0.0} KB + CSS/JS {result.assetBytes / 1024.0:0.0} KB = {result.totalBytes / 1024.0:0.0} KB (truyền đi khi nén: {result.transferredBytes / 1024.0:0.0} KB)");
            }

            return 0;
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(temp, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    private static async Task<(int PlanId, string User)> SeedAsync(IServiceProvider services, int tasks)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SauRoDbContext>();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        if (!await roles.RoleExistsAsync(Roles.Admin))
        {
            await roles.CreateAsync(new IdentityRole(Roles.Admin));
        }

        var now = DateTimeOffset.UtcNow;
        var commune = new Unit { Name = "Xã Thử Nghiệm", NameKey = OfficeNames.Key("Xã Thử Nghiệm"), Kind = UnitKind.Commune, CreatedAt = now };
        db.Units.Add(commune);
        await db.SaveChangesAsync();
        foreach (var office in new[] { "Phòng Văn hóa - Xã hội", "Văn phòng HĐND và UBND xã", "Trung tâm Phục vụ hành chính công", "Công an xã", "Phòng Kinh tế" })
        {
            db.Units.Add(new Unit { Name = office, NameKey = OfficeNames.Key(office), Kind = UnitKind.Office, ParentId = commune.Id, CreatedAt = now });
        }

        await db.SaveChangesAsync();
        var text = SyntheticPlan.Build(tasks, Math.Max(10, tasks / 5));
        var bytes = Encoding.UTF8.GetBytes(text);
        var parsed = PlanFileReader.Read(bytes, "ke-hoach-thu.md");
        var planId = await scope.ServiceProvider.GetRequiredService<PlanImporter>()
            .ApplyAsync(commune.Id, parsed.Value!, "ke-hoach-thu.md", bytes, "bench", []);

        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = "bench", UnitId = commune.Id };
        (await users.CreateAsync(user, "mat-khau-bench-1")).Succeeded.ShouldBeTrue();
        await users.AddToRoleAsync(user, Roles.Admin);
        return (planId, "bench");
    }

    private static async Task LogInAsync(HttpClient client, string user)
    {
        var html = await client.GetStringAsync("/Account/Login");
        var token = WebUtility.HtmlDecode(Token().Match(html).Groups[1].Value);
        var response = await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.UserName"] = user,
            ["Input.Password"] = "mat-khau-bench-1",
            ["__RequestVerificationToken"] = token,
        }));
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException("Không đăng nhập được để đo.");
        }
    }

    /// <summary>The page and every stylesheet and script it links, uncompressed; and what goes over the wire with gzip/brotli.</summary>
    private static async Task<(long Html, long Assets, long Transferred)> PageWeightAsync(string baseUrl, CookieContainer cookies, string path)
    {
        using var plain = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AutomaticDecompression = DecompressionMethods.None }) { BaseAddress = new Uri(baseUrl) };
        var html = await plain.GetStringAsync(path);
        long htmlBytes = Encoding.UTF8.GetByteCount(html);
        long assets = 0, transferred = 0;
        var links = Asset().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).Distinct().ToList();
        foreach (var link in links)
        {
            assets += (await plain.GetByteArrayAsync(link)).Length;
        }

        foreach (var url in links.Prepend(path))
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.AcceptEncoding.ParseAdd("br, gzip");
            using var response = await plain.SendAsync(request);
            transferred += (await response.Content.ReadAsByteArrayAsync()).Length;
        }

        return (htmlBytes, assets, transferred);
    }

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("(?:href|src)=\"(/[^\"]+\\.(?:css|js)(?:\\?[^\"]*)?)\"")]
    private static partial Regex Asset();
}

internal static class BenchAssertions
{
    public static void ShouldBeTrue(this bool value)
    {
        if (!value)
        {
            throw new InvalidOperationException("Không chuẩn bị được dữ liệu đo.");
        }
    }
}
