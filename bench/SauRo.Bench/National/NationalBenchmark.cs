using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using SauRo.Data;

namespace SauRo.Bench.National;

/// <summary>
/// <c>--size commune|province|nation --db sqlite|postgres [--pg "&lt;connection string&gt;"] [--json]</c>: builds the
/// synthetic country in a fresh database and measures it (see BENCHMARKS.md).
/// </summary>
public static class NationalBenchmark
{
    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task<int> RunAsync(string[] args)
    {
        var size = CountrySize.Parse(Option(args, "--size") ?? "commune");
        var provider = Option(args, "--db") ?? "sqlite";
        var json = args.Contains("--json");
        var log = json ? (Action<string>)(_ => { }) : Console.WriteLine;
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

        try
        {
            var settings = DatabaseSettings.From(connection, temp);
            var options = new DbContextOptionsBuilder<SauRoDbContext>();
            settings.Apply(options);
            var country = new SyntheticCountry(size);
            log($"Dựng nước thử cỡ {size.Name} ({size.Provinces} tỉnh, {size.Communes} xã) trên {provider}…");
            CountryLoader.LoadResult load;
            await using (var db = new SauRoDbContext(options.Options))
            {
                load = await CountryLoader.LoadAsync(db, country, log);
            }

            log(string.Create(CultureInfo.GetCultureInfo("vi-VN"), $"Nạp xong trong {load.Elapsed.TotalSeconds:0.0} giây."));
            var results = new List<object>
            {
                new { name = "load", seconds = Math.Round(load.Elapsed.TotalSeconds, 1), rows = load.Rows },
            };

            if (json)
            {
                Console.WriteLine(JsonSerializer.Serialize(new { size = size.Name, db = provider, machine = MachineInfo.Describe(), results }, JsonOptions));
            }

            return 0;
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

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
