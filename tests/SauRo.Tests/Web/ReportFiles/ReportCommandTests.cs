using Microsoft.Extensions.DependencyInjection;
using SauRo.Cli;
using SauRo.Data;
using static SauRo.Tests.Web.OpenXmlFiles;

namespace SauRo.Tests.Web;

/// <summary>
/// <c>SauRo report --unit … --period … --format docx|xlsx --out … --db …</c> on the test database (judged by the real
/// clock): it writes the same files as the page, and refuses bad input in Vietnamese with exit code 2.
/// </summary>
public abstract class ReportCommandTests(WebAppFixture app) : WebTest(app)
{
    [Fact]
    public async Task Report_WritesTheCommuneDocxAndTheProvinceXlsx()
    {
        var w = await ReportFileSeed.BuildAsync(App);
        var folder = Directory.CreateTempSubdirectory("sauro-report-").FullName;
        try
        {
            var docx = Path.Combine(folder, "bao-cao.docx");
            var (exit, output, error) = Run("report", "--unit", $"{w.Commune.Id}", "--period", "2026-M10", "--format", "docx", "--out", docx, "--db", Database);

            exit.ShouldBe(CommandLine.Ok, error);
            output.ShouldStartWith("Đã ghi Báo cáo Xã An Bình 2026-M10.docx (Tháng 10/2026, tính đến ngày ");
            output.ShouldContain($"vào {docx}");
            var doc = Word(await File.ReadAllBytesAsync(docx, TestContext.Current.CancellationToken));
            Paragraph(doc, "UBND XÃ AN BÌNH").ShouldNotBeNull();
            BodyParagraphs(doc).ShouldContain(p => p.InnerText.StartsWith($"- {ReportFileSeed.Digitise} (Trung tâm Phục vụ hành chính công chủ trì; hạn 30/09/2026): quá hạn ", StringComparison.Ordinal));

            var xlsx = Path.Combine(folder, "tong-hop.xlsx");
            var province = Run("report", "--unit", $"{w.Province.Id}", "--period", "2026-M10", "--format", "xlsx", "--out", xlsx, "--db", Database);
            province.Exit.ShouldBe(CommandLine.Ok, province.Err);
            SheetNames(Excel(await File.ReadAllBytesAsync(xlsx, TestContext.Current.CancellationToken))).ShouldContain("Phụ lục I - Theo xã, phường");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("unit", "Không có đơn vị số 987654321.")]
    [InlineData("period", "Kỳ báo cáo «2026-M13» không hợp lệ: dạng 2026-M10 (tháng), 2026-Q3 (quý), 2026-H1 (6 tháng), 2026-Y (năm).")]
    [InlineData("format", "Định dạng «pdf» không có: docx hoặc xlsx.")]
    [InlineData("year", "Xã An Bình chưa có kế hoạch năm 2025: không có số liệu để lập báo cáo tháng 10/2025.")]
    [InlineData("out", "Thiếu --out (tệp sẽ ghi báo cáo).")]
    [InlineData("id", "Mã đơn vị «xã-an-bình» không hợp lệ: cần một số, ví dụ --unit 12.")]
    public async Task Report_BadInput_VietnameseMessage_Exit2(string what, string message)
    {
        var w = await ReportFileSeed.BuildAsync(App);
        var file = Path.Combine(Path.GetTempPath(), $"sauro-report-{Guid.NewGuid():N}.docx");
        var args = what switch
        {
            "unit" => new[] { "report", "--unit", "987654321", "--period", "2026-M10", "--format", "docx", "--out", file, "--db", Database },
            "period" => ["report", "--unit", $"{w.Commune.Id}", "--period", "2026-M13", "--format", "docx", "--out", file, "--db", Database],
            "format" => ["report", "--unit", $"{w.Commune.Id}", "--period", "2026-M10", "--format", "pdf", "--out", file, "--db", Database],
            "year" => ["report", "--unit", $"{w.Commune.Id}", "--period", "2025-M10", "--format", "docx", "--out", file, "--db", Database],
            "out" => ["report", "--unit", $"{w.Commune.Id}", "--format", "docx", "--db", Database],
            _ => ["report", "--unit", "xã-an-bình", "--format", "docx", "--out", file],
        };

        var (exit, output, error) = Run(args);

        exit.ShouldBe(CommandLine.Failed);
        output.ShouldBeEmpty();
        error.ShouldContain(message);
        File.Exists(file).ShouldBeFalse();
    }

    [Fact]
    public void Report_Help_NamesTheCommand()
    {
        Run("--help").Out.ShouldContain("SauRo report --unit <mã đơn vị> [--period 2026-M10] --format docx|xlsx --out <tệp>");
        Run("report", "--bogus", "1").Err.ShouldContain(ReportCommand.UsageLine);
    }

    private string Database => App.Services.GetRequiredService<DatabaseSettings>().ConnectionString;

    private static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = CommandLine.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }
}

public sealed class ReportCommandTests_Sqlite(SqliteWebApp app) : ReportCommandTests(app), IClassFixture<SqliteWebApp>;

public sealed class ReportCommandTests_Postgres(PostgresWebApp app) : ReportCommandTests(app), IClassFixture<PostgresWebApp>;
