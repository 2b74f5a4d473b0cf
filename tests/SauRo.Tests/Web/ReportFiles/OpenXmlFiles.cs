using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace SauRo.Tests.Web;

/// <summary>Reads generated .docx and .xlsx files back with DocumentFormat.OpenXml, for the assertions of the report tests.</summary>
public static class OpenXmlFiles
{
    public static WordprocessingDocument Word(byte[] content) => WordprocessingDocument.Open(new MemoryStream(content), false);

    public static SpreadsheetDocument Excel(byte[] content) => SpreadsheetDocument.Open(new MemoryStream(content), false);

    /// <summary>The schema errors of a package (none expected), as readable lines.</summary>
    public static List<string> SchemaErrors(OpenXmlPackage package) =>
        new OpenXmlValidator(FileFormatVersions.Office2013).Validate(package)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();

    /// <summary>The paragraphs directly in the body (not in tables), in order.</summary>
    public static List<W.Paragraph> BodyParagraphs(WordprocessingDocument doc) => doc.MainDocumentPart!.Document.Body!.Elements<W.Paragraph>().ToList();

    public static W.Paragraph Paragraph(WordprocessingDocument doc, string text) =>
        doc.MainDocumentPart!.Document.Body!.Descendants<W.Paragraph>().First(p => p.InnerText == text);

    /// <summary>The size of a paragraph's first run in points.</summary>
    public static double Points(W.Paragraph p) => int.Parse(p.Descendants<W.Run>().First().RunProperties!.FontSize!.Val!.Value!) / 2.0;

    public static bool Bold(W.Paragraph p) => p.Descendants<W.Run>().First().RunProperties!.Bold is not null;

    public static bool Italic(W.Paragraph p) => p.Descendants<W.Run>().First().RunProperties!.Italic is not null;

    public static W.JustificationValues? Align(W.Paragraph p) => p.ParagraphProperties?.Justification?.Val?.Value;

    /// <summary>The text of each cell of each row of a table.</summary>
    public static List<List<string>> Cells(W.Table table) =>
        table.Elements<W.TableRow>().Select(r => r.Elements<W.TableCell>().Select(c => c.InnerText).ToList()).ToList();

    public static WorksheetPart Sheet(SpreadsheetDocument doc, string name)
    {
        var wb = doc.WorkbookPart!;
        var sheet = wb.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name);
        return (WorksheetPart)wb.GetPartById(sheet.Id!);
    }

    public static List<string> SheetNames(SpreadsheetDocument doc) =>
        doc.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!).ToList();

    public static Cell Cell(WorksheetPart sheet, string reference) =>
        sheet.Worksheet.Descendants<Cell>().Single(c => c.CellReference == reference);

    /// <summary>A cell's text: its inline string, or its raw value.</summary>
    public static string Text(WorksheetPart sheet, string reference)
    {
        var cell = Cell(sheet, reference);
        return cell.InlineString?.InnerText ?? cell.CellValue?.Text ?? string.Empty;
    }

    public static CellFormat Format(SpreadsheetDocument doc, Cell cell) =>
        doc.WorkbookPart!.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)(cell.StyleIndex?.Value ?? 0));

    /// <summary>The number format code of a cell ("dd/mm/yyyy", "0.0%"), or "General"/builtin id as text.</summary>
    public static string NumberFormat(SpreadsheetDocument doc, Cell cell)
    {
        var id = Format(doc, cell).NumberFormatId?.Value ?? 0;
        var custom = doc.WorkbookPart!.WorkbookStylesPart!.Stylesheet.NumberingFormats?.Elements<NumberingFormat>().FirstOrDefault(n => n.NumberFormatId?.Value == id);
        return custom?.FormatCode?.Value ?? $"builtin {id}";
    }

    public static string? Fill(SpreadsheetDocument doc, Cell cell)
    {
        var fill = doc.WorkbookPart!.WorkbookStylesPart!.Stylesheet.Fills!.Elements<Fill>().ElementAt((int)(Format(doc, cell).FillId?.Value ?? 0));
        return fill.PatternFill?.ForegroundColor?.Rgb?.Value;
    }

    public static bool BoldFont(SpreadsheetDocument doc, Cell cell) =>
        doc.WorkbookPart!.WorkbookStylesPart!.Stylesheet.Fonts!.Elements<Font>().ElementAt((int)(Format(doc, cell).FontId?.Value ?? 0)).Bold is not null;

    /// <summary>Data rows (after the header) of a sheet.</summary>
    public static int DataRows(WorksheetPart sheet) => sheet.Worksheet.Descendants<Row>().Count() - 1;
}
