using System.Text.RegularExpressions;
using SauRo.Core.Import.Documents;
using SauRo.Core.Text;

namespace SauRo.Core.Import;

/// <summary>One logical row of a plan table after page-break merging: an item or a heading.</summary>
internal abstract record LogicalRow(int Position);

/// <summary>A section/group heading row ("I | CHUYỂN ĐỔI SỐ …"). Level 1 for I/II/A/B, 2 for a numbered group.</summary>
internal sealed record HeadingRow(int Position, string Text, int Level) : LogicalRow(Position);

/// <summary>An item row: its cells, one per header column, and its ordinal.</summary>
internal sealed record ItemRow(int Position, string? Ordinal, string[] Cells) : LogicalRow(Position);

/// <summary>
/// Turns the physical rows of a table (possibly in several segments after page breaks) into logical rows:
/// repeated headers and column-number rows dropped, rows continued on the next page merged into the row above
/// cell by cell, heading rows told apart from items.
/// </summary>
internal static partial class TableRows
{
    public static List<LogicalRow> Read(
        TableHeader header,
        IReadOnlyList<(Table Table, bool IsContinuation)> segments,
        Func<int, string> where,
        List<string> warnings)
    {
        var ordinalColumn = header.IndexOf(ColumnRole.Ordinal);
        var nameColumn = header.IndexOf(header.Kind == TableKind.Indicators ? ColumnRole.IndicatorName : ColumnRole.TaskContent);
        if (ordinalColumn >= 0 && !segments.Any(s => s.Table.Rows.Any(r => OrdinalCell(r, ordinalColumn).Length > 0 && !header.IsRepeatOf(r))))
        {
            ordinalColumn = -1; // an STT column left empty everywhere (numbering lost in the export): every row is an item
        }

        var rows = new List<LogicalRow>();
        foreach (var (table, isContinuation) in segments)
        {
            var firstDataRow = true;
            var start = isContinuation ? 0 : header.RowsUsed;
            for (var r = start; r < table.Rows.Count; r++)
            {
                var row = table.Rows[r];
                if (header.IsRepeatOf(row) || TableHeader.IsColumnNumberRow(row) || row.Cells.All(c => c.IsEmpty))
                {
                    continue;
                }

                if (isContinuation && firstDataRow && r < 3 && TableHeader.Recognize(new Table(row.Position, [row]), null) is not null)
                {
                    continue; // a repeated header written slightly differently
                }

                var cells = Fit(row, header.Width, where, warnings);
                var ordinalText = ordinalColumn >= 0 ? cells[ordinalColumn] : string.Empty;
                var ordinalMerged = ordinalColumn >= 0 && ordinalColumn < row.Cells.Count && row.Cells[ordinalColumn].MergedFromAbove;
                var previousItem = rows.Count > 0 ? rows[^1] as ItemRow : null;

                if (ordinalColumn >= 0 && (ordinalText.Length == 0 || ordinalMerged))
                {
                    var continuesAbove = ordinalMerged || (isContinuation && firstDataRow);
                    firstDataRow = false;
                    if (continuesAbove && previousItem is not null)
                    {
                        rows[^1] = Merge(previousItem, row, cells, skipMerged: ordinalMerged);
                        continue;
                    }

                    if (IsUnnumberedHeading(row, cells))
                    {
                        rows.Add(new HeadingRow(row.Position, FirstFilled(cells), 1));
                        continue;
                    }

                    if (previousItem is not null)
                    {
                        rows[^1] = Merge(previousItem, row, cells, skipMerged: false);
                        warnings.Add($"{where(row.Position)}: hàng không có số thứ tự, đã ghép vào hàng trên (số {previousItem.Ordinal ?? "?"})");
                        continue;
                    }

                    warnings.Add($"{where(row.Position)}: hàng không có số thứ tự");
                    rows.Add(new ItemRow(row.Position, null, cells));
                    continue;
                }

                firstDataRow = false;
                if (ordinalColumn < 0)
                {
                    if (IsUnnumberedHeading(row, cells))
                    {
                        rows.Add(new HeadingRow(row.Position, FirstFilled(cells), 1));
                    }
                    else
                    {
                        rows.Add(new ItemRow(row.Position, null, cells));
                    }

                    continue;
                }

                rows.Add(Classify(row, ordinalText, cells, ordinalColumn, nameColumn, where, warnings));
            }
        }

        return PromoteNumberedGroups(rows, ordinalColumn, nameColumn);
    }

    private static LogicalRow Classify(TableRow row, string ordinalText, string[] cells, int ordinalColumn, int nameColumn, Func<int, string> where, List<string> warnings)
    {
        var position = row.Position;
        var ordinal = ordinalText.Replace('\n', ' ').Trim();
        var others = cells.Where((_, i) => i != ordinalColumn && i != nameColumn).All(c => c.Length == 0);

        // "I. CHUYỂN ĐỔI SỐ" written in the ordinal cell of a merged row.
        var inline = InlineHeading().Match(ordinal);
        if (inline.Success && others && (nameColumn < 0 || cells[nameColumn].Length == 0))
        {
            return new HeadingRow(position, inline.Groups["text"].Value.Trim(), 1);
        }

        var bare = ordinal.TrimEnd('.', ')', ':').Trim();
        if (RomanOrLetter().IsMatch(bare))
        {
            var text = nameColumn >= 0 && cells[nameColumn].Length > 0 ? cells[nameColumn] : FirstFilled(cells, ordinalColumn);
            return new HeadingRow(position, text.Replace('\n', ' '), 1);
        }

        if (Numeric().IsMatch(bare) || LowerLetter().IsMatch(bare))
        {
            // "1 | **Về hạ tầng số** | | |": a bold or upper-case name with nothing else is a group heading.
            if (others && nameColumn >= 0 && cells[nameColumn].Length is > 0 and <= 200 && nameColumn < row.Cells.Count
                && (row.Cells[nameColumn].Bold || VietnameseText.IsUpperCase(cells[nameColumn])))
            {
                return new HeadingRow(position, cells[nameColumn].Replace('\n', ' '), 2);
            }

            return new ItemRow(position, bare, cells);
        }

        warnings.Add($"{where(position)}: số thứ tự «{Shorten(ordinal)}» không phải số; vẫn đọc hàng này");
        return new ItemRow(position, Shorten(ordinal), cells);
    }

    /// <summary>
    /// A numbered row whose only filled cell is its name and whose next row is numbered below it ("1" then "1.1")
    /// is a group heading, not an item.
    /// </summary>
    private static List<LogicalRow> PromoteNumberedGroups(List<LogicalRow> rows, int ordinalColumn, int nameColumn)
    {
        for (var i = 0; i < rows.Count - 1; i++)
        {
            if (rows[i] is not ItemRow item || item.Ordinal is null || rows[i + 1] is not ItemRow next || next.Ordinal is null)
            {
                continue;
            }

            var onlyName = item.Cells.Where((_, c) => c != ordinalColumn && c != nameColumn).All(c => c.Length == 0);
            if (onlyName && next.Ordinal.StartsWith(item.Ordinal + ".", StringComparison.Ordinal))
            {
                var text = nameColumn >= 0 ? item.Cells[nameColumn] : FirstFilled(item.Cells, ordinalColumn);
                rows[i] = new HeadingRow(item.Position, text.Replace('\n', ' '), 2);
            }
        }

        return rows;
    }

    private static bool IsUnnumberedHeading(TableRow row, string[] cells)
    {
        var filled = cells.Count(c => c.Length > 0);
        if (filled != 1)
        {
            return false;
        }

        var cell = row.Cells.FirstOrDefault(c => !c.IsEmpty);
        var text = FirstFilled(cells);
        return text.Length <= 200 && (cell?.Bold == true || VietnameseText.IsUpperCase(text));
    }

    private static string OrdinalCell(TableRow row, int column) => column < row.Cells.Count ? row.Cells[column].Text : string.Empty;

    /// <summary>Cells aligned to the header: missing ones empty, extra filled ones joined to the last column.</summary>
    private static string[] Fit(TableRow row, int width, Func<int, string> where, List<string> warnings)
    {
        var cells = new string[width];
        for (var c = 0; c < width; c++)
        {
            cells[c] = c < row.Cells.Count ? row.Cells[c].Text : string.Empty;
        }

        if (row.Cells.Count > width)
        {
            var extra = row.Cells.Skip(width).Where(c => !c.IsEmpty).Select(c => c.Text).ToList();
            if (extra.Count > 0)
            {
                cells[width - 1] = string.Join(' ', new[] { cells[width - 1] }.Concat(extra).Where(t => t.Length > 0));
                warnings.Add($"{where(row.Position)}: hàng có {row.Cells.Count} ô, nhiều hơn {width} cột của tiêu đề; phần thừa được ghép vào cột cuối");
            }
        }
        else if (row.Cells.Count < width && row.Cells.Count > 1)
        {
            warnings.Add($"{where(row.Position)}: hàng chỉ có {row.Cells.Count}/{width} ô; các cột thiếu để trống");
        }

        return cells;
    }

    /// <summary>A cell grown by merging stops growing here, so a hostile table of endless continuation rows stays linear.</summary>
    private const int MaxMergedChars = 50_000;

    /// <summary>Merges a continued row into the one above, cell by cell, with a space between the two halves.</summary>
    private static ItemRow Merge(ItemRow above, TableRow row, string[] cells, bool skipMerged)
    {
        var merged = (string[])above.Cells.Clone();
        for (var c = 0; c < merged.Length; c++)
        {
            if (cells[c].Length == 0 || (skipMerged && c < row.Cells.Count && row.Cells[c].MergedFromAbove) || merged[c].Length > MaxMergedChars)
            {
                continue;
            }

            merged[c] = merged[c].Length == 0 ? cells[c] : merged[c] + " " + cells[c];
        }

        return above with { Cells = merged };
    }

    private static string FirstFilled(string[] cells, int skip = -1)
    {
        for (var c = 0; c < cells.Length; c++)
        {
            if (c != skip && cells[c].Length > 0)
            {
                return cells[c].Replace('\n', ' ');
            }
        }

        return string.Empty;
    }

    private static string Shorten(string text) => text.Length <= 20 ? text : text[..20] + "…";

    [GeneratedRegex(@"^(?:[IVXLC]{1,6}|(?:[A-H]|Đ))$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex RomanOrLetter();

    [GeneratedRegex(@"^\d{1,4}(?:\.\d{1,4}){0,4}[a-zđ]?$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Numeric();

    [GeneratedRegex(@"^[a-zđ]$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex LowerLetter();

    [GeneratedRegex(@"^(?:PHẦN\s+)?(?:[IVXLC]{1,6}|(?:[A-H]|Đ))[.):]\s+(?<text>\S.{2,})$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex InlineHeading();
}
