using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using SauRo.Core.Monitoring;
using SauRo.Core.Reporting;
using static SauRo.Features.ReportFiles.DocxBuilder;

namespace SauRo.Features.ReportFiles;

/// <summary>
/// A report as a .docx in the administrative layout of Decree 30/2020/NĐ-CP: A4 portrait, margins 20/20/30/15 mm,
/// Times New Roman 14 pt; the heading as a borderless two-column table (the parent body and the issuing body (bold
/// 12 pt) over a short rule, the number; the national name in bold 13 pt and the motto in bold 14 pt over a short rule,
/// the place and date in italics); "BÁO CÁO" and its summary in bold, centred; the narrative justified with a 1 cm
/// first-line indent and 6 pt before each paragraph; "Nơi nhận:" (bold italic 12 pt, list 11 pt) beside the signer
/// (role in bold capitals, name in bold); page numbers centred at the top from page 2. Then the appendices, each a
/// landscape A4 table with its header row repeated on every page, the second and later ones on a new page.
/// </summary>
public static class OfficialDocx
{
    /// <summary>Paragraph styles of the appendix tables (12 pt): text, centred text, column headers in bold.</summary>
    public const string TableText = "BangChu";
    public const string TableCentred = "BangGiua";
    public const string TableHead = "BangTieuDe";

    private static readonly Look Body = new(14);

    public static byte[] Write(ReportHeading heading, IReadOnlyList<ReportParagraph> narrative, IReadOnlyList<ReportTable> appendices)
    {
        ArgumentNullException.ThrowIfNull(heading);
        ArgumentNullException.ThrowIfNull(narrative);
        ArgumentNullException.ThrowIfNull(appendices);
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            document.PackageProperties.Title = $"{ReportHeading.DocumentType} {heading.Summary}";
            document.PackageProperties.Creator = "Sáu Rõ";
            var main = document.AddMainDocumentPart();
            AddStyles(main);
            var header = main.AddNewPart<HeaderPart>();
            header.Header = new Header(new Paragraph(
                new ParagraphProperties(new Justification { Val = JustificationValues.Center }),
                new SimpleField(Run("1", new Look(13))) { Instruction = " PAGE " }));
            var headerId = main.GetIdOfPart(header);

            // Streamed: a province's appendix of overdue tasks has thousands of rows.
            using var w = OpenXmlWriter.Create(main);
            w.WriteStartDocument();
            w.WriteStartElement(new Document());
            w.WriteStartElement(new Body());
            w.WriteElement(HeadingTable(heading));
            w.WriteElement(Paragraph(ReportHeading.DocumentType, new Look(14, Bold: true), JustificationValues.Center, before: 360));
            w.WriteElement(Paragraph(heading.Summary, new Look(14, Bold: true), JustificationValues.Center));
            w.WriteElement(Rule(1700, TextWidth(false)));
            foreach (var p in narrative)
            {
                var title = p.Kind is ParagraphKind.Heading or ParagraphKind.Subheading;
                w.WriteElement(Paragraph(p.Text, title ? new Look(14, Bold: true) : Body, JustificationValues.Both, firstLine: OneCentimetre, before: 120, keepNext: title));
            }

            w.WriteElement(SignatureTable(heading));
            if (appendices.Count == 0)
            {
                w.WriteElement(Section(landscape: false, headerId, titlePage: true));
            }
            else
            {
                w.WriteElement(new Paragraph(new ParagraphProperties(Section(landscape: false, headerId, titlePage: true))));
                for (var i = 0; i < appendices.Count; i++)
                {
                    WriteTable(w, appendices[i], newPage: i > 0);
                }

                w.WriteElement(Section(landscape: true));
            }

            w.WriteEndElement();
            w.WriteEndElement();
            w.Close();
        }

        return stream.ToArray();
    }

    /// <summary>Times New Roman 14 pt for everything, Vietnamese, single spacing, no space after paragraphs.</summary>
    private static void AddStyles(MainDocumentPart main)
    {
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = DocxBuilder.Font, HighAnsi = DocxBuilder.Font, ComplexScript = DocxBuilder.Font, EastAsia = DocxBuilder.Font },
                    new FontSize { Val = HalfPoints(14) },
                    new FontSizeComplexScript { Val = HalfPoints(14) },
                    new Languages { Val = "vi-VN" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                    new SpacingBetweenLines { Before = "0", After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }))),
            CellStyle(TableText, "Chữ trong bảng", null, JustificationValues.Left, bold: false),
            CellStyle(TableCentred, "Chữ giữa ô bảng", TableText, JustificationValues.Center, bold: false),
            CellStyle(TableHead, "Tiêu đề cột bảng", TableCentred, JustificationValues.Center, bold: true));
        styles.Styles.Save();
    }

    private static Table HeadingTable(ReportHeading h)
    {
        int[] widths = [3686, TextWidth(false) - 3686];
        var table = Table(widths, borders: false);
        var left = new List<Paragraph>
        {
            Paragraph(h.Parent, new Look(13), JustificationValues.Center),
            Lines(h.IssuerLines, new Look(12, Bold: true), JustificationValues.Center),
            Rule(1400, widths[0]),
        };
        var right = new List<Paragraph>
        {
            Paragraph(ReportHeading.Nation, new Look(13, Bold: true), JustificationValues.Center),
            Paragraph(ReportHeading.Motto, new Look(14, Bold: true), JustificationValues.Center),
            Rule(3200, widths[1]),
        };
        table.Append(Row([Cell(widths[0], left), Cell(widths[1], right)]));
        table.Append(Row(
        [
            Cell(widths[0], [Paragraph(h.Number, new Look(13), JustificationValues.Center, before: 120)]),
            Cell(widths[1], [Paragraph(h.PlaceAndDate, new Look(14, Italic: true), JustificationValues.Center, before: 120)]),
        ]));
        return table;
    }

    private static Table SignatureTable(ReportHeading h)
    {
        int[] widths = [4536, TextWidth(false) - 4536];
        var table = Table(widths, borders: false);
        var left = new List<Paragraph> { Paragraph("Nơi nhận:", new Look(12, Bold: true, Italic: true), JustificationValues.Left, before: 240) };
        left.AddRange(h.Recipients.Select(r => Paragraph(r, new Look(11), JustificationValues.Left)));
        var right = h.SignerRole.Select((r, i) => Paragraph(r, new Look(14, Bold: true), JustificationValues.Center, before: i == 0 ? 240 : 0)).ToList();
        right.Add(Paragraph(string.Empty, Body, JustificationValues.Center, after: 1560));
        right.Add(Paragraph(h.SignerName ?? string.Empty, new Look(14, Bold: true), JustificationValues.Center));
        table.Append(Row([Cell(widths[0], left), Cell(widths[1], right)]));
        return table;
    }

    private static void WriteTable(OpenXmlWriter w, ReportTable t, bool newPage)
    {
        w.WriteElement(Paragraph(t.Label, new Look(14, Bold: true), JustificationValues.Center, keepNext: true, pageBreakBefore: newPage));
        w.WriteElement(Paragraph(t.Title, new Look(14, Bold: true), JustificationValues.Center, keepNext: true));
        w.WriteElement(Paragraph(t.Subtitle, new Look(13, Italic: true), JustificationValues.Center, after: 160, keepNext: true));
        var available = TextWidth(true);
        var total = t.Columns.Sum(c => c.Width);
        var widths = t.Columns.Select(c => c.Width * available / total).ToArray();
        var table = Table(widths, borders: true);
        w.WriteStartElement(new Table());
        foreach (var part in table.ChildElements)
        {
            w.WriteElement(part);
        }

        w.WriteElement(Row(t.Columns.Select((c, i) => Cell(widths[i], [Styled(c.Header, TableHead)], ReportColours.Header, middle: true)), header: true));

        // Body cells carry only a paragraph style and, for colours, a fill; they are written without building elements.
        var row = new TableRow();
        var rowProperties = new TableRowProperties(new CantSplit());
        var cell = new TableCell();
        var paragraph = new Paragraph();
        var run = new Run();
        var text = new Text();
        OpenXmlAttribute[] preserve = [new("xml", "space", "http://www.w3.org/XML/1998/namespace", "preserve")];
        var centred = new ParagraphProperties(new ParagraphStyleId { Val = TableCentred });
        var left = new ParagraphProperties(new ParagraphStyleId { Val = TableText });
        var fills = Enum.GetValues<IndicatorColour>().ToDictionary(c => c, c => new TableCellProperties(
            new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = ReportColours.Fill(c) }));
        foreach (var cells in t.Rows)
        {
            w.WriteStartElement(row);
            w.WriteElement(rowProperties);
            for (var i = 0; i < cells.Length; i++)
            {
                var c = cells[i];
                w.WriteStartElement(cell);
                if (c.Colour is { } colour)
                {
                    w.WriteElement(fills[colour]);
                }

                w.WriteStartElement(paragraph);
                w.WriteElement(i == 0 || c.Kind is not CellKind.Text || t.Columns[i].Centred ? centred : left);
                if (c.Text.Length > 0)
                {
                    w.WriteStartElement(run);
                    w.WriteStartElement(text, preserve);
                    w.WriteString(c.Text);
                    w.WriteEndElement();
                    w.WriteEndElement();
                }

                w.WriteEndElement();
                w.WriteEndElement();
            }

            w.WriteEndElement();
        }

        w.WriteEndElement();
        w.WriteElement(Paragraph(string.Empty, new Look(12), JustificationValues.Left));
    }

    private static Paragraph Styled(string text, string style) => new(
        new ParagraphProperties(new ParagraphStyleId { Val = style }),
        new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));

    private static Style CellStyle(string id, string name, string? basedOn, JustificationValues align, bool bold)
    {
        var style = new Style(new StyleName { Val = name }) { Type = StyleValues.Paragraph, StyleId = id, CustomStyle = true };
        if (basedOn is not null)
        {
            style.Append(new BasedOn { Val = basedOn });
        }

        style.Append(new StyleParagraphProperties(new Justification { Val = align }));
        var run = new StyleRunProperties();
        if (bold)
        {
            run.Append(new Bold());
        }

        run.Append(new FontSize { Val = HalfPoints(12) }, new FontSizeComplexScript { Val = HalfPoints(12) });
        style.Append(run);
        return style;
    }
}
