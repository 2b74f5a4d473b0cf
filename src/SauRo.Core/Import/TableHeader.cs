using System.Text;
using System.Text.RegularExpressions;
using SauRo.Core.Import.Documents;
using SauRo.Core.Text;

namespace SauRo.Core.Import;

/// <summary>What a table column holds.</summary>
public enum ColumnRole
{
    Unknown,
    Ordinal,
    IndicatorName,
    TaskContent,
    Unit,
    Target,

    /// <summary>"Kết quả": the target in an indicator table, the product in a task table.</summary>
    Result,
    Lead,
    Cooperating,
    Accountable,
    Product,
    Due,
    DueStart,
    AdjustedDue,
    Basis,
    Source,
    Note,
}

/// <summary>Whether a table lists indicators or tasks.</summary>
public enum TableKind
{
    Indicators,
    Tasks,
}

/// <summary>
/// A recognised header row: the role of each column and the kind of table. Recognition works on the header
/// words, not on their position, so plans with other column sets and orders are read the same way.
/// </summary>
public sealed partial class TableHeader
{
    private TableHeader(TableKind kind, ColumnRole[] roles, string signature, int rowsUsed)
    {
        Kind = kind;
        Roles = roles;
        Signature = signature;
        RowsUsed = rowsUsed;
    }

    public TableKind Kind { get; }

    /// <summary>One role per column; at most one column per role except <see cref="ColumnRole.Unknown"/> and <see cref="ColumnRole.Note"/>.</summary>
    public IReadOnlyList<ColumnRole> Roles { get; }

    public int Width => Roles.Count;

    /// <summary>The folded header words, to recognise the header when it repeats after a page break.</summary>
    public string Signature { get; }

    /// <summary>Rows of the table taken by the header (a second header row, a column-number row).</summary>
    public int RowsUsed { get; }

    public int IndexOf(ColumnRole role)
    {
        for (var i = 0; i < Roles.Count; i++)
        {
            if (Roles[i] == role)
            {
                return i;
            }
        }

        return -1;
    }

    public bool Has(ColumnRole role) => IndexOf(role) >= 0;

    /// <summary>
    /// Looks for a header in the first rows of <paramref name="table"/>. <paramref name="context"/> is the
    /// appendix title or the heading above the table, which helps tell indicators from tasks.
    /// </summary>
    public static TableHeader? Recognize(Table table, string? context)
    {
        var limit = Math.Min(table.Rows.Count, 3);
        for (var r = 0; r < limit; r++)
        {
            var header = TryRow(table, r, context);
            if (header is not null)
            {
                return header;
            }
        }

        return null;
    }

    /// <summary>True when <paramref name="row"/> repeats this header (a page break in the middle of the table).</summary>
    public bool IsRepeatOf(TableRow row) => SignatureOf(row.Cells) == Signature;

    /// <summary>A row that only numbers the columns: "(1) (2) (3)…", "1 2 3 4…", "A B 1 2…".</summary>
    public static bool IsColumnNumberRow(TableRow row)
    {
        var filled = 0;
        var numbers = 0;
        foreach (var cell in row.Cells)
        {
            if (cell.IsEmpty)
            {
                continue;
            }

            filled++;
            var t = cell.Text.Trim('(', ')', '[', ']', ' ', '.');
            if (t.Length is > 0 and <= 3 && (t.All(char.IsDigit) || (t.Length == 1 && char.IsUpper(t[0]))))
            {
                numbers++;
            }
            else if (t.Contains('=') && t.Length <= 12)
            {
                numbers++; // "(5)=(3)/(4)"
            }
        }

        return filled >= 3 && numbers == filled;
    }

    private static TableHeader? TryRow(Table table, int r, string? context)
    {
        var row = table.Rows[r];
        var texts = row.Cells.Select(c => FoldHeader(c.Text)).ToArray();
        var roles = texts.Select(Classify).ToArray();
        var known = roles.Count(x => x != ColumnRole.Unknown);
        if (known < 2 || roles.All(x => x is not (ColumnRole.IndicatorName or ColumnRole.TaskContent)))
        {
            return null;
        }

        // A header row is short words, not an item: no cell reads like a sentence.
        if (row.Cells.Any(c => c.Text.Length > 120))
        {
            return null;
        }

        var used = r + 1;

        // Two-level header: "Thời gian thực hiện" over "Bắt đầu | Hoàn thành".
        if (used < table.Rows.Count && IsSubHeader(table.Rows[used]))
        {
            var sub = table.Rows[used].Cells;
            for (var c = 0; c < Math.Min(sub.Count, roles.Length); c++)
            {
                if (sub[c].IsEmpty)
                {
                    continue;
                }

                var subRole = Classify(FoldHeader(sub[c].Text));
                if (subRole != ColumnRole.Unknown)
                {
                    roles[c] = subRole;
                    texts[c] = texts[c] + " " + FoldHeader(sub[c].Text);
                }
            }

            used++;
        }

        if (used < table.Rows.Count && IsColumnNumberRow(table.Rows[used]))
        {
            used++;
        }

        var kind = DecideKind(roles, texts, context);
        Resolve(roles, kind);

        // A list of people ("Họ và tên | Chức vụ | Nhiệm vụ được phân công") or of anything else that has a
        // content column but none of the columns that make an indicator or a task is not ours to read.
        var enough = kind == TableKind.Tasks
            ? roles.Any(x => x is ColumnRole.Lead or ColumnRole.Due or ColumnRole.Cooperating or ColumnRole.Product or ColumnRole.Basis)
            : roles.Any(x => x is ColumnRole.Target or ColumnRole.Unit or ColumnRole.Lead);
        if (!enough)
        {
            return null;
        }

        return new TableHeader(kind, roles, string.Join('|', row.Cells.Select(c => FoldHeader(c.Text))), used);
    }

    /// <summary>
    /// A second header row splits a group column into short labels ("Bắt đầu | Hoàn thành", "Chủ trì | Phối hợp");
    /// its first cell (the STT column) is empty.
    /// </summary>
    private static bool IsSubHeader(TableRow row)
    {
        var filled = row.Cells.Where(c => !c.IsEmpty).ToList();
        if (filled.Count == 0 || filled.Any(c => c.Text.Length > 30) || !row.Cells[0].IsEmpty)
        {
            return false;
        }

        return filled.All(c => Classify(FoldHeader(c.Text)) is ColumnRole.DueStart or ColumnRole.Due or ColumnRole.Lead
            or ColumnRole.Cooperating or ColumnRole.Unit or ColumnRole.Target or ColumnRole.Product or ColumnRole.Result or ColumnRole.Accountable);
    }

    private static string SignatureOf(IReadOnlyList<TableCell> cells) => string.Join('|', cells.Select(c => FoldHeader(c.Text)));

    private static string FoldHeader(string text)
    {
        var folded = VietnameseText.Fold(text);
        var sb = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            sb.Append(char.IsLetterOrDigit(c) ? c : ' ');
        }

        return VietnameseText.CollapseWhitespace(sb.ToString());
    }

    /// <summary>The role of a column from its folded header text. The order of the tests matters.</summary>
    internal static ColumnRole Classify(string h)
    {
        if (h.Length == 0 || h.Length > 150)
        {
            return ColumnRole.Unknown;
        }

        if (h is "tt" or "stt" or "s tt" or "so tt" or "thu tu" or "so thu tu" or "so" or "ma" or "ma so")
        {
            return ColumnRole.Ordinal;
        }

        if (Has(h, "dieu chinh") && (Has(h, "thoi") || Has(h, "tien do") || Has(h, "han")))
        {
            return ColumnRole.AdjustedDue;
        }

        if (Has(h, "phoi hop") && !Has(h, "chu tri"))
        {
            return ColumnRole.Cooperating;
        }

        if (Has(h, "nguoi dung dau") || Has(h, "chiu trach nhiem") || Has(h, "nguoi phu trach") || Has(h, "lanh dao"))
        {
            return ColumnRole.Accountable;
        }

        if (Has(h, "van ban giao") || Has(h, "can cu giao") || Has(h, "co so giao") || Has(h, "nguon giao")
            || Has(h, "van ban chi dao") || Has(h, "can cu") || Has(h, "noi giao") || Has(h, "cap giao"))
        {
            return ColumnRole.Basis;
        }

        // "Năm 2026", "Kế hoạch 2026" is the target; "Thực hiện năm 2025", "Ước đạt 2025" is a baseline, kept as a note.
        if (YearColumn().IsMatch(h) && !Has(h, "thoi gian") && !Has(h, "thoi han") && !Has(h, "nhiem vu") && !Has(h, "noi dung")
            && !Has(h, "cong viec") && !Has(h, "san pham") && !Has(h, "co quan") && !Has(h, "don vi") && !Has(h, "ten chi tieu"))
        {
            return Has(h, "thuc hien") || Has(h, "uoc") || Has(h, "da dat") || Has(h, "dat duoc") || Has(h, "hien trang") || Has(h, "ket qua")
                ? ColumnRole.Note
                : ColumnRole.Target;
        }

        if (Has(h, "van ban nguon") || h is "nguon" or "nguon chi tieu" || Has(h, "nguon goc"))
        {
            return ColumnRole.Source;
        }

        if (Has(h, "ghi chu"))
        {
            return ColumnRole.Note;
        }

        if (Has(h, "bat dau"))
        {
            return ColumnRole.DueStart;
        }

        if (Has(h, "thoi han") || Has(h, "han hoan thanh") || Has(h, "thoi gian") || Has(h, "tien do") || Has(h, "moc")
            || Has(h, "thoi diem") || h is "han" or "ket thuc" or "hoan thanh" || h.StartsWith("han ", StringComparison.Ordinal))
        {
            return ColumnRole.Due;
        }

        if (Has(h, "chu tri") || Has(h, "tham muu") || Has(h, "co quan thuc hien") || Has(h, "don vi thuc hien")
            || Has(h, "phu trach") || Has(h, "dau moi") || Has(h, "theo doi") || Has(h, "giao cho") || Has(h, "thuc hien")
            || h is "co quan" or "co quan don vi" or "don vi chu quan")
        {
            return ColumnRole.Lead;
        }

        if (h is "don vi" or "don vi tinh" or "dvt" or "don vi do" or "don vi tinh dvt" || Has(h, "don vi tinh"))
        {
            return ColumnRole.Unit;
        }

        if (Has(h, "san pham") || Has(h, "yeu cau dat") || Has(h, "dau ra"))
        {
            return ColumnRole.Product;
        }

        if (Has(h, "ket qua") || Has(h, "yeu cau"))
        {
            return ColumnRole.Result;
        }

        if (Has(h, "muc tieu") || Has(h, "gia tri") || Has(h, "chi tieu nam") || Has(h, "chi tieu giao") || Has(h, "ke hoach nam")
            || Has(h, "chi tieu 20") || h is "chi tieu so" or "muc phan dau" || Has(h, "phan dau") || Has(h, "ty le"))
        {
            return ColumnRole.Target;
        }

        if (Has(h, "chi tieu") || Has(h, "chi so"))
        {
            return ColumnRole.IndicatorName;
        }

        if (Has(h, "nhiem vu") || Has(h, "noi dung") || Has(h, "cong viec") || Has(h, "giai phap") || Has(h, "hoat dong")
            || h is "ten" or "danh muc")
        {
            return ColumnRole.TaskContent;
        }

        return ColumnRole.Unknown;
    }

    private static bool Has(string h, string words)
    {
        var i = h.IndexOf(words, StringComparison.Ordinal);
        while (i >= 0)
        {
            var startOk = i == 0 || h[i - 1] == ' ';
            var end = i + words.Length;
            var endOk = end == h.Length || h[end] == ' ' || char.IsDigit(h[end]);
            if (startOk && endOk)
            {
                return true;
            }

            i = h.IndexOf(words, i + 1, StringComparison.Ordinal);
        }

        return false;
    }

    private static TableKind DecideKind(ColumnRole[] roles, string[] texts, string? context)
    {
        int indicator = 0, task = 0;
        for (var c = 0; c < roles.Length; c++)
        {
            switch (roles[c])
            {
                case ColumnRole.IndicatorName: indicator += 3; break;
                case ColumnRole.TaskContent: task += Has(texts[c], "nhiem vu") ? 3 : 1; break;
                case ColumnRole.Unit: indicator += 2; break;
                case ColumnRole.Target: indicator += 2; break;
                case ColumnRole.Source: indicator += 1; break;
                case ColumnRole.Cooperating: task += 2; break;
                case ColumnRole.Due: task += 2; break;
                case ColumnRole.DueStart: task += 1; break;
                case ColumnRole.AdjustedDue: task += 2; break;
                case ColumnRole.Basis: task += 1; break;
                case ColumnRole.Product: task += 1; break;
                case ColumnRole.Accountable: task += 1; break;
                default: break;
            }
        }

        var ctx = context is null ? string.Empty : FoldHeader(context);
        if (Has(ctx, "chi tieu"))
        {
            indicator += 2;
        }

        if (Has(ctx, "nhiem vu"))
        {
            task += 2;
        }

        return indicator > task ? TableKind.Indicators : TableKind.Tasks;
    }

    /// <summary>Settles the roles that depend on the kind, and keeps one column per role (the first one).</summary>
    private static void Resolve(ColumnRole[] roles, TableKind kind)
    {
        // "Nội dung | ĐVT | Chỉ tiêu": with a separate name column, "Chỉ tiêu" holds the target values.
        if (kind == TableKind.Indicators && roles.Contains(ColumnRole.TaskContent) && roles.Contains(ColumnRole.IndicatorName)
            && !roles.Contains(ColumnRole.Target) && !roles.Contains(ColumnRole.Result))
        {
            roles[Array.IndexOf(roles, ColumnRole.IndicatorName)] = ColumnRole.Target;
        }

        for (var c = 0; c < roles.Length; c++)
        {
            roles[c] = (roles[c], kind) switch
            {
                (ColumnRole.Result, TableKind.Indicators) => ColumnRole.Target,
                (ColumnRole.Result, TableKind.Tasks) => ColumnRole.Product,
                (ColumnRole.Unit, TableKind.Tasks) => ColumnRole.Lead,
                (ColumnRole.IndicatorName, TableKind.Tasks) => ColumnRole.Product,
                (ColumnRole.TaskContent, TableKind.Indicators) => ColumnRole.IndicatorName,
                (ColumnRole.Source, TableKind.Tasks) => ColumnRole.Basis,
                (ColumnRole.Target, TableKind.Tasks) => ColumnRole.Product,
                _ => roles[c],
            };
        }

        var seen = new HashSet<ColumnRole>();
        for (var c = 0; c < roles.Length; c++)
        {
            if (roles[c] is ColumnRole.Unknown or ColumnRole.Note)
            {
                continue;
            }

            if (!seen.Add(roles[c]))
            {
                // A second "Kết quả"-like column in a task table: keep it as a note rather than lose it silently.
                roles[c] = ColumnRole.Note;
            }
        }
    }

    [GeneratedRegex(@"(?:^|\s)(?:19|20)\d\d(?:\s|$)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex YearColumn();
}
