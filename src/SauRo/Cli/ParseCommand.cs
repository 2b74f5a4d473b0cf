using SauRo.Core.Import;
using SauRo.Core.Import.Documents;

namespace SauRo.Cli;

/// <summary>
/// <c>parse &lt;file&gt; [--json]</c>: reads one plan document and prints a Vietnamese summary, or with --json exactly
/// one JSON object in the contract's format. Exit 0 when read (even with warnings), 2 when it cannot be read.
/// </summary>
public static class ParseCommand
{
    public const string Help = """
        Cách dùng: SauRo parse <tệp> [--json]

        Đọc một kế hoạch (.docx, hoặc bản xuất .md/.txt) thành chỉ tiêu, nhiệm vụ, lịch báo cáo và cảnh báo.
          --json   In đúng một đối tượng JSON (định dạng trong docs/contracts/parse-json.md).

        """;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var json = args.Contains("--json");
        var positional = new List<string>();
        foreach (var a in args)
        {
            if (a is "--help" or "-h")
            {
                stdout.Write(Help);
                return CommandLine.Ok;
            }

            if (a == "--json")
            {
                continue;
            }

            if (a.StartsWith("--", StringComparison.Ordinal))
            {
                return Fail($"Tùy chọn «{a}» không có. {Usage()}", json, stdout, stderr);
            }

            positional.Add(a);
        }

        if (positional.Count != 1)
        {
            return Fail(positional.Count == 0 ? $"Thiếu tên tệp kế hoạch. {Usage()}" : $"Chỉ đọc một tệp mỗi lần. {Usage()}", json, stdout, stderr);
        }

        ReadResult<ParsedPlan> result;
        try
        {
            result = PlanFileReader.ReadFile(positional[0]);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A safety net only: every known failure is a ReadResult. Say what happened without a stack trace.
            stderr.WriteLine($"[{e.GetType().Name}] {e.Message}");
            return Fail($"Lỗi không mong đợi khi đọc «{Path.GetFileName(positional[0])}»; tệp có thể bị hỏng. Xin gửi tệp này cho nhóm phát triển.", json, stdout, stderr);
        }

        if (!result.IsSuccess)
        {
            return Fail(result.Error!, json, stdout, stderr);
        }

        if (json)
        {
            stdout.WriteLine(ParseJson.Write(result.Value!));
        }
        else
        {
            ParseSummary.Write(result.Value!, Path.GetFileName(positional[0]), stdout);
        }

        return CommandLine.Ok;
    }

    private static string Usage() => "Cách dùng: SauRo parse <tệp> [--json]";

    private static int Fail(string message, bool json, TextWriter stdout, TextWriter stderr)
    {
        if (json)
        {
            stdout.WriteLine(ParseJson.Error(message));
        }
        else
        {
            stderr.WriteLine(message);
        }

        return CommandLine.Failed;
    }
}
