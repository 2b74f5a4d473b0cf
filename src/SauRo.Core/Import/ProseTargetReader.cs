using System.Text.RegularExpressions;
using SauRo.Core.Import.Documents;
using SauRo.Core.Plans;
using SauRo.Core.Text;

namespace SauRo.Core.Import;

/// <summary>
/// Finds targets stated only in prose, under "Mục tiêu cụ thể" ("+ Mở rộng phủ sóng 5G đạt 70% dân số."), and keeps
/// those that no table indicator already covers. One bullet may hold several targets, separated by ";".
/// </summary>
internal static partial class ProseTargetReader
{
    private static readonly string[] SectionStarts =
    [
        "muc tieu cu the", "chi tieu cu the", "cac chi tieu", "chi tieu chu yeu", "muc tieu, chi tieu", "muc tieu va chi tieu",
        "cac muc tieu cu the", "muc tieu chu yeu", "chi tieu",
    ];

    public static List<ParsedIndicator> Read(IReadOnlyList<Paragraph> body, IReadOnlyList<ParsedIndicator> tableIndicators)
    {
        var found = new List<ParsedIndicator>();
        var inSection = false;
        string? group = null;
        foreach (var p in body)
        {
            var folded = VietnameseText.Fold(p.Text);
            var bare = LeadingNumber().Replace(folded, string.Empty).Trim(' ', ':', '.');
            if (!inSection)
            {
                inSection = bare.Length <= 60 && SectionStarts.Any(s => bare.StartsWith(s, StringComparison.Ordinal)) && !Percent().IsMatch(p.Text);
                group = null;
                continue;
            }

            if (EndsSection(p, folded))
            {
                inSection = false;
                continue;
            }

            var matches = Percent().Matches(p.Text);
            if (matches.Count == 0)
            {
                if (p.Text.Length <= 150 && (p.Bold || p.HeadingLevel is not null || LeadingNumber().IsMatch(folded) || VietnameseText.IsUpperCase(p.Text)))
                {
                    group = CellLists.CleanItem(LeadingNumber().Replace(p.Text, string.Empty));
                }

                continue;
            }

            foreach (var clause in Clauses(p.Text))
            {
                var target = TargetOf(clause);
                if (target is null)
                {
                    continue;
                }

                var name = CellLists.CleanItem(clause);
                if (Covered(name, target, tableIndicators) || Covered(name, target, found))
                {
                    continue;
                }

                found.Add(new ParsedIndicator(null, group, name, target, [], null, ItemOrigin.Prose, null, p.Position));
            }
        }

        return found;
    }

    /// <summary>A roman-numbered section or a heading about tasks/organisation ends the targets.</summary>
    private static bool EndsSection(Paragraph p, string folded)
    {
        if (RomanHeading().IsMatch(folded))
        {
            return true;
        }

        return p.Text.Length < 120 && VietnameseText.IsUpperCase(p.Text)
            && (folded.Contains("nhiem vu", StringComparison.Ordinal) || folded.Contains("giai phap", StringComparison.Ordinal)
                || folded.Contains("to chuc thuc hien", StringComparison.Ordinal) || folded.Contains("kinh phi", StringComparison.Ordinal));
    }

    /// <summary>Splits a paragraph on ";" and, where one part still holds several percentages, between them.</summary>
    private static IEnumerable<string> Clauses(string text)
    {
        foreach (var part in text.Split(';'))
        {
            var ms = Percent().Matches(part);
            if (ms.Count <= 1)
            {
                yield return part;
                continue;
            }

            var start = 0;
            for (var k = 1; k < ms.Count; k++)
            {
                var between = part[(ms[k - 1].Index + ms[k - 1].Length)..ms[k].Index];
                var cut = Math.Max(between.LastIndexOf(", ", StringComparison.Ordinal), between.LastIndexOf(" và ", StringComparison.Ordinal));
                if (cut < 0)
                {
                    continue; // "tăng từ 50% lên 70%": one target
                }

                var at = ms[k - 1].Index + ms[k - 1].Length + cut;
                yield return part[start..at];
                start = at + 1;
            }

            yield return part[start..];
        }
    }

    /// <summary>The target of one clause: its last percentage, with the comparator written before it.</summary>
    private static Target? TargetOf(string clause)
    {
        var ms = Percent().Matches(clause);
        if (ms.Count == 0)
        {
            return null;
        }

        var m = ms[^1];
        var value = TargetParser.ParseNumber(m.Groups["num"].Value);
        if (value is null or > 1000)
        {
            return null;
        }

        var before = VietnameseText.Fold(clause[..m.Index]);
        var after = VietnameseText.Fold(clause[(m.Index + m.Length)..]);
        var comparator = TargetParser.ComparatorFrom(before, after);
        return new Target(VietnameseText.Clean(m.Value), comparator, value, "%");
    }

    /// <summary>
    /// True when an indicator with the same target value says much the same thing: most of the words of the
    /// shorter text (abbreviations expanded, filler words dropped) appear in the other.
    /// </summary>
    private static bool Covered(string name, Target target, IReadOnlyList<ParsedIndicator> indicators)
    {
        var words = Words(name);
        foreach (var indicator in indicators)
        {
            if (indicator.Target.Value != target.Value)
            {
                continue;
            }

            var other = Words(indicator.Name);
            var shorter = Math.Min(words.Count, other.Count);
            if (shorter == 0)
            {
                continue;
            }

            var common = words.Count(other.Contains);
            if (common >= 0.6 * shorter)
            {
                return true;
            }
        }

        return false;
    }

    private static readonly Dictionary<string, string> Abbreviations = new(StringComparer.Ordinal)
    {
        ["tthc"] = "thu tuc hanh chinh",
        ["dvc"] = "dich vu cong",
        ["dvctt"] = "dich vu cong truc tuyen",
        ["cbccvc"] = "can bo cong chuc vien chuc",
        ["cbcc"] = "can bo cong chuc",
        ["cchc"] = "cai cach hanh chinh",
        ["csdl"] = "co so du lieu",
        ["cds"] = "chuyen doi so",
        ["khcn"] = "khoa hoc cong nghe",
        ["dmst"] = "doi moi sang tao",
        ["cntt"] = "cong nghe thong tin",
        ["httt"] = "he thong thong tin",
    };

    private static readonly HashSet<string> FillerWords = new(StringComparer.Ordinal)
    {
        "ty", "le", "dat", "cac", "duoc", "va", "cua", "tren", "trong", "co", "la", "cho", "toi", "thieu", "so", "voi",
        "theo", "tai", "it", "nhat", "tu", "den", "nam", "muc", "khi", "de", "mot", "nhung", "nay", "do", "ve", "xa",
        "phuong", "cap", "tro", "len", "hon", "100", "ca", "bo", "va",
    };

    private static HashSet<string> Words(string text)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var raw in WordSplit().Split(VietnameseText.Fold(text)))
        {
            if (raw.Length == 0)
            {
                continue;
            }

            if (Abbreviations.TryGetValue(raw, out var expanded))
            {
                foreach (var e in expanded.Split(' '))
                {
                    if (!FillerWords.Contains(e))
                    {
                        set.Add(e);
                    }
                }
            }
            else if (!FillerWords.Contains(raw) && !raw.All(char.IsDigit))
            {
                set.Add(raw);
            }
        }

        return set;
    }

    [GeneratedRegex(@"(?<num>\d{1,3}(?:[.,]\d+)?)\s?%", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Percent();

    [GeneratedRegex(@"^(?:\(?\d{1,2}(?:\.\d{1,2})*[.)]|\(?[a-zđ]\)|[-+•*]|#+)\s*", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex LeadingNumber();

    [GeneratedRegex(@"^(?:phan\s+)?[ivx]{1,5}\s*[.:)\-]\s", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex RomanHeading();

    [GeneratedRegex(@"[^\p{L}\p{N}]+", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex WordSplit();
}
