using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace SauRo.Features.ReportFiles;

/// <summary>
/// Report tables as an .xlsx workbook, one sheet per table, each streamed with <see cref="OpenXmlWriter"/>: the header
/// row bold on a fill and frozen, an auto filter over the table, column widths fitted to the longest text of each
/// column (about one unit per character, between <see cref="MinWidth"/> and <see cref="MaxWidth"/>, long text
/// wrapped), numbers as numbers, dates as real dates formatted dd/mm/yyyy, percentages as fractions with a 0.0%
/// format, indicator colours as their word on a fill. Strings are written inline (no shared string table).
/// </summary>
public static class ReportXlsx
{
    public const double MinWidth = 6;
    public const double MaxWidth = 60;

    private static readonly DateOnly Epoch = new(1899, 12, 30);

    public static byte[] Write(IReadOnlyList<ReportTable> tables)
    {
        ArgumentNullException.ThrowIfNull(tables);
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            document.PackageProperties.Creator = "Sáu Rõ";
            var workbook = document.AddWorkbookPart();
            var styles = workbook.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = XlsxStyles.Build();
            styles.Stylesheet.Save();
            var sheets = new Sheets();
            var names = new DefinedNames();
            for (var i = 0; i < tables.Count; i++)
            {
                var table = tables[i];
                var part = workbook.AddNewPart<WorksheetPart>();
                var range = $"A1:{Column(table.Columns.Count - 1)}{table.Rows.Count + 1}";
                WriteSheet(part, table, range, selected: i == 0);
                sheets.Append(new Sheet { Name = table.SheetName, SheetId = (uint)(i + 1), Id = workbook.GetIdOfPart(part) });
                var absolute = $"$A$1:${Column(table.Columns.Count - 1)}${table.Rows.Count + 1}";
                names.Append(new DefinedName($"'{table.SheetName.Replace("'", "''", StringComparison.Ordinal)}'!{absolute}")
                {
                    Name = "_xlnm._FilterDatabase",
                    LocalSheetId = (uint)i,
                    Hidden = true,
                });
            }

            workbook.Workbook = new Workbook(new BookViews(new WorkbookView()), sheets, names);
            workbook.Workbook.Save();
        }

        return stream.ToArray();
    }

    /// <summary>The width of each column: its longest text (header included) in characters, plus room, within bounds.</summary>
    public static double[] Widths(ReportTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var widths = new double[table.Columns.Count];
        for (var c = 0; c < widths.Length; c++)
        {
            var longest = LongestWord(table.Columns[c].Header);
            foreach (var row in table.Rows)
            {
                var cell = row[c];
                longest = Math.Max(longest, cell.Kind == CellKind.Date ? 10 : cell.Text.Length);
            }

            widths[c] = Math.Clamp(Math.Ceiling((longest * 1.1) + 2), MinWidth, MaxWidth);
        }

        return widths;
    }

    private static void WriteSheet(WorksheetPart part, ReportTable table, string range, bool selected)
    {
        using var w = OpenXmlWriter.Create(part);
        w.WriteStartElement(new Worksheet());
        w.WriteElement(new SheetViews(new SheetView(
            new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
            new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } })
        {
            TabSelected = selected,
            WorkbookViewId = 0,
        }));
        w.WriteElement(new SheetFormatProperties { DefaultRowHeight = 15.75 });
        var columns = new Columns();
        var widths = Widths(table);
        for (var c = 0; c < widths.Length; c++)
        {
            columns.Append(new Column { Min = (uint)(c + 1), Max = (uint)(c + 1), Width = widths[c], CustomWidth = true });
        }

        w.WriteElement(columns);
        w.WriteStartElement(new SheetData());
        WriteRow(w, 1, table.Columns.Select(c => new ReportCell(CellKind.Text, c.Header)).ToArray(), header: true);
        for (var r = 0; r < table.Rows.Count; r++)
        {
            WriteRow(w, r + 2, table.Rows[r], header: false);
        }

        w.WriteEndElement();
        w.WriteElement(new AutoFilter { Reference = range });
        w.WriteElement(new PageMargins { Left = 0.5, Right = 0.5, Top = 0.75, Bottom = 0.75, Header = 0.3, Footer = 0.3 });
        w.WriteElement(new PageSetup { PaperSize = 9, Orientation = OrientationValues.Landscape });
        w.WriteEndElement();
    }

    private static readonly Row RowElement = new();
    private static readonly Cell CellElement = new();
    private static readonly InlineString InlineElement = new();
    private static readonly Text TextElement = new();
    private static readonly CellValue ValueElement = new();

    /// <summary>One row, written attribute by attribute (a province's sheet of overdue tasks has thousands of rows).</summary>
    private static void WriteRow(OpenXmlWriter w, int index, ReportCell[] cells, bool header)
    {
        var r = index.ToString(CultureInfo.InvariantCulture);
        w.WriteStartElement(RowElement, [new OpenXmlAttribute("r", string.Empty, r)]);
        for (var c = 0; c < cells.Length; c++)
        {
            var cell = cells[c];
            var reference = new OpenXmlAttribute("r", string.Empty, Column(c) + r);
            var style = new OpenXmlAttribute("s", string.Empty, (header ? XlsxStyles.Header : XlsxStyles.For(cell)).ToString(CultureInfo.InvariantCulture));
            if (cell.Kind is CellKind.Text or CellKind.Colour && cell.Text.Length > 0)
            {
                w.WriteStartElement(CellElement, [reference, style, new OpenXmlAttribute("t", string.Empty, "inlineStr")]);
                w.WriteStartElement(InlineElement);
                w.WriteStartElement(TextElement, [new OpenXmlAttribute("xml", "space", "http://www.w3.org/XML/1998/namespace", "preserve")]);
                w.WriteString(cell.Text);
                w.WriteEndElement();
                w.WriteEndElement();
            }
            else if (cell.Kind is not (CellKind.Text or CellKind.Colour) && (cell.Kind == CellKind.Date ? cell.Date is not null : cell.Number is not null))
            {
                var number = cell.Kind == CellKind.Date ? cell.Date!.Value.DayNumber - Epoch.DayNumber : cell.Number!.Value;
                w.WriteStartElement(CellElement, [reference, style]);
                w.WriteStartElement(ValueElement);
                w.WriteString(number.ToString("0.###############", CultureInfo.InvariantCulture));
                w.WriteEndElement();
            }
            else
            {
                w.WriteStartElement(CellElement, [reference, style]);
            }

            w.WriteEndElement();
        }

        w.WriteEndElement();
    }

    /// <summary>The longest word of a header (headers wrap, so a word is what must fit).</summary>
    private static int LongestWord(string text) => text.Split(' ').Max(s => s.Length) + 4;

    /// <summary>"A", "B", …, "Z", "AA" for a zero-based column.</summary>
    public static string Column(int index)
    {
        var name = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }
}
