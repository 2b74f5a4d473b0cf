using System.Diagnostics;
using System.Text.Json;
using SauRo.Cli;
using SauRo.Core.Tests.Fixtures;

namespace SauRo.Tests.Cli;

public class ParseCommandTests
{
    private static readonly string Demo = Path.Combine(SampleFiles.DemoDirectory, "ke-hoach-xa-an-binh-2026.md");

    private static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = CommandLine.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Parse_Json_PrintsExactlyOneJsonObjectAndExitsZero()
    {
        var (exit, output, error) = Run("parse", Demo, "--json");
        exit.ShouldBe(0);
        error.ShouldBeEmpty();
        using var json = JsonDocument.Parse(output);
        json.RootElement.GetProperty("plan").GetProperty("number").GetString().ShouldBe("15/KH-UBND");
        json.RootElement.GetProperty("tasks").GetArrayLength().ShouldBe(10);
        output.ShouldNotContain("\\u"); // Vietnamese is written as UTF-8, not escaped
    }

    [Fact]
    public void Parse_JsonBeforeTheFile_IsAcceptedToo()
    {
        Run("parse", "--json", Demo).Exit.ShouldBe(0);
    }

    [Fact]
    public void Parse_Summary_ShowsHeaderTablesAndWarningsInVietnamese()
    {
        var (exit, output, _) = Run("parse", Demo);
        exit.ShouldBe(0);
        output.ShouldContain("KẾ HOẠCH");
        output.ShouldContain("15/KH-UBND");
        output.ShouldContain("Chỉ tiêu (9)");
        output.ShouldContain("Nhiệm vụ (10) — 7/10 nhiệm vụ đủ 06 rõ");
        output.ShouldContain("Hằng quý");
        output.ShouldContain("không hiểu thời hạn «Theo tiến độ của tỉnh»");
        output.ShouldContain("Cảnh báo (1)");
    }

    [Fact]
    public void Parse_MissingFile_PrintsAVietnameseErrorObjectAndExitsTwo()
    {
        var (exit, output, _) = Run("parse", "/khong/co/tep.md", "--json");
        exit.ShouldBe(2);
        using var json = JsonDocument.Parse(output);
        json.RootElement.EnumerateObject().Select(p => p.Name).ShouldBe(["error"]);
        json.RootElement.GetProperty("error").GetString()!.ShouldStartWith("Không tìm thấy tệp");
    }

    [Fact]
    public void Parse_MissingFileWithoutJson_WritesTheErrorToStderr()
    {
        var (exit, output, error) = Run("parse", "/khong/co/tep.md");
        exit.ShouldBe(2);
        output.ShouldBeEmpty();
        error.ShouldStartWith("Không tìm thấy tệp");
    }

    [Theory]
    [InlineData("parse", "--json")]
    [InlineData("parse", "a.md", "b.md", "--json")]
    [InlineData("parse", "a.md", "--xml", "--json")]
    public void Parse_BadArguments_ExitTwoWithAVietnameseMessage(params string[] args)
    {
        var (exit, output, _) = Run(args);
        exit.ShouldBe(2);
        using var json = JsonDocument.Parse(output);
        json.RootElement.GetProperty("error").GetString()!.ShouldContain("SauRo parse");
    }

    [Fact]
    public void Run_UnknownCommand_ExitsTwo()
    {
        var (exit, _, error) = Run("dich");
        exit.ShouldBe(2);
        error.ShouldContain("Lệnh «dich» không có");
    }

    [Fact]
    public void Run_Help_ListsTheCommandsInVietnamese()
    {
        var (exit, output, _) = Run("--help");
        exit.ShouldBe(0);
        output.ShouldContain("Cách dùng");
        output.ShouldContain("SauRo parse <tệp> [--json]");
    }

    [Fact]
    public void Executable_Parse_ExitCodeAndStdoutAreClean()
    {
        var (exit, output, _) = Process(["parse", Demo, "--json"]);
        exit.ShouldBe(0);
        using var json = JsonDocument.Parse(output);
        json.RootElement.GetProperty("indicators").GetArrayLength().ShouldBe(9);

        var (badExit, badOutput, _) = Process(["parse", Path.Combine(SampleFiles.RepositoryRoot, "SauRo.slnx"), "--json"]);
        badExit.ShouldBe(2);
        JsonDocument.Parse(badOutput).RootElement.GetProperty("error").GetString()!.ShouldContain("không phải kế hoạch");
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Executable_SharedSample_PassesTheWorkplaceChecker(string name)
    {
        var sample = SampleFiles.Sample(name);
        var checker = Path.Combine(Path.GetDirectoryName(SampleFiles.SamplesDirectory!)!, "tools", "check-parse.py");
        if (!File.Exists(checker))
        {
            Assert.Skip("check-parse.py không có trên máy này.");
        }

        var (exit, output, _) = Process(["parse", sample, "--json"]);
        exit.ShouldBe(0);
        var parsed = Path.GetTempFileName();
        try
        {
            File.WriteAllText(parsed, output);
            var check = Start("python3", [checker, SampleFiles.SampleExpectation(name), parsed]);
            check.Out.ShouldEndWith("0 failed\n");
            check.Exit.ShouldBe(0);
        }
        finally
        {
            File.Delete(parsed);
        }
    }

    public static TheoryData<string> Samples => new(SampleFiles.SampleNames);

    private static (int Exit, string Out, string Err) Process(string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "SauRo.dll");
        return Start("dotnet", [dll, .. args]);
    }

    private static (int Exit, string Out, string Err) Start(string file, string[] args)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        using var p = System.Diagnostics.Process.Start(info)!;
        var output = p.StandardOutput.ReadToEndAsync();
        var error = p.StandardError.ReadToEndAsync();
        p.WaitForExit(60_000).ShouldBeTrue();
        return (p.ExitCode, output.Result, error.Result);
    }
}
