using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using SauRo.Data;
using SauRo.Features.Monitoring;
using SauRo.Hosting;

namespace SauRo.Bench.National;

/// <summary>
/// <c>--size commune|province|nation --db sqlite|postgres [--pg "&lt;connection string&gt;"] [--runs n] [--seconds n]
/// [--warmup n] [--workers n] [--no-http] [--server SauRo.dll] [--json]</c>: builds the synthetic country in a fresh database, measures the dashboards,
/// the overdue list and the report files through the app's own code against hand-written SQL floors, then task updates
/// through the HTTP API of the real app (see BENCHMARKS.md).
/// </summary>
public static class NationalBenchmark
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static async Task<int> RunAsync(string[] args)
    {
        var size = CountrySize.Parse(Option(args, "--size") ?? "commune");
        var provider = Option(args, "--db") ?? "sqlite";
        var json = args.Contains("--json");
        var runs = Option(args, "--runs") is { } r ? int.Parse(r, CultureInfo.InvariantCulture) : (int?)null;
        var seconds = double.Parse(Option(args, "--seconds") ?? "20", CultureInfo.InvariantCulture);
        var workers = int.Parse(Option(args, "--workers") ?? "32", CultureInfo.InvariantCulture);
        var warmup = Option(args, "--warmup") is { } w ? double.Parse(w, CultureInfo.InvariantCulture) : Math.Min(10, seconds / 2);
        var http = !args.Contains("--no-http");
        var log = json ? (Action<string>)(m => Console.Error.WriteLine(m)) : Console.WriteLine;
        var temp = Directory.CreateTempSubdirectory("sauro-nation-").FullName;
        string connection;
        string? dropDatabase = null;
        switch (provider)
        {
            case "sqlite":
                connection = Path.Combine(temp, $"{size.Name}.db");
                break;
            case "postgres":
                var server = Option(args, "--pg") ?? Environment.GetEnvironmentVariable("SAURO_TEST_PG")
                    ?? throw new ArgumentException("Cần --pg \"Host=…;Username=…\" (hoặc biến SAURO_TEST_PG) để đo trên PostgreSQL.");
                var name = $"sauro_bench_{size.Name}_{Guid.NewGuid():N}"[..40];
                await using (var admin = new NpgsqlConnection(server))
                {
                    await admin.OpenAsync();
                    await using var cmd = admin.CreateCommand();
                    cmd.CommandText = $"CREATE DATABASE \"{name}\" ENCODING 'UTF8' TEMPLATE template0";
                    await cmd.ExecuteNonQueryAsync();
                }

                connection = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
                dropDatabase = name;
                break;
            default:
                Console.Error.WriteLine("--db phải là sqlite hoặc postgres.");
                return 2;
        }

        var cancellation = CancellationToken.None;
        try
        {
            var settings = DatabaseSettings.From(connection, temp);
            var monitoring = new MonitoringSettings();
            var country = new SyntheticCountry(size);
            var results = new List<BenchResult>();

            log($"Dựng nước thử cỡ {size.Name} ({size.Provinces} tỉnh, {size.Communes} xã) trên {provider}, hôm nay là {BenchClock.Today.ToString("dd/MM/yyyy", Vietnamese)}…");
            var options = new DbContextOptionsBuilder<SauRoDbContext>();
            settings.Apply(options);
            CountryLoader.LoadResult load;
            await using (var db = new SauRoDbContext(options.Options))
            {
                load = await CountryLoader.LoadAsync(db, country, BenchClock.Today, monitoring, log, cancellation);
            }

            log(string.Create(Vietnamese, $"Nạp xong trong {load.Elapsed.TotalSeconds:0.0} giây."));
            results.Add(new BenchResult("load") { Seconds = Math.Round(load.Elapsed.TotalSeconds, 1), Rows = load.Rows });

            // The app's own services (DbContext with its interceptors, Identity, account creation) on the loaded
            // database, without its web server: the in-process measures call the same code as the pages.
            var app = WebApp.Build(
            [
                "--db", connection, "--Demo:Skip=true", "--Monitoring:Reminders=false",
                $"--DataProtection:KeysPath={Path.Combine(temp, "keys")}", "--Logging:LogLevel:Default=Warning",
            ]);
            await using (app)
            {
                var measures = new Measures(app.Services, country, monitoring, runs, log);
                results.AddRange(await measures.RunAllAsync(cancellation));
                results.Add(new BenchResult("bench.peakRssMb") { Value = PeakMemory.OwnMegabytes(), Unit = "MB" });

                if (http)
                {
                    log($"updates.http: {workers} luồng, {warmup:0} giây khởi động, {seconds:0} giây đo…");
                    var (accounts, admin) = await UpdatesHttp.CreateAccountsAsync(app.Services, country, workers, cancellation);
                    var commune = country.CommuneId(0);
                    var province = SyntheticCountry.ProvinceId(0);
                    var period = Features.ReportFiles.ReportGenerator.DefaultPeriod(BenchClock.Today).Key;
                    string[] pages =
                    [
                        $"/Dashboards/{SyntheticCountry.NationId}", $"/Dashboards/{province}", $"/Dashboards/{commune}",
                        $"/ReportFiles?UnitId={province}&Period={period}&handler=Docx", $"/ReportFiles?UnitId={province}&Period={period}&handler=Xlsx",
                        $"/ReportFiles?UnitId={commune}&Period={period}&handler=Docx", $"/ReportFiles?UnitId={commune}&Period={period}&handler=Xlsx",
                    ];
                    var outcome = await UpdatesHttp.RunAsync(
                        ServerDll(args), connection, temp, settings, accounts, admin, pages,
                        TimeSpan.FromSeconds(warmup), TimeSpan.FromSeconds(seconds), log, cancellation);
                    results.Add(new BenchResult("updates.http")
                    {
                        Rps = outcome.Rps,
                        P50Ms = double.IsNaN(outcome.P50Ms) ? null : outcome.P50Ms,
                        P99Ms = double.IsNaN(outcome.P99Ms) ? null : outcome.P99Ms,
                        Requests = outcome.Requests,
                        Errors = outcome.Errors,
                        ServerCpuMsPerRequest = outcome.ServerCpuMsPerRequest,
                    });
                    results.Add(new BenchResult("server.peakRssMb") { Value = outcome.ServerPeakRssMb, Unit = "MB" });
                    if (outcome.FirstError is { } error)
                    {
                        Console.Error.WriteLine($"updates.http: {outcome.Errors} lỗi; lỗi đầu tiên: {error}");
                    }
                }
            }

            if (json)
            {
                Console.WriteLine(JsonSerializer.Serialize(new { size = size.Name, db = provider, machine = MachineInfo.Fields(), results }, JsonOptions));
            }
            else
            {
                Print(results);
            }

            // Errors, or no answer at all within the measured time, fail the run (and CI's smoke run).
            return results.Any(x => x.Errors > 0 || x.Requests == 0) ? 1 : 0;
        }
        catch (BenchMismatchException e)
        {
            Console.Error.WriteLine(e.Message);
            return 1;
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (dropDatabase is not null)
            {
                await using var admin = new NpgsqlConnection(Option(args, "--pg") ?? Environment.GetEnvironmentVariable("SAURO_TEST_PG"));
                await admin.OpenAsync();
                await using var cmd = admin.CreateCommand();
                cmd.CommandText = $"DROP DATABASE IF EXISTS \"{dropDatabase}\" WITH (FORCE)";
                await cmd.ExecuteNonQueryAsync();
            }

            try
            {
                Directory.Delete(temp, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    private static void Print(List<BenchResult> results)
    {
        Console.WriteLine($"Máy: {MachineInfo.Describe()}; tải trung bình 1/5/15 phút lúc kết thúc: {MachineInfo.LoadAverage()}");
        foreach (var r in results)
        {
            var parts = new List<string>();
            void Add(string label, double? value, string unit = " ms")
            {
                if (value is { } v)
                {
                    parts.Add(string.Create(Vietnamese, $"{label} {v:0.##}{unit}"));
                }
            }

            Add("p50", r.P50Ms);
            Add("p95", r.P95Ms);
            Add("p99", r.P99Ms);
            Add("sàn SQL p95", r.FloorMs);
            Add("tỷ lệ", r.Ratio, "×");
            Add("yêu cầu/giây", r.Rps, string.Empty);
            Add("lỗi", r.Errors, string.Empty);
            Add("CPU máy chủ/yêu cầu", r.ServerCpuMsPerRequest);
            Add("giá trị", r.Value, " " + r.Unit);
            Add("giây", r.Seconds, string.Empty);
            Console.WriteLine($"  {r.Name,-20} {string.Join(", ", parts)}");
        }
    }

    /// <summary>The app's build output: --server, else src/SauRo/bin/Release/net10.0/SauRo.dll of this repository.</summary>
    private static string ServerDll(string[] args)
    {
        if (Option(args, "--server") is { } given)
        {
            return Path.GetFullPath(given);
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SauRo.slnx")))
            {
                var dll = Path.Combine(dir.FullName, "src", "SauRo", "bin", "Release", "net10.0", "SauRo.dll");
                return File.Exists(dll) ? dll : throw new FileNotFoundException("Chưa biên dịch ứng dụng (dotnet build -c Release).", dll);
            }
        }

        throw new FileNotFoundException("Không tìm thấy SauRo.slnx để tìm SauRo.dll; hãy chỉ --server <đường dẫn SauRo.dll>.");
    }

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}

/// <summary>The app's numbers and the SQL floor's differ: the benchmark stops rather than measure wrong numbers.</summary>
public sealed class BenchMismatchException(string message) : Exception(message);
