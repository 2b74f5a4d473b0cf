using System.Globalization;
using SauRo.Core.Exchange;
using SauRo.Features.Exchange;

namespace SauRo.Cli;

/// <summary>
/// <c>export --unit &lt;id&gt; --out &lt;file&gt; [--db …]</c>: writes a commune's exchange file (docs/exchange-json.md)
/// and says what it holds. Exit 0 when written, 2 otherwise (with a Vietnamese reason on the error output).
/// </summary>
public static class ExportCommand
{
    public const string UsageLine = "Cách dùng: SauRo export --unit <mã xã/phường> --out <tệp .json> [--db <tệp SQLite | chuỗi kết nối PostgreSQL>]";

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (CliHost.Parse(args, "--unit", "--out", "--db") is not ({ } options, [])
            || !options.TryGetValue("--out", out var output)
            || !int.TryParse(options.GetValueOrDefault("--unit"), NumberStyles.None, CultureInfo.InvariantCulture, out var unit))
        {
            stderr.WriteLine(UsageLine);
            return CommandLine.Failed;
        }

        try
        {
            return CliHost.RunAsync(options.GetValueOrDefault("--db"), async services =>
            {
                var doc = await services.GetRequiredService<ExchangeExporter>().ExportAsync(unit);
                if (doc is null)
                {
                    stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Không có xã/phường mã {unit}: chỉ xuất được dữ liệu của một xã/phường."));
                    return CommandLine.Failed;
                }

                await File.WriteAllBytesAsync(output, ExchangeJson.Write(doc));
                stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"Đã xuất dữ liệu trao đổi của {doc.Commune.Name}: {doc.Plans.Count} kế hoạch, {doc.Plans.Sum(p => p.Indicators.Count)} chỉ tiêu, "
                    + $"{doc.Plans.Sum(p => p.Tasks.Count)} nhiệm vụ, {doc.Plans.Sum(p => p.Tasks.Sum(t => t.Updates.Count))} cập nhật tiến độ → {output}"));
                return CommandLine.Ok;
            }).GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is InvalidOperationException or System.Data.Common.DbException or IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"Không xuất được dữ liệu trao đổi: {e.Message}");
            return CommandLine.Failed;
        }
    }
}
