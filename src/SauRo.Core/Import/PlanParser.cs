using SauRo.Core.Import.Documents;
using SauRo.Core.Text;

namespace SauRo.Core.Import;

/// <summary>
/// Reads a plan document (already turned into paragraphs and tables) into its header, indicators, tasks,
/// reporting duties and warnings. Tables are recognised by their header words, so other column sets and
/// orders are read the same way; whatever is read only in part is named in a warning.
/// </summary>
public static class PlanParser
{
    private sealed class TableGroup(TableHeader header, Table first, string? appendix, string? appendixTitle, string? heading)
    {
        public TableHeader Header { get; } = header;

        public List<(Table Table, bool IsContinuation)> Segments { get; } = [(first, false)];

        public string? Appendix { get; } = appendix;

        public string? AppendixTitle { get; set; } = appendixTitle;

        public string? Heading { get; } = heading;
    }

    public static ParsedPlan Parse(DocumentModel document)
    {
        var warnings = document.Warnings
            .Select(w => w.Position > 0 ? $"{Capitalize(document.Where(w.Position))}: {w.Message}" : Capitalize(w.Message))
            .ToList();
        var body = new List<Paragraph>();
        var groups = new List<TableGroup>();
        var attached = new List<string>();
        TableGroup? open = null;
        string? appendix = null, appendixTitle = null, heading = null;
        var titleOpen = false;

        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case Paragraph p when p.Text.Length == 0:
                    break;

                case Paragraph p when Appendices.Heading(p) is { } a:
                    open = null;
                    appendix = a.Label;
                    appendixTitle = a.Title.Length > 0 ? a.Title : null;
                    attached.Add(a.Label);
                    heading = null;
                    titleOpen = true;
                    break;

                case Paragraph p when appendix is not null:
                    if (p.Text.StartsWith("(Kèm theo", StringComparison.OrdinalIgnoreCase) || p.Text.StartsWith("(kèm theo", StringComparison.Ordinal))
                    {
                        titleOpen = false;
                        break;
                    }

                    if (titleOpen && VietnameseText.IsUpperCase(p.Text) && p.Text.Length <= 300)
                    {
                        appendixTitle = appendixTitle is null ? p.Text : appendixTitle + " " + p.Text;
                        break;
                    }

                    titleOpen = false;
                    open = null;
                    if (IsHeadingLike(p))
                    {
                        heading = StripLeadingNumber(p.Text);
                    }

                    break;

                case Paragraph p:
                    open = null;
                    body.Add(p);
                    if (IsHeadingLike(p))
                    {
                        heading = StripLeadingNumber(p.Text);
                    }

                    break;

                case Table t:
                    titleOpen = false;
                    var header = TableHeader.Recognize(t, appendixTitle ?? heading);
                    if (open is not null && ContinuesTable(open.Header, header, t))
                    {
                        open.Segments.Add((t, true));
                        break;
                    }

                    if (header is not null)
                    {
                        open = new TableGroup(header, t, appendix, appendixTitle, heading);
                        groups.Add(open);
                        break;
                    }

                    open = null;
                    Flatten(t, appendix is null ? body : null, document, warnings);
                    break;

                default:
                    throw new InvalidOperationException($"Loại khối không rõ: {block.GetType().Name}");
            }
        }

        var header0 = PlanHeaderReader.Read(body);
        var where = (Func<int, string>)document.Where;
        var indicators = new List<ParsedIndicator>();
        var tasks = new List<ParsedTask>();
        foreach (var group in groups)
        {
            var rows = TableRows.Read(group.Header, group.Segments, p => Capitalize(where(p)), warnings);
            if (group.Header.Kind == TableKind.Indicators)
            {
                indicators.AddRange(ItemReader.Indicators(group.Header, rows, group.Appendix, group.Heading));
            }
            else
            {
                tasks.AddRange(ItemReader.Tasks(group.Header, rows, group.Appendix, group.AppendixTitle, group.Heading, header0.Year, where, warnings));
            }
        }

        var prose = ProseTargetReader.Read(body, indicators);
        var reporting = ReportingDutyReader.Read(body);
        CheckCompleteness(header0, indicators, tasks, prose, body, attached, warnings);
        CheckDuplicateOrdinals(indicators, tasks, where, warnings);

        return new ParsedPlan(header0, [.. indicators, .. prose], tasks, reporting, Bounded(warnings), document.LocationKind);
    }

    /// <summary>
    /// A table right after another one continues it (a page break) when it repeats the same header, or has no header
    /// and about the same number of columns.
    /// </summary>
    private static bool ContinuesTable(TableHeader open, TableHeader? header, Table next)
    {
        if (header is not null)
        {
            return header.Signature == open.Signature;
        }

        var width = next.Rows.Count == 0 ? 0 : next.Rows.Max(r => r.Cells.Count);
        return Math.Abs(width - open.Width) <= 1;
    }

    /// <summary>A table that is not a list of indicators or tasks (the header block, the signature block) is read as text.</summary>
    private static void Flatten(Table table, List<Paragraph>? body, DocumentModel document, List<string> warnings)
    {
        if (LooksLikeItems(table))
        {
            warnings.Add($"{Capitalize(document.Where(table.Position))}: bảng không có hàng tiêu đề nhận ra được (STT, nội dung, chủ trì, thời hạn…); nội dung được đọc như văn bản");
        }

        if (body is null)
        {
            return;
        }

        foreach (var row in table.Rows)
        {
            foreach (var cell in row.Cells)
            {
                foreach (var line in cell.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries))
                {
                    body.Add(new Paragraph(row.Position, line, cell.Bold, null));
                }
            }
        }
    }

    private static bool LooksLikeItems(Table table) =>
        table.Rows.Count >= 2
        && table.Rows.Count(r => r.Cells.Count >= 3 && r.Cells[0].Text.Length is > 0 and <= 4 && char.IsDigit(r.Cells[0].Text[0])) >= 2;

    private static bool IsHeadingLike(Paragraph p) =>
        p.Text.Length <= 200 && (p.Bold || p.HeadingLevel is not null || VietnameseText.IsUpperCase(p.Text));

    private static string StripLeadingNumber(string text)
    {
        var t = text.TrimStart();
        var i = 0;
        while (i < t.Length && (char.IsDigit(t[i]) || t[i] is 'I' or 'V' or 'X' or '.' or ')' or '(' or ' ') && i < 8)
        {
            i++;
        }

        return i > 0 && i < t.Length && (t[i - 1] is '.' or ')' or ' ') ? t[i..].Trim() : t;
    }

    private static void CheckCompleteness(
        PlanHeader header,
        List<ParsedIndicator> indicators,
        List<ParsedTask> tasks,
        List<ParsedIndicator> prose,
        List<Paragraph> body,
        List<string> attached,
        List<string> warnings)
    {
        if (header.DeclaredIndicators is { } di)
        {
            if (indicators.Count == 0)
            {
                warnings.Add($"Kế hoạch nêu {di} chỉ tiêu nhưng không tìm thấy phụ lục chỉ tiêu");
            }
            else if (indicators.Count != di)
            {
                warnings.Add($"Kế hoạch nêu {di} chỉ tiêu nhưng đọc được {indicators.Count} chỉ tiêu trong bảng");
            }
        }

        if (header.DeclaredTasks is { } dt)
        {
            if (tasks.Count == 0)
            {
                warnings.Add($"Kế hoạch nêu {dt} nhiệm vụ nhưng không tìm thấy phụ lục nhiệm vụ");
            }
            else if (tasks.Count != dt)
            {
                warnings.Add($"Kế hoạch nêu {dt} nhiệm vụ nhưng đọc được {tasks.Count} nhiệm vụ trong bảng");
            }
        }

        var attachedNumbers = attached.Select(a => Appendices.Number(a.Split(' ')[^1])).ToHashSet();
        foreach (var n in Appendices.Mentioned(body).Order())
        {
            if (!attachedNumbers.Contains(n))
            {
                warnings.Add($"Kế hoạch nhắc tới Phụ lục {n} nhưng tài liệu không kèm phụ lục này");
            }
        }

        if (indicators.Count == 0 && tasks.Count == 0 && prose.Count == 0 && header.DeclaredIndicators is null && header.DeclaredTasks is null)
        {
            warnings.Add("Không tìm thấy bảng chỉ tiêu hay bảng nhiệm vụ nào trong tài liệu");
        }
    }

    private static void CheckDuplicateOrdinals(List<ParsedIndicator> indicators, List<ParsedTask> tasks, Func<int, string> where, List<string> warnings)
    {
        foreach (var dup in tasks.Where(t => t.Ordinal is not null).GroupBy(t => (t.Appendix, t.Section, t.Ordinal)).Where(g => g.Count() > 1))
        {
            var places = string.Join(", ", dup.Select(t => where(t.Position)));
            warnings.Add($"{dup.Key.Appendix ?? "Kế hoạch"} có {dup.Count()} nhiệm vụ cùng số {dup.Key.Ordinal} ({places})");
        }

        foreach (var dup in indicators.Where(i => i.Ordinal is not null).GroupBy(i => (i.Appendix, i.Group, i.Ordinal)).Where(g => g.Count() > 1))
        {
            var places = string.Join(", ", dup.Select(i => where(i.Position)));
            warnings.Add($"{dup.Key.Appendix ?? "Kế hoạch"} có {dup.Count()} chỉ tiêu cùng số {dup.Key.Ordinal} ({places})");
        }
    }

    /// <summary>A hostile file can raise thousands of warnings; a person reads the first ones.</summary>
    private static List<string> Bounded(List<string> warnings)
    {
        const int Max = 200;
        if (warnings.Count <= Max)
        {
            return warnings;
        }

        var kept = warnings.Take(Max).ToList();
        kept.Add($"… và {warnings.Count - Max} cảnh báo khác");
        return kept;
    }

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
