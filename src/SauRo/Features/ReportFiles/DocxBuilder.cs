using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace SauRo.Features.ReportFiles;

/// <summary>Text styling of one run: size in points, bold, italic.</summary>
public readonly record struct Look(double Points, bool Bold = false, bool Italic = false);

/// <summary>
/// Small builders for WordprocessingML with the elements in the order the schema wants them: runs in Times New Roman
/// (from the document defaults) at a size, paragraphs with alignment, indents and spacing, borderless or ruled tables,
/// and A4 sections (portrait or landscape) with the Decree 30/2020/NĐ-CP margins. Lengths are in twips (1/20 pt).
/// </summary>
public static class DocxBuilder
{
    public const string Font = "Times New Roman";

    /// <summary>A4: 210 × 297 mm.</summary>
    public const int PageShort = 11906;
    public const int PageLong = 16838;

    /// <summary>Margins: top 20 mm, bottom 20 mm, left 30 mm, right 15 mm.</summary>
    public const int MarginTop = 1134;
    public const int MarginBottom = 1134;
    public const int MarginLeft = 1701;
    public const int MarginRight = 850;

    /// <summary>1 cm, the first-line indent of body paragraphs.</summary>
    public const int OneCentimetre = 567;

    public static int TextWidth(bool landscape) => (landscape ? PageLong : PageShort) - MarginLeft - MarginRight;

    /// <summary>A size in half-points, as w:sz writes it: 14 pt → "28".</summary>
    public static string HalfPoints(double points) => ((int)Math.Round(points * 2)).ToString(CultureInfo.InvariantCulture);

    public static Run Run(string text, Look look)
    {
        var props = new RunProperties();
        if (look.Bold)
        {
            props.Append(new Bold());
        }

        if (look.Italic)
        {
            props.Append(new Italic());
        }

        props.Append(new FontSize { Val = HalfPoints(look.Points) }, new FontSizeComplexScript { Val = HalfPoints(look.Points) });
        return new Run(props, new Text(text) { Space = SpaceProcessingModeValues.Preserve });
    }

    /// <summary>A paragraph of lines separated by line breaks (one run each).</summary>
    public static Paragraph Lines(IReadOnlyList<string> lines, Look look, JustificationValues align)
    {
        var runs = new List<Run>();
        for (var i = 0; i < lines.Count; i++)
        {
            var run = Run(lines[i], look);
            if (i > 0)
            {
                run.InsertAfter(new Break(), run.RunProperties);
            }

            runs.Add(run);
        }

        return Paragraph(runs, align);
    }

    /// <summary>A paragraph of one run.</summary>
    public static Paragraph Paragraph(string text, Look look, JustificationValues align, int firstLine = 0, int before = 0, int after = 0, bool keepNext = false, bool pageBreakBefore = false) =>
        Paragraph([Run(text, look)], align, firstLine, before, after, keepNext, pageBreakBefore);

    public static Paragraph Paragraph(IEnumerable<Run> runs, JustificationValues align, int firstLine = 0, int before = 0, int after = 0, bool keepNext = false, bool pageBreakBefore = false)
    {
        var props = new ParagraphProperties();
        if (keepNext)
        {
            props.Append(new KeepNext());
        }

        if (pageBreakBefore)
        {
            props.Append(new PageBreakBefore());
        }

        props.Append(new SpacingBetweenLines { Before = Twips(before), After = Twips(after) });
        if (firstLine > 0)
        {
            props.Append(new Indentation { FirstLine = Twips(firstLine) });
        }

        props.Append(new Justification { Val = align });
        var paragraph = new Paragraph(props);
        paragraph.Append(runs);
        return paragraph;
    }

    /// <summary>An empty paragraph whose bottom border draws a short centred line (under the issuer, the motto, the summary).</summary>
    public static Paragraph Rule(int width, int available) => new(new ParagraphProperties(
        new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 6, Space = 1, Color = "000000" }),
        new SpacingBetweenLines { Before = "0", After = "0", Line = "120", LineRule = LineSpacingRuleValues.Exact },
        new Indentation { Left = Twips((available - width) / 2), Right = Twips((available - width) / 2) },
        new Justification { Val = JustificationValues.Center }));

    /// <summary>A table of fixed column widths (twips), with or without single borders.</summary>
    public static Table Table(IReadOnlyList<int> widths, bool borders)
    {
        var props = new TableProperties(
            new TableWidth { Width = Twips(widths.Sum()), Type = TableWidthUnitValues.Dxa },
            new TableJustification { Val = TableRowAlignmentValues.Center });
        var value = borders ? BorderValues.Single : BorderValues.Nil;
        props.Append(new TableBorders(
            new TopBorder { Val = value, Size = 4, Color = "000000" },
            new LeftBorder { Val = value, Size = 4, Color = "000000" },
            new BottomBorder { Val = value, Size = 4, Color = "000000" },
            new RightBorder { Val = value, Size = 4, Color = "000000" },
            new InsideHorizontalBorder { Val = value, Size = 4, Color = "000000" },
            new InsideVerticalBorder { Val = value, Size = 4, Color = "000000" }));
        props.Append(new TableLayout { Type = TableLayoutValues.Fixed });
        props.Append(new TableCellMarginDefault(
            new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
            new TableCellLeftMargin { Width = 85, Type = TableWidthValues.Dxa },
            new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
            new TableCellRightMargin { Width = 85, Type = TableWidthValues.Dxa }));
        return new Table(props, new TableGrid(widths.Select(w => new GridColumn { Width = Twips(w) })));
    }

    /// <summary>A row; a header row repeats at the top of each page. Rows never break across pages.</summary>
    public static TableRow Row(IEnumerable<TableCell> cells, bool header = false)
    {
        var props = new TableRowProperties(new CantSplit());
        if (header)
        {
            props.Append(new TableHeader());
        }

        var row = new TableRow(props);
        row.Append(cells);
        return row;
    }

    /// <summary>A cell of a width (twips), optionally shaded (RGB hex), holding paragraphs.</summary>
    public static TableCell Cell(int width, IEnumerable<Paragraph> paragraphs, string? fill = null, bool middle = false)
    {
        var props = new TableCellProperties(new TableCellWidth { Width = Twips(width), Type = TableWidthUnitValues.Dxa });
        if (fill is not null)
        {
            props.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = fill });
        }

        if (middle)
        {
            props.Append(new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center });
        }

        var cell = new TableCell(props);
        cell.Append(paragraphs);
        return cell;
    }

    /// <summary>An A4 section, portrait or landscape, with the Decree 30 margins; the first page without the page header when asked.</summary>
    public static SectionProperties Section(bool landscape, string? headerId = null, bool titlePage = false)
    {
        var section = new SectionProperties();
        if (headerId is not null)
        {
            section.Append(new HeaderReference { Type = HeaderFooterValues.Default, Id = headerId });
        }

        section.Append(
            new PageSize
            {
                Width = (UInt32Value)(uint)(landscape ? PageLong : PageShort),
                Height = (UInt32Value)(uint)(landscape ? PageShort : PageLong),
                Orient = landscape ? PageOrientationValues.Landscape : PageOrientationValues.Portrait,
            },
            new PageMargin
            {
                Top = MarginTop,
                Bottom = MarginBottom,
                Left = (UInt32Value)(uint)MarginLeft,
                Right = (UInt32Value)(uint)MarginRight,
                Header = 567,
                Footer = 567,
                Gutter = 0,
            });
        if (titlePage)
        {
            section.Append(new TitlePage());
        }

        return section;
    }

    public static string Twips(int value) => value.ToString(CultureInfo.InvariantCulture);
}
