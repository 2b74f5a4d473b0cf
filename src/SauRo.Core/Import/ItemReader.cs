using SauRo.Core.Plans;
using SauRo.Core.Text;

namespace SauRo.Core.Import;

/// <summary>Turns the logical rows of a recognised table into indicators or tasks, with their section headings.</summary>
internal static class ItemReader
{
    public static IEnumerable<ParsedIndicator> Indicators(TableHeader header, List<LogicalRow> rows, string? appendix, string? heading)
    {
        foreach (var (row, section) in WithSections(rows, heading))
        {
            var name = Text(row, header, ColumnRole.IndicatorName);
            var unitText = Text(row, header, ColumnRole.Unit);
            var target = TargetParser.Parse(Text(row, header, ColumnRole.Target), unitText.Length > 0 ? unitText : null);
            if (target.Unit is null && VietnameseText.Fold(name).StartsWith("ty le", StringComparison.Ordinal))
            {
                target = target with { Unit = "%" };
            }

            var source = Text(row, header, ColumnRole.Source);
            yield return new ParsedIndicator(
                row.Ordinal,
                section,
                name,
                target,
                CellLists.Offices(Raw(row, header, ColumnRole.Lead)),
                source.Length > 0 ? source : null,
                ItemOrigin.Table,
                appendix,
                row.Position);
        }
    }

    public static IEnumerable<ParsedTask> Tasks(
        TableHeader header,
        List<LogicalRow> rows,
        string? appendix,
        string? appendixTitle,
        string? heading,
        int? planYear,
        Func<int, string> where,
        List<string> warnings)
    {
        foreach (var (row, section) in WithSections(rows, heading))
        {
            var content = Text(row, header, ColumnRole.TaskContent);
            var lead = CellLists.Offices(Raw(row, header, ColumnRole.Lead));
            var cooperating = CellLists.Offices(Raw(row, header, ColumnRole.Cooperating));
            var accountable = Text(row, header, ColumnRole.Accountable);
            var product = Text(row, header, ColumnRole.Product);
            var due = DeadlineOf(Raw(row, header, ColumnRole.DueStart), Raw(row, header, ColumnRole.Due), planYear);
            var adjustedText = Raw(row, header, ColumnRole.AdjustedDue);
            var adjusted = adjustedText.Trim().Length > 0 ? DeadlineParser.Parse(adjustedText, planYear) : null;
            var basis = CellLists.Documents(Raw(row, header, ColumnRole.Basis));
            var facts = new SixClearFacts(content, lead, cooperating, accountable, header.Has(ColumnRole.Accountable), product, due, basis);

            var label = $"{appendix ?? "Kế hoạch"}, nhiệm vụ {row.Ordinal ?? "không số"} ({where(row.Position)})";
            if (content.Length == 0)
            {
                warnings.Add($"{label}: không có nội dung nhiệm vụ");
            }

            if (due.Kind == DeadlineKind.Unknown)
            {
                warnings.Add(due.Text.Length == 0
                    ? $"{label}: chưa có thời hạn"
                    : $"{label}: không hiểu thời hạn «{Shorten(due.Text)}»{(due.Problem is null ? string.Empty : $" ({due.Problem})")}; giữ nguyên văn bản");
            }

            if (adjusted is { Kind: DeadlineKind.Unknown })
            {
                warnings.Add($"{label}: không hiểu thời hạn điều chỉnh «{Shorten(adjusted.Text)}»; giữ nguyên văn bản");
            }

            yield return new ParsedTask(
                appendix,
                appendixTitle,
                section,
                row.Ordinal,
                content,
                lead,
                cooperating,
                accountable.Length > 0 ? accountable : null,
                product.Length > 0 ? product : null,
                due,
                adjusted,
                basis,
                SixClearRule.Evaluate(facts),
                row.Position)
            {
                AccountableExpected = facts.AccountableExpected,
            };
        }
    }

    /// <summary>A deadline from one column, or from "Bắt đầu" and "Hoàn thành" columns together.</summary>
    private static Deadline DeadlineOf(string startText, string endText, int? planYear)
    {
        var end = DeadlineParser.Parse(endText, planYear);
        if (startText.Trim().Length == 0)
        {
            return end;
        }

        var start = DeadlineParser.Parse(startText, planYear);
        var from = start.Start ?? start.End;
        var text = VietnameseText.Clean($"{startText} – {endText}");
        if (from is null || end.End is null || end.End < from)
        {
            return end.Kind == DeadlineKind.Unknown ? end : new Deadline(text, end.Kind, end.Start, end.End) { Every = end.Every };
        }

        return new Deadline(text, DeadlineKind.Window, from, end.End);
    }

    /// <summary>The items, each with the innermost heading above it (a numbered group under a roman section).</summary>
    private static IEnumerable<(ItemRow Row, string? Section)> WithSections(List<LogicalRow> rows, string? heading)
    {
        string? level1 = null, level2 = null;
        foreach (var row in rows)
        {
            switch (row)
            {
                case HeadingRow { Level: 1 } h:
                    level1 = h.Text;
                    level2 = null;
                    break;
                case HeadingRow h:
                    level2 = h.Text;
                    break;
                case ItemRow item:
                    yield return (item, level2 ?? level1 ?? heading);
                    break;
                default:
                    throw new InvalidOperationException();
            }
        }
    }

    private static string Raw(ItemRow row, TableHeader header, ColumnRole role)
    {
        var i = header.IndexOf(role);
        return i >= 0 && i < row.Cells.Length ? row.Cells[i] : string.Empty;
    }

    private static string Text(ItemRow row, TableHeader header, ColumnRole role) => VietnameseText.Clean(Raw(row, header, role));

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..80] + "…";
}
