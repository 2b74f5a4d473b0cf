using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using SauRo.Core.Plans;
using SauRo.Data;
using SauRo.Data.Entities;
using SauRo.Features.Accounts;

namespace SauRo.Tests.Web;

/// <summary>
/// The whole app over HTTP on one database, created for the test class and dropped after it. Tests create their own
/// units and accounts (<see cref="NewCommuneAsync"/>, <see cref="NewUserAsync"/>) so that no test depends on another's rows.
/// </summary>
public abstract partial class WebAppFixture : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string Password = "mat-khau-thu-123";

    private readonly string _keys = Directory.CreateTempSubdirectory("sauro-keys-").FullName;

    public abstract DatabaseProvider Provider { get; }

    protected abstract string ConnectionString { get; }

    /// <summary>Extra settings for the app, set before it starts.</summary>
    public Dictionary<string, string> Settings { get; } = [];

    public FakeTime Clock { get; } = new(new DateTimeOffset(2026, 11, 22, 2, 0, 0, TimeSpan.Zero));

    /// <summary>Every SQL command the app has run (for tests that bound the commands of a request).</summary>
    public SqlCommandCounter SqlCommands { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("db", ConnectionString);
        builder.UseSetting("Demo:Skip", "true");
        builder.UseSetting("Monitoring:Reminders", "false"); // tests run the reminder job themselves, at the times they choose
        builder.UseSetting("Monitoring:StatusRefresh", "false"); // statuses are brought up to date by the pages that count them
        builder.UseSetting("DataProtection:KeysPath", _keys);
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(Clock)
            .ConfigureDbContext<SauRoDbContext>((_, options) => options.AddInterceptors(SqlCommands)));
    }

    public virtual async ValueTask InitializeAsync()
    {
        await PrepareDatabaseAsync();
        _ = Services; // starts the host: migrations run before the first request
        await using var scope = Services.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }
    }

    protected virtual Task PrepareDatabaseAsync() => Task.CompletedTask;

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(_keys, recursive: true);
        GC.SuppressFinalize(this);
    }

    public async Task<T> WithDbAsync<T>(Func<SauRoDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<SauRoDbContext>());
    }

    /// <summary>A new province → commune with the usual offices, named uniquely for the calling test.</summary>
    public Task<(Unit Province, Unit Commune, List<Unit> Offices)> NewCommuneAsync(string? name = null) => WithDbAsync(async db =>
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var now = Clock.GetUtcNow();
        var province = new Unit { Name = $"Tỉnh Thử {tag}", NameKey = OfficeNames.Key($"Tỉnh Thử {tag}"), Kind = UnitKind.Province, CreatedAt = now };
        var commune = new Unit { Name = name ?? $"Xã Thử {tag}", NameKey = OfficeNames.Key(name ?? $"Xã Thử {tag}"), Kind = UnitKind.Commune, Parent = province, CreatedAt = now };
        var offices = new[] { "Phòng Văn hóa - Xã hội", "Văn phòng HĐND và UBND xã", "Trung tâm Phục vụ hành chính công", "Công an xã", "Phòng Kinh tế" }
            .Select((o, i) => new Unit { Name = o, NameKey = OfficeNames.Key(o), Kind = UnitKind.Office, Parent = commune, CreatedAt = now, SortOrder = i })
            .ToList();
        db.Units.Add(province);
        db.Units.Add(commune);
        db.Units.AddRange(offices);
        await db.SaveChangesAsync();
        return (province, commune, offices);
    });

    /// <summary>A new account with a role in a unit; its user name is unique.</summary>
    public async Task<string> NewUserAsync(string role, int? unitId)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var name = $"u{Guid.NewGuid():N}"[..12];
        var user = new AppUser { UserName = name, UnitId = unitId, FullName = "Người thử" };
        var result = await users.CreateAsync(user, Password);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }

        await users.AddToRoleAsync(user, role);
        return name;
    }

    /// <summary>A client without automatic redirects, signed in with the cookie of <paramref name="userName"/>.</summary>
    public async Task<HttpClient> SignedInClientAsync(string userName)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var response = await PostFormAsync(client, "/Account/Login", new() { ["Input.UserName"] = userName, ["Input.Password"] = Password });
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Đăng nhập thử thất bại: {(int)response.StatusCode}");
        }

        return client;
    }

    /// <summary>A client signed in as a new administrator.</summary>
    public async Task<HttpClient> AdminClientAsync() => await SignedInClientAsync(await NewUserAsync(Roles.Admin, null));

    /// <summary>GETs the form page, takes its antiforgery token, and POSTs the fields (to the same page or <paramref name="formPage"/>).</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string url, Dictionary<string, string> fields, string? formPage = null)
    {
        var token = await AntiforgeryTokenAsync(client, formPage ?? url);
        fields["__RequestVerificationToken"] = token;
        return await client.PostAsync(url, new FormUrlEncodedContent(fields));
    }

    /// <summary>Posts a multipart form (for uploads) with the antiforgery token of <paramref name="formPage"/>.</summary>
    public static async Task<HttpResponseMessage> PostMultipartAsync(HttpClient client, string url, MultipartFormDataContent content, string? formPage = null)
    {
        content.Add(new StringContent(await AntiforgeryTokenAsync(client, formPage ?? url)), "__RequestVerificationToken");
        return await client.PostAsync(url, content);
    }

    public static async Task<string> AntiforgeryTokenAsync(HttpClient client, string page)
    {
        var html = await client.GetStringAsync(page);
        var m = TokenPattern().Match(html);
        return m.Success ? WebUtility.HtmlDecode(m.Groups[1].Value) : throw new InvalidOperationException($"Trang {page} không có mã chống giả mạo.");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}

/// <summary>The app on a fresh SQLite file.</summary>
public sealed class SqliteWebApp : WebAppFixture
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"sauro-test-{Guid.NewGuid():N}.db");

    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    protected override string ConnectionString => _file;

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var f in new[] { _file, _file + "-wal", _file + "-shm" })
        {
            File.Delete(f);
        }
    }
}

/// <summary>
/// The app on a fresh database of the PostgreSQL server named by SAURO_TEST_PG (scripts/test.sh starts a private
/// cluster and sets it). Without it the PostgreSQL variants of the tests are skipped with that reason.
/// </summary>
public sealed class PostgresWebApp : WebAppFixture
{
    private readonly string _database = $"sauro_test_{Guid.NewGuid():N}";

    public static string? ServerConnection => Environment.GetEnvironmentVariable("SAURO_TEST_PG");

    public override DatabaseProvider Provider => DatabaseProvider.Postgres;

    protected override string ConnectionString => new NpgsqlConnectionStringBuilder(ServerConnection ?? "Host=localhost") { Database = _database }.ConnectionString;

    public override async ValueTask InitializeAsync()
    {
        if (ServerConnection is null)
        {
            return; // tests skip themselves; see RequireDatabase
        }

        await base.InitializeAsync();
    }

    protected override async Task PrepareDatabaseAsync()
    {
        await using var connection = new NpgsqlConnection(ServerConnection);
        await connection.OpenAsync();
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = $"CREATE DATABASE \"{_database}\" ENCODING 'UTF8' TEMPLATE template0";
        await cmd.ExecuteNonQueryAsync();
    }

    public override async ValueTask DisposeAsync()
    {
        if (ServerConnection is null)
        {
            return;
        }

        await base.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(ServerConnection);
        await connection.OpenAsync();
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = $"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)";
        await cmd.ExecuteNonQueryAsync();
    }
}

/// <summary>A settable clock for tests: "today" never comes from the wall clock.</summary>
public sealed class FakeTime(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Set(DateTimeOffset now) => _now = now;

    public void Advance(TimeSpan by) => _now += by;
}
