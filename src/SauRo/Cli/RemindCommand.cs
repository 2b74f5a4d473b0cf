using SauRo.Data;
using SauRo.Features.Reminders;
using SauRo.Hosting;

namespace SauRo.Cli;

/// <summary>
/// <c>remind [--db …]</c>: runs the reminder job once on the database (the same settings as the web app: Smtp,
/// App:BaseUrl, Monitoring) and prints a Vietnamese summary: reminders that apply today, notifications created, e-mails
/// sent. Running it again the same day creates and sends nothing more. Logs go to the error output.
/// </summary>
public static class RemindCommand
{
    public const string UsageLine = "Cách dùng: SauRo remind [--db <tệp SQLite | chuỗi kết nối PostgreSQL>]";

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args is not ([] or ["--db", _]))
        {
            stderr.WriteLine(UsageLine);
            return CommandLine.Failed;
        }

        return RunAsync(args, stdout, stderr).GetAwaiter().GetResult();
    }

    private static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        try
        {
            await using var app = WebApp.Build(
            [
                .. args,
                "--Logging:LogLevel:Default=Warning",
                "--Logging:Console:LogToStandardErrorThreshold=Trace",
                "--Monitoring:Reminders=false",
            ]);
            await using var scope = app.Services.CreateAsyncScope();
            await DatabaseMigrator.MigrateAsync(scope.ServiceProvider.GetRequiredService<SauRoDbContext>());
            var result = await scope.ServiceProvider.GetRequiredService<ReminderJob>().RunOnceAsync(CancellationToken.None);
            stdout.WriteLine(result.Summary());
            return CommandLine.Ok;
        }
        catch (Exception e) when (e is InvalidOperationException or System.Data.Common.DbException or IOException)
        {
            stderr.WriteLine($"Không chạy được nhắc việc: {e.Message}");
            return CommandLine.Failed;
        }
    }
}
