namespace SauRo.Core.Import.Documents;

/// <summary>Where a block came from, so warnings can name it: a line of a text file or a paragraph/row of a Word file.</summary>
public enum LocationKind
{
    Line,
    Paragraph,
}

/// <summary>
/// A plan document reduced to what the interpreter needs, whatever its file format:
/// paragraphs and tables in reading order. Text is NFC, markup removed, one space between words;
/// line breaks inside a cell are kept as '\n'.
/// </summary>
public sealed record DocumentModel(IReadOnlyList<Block> Blocks, LocationKind LocationKind, IReadOnlyList<ReadWarning> Warnings)
{
    /// <summary>"dòng 12" or "đoạn 12".</summary>
    public string Where(int position) => LocationKind == LocationKind.Line ? $"dòng {position}" : $"đoạn {position}";
}

/// <summary>A problem met while reading the file, at a position (line or paragraph number, 1-based).</summary>
public sealed record ReadWarning(int Position, string Message);

public abstract record Block(int Position);

/// <summary>One paragraph (one line of a text export). <paramref name="HeadingLevel"/> is the Markdown '#' count or the Word heading level.</summary>
public sealed record Paragraph(int Position, string Text, bool Bold, int? HeadingLevel) : Block(Position);

public sealed record Table(int Position, IReadOnlyList<TableRow> Rows) : Block(Position);

public sealed record TableRow(int Position, IReadOnlyList<TableCell> Cells);

/// <summary>
/// A table cell. <paramref name="MergedFromAbove"/> is true for a Word cell that continues a vertical merge
/// (its <paramref name="Text"/> then repeats the text of the cell where the merge starts).
/// </summary>
public sealed record TableCell(string Text, bool Bold, bool MergedFromAbove = false)
{
    public static readonly TableCell Empty = new(string.Empty, false);

    public bool IsEmpty => Text.Length == 0;
}
