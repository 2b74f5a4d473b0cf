using System.Globalization;
using System.Text.RegularExpressions;
using SauRo.Core.Text;

namespace SauRo.Core.Plans;

/// <summary>
/// Reads an indicator's target: "100", "≥70", "&gt;= 95", "tối thiểu 80%", "trên 90%", "17,5%", "Đạt 100%",
/// "≤ 5", "không quá 10 ngày". Numbers follow Vietnamese writing: comma for decimals, dot for thousands.
/// </summary>
public static partial class TargetParser
{
    /// <param name="text">The target cell or phrase.</param>
    /// <param name="unit">The unit column, when the table has one.</param>
    public static Target Parse(string? text, string? unit = null)
    {
        var cleaned = VietnameseText.Clean(text);
        var cleanUnit = string.IsNullOrWhiteSpace(unit) ? null : VietnameseText.Clean(unit);
        if (cleaned.Length == 0)
        {
            return new Target(cleaned, Comparator.Exactly, null, cleanUnit);
        }

        // Only the start of a long cell can hold the target; keeps hostile input linear.
        var head = cleaned.Length > 300 ? cleaned[..300] : cleaned;
        var m = Number().Match(head);
        if (!m.Success)
        {
            return new Target(cleaned, Comparator.Exactly, null, cleanUnit);
        }

        var value = ParseNumber(m.Groups["num"].Value);
        var before = VietnameseText.Fold(head[..m.Index]);
        var after = VietnameseText.Fold(head[(m.Index + m.Length)..]);
        var comparator = ComparatorFrom(before, after);
        var percent = m.Groups["pct"].Success;
        var resolvedUnit = cleanUnit ?? (percent ? "%" : null);
        return new Target(cleaned, comparator, value, resolvedUnit);
    }

    /// <summary>
    /// The comparator implied by the words just before a number ("tối thiểu", "≥", "trên") or just after it
    /// ("trở lên", "trở xuống").
    /// </summary>
    public static Comparator ComparatorFrom(string foldedBefore, string foldedAfter)
    {
        var b = foldedBefore.TrimEnd();
        if (b.Length > 40)
        {
            b = b[^40..];
        }

        if (b.EndsWith('≥') || b.EndsWith(">=", StringComparison.Ordinal) || b.EndsWith("=>", StringComparison.Ordinal)
            || EndsWithWord(b, "toi thieu") || EndsWithWord(b, "it nhat") || EndsWithWord(b, "khong duoi")
            || EndsWithWord(b, "khong thap hon") || EndsWithWord(b, "dat toi thieu") || EndsWithWord(b, "tu"))
        {
            return Comparator.AtLeast;
        }

        if (b.EndsWith('≤') || b.EndsWith("<=", StringComparison.Ordinal) || b.EndsWith("=<", StringComparison.Ordinal)
            || EndsWithWord(b, "toi da") || EndsWithWord(b, "khong qua") || EndsWithWord(b, "khong vuot qua")
            || EndsWithWord(b, "khong cao hon"))
        {
            return Comparator.AtMost;
        }

        if (b.EndsWith('>') || EndsWithWord(b, "tren") || EndsWithWord(b, "hon") || EndsWithWord(b, "cao hon"))
        {
            return Comparator.MoreThan;
        }

        if (b.EndsWith('<') || EndsWithWord(b, "duoi") || EndsWithWord(b, "thap hon") || EndsWithWord(b, "it hon"))
        {
            return Comparator.LessThan;
        }

        var a = foldedAfter.TrimStart('%', ' ');
        if (a.StartsWith("tro len", StringComparison.Ordinal))
        {
            return Comparator.AtLeast;
        }

        if (a.StartsWith("tro xuong", StringComparison.Ordinal))
        {
            return Comparator.AtMost;
        }

        return Comparator.Exactly;
    }

    /// <summary>"17,5" → 17.5; "1.000" → 1000; "17.5" → 17.5; "1.234,5" → 1234.5.</summary>
    public static decimal? ParseNumber(string s)
    {
        var t = s.Trim();
        if (t.Length == 0 || t.Length > 30)
        {
            return null;
        }

        string normalized;
        var lastComma = t.LastIndexOf(',');
        var lastDot = t.LastIndexOf('.');
        if (lastComma >= 0 && lastDot >= 0)
        {
            normalized = lastComma > lastDot ? t.Replace(".", string.Empty, StringComparison.Ordinal).Replace(',', '.') : t.Replace(",", string.Empty, StringComparison.Ordinal);
        }
        else if (lastComma >= 0)
        {
            // Vietnamese writes decimals with a comma ("17,5"); several commas can only be thousands.
            var parts = t.Split(',');
            normalized = parts.Length > 2 ? string.Concat(parts) : t.Replace(',', '.');
        }
        else if (lastDot >= 0)
        {
            var parts = t.Split('.');
            normalized = parts.Length > 2 || (parts.Length == 2 && parts[1].Length == 3)
                ? string.Concat(parts) // "1.000" thousands
                : t;
        }
        else
        {
            normalized = t;
        }

        return decimal.TryParse(normalized, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    private static bool EndsWithWord(string folded, string word) =>
        folded.EndsWith(word, StringComparison.Ordinal)
        && (folded.Length == word.Length || !char.IsLetterOrDigit(folded[folded.Length - word.Length - 1]));

    [GeneratedRegex(@"(?<num>\d{1,3}(?:[.,]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)\s*(?<pct>%)?", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Number();
}
