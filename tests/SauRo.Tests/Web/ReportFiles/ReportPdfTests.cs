using System.Diagnostics;
using SauRo.Core.Tests.Fixtures;

namespace SauRo.Tests.Web;

/// <summary>
/// Where LibreOffice is installed (scripts/test.sh installs libreoffice-writer and poppler-utils), the commune's .docx
/// is converted to PDF and its first page rendered to PNG, both kept under TestResults/report-files as artifacts to
/// look at; without soffice the test is skipped and says why.
/// </summary>
public abstract class ReportPdfTests(WebAppFixture app) : WebTest(app)
{
    [Fact]
    public async Task Docx_ConvertedToPdfByLibreOffice_FirstPageRenderedToPng()
    {
        var soffice = Which("soffice");
        if (soffice is null)
        {
            Assert.Skip("LibreOffice (soffice) không có trên máy này: không chuyển được .docx sang PDF (scripts/test.sh cài libreoffice-writer).");
        }

        var w = await ReportFileSeed.BuildAsync(App);
        var (content, _) = await ReportFileSeed.DownloadAsync(await ReportFileSeed.LeaderAsync(App, w), w.Commune.Id, "Docx");
        var folder = Path.Combine(SampleFiles.RepositoryRoot, "TestResults", "report-files");
        Directory.CreateDirectory(folder);
        var name = $"bao-cao-xa-{App.Provider.ToString().ToLowerInvariant()}";
        var docx = Path.Combine(folder, name + ".docx");
        await File.WriteAllBytesAsync(docx, content, TestContext.Current.CancellationToken);
        var profile = Directory.CreateTempSubdirectory("sauro-libreoffice-").FullName; // one profile per run: two soffice never share one
        try
        {
            var (exit, output) = await RunAsync(soffice!, "--headless", $"-env:UserInstallation=file://{profile}", "--convert-to", "pdf", "--outdir", folder, docx);
            exit.ShouldBe(0, output);
        }
        finally
        {
            Directory.Delete(profile, recursive: true);
        }

        var pdf = Path.Combine(folder, name + ".pdf");
        File.Exists(pdf).ShouldBeTrue($"soffice không tạo {pdf}");
        (await File.ReadAllBytesAsync(pdf, TestContext.Current.CancellationToken)).Take(5).ShouldBe("%PDF-"u8.ToArray());
        if (Which("pdftoppm") is not { } pdftoppm)
        {
            TestContext.Current.TestOutputHelper?.WriteLine($"Đã tạo {pdf}; pdftoppm (poppler-utils) không có nên không vẽ trang 1 ra PNG.");
            return;
        }

        var prefix = Path.Combine(folder, name + "-trang");
        var render = await RunAsync(pdftoppm, "-png", "-r", "60", "-f", "1", "-l", "1", pdf, prefix);
        render.Exit.ShouldBe(0, render.Output);
        var png = Directory.GetFiles(folder, name + "-trang-*.png").ShouldHaveSingleItem();
        (await File.ReadAllBytesAsync(png, TestContext.Current.CancellationToken)).Take(4).ShouldBe(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' });
        TestContext.Current.TestOutputHelper?.WriteLine($"Trang 1: {png}");
    }

    private static string? Which(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)
            .Select(dir => Path.Combine(dir, program))
            .FirstOrDefault(File.Exists);

    private static async Task<(int Exit, string Output)> RunAsync(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await error);
    }
}

public sealed class ReportPdfTests_Sqlite(SqliteWebApp app) : ReportPdfTests(app), IClassFixture<SqliteWebApp>;

public sealed class ReportPdfTests_Postgres(PostgresWebApp app) : ReportPdfTests(app), IClassFixture<PostgresWebApp>;
