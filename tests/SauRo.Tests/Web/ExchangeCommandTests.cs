using System.Text;
using Microsoft.Extensions.DependencyInjection;
using SauRo.Cli;
using SauRo.Core.Tests.Exchange;
using SauRo.Data;

namespace SauRo.Tests.Web;

/// <summary>
/// <c>SauRo export</c> from one database and <c>SauRo import-exchange</c> into another, as a province would with files
/// sent by its communes: the province then counts the commune's tasks as its source does; a second import changes nothing.
/// The commands use the real clock, as they do in production.
/// </summary>
public abstract class ExchangeCommandTests(WebAppFixture app) : WebTest(app)
{
    [Fact]
    public async Task ExportThenImportExchange_AcrossTwoDatabases_RoundTrips_AndIsIdempotent()
    {
        var w = await ExchangeSeed.BuildAsync(App);
        var file = Path.Combine(Path.GetTempPath(), $"trao-doi-{Guid.NewGuid():N}.json");
        try
        {
            var exported = Run("export", "--unit", $"{w.Commune.Id}", "--out", file, "--db", Database(App));

            exported.Exit.ShouldBe(CommandLine.Ok, exported.Err);
            exported.Out.Trim().ShouldBe($"Đã xuất dữ liệu trao đổi của {w.Commune.Name}: 1 kế hoạch, 2 chỉ tiêu, 8 nhiệm vụ, 5 cập nhật tiến độ → {file}");
            JsonSchemaCheck.Exchange().Check(await File.ReadAllTextAsync(file, Encoding.UTF8)).ShouldBeEmpty();

            await using var target = await ExchangeSeed.SecondInstanceAsync(App);
            var province = await ExchangeSeed.NewProvinceAsync(target, w.Province.Name);

            var imported = Run("import-exchange", "--province", $"{province.Id}", file, "--db", Database(target));

            imported.Exit.ShouldBe(CommandLine.Ok, imported.Err);
            imported.Out.Trim().ShouldBe($"Đã nhập dữ liệu của {w.Commune.Name} (xã/phường mới): tạo 1 kế hoạch, thay 0, bỏ 0; thêm 4 cơ quan.");
            (await ExchangeSeed.StatusesAsync(target, provinceId: province.Id)).ShouldBe(await ExchangeSeed.StatusesAsync(App, communeId: w.Commune.Id));

            var before = await ExchangeSeed.CountsAsync(target);
            var again = Run("import-exchange", "--db", Database(target), "--province", $"{province.Id}", file);
            again.Exit.ShouldBe(CommandLine.Ok, again.Err);
            again.Out.Trim().ShouldBe($"Bản xuất này của {w.Commune.Name} đã được nhập trước đó; không có gì thay đổi.");
            (await ExchangeSeed.CountsAsync(target)).ShouldBe(before);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task ImportExchange_ABadFile_SaysWhy_WritesNothing_AndExits2()
    {
        var province = await ExchangeSeed.NewProvinceAsync(App, "Tỉnh Lâm Sơn");
        var file = Path.Combine(Path.GetTempPath(), $"hong-{Guid.NewGuid():N}.json");
        var tree = ExchangeExample.Tree();
        tree["exportedAt"] = "2026-01-01T00:00:00+07:00";
        tree["plans"]![0]!["tasks"]![1]!.AsObject().Remove("content");
        await File.WriteAllTextAsync(file, tree.ToJsonString());
        var before = await ExchangeSeed.CountsAsync(App);
        try
        {
            var (exit, output, error) = Run("import-exchange", "--province", $"{province.Id}", file, "--db", Database(App));

            exit.ShouldBe(CommandLine.Failed);
            output.ShouldBeEmpty();
            error.ShouldContain("Tệp trao đổi có lỗi nên chưa nhập gì (1 lỗi):\n- plans[0].tasks[1].content: thiếu nội dung nhiệm vụ (bắt buộc).");
            (await ExchangeSeed.CountsAsync(App)).ShouldBe(before);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Commands_WithWrongArguments_PrintTheirUsage()
    {
        Run("export", "--unit", "x", "--out", "a.json").Err.ShouldContain(ExportCommand.UsageLine);
        Run("export", "--unit", "1").Err.ShouldContain(ExportCommand.UsageLine);
        Run("import-exchange", "--province", "1").Err.ShouldContain(ImportExchangeCommand.UsageLine);
        Run("import-exchange", "--province", "1", "a.json", "b.json").Exit.ShouldBe(CommandLine.Failed);
        Run("import-exchange", "--province", "1", "/khong/co/tep/nay.json").Err.ShouldContain("Không có tệp «/khong/co/tep/nay.json».");
        var help = Run("--help").Out;
        help.ShouldContain("SauRo export --unit <mã xã/phường> --out <tệp .json>");
        help.ShouldContain("SauRo import-exchange --province <mã tỉnh> <tệp .json>");
    }

    private static string Database(WebAppFixture app) => app.Services.GetRequiredService<DatabaseSettings>().ConnectionString;

    private static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = CommandLine.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }
}

public sealed class ExchangeCommandTests_Sqlite(SqliteWebApp app) : ExchangeCommandTests(app), IClassFixture<SqliteWebApp>;

public sealed class ExchangeCommandTests_Postgres(PostgresWebApp app) : ExchangeCommandTests(app), IClassFixture<PostgresWebApp>;
