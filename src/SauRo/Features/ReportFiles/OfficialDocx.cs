using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
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
            var body = new Body();
            main.Document = new Document(body);

            body.Append(HeadingTable(heading));
            body.Append(Paragraph(ReportHeading.DocumentType, new Look(14, Bold: true), JustificationValues.Center, before: 360));
            body.Append(Paragraph(heading.Summary, new Look(14, Bold: true), JustificationValues.Center));
            body.Append(Rule(1700, TextWidth(false)));
            foreach (var p in narrative)
            {
                var look = p.Kind is ParagraphKind.Heading or ParagraphKind.Subheading ? new Look(14, Bold: true) : Body;
                body.Append(Paragraph(p.Text, look, JustificationValues.Both, firstLine: OneCentimetre, before: 120, keepNext: p.Kind is ParagraphKind.Heading or ParagraphKind.Subheading));
            }

            body.Append(SignatureTable(heading));
            var headerId = main.GetIdOfPart(header);
            if (appendices.Count == 0)
            {
                body.Append(Section(landscape: false, headerId, titlePage: true));
            }
            else
            {
                body.Append(new Paragraph(new ParagraphProperties(Section(landscape: false, headerId, titlePage: true))));
                for (var i = 0; i < appendices.Count; i++)
                {
                    AppendTable(body, appendices[i], newPage: i > 0);
                }

                body.Append(Section(landscape: true));
            }

            main.Document.Save();
        }

        return stream.ToArray();
    }

    /// <summary>Times New Roman 14 pt for everything, Vietnamese, single spacing, no space after paragraphs.</summary>
    private static void AddStyles(MainDocumentPart main)
    {
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = new Styles(new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = DocxBuilder.Font, HighAnsi = DocxBuilder.Font, ComplexScript = DocxBuilder.Font, EastAsia = DocxBuilder.Font },
                new FontSize { Val = HalfPoints(14) },
                new FontSizeComplexScript { Val = HalfPoints(14) },
                new Languages { Val = "vi-VN" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                new SpacingBetweenLines { Before = "0", After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }))));
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

    private static void AppendTable(Body body, ReportTable t, bool newPage)
    {
        body.Append(Paragraph(t.Label, new Look(14, Bold: true), JustificationValues.Center, keepNext: true, pageBreakBefore: newPage));
        body.Append(Paragraph(t.Title, new Look(14, Bold: true), JustificationValues.Center, keepNext: true));
        body.Append(Paragraph(t.Subtitle, new Look(13, Italic: true), JustificationValues.Center, after: 160, keepNext: true));
        var available = TextWidth(true);
        var total = t.Columns.Sum(c => c.Width);
        var widths = t.Columns.Select(c => c.Width * available / total).ToArray();
        var table = Table(widths, borders: true);
        var head = new Look(12, Bold: true);
        table.Append(Row(t.Columns.Select((c, i) => Cell(widths[i], [Paragraph(c.Header, head, JustificationValues.Center)], ReportColours.Header, middle: true)), header: true));
        var text = new Look(12);
        foreach (var row in t.Rows)
        {
            table.Append(Row(row.Select((cell, i) => Cell(
                widths[i],
                [Paragraph(cell.Text, text, Align(cell.Kind, t.Columns[i], i))],
                cell.Colour is { } colour ? ReportColours.Fill(colour) : null))));
        }

        body.Append(table);
        body.Append(Paragraph(string.Empty, text, JustificationValues.Left));
    }

    /// <summary>The first column (STT), numbers, dates, colours and centred columns centred; other text left.</summary>
    private static JustificationValues Align(CellKind kind, ReportColumn column, int index) =>
        index == 0 || kind is not CellKind.Text || column.Centred ? JustificationValues.Center : JustificationValues.Left;
}
