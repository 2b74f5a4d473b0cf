using SauRo.Core.Monitoring;
using SauRo.Core.Reporting;

namespace SauRo.Features.ReportFiles;

/// <summary>What a cell holds, which decides how each format writes it.</summary>
public enum CellKind
{
    /// <summary>Text (wrapped in both formats).</summary>
    Text,

    /// <summary>A whole number ("0").</summary>
    Integer,

    /// <summary>A decimal number with its display text ("17,5"; "45/60 (75%)" for a ratio, whose number is the percentage).</summary>
    Decimal,

    /// <summary>A calendar date: dd/MM/yyyy in the .docx, a real date formatted dd/MM/yyyy in the .xlsx.</summary>
    Date,

    /// <summary>A fraction 0–1: "33,3%" in the .docx, a number with a % format in the .xlsx.</summary>
    Percent,

    /// <summary>An indicator's colour: its word ("Đỏ", "Cam", "Xanh", "Chưa có số liệu") on a cell shaded in the colour.</summary>
    Colour,
}

/// <summary>
/// One cell of a report table. <see cref="Text"/> is what the .docx shows (and the .xlsx for text); <see cref="Number"/>
/// the value the .xlsx stores for numbers, percentages and dates. A cell without a value is blank in the .xlsx and
/// "—"-free empty in the .docx.
/// </summary>
public readonly record struct ReportCell(CellKind Kind, string Text, decimal? Number = null, DateOnly? Date = null, IndicatorColour? Colour = null)
{
    public static ReportCell Of(string? text) => new(CellKind.Text, text ?? string.Empty);

    public static ReportCell Of(int value) => new(CellKind.Integer, ReportWords.Count(value), value);

    public static ReportCell Of(decimal? value, string text) => new(CellKind.Decimal, text, value);

    public static ReportCell Of(DateOnly? date) => new(CellKind.Date, date is { } d ? ReportWords.Date(d) : string.Empty, Date: date);

    public static ReportCell Percent(decimal? fraction) => new(CellKind.Percent, fraction is null ? string.Empty : ReportWords.Percent(fraction), fraction);

    public static ReportCell Of(IndicatorColour colour) => new(CellKind.Colour, ReportWords.Colour(colour), Colour: colour);

    public bool IsEmpty => Kind switch
    {
        CellKind.Text => Text.Length == 0,
        CellKind.Date => Date is null,
        CellKind.Colour => false,
        _ => Number is null,
    };
}

/// <summary>
/// A column: its header, its relative width in the .docx table (the .xlsx fits widths to the content), the kind of
/// its cells, and whether short text is centred in the .docx (numbers, dates and colours always are).
/// </summary>
public sealed record ReportColumn(string Header, int Width, CellKind Kind = CellKind.Text, bool Centred = false);

/// <summary>
/// A table of a report: an appendix of the .docx (landscape, header row repeated on each page) under its
/// <see cref="Label"/> ("Phụ lục I"), <see cref="Title"/> and <see cref="Subtitle"/>; and a sheet of the .xlsx
/// (frozen header, filter) named <see cref="SheetName"/>.
/// </summary>
public sealed record ReportTable(string SheetName, string Label, string Title, string Subtitle, IReadOnlyList<ReportColumn> Columns, IReadOnlyList<ReportCell[]> Rows);
