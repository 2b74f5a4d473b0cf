using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using SauRo.Features.ReportFiles;
using static SauRo.Tests.Web.OpenXmlFiles;

namespace SauRo.Tests.Web;

/// <summary>
/// The commune's appendix tables downloaded as .xlsx and read back with DocumentFormat.OpenXml: one sheet per
/// appendix plus a summary, frozen header row, auto filter over the table, widths fitted to the content, bold header
/// on a fill, dates and percentages as numbers with their formats, colours as words on fills.
/// </summary>
public abstract class ReportFileXlsxTests(WebAppFixture app) : WebTest(app)
{
    private async Task<(SpreadsheetDocument Doc, HttpResponseMessage Response)> XlsxAsync()
    {
        var w = await ReportFileSeed.BuildAsync(App);
        var (content, response) = await ReportFileSeed.DownloadAsync(await ReportFileSeed.LeaderAsync(App, w), w.Commune.Id, "Xlsx");
        return (Excel(content), response);
    }

    [Fact]
    public async Task Xlsx_Download_ExcelFile_SummaryAndOneSheetPerAppendix_ValidAgainstTheSchema()
    {
        var (doc, response) = await XlsxAsync();

        response.Content.Headers.ContentType!.MediaType.ShouldBe(ReportGenerator.XlsxType);
        response.Content.Headers.ContentDisposition!.ToString().ShouldContain("filename*=UTF-8''B%C3%A1o%20c%C3%A1o%20X%C3%A3%20An%20B%C3%ACnh%202026-M10.xlsx");
        SheetNames(doc).ShouldBe(["Tổng hợp", "Phụ lục I - Chỉ tiêu", "Phụ lục II - Nhiệm vụ"]);
        SchemaErrors(doc).ShouldBeEmpty();
    }

    [Fact]
    public async Task Xlsx_EverySheet_FrozenHeader_AutoFilterOverTheTable_WidthsFitted()
    {
        var (doc, _) = await XlsxAsync();
        foreach (var (name, range) in new[] { ("Tổng hợp", "A1:C20"), ("Phụ lục I - Chỉ tiêu", "A1:F5"), ("Phụ lục II - Nhiệm vụ", "A1:H7") })
        {
            var sheet = Sheet(doc, name);
            var pane = sheet.Worksheet.Descendants<Pane>().Single();
            (pane.State!.Value, pane.VerticalSplit!.Value, pane.TopLeftCell!.Value).ShouldBe((PaneStateValues.Frozen, 1d, "A2"), name);
            sheet.Worksheet.GetFirstChild<AutoFilter>()!.Reference!.Value.ShouldBe(range, name);
            var widths = sheet.Worksheet.Descendants<Column>().Select(c => c.Width!.Value).ToList();
            widths.ShouldAllBe(w => w >= ReportXlsx.MinWidth && w <= ReportXlsx.MaxWidth, name);
            var header = Cell(sheet, "A1");
            BoldFont(doc, header).ShouldBeTrue(name);
            Fill(doc, header).ShouldBe("FF" + ReportColours.Header, name);
        }

        var tasks = Sheet(doc, "Phụ lục II - Nhiệm vụ").Worksheet.Descendants<Column>().Select(c => c.Width!.Value).ToList();
        tasks[1].ShouldBe(ReportXlsx.MaxWidth); // the task's content, capped and wrapped
        tasks[0].ShouldBeLessThanOrEqualTo(10);   // STT
        tasks[4].ShouldBeInRange(12, 16);       // a date
        var filter = doc.WorkbookPart!.Workbook.DefinedNames!.Elements<DefinedName>().Single(d => d.LocalSheetId?.Value == 2);
        (filter.Name!.Value, filter.Text).ShouldBe(("_xlnm._FilterDatabase", "'Phụ lục II - Nhiệm vụ'!$A$1:$H$7"));
    }

    [Fact]
    public async Task Xlsx_Cells_TextDatesPercentagesNumbersAndColoursAsTheyShouldBe()
    {
        var (doc, _) = await XlsxAsync();
        var tasks = Sheet(doc, "Phụ lục II - Nhiệm vụ");
        DataRows(tasks).ShouldBe(6);
        Text(tasks, "B2").ShouldBe(ReportFileSeed.Digitise);
        Text(tasks, "F2").ShouldBe("Quá hạn chưa hoàn thành (quá hạn 43 ngày)");
        var due = Cell(tasks, "E2");
        due.DataType.ShouldBeNull();
        due.CellValue!.Text.ShouldBe("46295"); // 30/09/2026 as an Excel serial date
        NumberFormat(doc, due).ShouldBe("dd/mm/yyyy");
        Cell(tasks, "G2").CellValue!.Text.ShouldBe("43");
        Cell(tasks, "G4").CellValue.ShouldBeNull();
        Text(tasks, "H4").ShouldBe("Đã ban hành Kế hoạch tuyên truyền (văn bản số 45/KH-UBND ngày 20/06/2026)");

        var indicators = Sheet(doc, "Phụ lục I - Chỉ tiêu");
        DataRows(indicators).ShouldBe(4);
        Cell(indicators, "E2").CellValue!.Text.ShouldBe("85");
        var red = Cell(indicators, "F3");
        (Text(indicators, "F3"), Fill(doc, red)).ShouldBe(("Đỏ", "FFFF7C80"));
        (Text(indicators, "F4"), Fill(doc, Cell(indicators, "F4"))).ShouldBe(("Cam", "FFFFC000"));
        (Text(indicators, "F2"), Fill(doc, Cell(indicators, "F2"))).ShouldBe(("Xanh", "FF92D050"));
        Text(indicators, "F5").ShouldBe("Chưa có số liệu");

        var summary = Sheet(doc, "Tổng hợp");
        Text(summary, "A2").ShouldBe("Đơn vị");
        Text(summary, "B2").ShouldBe("Xã An Bình");
        Text(summary, "A7").ShouldBe("Tổng số nhiệm vụ");
        Cell(summary, "B7").CellValue!.Text.ShouldBe("6");
        Text(summary, "A8").ShouldBe("Nhiệm vụ hoàn thành đúng hạn");
        var share = Cell(summary, "C8");
        decimal.Parse(share.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture).ShouldBe(1m / 6m, 0.0000001m);
        NumberFormat(doc, share).ShouldBe("0.0%");
        NumberFormat(doc, Cell(summary, "B4")).ShouldBe("dd/mm/yyyy");
        Cell(summary, "B4").CellValue!.Text.ShouldBe("46280"); // 15/09/2026
    }
}

public sealed class ReportFileXlsxTests_Sqlite(SqliteWebApp app) : ReportFileXlsxTests(app), IClassFixture<SqliteWebApp>;

public sealed class ReportFileXlsxTests_Postgres(PostgresWebApp app) : ReportFileXlsxTests(app), IClassFixture<PostgresWebApp>;
