using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using SauRo.Core.Monitoring;

namespace SauRo.Features.ReportFiles;

/// <summary>
/// The one small stylesheet of the report workbooks: Times New Roman 12, a bold header on a fill, thin borders, text
/// wrapped, whole numbers "#,##0", dates "dd/mm/yyyy", percentages "0.0%", indicator colours as fills.
/// </summary>
public static class XlsxStyles
{
    public const uint DateFormat = 164;
    public const uint PercentFormat = 165;

    public const uint Default = 0;
    public const uint Header = 1;
    public const uint Text = 2;
    public const uint Integer = 3;
    public const uint Decimal = 4;
    public const uint Date = 5;
    public const uint Percent = 6;
    private const uint FirstColour = 7;

    private static readonly IndicatorColour[] Colours = [IndicatorColour.Red, IndicatorColour.Orange, IndicatorColour.Green, IndicatorColour.Grey];

    public static uint For(ReportCell cell) => cell.Kind switch
    {
        CellKind.Text => Text,
        CellKind.Integer => Integer,
        CellKind.Decimal => Decimal,
        CellKind.Date => Date,
        CellKind.Percent => Percent,
        CellKind.Colour => FirstColour + (uint)Array.IndexOf(Colours, cell.Colour ?? IndicatorColour.Grey),
        _ => throw new ArgumentOutOfRangeException(nameof(cell), cell.Kind, null),
    };

    public static Stylesheet Build()
    {
        var fills = new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            Solid(ReportColours.Header));
        foreach (var colour in Colours)
        {
            fills.Append(Solid(ReportColours.Fill(colour)));
        }

        fills.Count = (uint)fills.ChildElements.Count;
        var xfs = new CellFormats(
            new CellFormat { FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
            Xf(0, 1, 2, HorizontalAlignmentValues.Center, VerticalAlignmentValues.Center),
            Xf(0, 0, 0, HorizontalAlignmentValues.Left, VerticalAlignmentValues.Top),
            Xf(3, 0, 0, HorizontalAlignmentValues.Right, VerticalAlignmentValues.Top),
            Xf(0, 0, 0, HorizontalAlignmentValues.Right, VerticalAlignmentValues.Top),
            Xf(DateFormat, 0, 0, HorizontalAlignmentValues.Center, VerticalAlignmentValues.Top),
            Xf(PercentFormat, 0, 0, HorizontalAlignmentValues.Right, VerticalAlignmentValues.Top));
        for (var i = 0; i < Colours.Length; i++)
        {
            xfs.Append(Xf(0, 0, (uint)(3 + i), HorizontalAlignmentValues.Center, VerticalAlignmentValues.Top));
        }

        xfs.Count = (uint)xfs.ChildElements.Count;
        return new Stylesheet(
            new NumberingFormats(
                new NumberingFormat { NumberFormatId = DateFormat, FormatCode = "dd/mm/yyyy" },
                new NumberingFormat { NumberFormatId = PercentFormat, FormatCode = "0.0%" }) { Count = 2 },
            new Fonts(Font(bold: false), Font(bold: true)) { Count = 2 },
            fills,
            new Borders(
                new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()),
                new Border(Line(new LeftBorder()), Line(new RightBorder()), Line(new TopBorder()), Line(new BottomBorder()), new DiagonalBorder())) { Count = 2 },
            new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
            xfs,
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
    }

    /// <summary>A bordered, wrapped format: a number format, a font (1: bold), a fill.</summary>
    private static CellFormat Xf(uint numberFormat, uint font, uint fill, HorizontalAlignmentValues horizontal, VerticalAlignmentValues vertical) => new(
        new Alignment { Horizontal = horizontal, Vertical = vertical, WrapText = true })
    {
        NumberFormatId = numberFormat,
        FontId = font,
        FillId = fill,
        BorderId = 1,
        FormatId = 0,
        ApplyNumberFormat = numberFormat != 0,
        ApplyFont = font != 0,
        ApplyFill = fill != 0,
        ApplyBorder = true,
        ApplyAlignment = true,
    };

    private static Font Font(bool bold)
    {
        var font = new Font();
        if (bold)
        {
            font.Append(new Bold());
        }

        font.Append(new FontSize { Val = 12 }, new FontName { Val = DocxBuilder.Font }, new FontFamilyNumbering { Val = 1 }, new FontCharSet { Val = 163 });
        return font;
    }

    private static Fill Solid(string rgb) => new(new PatternFill(
        new ForegroundColor { Rgb = HexBinaryValue.FromString("FF" + rgb) },
        new BackgroundColor { Indexed = 64 }) { PatternType = PatternValues.Solid });

    private static T Line<T>(T border)
        where T : BorderPropertiesType
    {
        border.Style = BorderStyleValues.Thin;
        border.Append(new Color { Indexed = 64 });
        return border;
    }
}
