namespace SauRo.Core.Import.Documents;

/// <summary>
/// Reads a Word document exported to text (.md/.txt): Markdown or plain paragraphs, tab-separated tables and
/// Markdown pipe tables, with HTML tags and Markdown marks inside. Each non-empty line outside a table is one
/// paragraph; a run of table lines without a blank line between them is one table.
/// </summary>
public static class TextDocumentReader
{
    private enum LineShape
    {
        Blank,
        Text,
        TabRow,
        PipeRow,
        PipeSeparator,
    }

    public static DocumentModel Read(string text, ReadLimits limits)
    {
        var lines = SplitLines(text);
        var shapes = new LineShape[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            shapes[i] = ShapeOf(lines[i]);
        }

        var blocks = new List<Block>();
        var warnings = new List<ReadWarning>();
        var blockCount = 0;
        var i2 = 0;
        while (i2 < lines.Count)
        {
            if (blockCount >= limits.MaxBlocks)
            {
                warnings.Add(new ReadWarning(i2 + 1, $"tài liệu quá dài: chỉ đọc {limits.MaxBlocks:N0} đoạn đầu"));
                break;
            }

            var shape = shapes[i2];
            switch (shape)
            {
                case LineShape.Blank:
                case LineShape.PipeSeparator:
                    i2++;
                    break;
                case LineShape.Text:
                    var paragraph = ReadParagraph(lines[i2], i2 + 1, limits, warnings);
                    if (paragraph is not null)
                    {
                        blocks.Add(paragraph);
                        blockCount++;
                    }

                    i2++;
                    break;
                case LineShape.TabRow:
                case LineShape.PipeRow:
                    var (table, next) = ReadTable(lines, shapes, i2, limits, warnings);
                    blocks.Add(table);
                    blockCount += table.Rows.Count;
                    i2 = next;
                    break;
                default:
                    throw new InvalidOperationException();
            }
        }

        return new DocumentModel(blocks, LocationKind.Line, warnings);
    }

    private static List<string> SplitLines(string text)
    {
        var lines = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\n' or '\r')
            {
                lines.Add(text[start..i]);
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            lines.Add(text[start..]);
        }

        return lines;
    }

    private static LineShape ShapeOf(string line)
    {
        var t = line.AsSpan().Trim(" \u00A0\uFEFF");
        if (t.IsEmpty || t.IsWhiteSpace())
        {
            return LineShape.Blank;
        }

        if (t[0] == '|')
        {
            return IsPipeSeparator(t) ? LineShape.PipeSeparator : LineShape.PipeRow;
        }

        // Tabs that only indent the line do not make a table row.
        return line.TrimStart().Contains('\t') ? LineShape.TabRow : LineShape.Text;
    }

    private static bool IsPipeSeparator(ReadOnlySpan<char> t)
    {
        var dashes = 0;
        foreach (var c in t)
        {
            if (c == '-')
            {
                dashes++;
            }
            else if (c is not ('|' or ':' or ' ' or '\t'))
            {
                return false;
            }
        }

        return dashes >= 3;
    }

    private static Paragraph? ReadParagraph(string line, int position, ReadLimits limits, List<ReadWarning> warnings)
    {
        var raw = BlockText.Cap(line, limits.MaxCellChars, out var capWarning);
        if (capWarning is not null)
        {
            warnings.Add(new ReadWarning(position, $"đoạn văn {capWarning}"));
        }

        raw = raw.Trim();
        int? level = null;
        var hashes = 0;
        while (hashes < raw.Length && raw[hashes] == '#')
        {
            hashes++;
        }

        if (hashes is >= 1 and <= 6 && (hashes == raw.Length || raw[hashes] == ' '))
        {
            level = hashes;
            raw = raw[hashes..];
        }

        var (text, bold) = InlineMarkup.Strip(raw);
        if (text.Length == 0)
        {
            return null;
        }

        // A paragraph is one line: a <br> inside it only separates words.
        return new Paragraph(position, text.Replace('\n', ' '), bold, level);
    }

    private static (Table Table, int Next) ReadTable(
        List<string> lines, LineShape[] shapes, int start, ReadLimits limits, List<ReadWarning> warnings)
    {
        var shape = shapes[start];
        var rows = new List<TableRow>();
        var i = start;
        while (i < lines.Count)
        {
            var s = shapes[i];
            if (s == LineShape.PipeSeparator && shape == LineShape.PipeRow)
            {
                i++;
                continue;
            }

            if (s == shape)
            {
                rows.Add(ReadRow(lines[i], i + 1, shape, limits, warnings));
                i++;
                continue;
            }

            // A cell's own line break in a tab export puts the rest of the cell on a line of its own,
            // between two rows: join it to the last filled cell of the row above.
            if (s == LineShape.Text && rows.Count > 0 && i + 1 < lines.Count && shapes[i + 1] == shape)
            {
                rows[^1] = AppendToLastCell(rows[^1], lines[i], limits);
                warnings.Add(new ReadWarning(i + 1, "dòng không có dấu phân cột nằm giữa hai hàng của bảng: đã ghép vào ô cuối của hàng trên"));
                i++;
                continue;
            }

            break;
        }

        return (new Table(start + 1, rows), i);
    }

    private static TableRow ReadRow(string line, int position, LineShape shape, ReadLimits limits, List<ReadWarning> warnings)
    {
        var rawCells = shape == LineShape.TabRow ? line.Split('\t') : SplitPipeRow(line);
        var cells = new TableCell[rawCells.Length];
        for (var c = 0; c < rawCells.Length; c++)
        {
            var raw = BlockText.Cap(rawCells[c], limits.MaxCellChars, out var capWarning);
            if (capWarning is not null)
            {
                warnings.Add(new ReadWarning(position, $"ô thứ {c + 1}: {capWarning}"));
            }

            var (text, bold) = InlineMarkup.Strip(raw);
            cells[c] = text.Length == 0 ? TableCell.Empty : new TableCell(text, bold);
        }

        return new TableRow(position, cells);
    }

    private static string[] SplitPipeRow(string line)
    {
        var t = line.Trim();
        var cells = new List<string>();
        var sb = new System.Text.StringBuilder();
        for (var i = 0; i < t.Length; i++)
        {
            var c = t[i];
            if (c == '\\' && i + 1 < t.Length && t[i + 1] == '|')
            {
                sb.Append('|');
                i++;
                continue;
            }

            if (c == '|')
            {
                cells.Add(sb.ToString());
                sb.Clear();
                continue;
            }

            sb.Append(c);
        }

        cells.Add(sb.ToString());

        // "| a | b |" splits into "", " a ", " b ", "": the outer empties are the frame, not cells.
        if (cells.Count > 0 && t.StartsWith('|'))
        {
            cells.RemoveAt(0);
        }

        if (cells.Count > 0 && t.EndsWith('|') && !t.EndsWith("\\|", StringComparison.Ordinal))
        {
            cells.RemoveAt(cells.Count - 1);
        }

        return cells.ToArray();
    }

    private static TableRow AppendToLastCell(TableRow row, string line, ReadLimits limits)
    {
        var (text, _) = InlineMarkup.Strip(BlockText.Cap(line, limits.MaxCellChars, out _));
        var cells = row.Cells.ToArray();
        var last = Array.FindLastIndex(cells, c => !c.IsEmpty);
        if (last < 0 || text.Length == 0)
        {
            return row;
        }

        cells[last] = cells[last] with { Text = cells[last].Text + "\n" + text };
        return row with { Cells = cells };
    }
}
