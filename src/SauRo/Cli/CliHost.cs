using SauRo.Data;
using SauRo.Hosting;

namespace SauRo.Cli;

/// <summary>
/// The app's services for a command that works on the database (the same settings as the web app), without serving
/// anything: migrations applied, logs at Warning and above on the error output, reminders off.
/// </summary>
public static class CliHost
{
    public static async Task<int> RunAsync(string? database, Func<IServiceProvider, Task<int>> work)
    {
        await using var app = WebApp.Build(
        [
            .. database is null ? Array.Empty<string>() : ["--db", database],
            "--Logging:LogLevel:Default=Warning",
            "--Logging:Console:LogToStandardErrorThreshold=Trace",
            "--Monitoring:Reminders=false",
        ]);
        await using var scope = app.Services.CreateAsyncScope();
        await DatabaseMigrator.MigrateAsync(scope.ServiceProvider.GetRequiredService<SauRoDbContext>());
        return await work(scope.ServiceProvider);
    }

    /// <summary>Reads "--name value" options and the other arguments; null when an option lacks its value or is not allowed.</summary>
    public static (Dictionary<string, string> Options, List<string> Positional)? Parse(string[] args, params string[] allowed)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        var positional = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i].StartsWith("--", StringComparison.Ordinal))
            {
                if (!allowed.Contains(args[i]) || i + 1 >= args.Length || options.ContainsKey(args[i]))
                {
                    return null;
                }

                options[args[i]] = args[++i];
            }
            else
            {
                positional.Add(args[i]);
            }
        }

        return (options, positional);
    }
}
