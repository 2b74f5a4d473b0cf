using System.Globalization;
using SauRo.Core.Exchange;
using SauRo.Features.Exchange;

namespace SauRo.Cli;

/// <summary>
/// <c>import-exchange --province &lt;id&gt; &lt;file&gt; [--db …]</c>: imports a commune's exchange file into a province,
/// exactly as the page's "Xác nhận nhập" does (one transaction; the same export again changes nothing). Prints what
/// was done; a refused file prints every reason on the error output and writes nothing. Exit 0 or 2.
/// </summary>
public static class ImportExchangeCommand
{
    public const string UsageLine = "Cách dùng: SauRo import-exchange --province <mã tỉnh> <tệp .json> [--db <tệp SQLite | chuỗi kết nối PostgreSQL>]";

    /// <summary>Who the plans' import history names for an import from the command line.</summary>
    public const string ImportedBy = "dòng lệnh";

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (CliHost.Parse(args, "--province", "--db") is not ({ } options, [var path])
            || !int.TryParse(options.GetValueOrDefault("--province"), NumberStyles.None, CultureInfo.InvariantCulture, out var province))
        {
            stderr.WriteLine(UsageLine);
            return CommandLine.Failed;
        }

        byte[] content;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                stderr.WriteLine($"Không có tệp «{path}».");
                return CommandLine.Failed;
            }

            if (info.Length > ExchangeLimits.MaxFileBytes)
            {
                stderr.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"Tệp trao đổi quá lớn ({info.Length / 1024.0 / 1024.0:0.0} MB); Sáu Rõ nhận tệp tới {ExchangeLimits.MaxFileBytes / 1024 / 1024} MB."));
                return CommandLine.Failed;
            }

            content = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"Không đọc được tệp «{path}»: {e.Message}");
            return CommandLine.Failed;
        }

        try
        {
            return CliHost.RunAsync(options.GetValueOrDefault("--db"), async services =>
            {
                var read = ExchangeReader.Read(content, services.GetRequiredService<TimeProvider>().GetUtcNow());
                if (!read.IsSuccess)
                {
                    stderr.WriteLine(read.Message);
                    return CommandLine.Failed;
                }

                try
                {
                    var result = await services.GetRequiredService<ExchangeImporter>().ApplyAsync(province, read.Document!, Path.GetFileName(path), ImportedBy);
                    stdout.WriteLine(result.Summary);
                    return CommandLine.Ok;
                }
                catch (ExchangeRefusedException e)
                {
                    stderr.WriteLine(e.Message);
                    return CommandLine.Failed;
                }
            }).GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is InvalidOperationException or System.Data.Common.DbException or IOException)
        {
            stderr.WriteLine($"Không nhập được dữ liệu trao đổi: {e.Message}");
            return CommandLine.Failed;
        }
    }
}
