using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SauRo.Core.Monitoring;
using SauRo.Data;
using SauRo.Features.Accounts;

namespace SauRo.Bench.National;

/// <summary>
/// <c>updates.http</c>: the real app runs as a child process (<c>dotnet src/SauRo/bin/Release/net10.0/SauRo.dll</c>) on
/// the loaded database; office officers of the synthetic offices, created through the app's own
/// <see cref="AccountCreator"/>, sign in with <c>POST /api/v1/auth/login</c>; then concurrent workers, one account each,
/// post progress updates of the tasks their office leads (<c>POST /api/v1/tasks/{id}/updates</c>) for a fixed time,
/// each sending its next request as soon as the previous one is answered. Counts requests per second, p50/p99 latency
/// and errors (any answer other than 2xx, or an exception), and reads the server's peak RSS at the end. Before the
/// load, an administrator signed in through the login page opens the heaviest pages once (the nation's, the largest
/// province's and a commune's dashboards, the province's and the commune's report files), so that the peak RSS covers
/// what the server holds for its reads, not only for the updates.
/// </summary>
public static partial class UpdatesHttp
{
    /// <summary>An office officer's account and the tasks its office leads.</summary>
    public sealed record Account(string UserName, string Password, int OfficeId, int[] TaskIds);

    /// <summary>The figures of one load; <paramref name="ServerCpuMsPerRequest"/>: the server process's CPU time (user + system) during the measured window per request counted.</summary>
    public sealed record Outcome(double Rps, double P50Ms, double P99Ms, long Requests, long Errors, double? ServerPeakRssMb, double? ServerCpuMsPerRequest, string? FirstError);

    /// <summary>
    /// One office-officer account per worker, spread over the country's communes (offices repeat when there are fewer
    /// offices than workers), created with the app's <see cref="AccountCreator"/>; the roles are created first when the
    /// database has none (as the app's first start does).
    /// </summary>
    public static async Task<(List<Account> Workers, Account Admin)> CreateAccountsAsync(IServiceProvider services, SyntheticCountry country, int workers, CancellationToken cancellation)
    {
        await using var scope = services.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }

        var planned = new List<(NewAccount Account, int OfficeId, int[] Tasks)>();
        for (var w = 0; w < workers; w++)
        {
            var c = (int)((long)w * country.Size.Communes / workers);
            var o = w % SyntheticCountry.OfficesPerCommune;
            var tasks = Enumerable.Range(0, SyntheticCountry.TasksPerCommune).Where(t => country.LeadOffice(c, t) == o).Select(t => SyntheticCountry.TaskId(c, t)).ToArray();
            var name = string.Create(CultureInfo.InvariantCulture, $"bench-{w + 1:D2}");
            planned.Add((new NewAccount(name, $"Cán bộ thử tải {w + 1}", country.OfficeId(c, o), "cơ quan thử", Roles.OfficeOfficer), country.OfficeId(c, o), tasks));
        }

        planned.Add((new NewAccount("bench-admin", "Quản trị thử tải", SyntheticCountry.NationId, "Việt Nam", Roles.Admin), SyntheticCountry.NationId, []));
        var creator = scope.ServiceProvider.GetRequiredService<AccountCreator>();
        var (issued, problems) = await creator.CreateAllAsync(planned.Select(p => p.Account).ToList(), cancellation);
        if (problems.Count > 0)
        {
            throw new InvalidOperationException("Không tạo được tài khoản thử tải: " + string.Join("; ", problems.Values));
        }

        var accounts = planned.Zip(issued, (p, i) => new Account(i.UserName, i.Password, p.OfficeId, p.Tasks)).ToList();
        return (accounts[..^1], accounts[^1]);
    }

    public static async Task<Outcome> RunAsync(
        string serverDll, string database, string temp, DatabaseSettings settings, IReadOnlyList<Account> accounts, Account admin, IReadOnlyList<string> pages,
        TimeSpan warmup, TimeSpan duration, Action<string> log, CancellationToken cancellation)
    {
        var port = FreePort();
        var baseUrl = string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = temp,
        };
        foreach (var arg in new[]
        {
            serverDll, "--db", database, "--urls", baseUrl,
            "--Monitoring:Reminders=false", "--Demo:Skip=true",
            $"--DataProtection:KeysPath={Path.Combine(temp, "server-keys")}",
            "--Logging:LogLevel:Default=Warning",

            // Every worker signs in from 127.0.0.1 within the same minute: the per-address login throttle (10 a minute by
            // default) is raised for this run only.
            string.Create(CultureInfo.InvariantCulture, $"--Security:LoginAttemptsPerMinute={accounts.Count + 20}"),
        })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        var output = new ConcurrentQueue<string>();
        using var server = Process.Start(start) ?? throw new InvalidOperationException("Không chạy được ứng dụng.");
        server.OutputDataReceived += (_, e) => Keep(output, e.Data);
        server.ErrorDataReceived += (_, e) => Keep(output, e.Data);
        server.BeginOutputReadLine();
        server.BeginErrorReadLine();
        var started = Stopwatch.StartNew();
        try
        {
            using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = int.MaxValue, PooledConnectionLifetime = Timeout.InfiniteTimeSpan, UseCookies = false };
            using var client = new HttpClient(handler) { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(60) };
            await WaitForHealthAsync(client, server, output, cancellation);
            log(string.Create(CultureInfo.GetCultureInfo("vi-VN"), $"  ứng dụng (pid {server.Id}) chạy tại {baseUrl} sau {started.Elapsed.TotalSeconds:0.0} giây"));
            await WaitForStatusRefreshAsync(settings, started, log, cancellation);
            await OpenPagesAsync(baseUrl, admin, pages, log, cancellation);

            var tokens = new List<string>();
            foreach (var account in accounts)
            {
                tokens.Add(await LogInAsync(client, account, cancellation));
            }

            log($"  {tokens.Count} tài khoản cán bộ cơ quan đã đăng nhập; {accounts.Count} luồng gửi cập nhật…");
            var cpu = ServerCpuAsync(server.Id, warmup, duration, cancellation);
            var load = await LoadAsync(client, accounts, tokens, warmup, duration, cancellation);
            var cpuMs = await cpu;
            var rss = PeakMemory.Megabytes(server.Id);
            if (server.HasExited)
            {
                throw new InvalidOperationException("Ứng dụng dừng giữa chừng:\n" + string.Join('\n', output));
            }

            return load with { ServerPeakRssMb = rss, ServerCpuMsPerRequest = load.Requests == 0 || cpuMs is null ? null : Math.Round(cpuMs.Value / load.Requests, 2) };
        }
        finally
        {
            if (!server.HasExited)
            {
                server.Kill(entireProcessTree: true);
                await server.WaitForExitAsync(CancellationToken.None);
            }
        }
    }

    private static async Task<Outcome> LoadAsync(
        HttpClient client, IReadOnlyList<Account> accounts, List<string> tokens, TimeSpan warmup, TimeSpan duration, CancellationToken cancellation)
    {
        var clock = Stopwatch.StartNew();
        var measureFrom = warmup;
        var measureTo = warmup + duration;
        string? firstError = null;
        var workers = accounts.Select((account, w) => Task.Run(
            async () =>
            {
                var latencies = new List<double>(4096);
                long errors = 0;
                var auth = new AuthenticationHeaderValue("Bearer", tokens[w]);
                for (var i = 0; clock.Elapsed < measureTo; i++)
                {
                    var taskId = account.TaskIds[i % account.TaskIds.Length];
                    var body = string.Create(
                        CultureInfo.InvariantCulture,
                        $$"""{"state":"inProgress","percentDone":{{10 + (i % 80)}},"result":"Cập nhật thử tải lần {{i + 1}} của cán bộ {{account.UserName}}"}""");
                    using var request = new HttpRequestMessage(HttpMethod.Post, string.Create(CultureInfo.InvariantCulture, $"/api/v1/tasks/{taskId}/updates"))
                    {
                        Content = new StringContent(body, Encoding.UTF8, "application/json"),
                    };
                    request.Headers.Authorization = auth;
                    var sent = clock.Elapsed;
                    string? error = null;
                    try
                    {
                        using var response = await client.SendAsync(request, cancellation);
                        var text = await response.Content.ReadAsStringAsync(cancellation);
                        if (!response.IsSuccessStatusCode)
                        {
                            error = $"{(int)response.StatusCode} {text}";
                        }
                    }
                    catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
                    {
                        error = e.GetType().Name + ": " + e.Message;
                    }

                    // A request counts when its answer arrives within the measured window.
                    var done = clock.Elapsed;
                    if (done < measureFrom || done > measureTo)
                    {
                        continue;
                    }

                    latencies.Add((done - sent).TotalMilliseconds);
                    if (error is not null)
                    {
                        errors++;
                        Interlocked.CompareExchange(ref firstError, $"nhiệm vụ {taskId}: {error}", null);
                    }
                }

                return (latencies, errors);
            },
            cancellation)).ToList();

        var results = await Task.WhenAll(workers);
        var all = new Timings();
        foreach (var (latencies, _) in results)
        {
            all.AddRange(latencies);
        }

        return new Outcome(
            Math.Round(all.Count / duration.TotalSeconds, 1),
            all.Count == 0 ? double.NaN : BenchResult.Round(all.Percentile(50)),
            all.Count == 0 ? double.NaN : BenchResult.Round(all.Percentile(99)),
            all.Count,
            results.Sum(r => r.errors),
            null,
            null,
            firstError);
    }

    /// <summary>Signs in through the login page (cookie) and opens each page once; any answer but 200 fails the run.</summary>
    private static async Task OpenPagesAsync(string baseUrl, Account admin, IReadOnlyList<string> pages, Action<string> log, CancellationToken cancellation)
    {
        using var handler = new SocketsHttpHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
        using var client = new HttpClient(handler) { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromMinutes(5) };
        var form = await client.GetStringAsync("/Account/Login", cancellation);
        using var login = await client.PostAsync(
            "/Account/Login",
            new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Input.UserName"] = admin.UserName,
                ["Input.Password"] = admin.Password,
                ["__RequestVerificationToken"] = WebUtility.HtmlDecode(AntiforgeryToken().Match(form).Groups[1].Value),
            }),
            cancellation);
        if (login.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Quản trị thử tải không đăng nhập được qua trang đăng nhập: {(int)login.StatusCode}.");
        }

        foreach (var page in pages)
        {
            var watch = Stopwatch.StartNew();
            using var response = await client.GetAsync(page, cancellation);
            var bytes = await response.Content.ReadAsByteArrayAsync(cancellation);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                throw new InvalidOperationException($"{page}: {(int)response.StatusCode}");
            }

            log(string.Create(CultureInfo.GetCultureInfo("vi-VN"), $"  máy chủ: {page} — {bytes.Length / 1024.0:0.0} KB trong {watch.Elapsed.TotalMilliseconds:0} ms"));
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial System.Text.RegularExpressions.Regex AntiforgeryToken();

    /// <summary>CPU milliseconds the process used between <paramref name="from"/> and <paramref name="from"/> + <paramref name="duration"/> from now.</summary>
    private static async Task<double?> ServerCpuAsync(int pid, TimeSpan from, TimeSpan duration, CancellationToken cancellation)
    {
        await Task.Delay(from, cancellation);
        var start = CpuMs(pid);
        await Task.Delay(duration, cancellation);
        return CpuMs(pid) - start;
    }

    /// <summary>utime + stime of /proc/&lt;pid&gt;/stat (fields 14 and 15, in clock ticks of 10 ms on Linux).</summary>
    private static double? CpuMs(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) * 10.0;
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static async Task<string> LogInAsync(HttpClient client, Account account, CancellationToken cancellation)
    {
        using var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { userName = account.UserName, password = account.Password }, cancellation);
        var text = await response.Content.ReadAsStringAsync(cancellation);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Không đăng nhập được {account.UserName}: {(int)response.StatusCode} {text}");
        }

        using var json = System.Text.Json.JsonDocument.Parse(text);
        return json.RootElement.GetProperty("accessToken").GetString()!;
    }

    private static async Task WaitForHealthAsync(HttpClient client, Process server, ConcurrentQueue<string> output, CancellationToken cancellation)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromMinutes(3))
        {
            if (server.HasExited)
            {
                throw new InvalidOperationException("Ứng dụng không khởi động được:\n" + string.Join('\n', output));
            }

            try
            {
                using var response = await client.GetAsync("/health", cancellation);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(200, cancellation);
        }

        throw new TimeoutException("Ứng dụng không trả lời /health sau 3 phút:\n" + string.Join('\n', output));
    }

    /// <summary>
    /// The server counts "today" by the wall clock, not the benchmark's fixed day: a few seconds after it starts, its
    /// background service computes again the statuses whose validity ended before its today. The load starts once that
    /// is done (and at least 7 seconds after the start), so that it measures updates, not that catch-up.
    /// </summary>
    private static async Task WaitForStatusRefreshAsync(DatabaseSettings settings, Stopwatch started, Action<string> log, CancellationToken cancellation)
    {
        var options = new DbContextOptionsBuilder<SauRoDbContext>();
        settings.Apply(options);
        await using var db = new SauRoDbContext(options.Options);
        var today = VietnamTime.Today(TimeProvider.System);
        var reported = false;
        while (true)
        {
            var stale = await db.TaskStatusSnapshots.CountAsync(s => s.ValidUntil < today, cancellation);
            if (stale == 0 && started.Elapsed >= TimeSpan.FromSeconds(7))
            {
                return;
            }

            if (stale > 0 && !reported)
            {
                log(string.Create(CultureInfo.GetCultureInfo("vi-VN"), $"  chờ ứng dụng tính lại {stale:N0} tình trạng nhiệm vụ cho ngày {today:dd/MM/yyyy} (đồng hồ thật)…"));
                reported = true;
            }

            if (started.Elapsed > TimeSpan.FromMinutes(15))
            {
                throw new TimeoutException($"Ứng dụng chưa tính lại {stale} tình trạng nhiệm vụ sau 15 phút.");
            }

            await Task.Delay(500, cancellation);
        }
    }

    private static void Keep(ConcurrentQueue<string> output, string? line)
    {
        if (line is null)
        {
            return;
        }

        output.Enqueue(line);
        while (output.Count > 200 && output.TryDequeue(out _))
        {
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
