using System.Diagnostics;
using DocumentFormat.OpenXml.Wordprocessing;
using SauRo.Core.Monitoring;
using SauRo.Features.Accounts;
using SauRo.Features.Monitoring;
using SauRo.Features.ReportFiles;
using static SauRo.Tests.Web.OpenXmlFiles;

namespace SauRo.Tests.Web;

/// <summary>
/// The province's consolidated report in both formats: the narrative across communes (plans, reports sent, tasks by
/// state per commune, the communes with the most overdue tasks), the appendix per commune and the appendix of overdue
/// tasks; and a rough timing of the generation on a few communes of 60 tasks.
/// </summary>
public abstract class ReportFileProvinceTests(WebAppFixture app) : WebTest(app)
{
    [Fact]
    public async Task Province_Docx_NarrativeAcrossCommunes_AppendixPerCommune_AndOverdueTasks()
    {
        var w = await ProvinceSeed.BuildAsync(App, [("Xã Bắc Sơn", 10, 2), ("Xã Nam Sơn", 10, 2), ("Phường Trung Tâm", 0, 0)]);
        await ProvinceSeed.DoneAsync(App, w.Plans[w.Communes[1].Id], 1, 2);
        var client = await ReportSeed.ClientAsync(App, Roles.ProvinceOfficer, w.Province.Id);

        var (content, response) = await ReportFileSeed.DownloadAsync(client, w.Province.Id, "Docx");

        response.Content.Headers.ContentType!.MediaType.ShouldBe(ReportGenerator.DocxType);
        var doc = Word(content);
        SchemaErrors(doc).ShouldBeEmpty();
        Paragraph(doc, $"UBND {w.Province.Name.ToUpper(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"))}").ShouldNotBeNull();
        Paragraph(doc, "Tổng hợp kết quả thực hiện kế hoạch năm 2026 của các xã, phường trong tháng 10/2026").ShouldNotBeNull();
        var texts = BodyParagraphs(doc).Select(p => p.InnerText).ToList();
        texts.ShouldContain("Toàn tỉnh có 3 xã, phường; 2 xã, phường có kế hoạch năm 2026 được theo dõi. Chưa có kế hoạch: Phường Trung Tâm.");
        texts.ShouldContain("Theo chế độ báo cáo của các kế hoạch, chưa có xã, phường nào phải gửi báo cáo tháng 10/2026 lên tỉnh.");
        texts.ShouldContain("- Xã Bắc Sơn: 10 nhiệm vụ; hoàn thành đúng hạn 0, hoàn thành quá hạn 0, đang thực hiện trong hạn 2, quá hạn chưa hoàn thành 8.");
        texts.ShouldContain("- Xã Nam Sơn: 10 nhiệm vụ; hoàn thành đúng hạn 2, hoàn thành quá hạn 0, đang thực hiện trong hạn 2, quá hạn chưa hoàn thành 6.");
        texts.ShouldContain("Các xã, phường có nhiều nhiệm vụ quá hạn nhất: Xã Bắc Sơn (8 nhiệm vụ), Xã Nam Sơn (6 nhiệm vụ).");
        texts.ShouldContain("Tính đến ngày 12/11/2026, toàn tỉnh còn 14 nhiệm vụ quá hạn chưa hoàn thành (chi tiết tại Phụ lục II); 10 nhiệm vụ quá hạn lâu nhất:");
        texts.ShouldContain(t => t.StartsWith("- Xã Bắc Sơn: Nhiệm vụ số 2: triển khai chuyển đổi số", StringComparison.Ordinal) && t.Contains("hạn 30/09/2026): quá hạn 43 ngày."));

        var tables = doc.MainDocumentPart!.Document.Body!.Elements<Table>().ToList();
        var communes = Cells(tables[2]);
        communes.Count.ShouldBe(4);
        communes[0][1].ShouldBe("Xã, phường");
        communes[1].Take(7).ShouldBe(["1", "Xã Bắc Sơn", "10", "0", "0", "2", "8"]);
        communes[2].Take(7).ShouldBe(["2", "Xã Nam Sơn", "10", "2", "0", "2", "6"]);
        communes[3][1].ShouldBe("Phường Trung Tâm");
        communes[3][14].ShouldBe("Chưa có kế hoạch");
        communes[1][10].ShouldBe("2"); // two indicators without a value yet
        var overdue = Cells(tables[3]);
        overdue.Count.ShouldBe(15);
        overdue[0].ShouldBe(["STT", "Xã, phường", "Nhiệm vụ", "Cơ quan chủ trì", "Thời hạn", "Ngày hết hạn", "Tình trạng", "Số ngày quá hạn", "Lý do"]);
        overdue[1][1].ShouldBe("Xã Bắc Sơn");
        overdue[1][4..8].ShouldBe(["Quý III/2026", "30/09/2026", "Quá hạn chưa hoàn thành (quá hạn 43 ngày)", "43"]);
        overdue[14][1].ShouldBe("Xã Nam Sơn");
    }

    [Fact]
    public async Task Province_Xlsx_SummaryPerCommuneAndOverdueSheets_FrozenAndFiltered()
    {
        var w = await ProvinceSeed.BuildAsync(App, [("Xã Đông Sơn", 10, 2), ("Xã Tây Sơn", 5, 1)]);
        var client = await ReportSeed.ClientAsync(App, Roles.ProvinceOfficer, w.Province.Id);

        var (content, _) = await ReportFileSeed.DownloadAsync(client, w.Province.Id, "Xlsx");

        var doc = Excel(content);
        SchemaErrors(doc).ShouldBeEmpty();
        SheetNames(doc).ShouldBe(["Tổng hợp", "Phụ lục I - Theo xã, phường", "Phụ lục II - Nhiệm vụ quá hạn"]);
        var perCommune = Sheet(doc, "Phụ lục I - Theo xã, phường");
        perCommune.Worksheet.GetFirstChild<DocumentFormat.OpenXml.Spreadsheet.AutoFilter>()!.Reference!.Value.ShouldBe("A1:O3");
        Text(perCommune, "B2").ShouldBe("Xã Đông Sơn");
        Cell(perCommune, "C2").CellValue!.Text.ShouldBe("10");
        Cell(perCommune, "G3").CellValue!.Text.ShouldBe("4"); // Tây Sơn: 5 tasks, one not understood
        var overdue = Sheet(doc, "Phụ lục II - Nhiệm vụ quá hạn");
        DataRows(overdue).ShouldBe(12);
        overdue.Worksheet.GetFirstChild<DocumentFormat.OpenXml.Spreadsheet.AutoFilter>()!.Reference!.Value.ShouldBe("A1:I13");
        overdue.Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Pane>().Single().TopLeftCell!.Value.ShouldBe("A2");
        NumberFormat(doc, Cell(overdue, "F2")).ShouldBe("dd/mm/yyyy");
        Cell(overdue, "H2").CellValue!.Text.ShouldBe("43");
        var summary = Sheet(doc, "Tổng hợp");
        Text(summary, "A7").ShouldBe("Số xã, phường");
        Cell(summary, "B7").CellValue!.Text.ShouldBe("2");
    }

    /// <summary>
    /// A rough timing (the benchmark project measures properly): 8 communes of 60 tasks and 20 indicators with monthly
    /// updates and values; the commune's .docx + .xlsx and the province's, loaded and written by the same code as the page.
    /// </summary>
    [Fact]
    public async Task Timing_CommuneAndProvinceReports_WellUnderTheirTargets()
    {
        var communes = Enumerable.Range(1, 8).Select(i => ($"Xã Đo Thời Gian {i}", 60, 20)).ToList();
        var w = await ProvinceSeed.BuildAsync(App, communes, updatesPerTask: 6);
        var settings = new MonitoringSettings();
        var today = VietnamTime.Today(App.Clock);
        var period = ReportingPeriod.Monthly(2026, 10);

        async Task<(long Ms, int Bytes)> TimeAsync(int unitId) => await App.WithDbAsync(async db =>
        {
            var clock = Stopwatch.StartNew();
            var load = await ReportGenerator.LoadAsync(db, unitId, period, today, settings, TestContext.Current.CancellationToken);
            var bytes = load.Report!.Docx().Length + load.Report.Xlsx().Length;
            return (clock.ElapsedMilliseconds, bytes);
        });

        await TimeAsync(w.Communes[0].Id); // warm-up: JIT, query compilation
        await TimeAsync(w.Province.Id);
        var commune = await TimeAsync(w.Communes[1].Id);
        var province = await TimeAsync(w.Province.Id);

        TestContext.Current.TestOutputHelper?.WriteLine(
            $"{App.Provider}: xã 60 nhiệm vụ .docx + .xlsx {commune.Ms} ms ({commune.Bytes} byte); tỉnh 8 xã × 60 nhiệm vụ {province.Ms} ms ({province.Bytes} byte)");
        commune.Ms.ShouldBeLessThan(1000);
        province.Ms.ShouldBeLessThan(5000);
    }
}

public sealed class ReportFileProvinceTests_Sqlite(SqliteWebApp app) : ReportFileProvinceTests(app), IClassFixture<SqliteWebApp>;

public sealed class ReportFileProvinceTests_Postgres(PostgresWebApp app) : ReportFileProvinceTests(app), IClassFixture<PostgresWebApp>;
