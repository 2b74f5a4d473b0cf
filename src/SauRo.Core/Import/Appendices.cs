using System.Text.RegularExpressions;
using SauRo.Core.Import.Documents;
using SauRo.Core.Text;

namespace SauRo.Core.Import;

/// <summary>Appendix headings ("PHỤ LỤC I: DANH MỤC …") and the appendices a plan's text refers to.</summary>
internal static partial class Appendices
{
    /// <summary>The label ("Phụ lục I") and the title that follows it on the same line, if the paragraph starts an appendix.</summary>
    public static (string Label, string Title)? Heading(Paragraph p)
    {
        if (p.Text.Length > 400)
        {
            return null;
        }

        var folded = VietnameseText.FoldAligned(p.Text);
        var m = HeadingPattern().Match(folded);
        if (!m.Success)
        {
            return null;
        }

        var word = m.Groups["word"].Value.StartsWith("bieu", StringComparison.Ordinal) ? "Biểu" : "Phụ lục";
        var numeral = m.Groups["n"].Success ? p.Text.Substring(m.Groups["n"].Index, m.Groups["n"].Length).ToUpperInvariant() : null;
        var title = p.Text[(m.Groups["rest"].Index)..].Trim();
        var attachedNote = title.IndexOf("(Kèm theo", StringComparison.OrdinalIgnoreCase);
        if (attachedNote >= 0)
        {
            title = title[..attachedNote].Trim();
        }

        // A sentence that merely starts with "Phụ lục I kèm theo …" is not a heading: headings are bold, or
        // upper case, or have nothing but an upper-case title after the label.
        var labelEnd = m.Groups["rest"].Index;
        var headingLike = p.Bold || p.HeadingLevel is not null || VietnameseText.IsUpperCase(p.Text[..labelEnd])
            || title.Length == 0 || VietnameseText.IsUpperCase(title);

        // Without a number, only an upper-case "PHỤ LỤC" standing alone (or before its title) is a heading.
        if (numeral is null && !(VietnameseText.IsUpperCase(p.Text[..labelEnd]) && (title.Length == 0 || VietnameseText.IsUpperCase(title))))
        {
            return null;
        }

        var label = numeral is null ? word : $"{word} {numeral}";
        return headingLike ? (label, title.TrimStart(':', '.', '-', '–', ' ')) : null;
    }

    /// <summary>The numbers of the appendices the text refers to as its own ("chi tiết tại Phụ lục I kèm theo").</summary>
    public static HashSet<int> Mentioned(IEnumerable<Paragraph> body)
    {
        var numbers = new HashSet<int>();
        foreach (var p in body)
        {
            var folded = VietnameseText.Fold(p.Text);
            if (!folded.Contains("phu luc", StringComparison.Ordinal))
            {
                continue;
            }

            foreach (Match m in Mention().Matches(folded))
            {
                var tail = folded.Substring(m.Index + m.Length, Math.Min(60, folded.Length - m.Index - m.Length));
                if (OtherDocument().IsMatch(tail))
                {
                    continue; // "Phụ lục I kèm theo Kế hoạch số 75/KH-UBND": another document's appendix
                }

                foreach (Capture c in m.Groups["n"].Captures)
                {
                    if (Number(c.Value) is { } n)
                    {
                        numbers.Add(n);
                    }
                }
            }
        }

        return numbers;
    }

    /// <summary>"I" → 1, "02" → 2, "III" → 3; null when not a number.</summary>
    public static int? Number(string numeral)
    {
        var t = numeral.Trim().ToUpperInvariant();
        if (t.Length == 0)
        {
            return null;
        }

        if (int.TryParse(t, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n))
        {
            return n;
        }

        var total = 0;
        var previous = 0;
        for (var i = t.Length - 1; i >= 0; i--)
        {
            var v = t[i] switch { 'I' => 1, 'V' => 5, 'X' => 10, 'L' => 50, _ => -1 };
            if (v < 0)
            {
                return null;
            }

            total += v < previous ? -v : v;
            previous = Math.Max(previous, v);
        }

        return total > 0 ? total : null;
    }

    [GeneratedRegex(@"^(?<word>phu luc|bieu mau|bieu)\s*(?:so\s*)?(?:(?<n>[ivxl]{1,5}|\d{1,2})(?![a-z0-9]))?\s*[:.\-–]?\s*(?<rest>.*)$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex HeadingPattern();

    [GeneratedRegex(@"phu luc\s*(?:so\s*)?(?<n>[ivxl]{1,5}|\d{1,2})(?![a-z0-9])(?:\s*(?:,|va|;)\s*(?:phu luc\s*)?(?<n>[ivxl]{1,5}|\d{1,2})(?![a-z0-9]))*", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Mention();

    [GeneratedRegex(@"^\s*(?:kem theo|cua|tai)\s+(?:ke hoach|quyet dinh|chuong trinh|thong bao|nghi quyet|van ban|cong van|de an)\s+(?:so\s+)?\d", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex OtherDocument();
}
