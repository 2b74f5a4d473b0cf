using System.Globalization;
using SauRo.Core.Monitoring;
using SauRo.Data;
using SauRo.Features.Monitoring;
using SauRo.Features.ReportFiles;
using SauRo.Hosting;

namespace SauRo.Cli;

/// <summary>
/// <c>report --unit &lt;id&gt; [--period 2026-M10] --format docx|xlsx --out &lt;file&gt; [--db …]</c>: writes the periodic report
/// of a commune (or the consolidated report of a province) for a period, as of today by the Vietnam clock, with the
/// same code as the web page. Exit 0 with the file written; 2 with a Vietnamese message for a bad unit, period, format
/// or output, or a year without plans.
/// </summary>
public static class ReportCommand
{
    public const string UsageLine =
        "Cách dùng: SauRo report --unit <mã đơn vị> [--period <kỳ, ví dụ 2026-M10>] --format docx|xlsx --out <tệp> [--db <tệp SQLite | chuỗi kết nối PostgreSQL>]";

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] is not ("--unit" or "--period" or "--format" or "--out" or "--db") || i + 1 >= args.Length || options.ContainsKey(args[i]))
            {
                return Fail($"Tham số «{args[i]}» không hợp lệ.", stderr);
            }

            options[args[i]] = args[++i];
        }

        if (!options.TryGetValue("--unit", out var unitText) || !int.TryParse(unitText, NumberStyles.None, CultureInfo.InvariantCulture, out var unitId))
        {
            return Fail(unitText is null ? "Thiếu --unit (mã số của xã, phường hoặc tỉnh)." : $"Mã đơn vị «{unitText}» không hợp lệ: cần một số, ví dụ --unit 12.", stderr);
        }

        ReportingPeriod? period = null;
        if (options.TryGetValue("--period", out var periodText))
        {
            if (!ReportingPeriod.TryParse(periodText, out var parsed))
            {
                return Fail($"Kỳ báo cáo «{periodText}» không hợp lệ: dạng 2026-M10 (tháng), 2026-Q3 (quý), 2026-H1 (6 tháng), 2026-Y (năm).", stderr);
            }

            period = parsed;
        }

        ReportFormat? format = options.GetValueOrDefault("--format") switch
        {
            "docx" => ReportFormat.Docx,
            "xlsx" => ReportFormat.Xlsx,
            _ => null,
        };
        if (format is not { } f)
        {
            return Fail(options.TryGetValue("--format", out var given) ? $"Định dạng «{given}» không có: docx hoặc xlsx." : "Thiếu --format docx|xlsx.", stderr);
        }

        if (!options.TryGetValue("--out", out var output) || string.IsNullOrWhiteSpace(output))
        {
            return Fail("Thiếu --out (tệp sẽ ghi báo cáo).", stderr);
        }

        string[] db = options.TryGetValue("--db", out var database) ? ["--db", database] : [];
        return RunAsync(db, unitId, period, f, output, stdout, stderr).GetAwaiter().GetResult();
    }

    private static async Task<int> RunAsync(string[] db, int unitId, ReportingPeriod? period, ReportFormat format, string output, TextWriter stdout, TextWriter stderr)
    {
        try
        {
            await using var app = WebApp.Build(
            [
                .. db,
                "--Logging:LogLevel:Default=Warning",
                "--Logging:Console:LogToStandardErrorThreshold=Trace",
                "--Monitoring:Reminders=false",
            ]);
            await using var scope = app.Services.CreateAsyncScope();
            var context = scope.ServiceProvider.GetRequiredService<SauRoDbContext>();
            await DatabaseMigrator.MigrateAsync(context);
            var today = VietnamTime.Today(scope.ServiceProvider.GetRequiredService<TimeProvider>());
            var chosen = period ?? ReportGenerator.DefaultPeriod(today);
            var settings = scope.ServiceProvider.GetRequiredService<MonitoringSettings>();
            var load = await ReportGenerator.LoadAsync(context, unitId, chosen, today, settings);
            if (load.Report is not { } report)
            {
                return Fail(load.Message!, stderr);
            }

            var file = report.Write(format);
            await File.WriteAllBytesAsync(output, file.Content);
            stdout.WriteLine($"Đã ghi {file.FileName} ({chosen.Label}, tính đến ngày {today.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}) vào {output} ({file.Content.Length.ToString("#,##0", CultureInfo.GetCultureInfo("vi-VN"))} byte).");
            return CommandLine.Ok;
        }
        catch (Exception e) when (e is InvalidOperationException or System.Data.Common.DbException or IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"Không lập được báo cáo: {e.Message}");
            return CommandLine.Failed;
        }
    }

    private static int Fail(string message, TextWriter stderr)
    {
        stderr.WriteLine(message);
        stderr.WriteLine(UsageLine);
        return CommandLine.Failed;
    }
}
