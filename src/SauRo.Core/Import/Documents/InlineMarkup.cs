using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace SauRo.Core.Import.Documents;

/// <summary>
/// Removes the markup that Word-to-text exports leave in lines and cells: HTML tags (<c>&lt;b&gt;</c>,
/// <c>&lt;u&gt;</c>, <c>&lt;i&gt;</c>, <c>&lt;br&gt;</c>, <c>&lt;sup&gt;</c>), entities, Markdown emphasis and escapes.
/// </summary>
public static partial class InlineMarkup
{
    /// <summary>Plain text ('\n' where the source had a line break) and whether the whole text was bold.</summary>
    public static (string Text, bool Bold) Strip(string raw)
    {
        if (raw.Length == 0)
        {
            return (raw, false);
        }

        var bold = IsWhollyBold(raw);
        var text = raw;
        if (text.Contains('<'))
        {
            text = LineBreakTag().Replace(text, "\n");
            var withNotes = text;
            text = FootnoteMarker().Replace(withNotes, m => IsSquareOrCube(withNotes, m) ? m.Groups["n"].Value : string.Empty);
            var withTags = text;
            text = Tag().Replace(withTags, m => ReplaceTag(m, withTags));
        }

        if (text.Contains('&'))
        {
            text = WebUtility.HtmlDecode(text);
        }

        if (text.IndexOfAny(MarkdownChars) >= 0)
        {
            text = StripMarkdown(text);
        }

        return (BlockText.Normalize(text), bold);
    }

    /// <summary>
    /// Block tags become line breaks; inline tags vanish, except between two letters where they most likely
    /// separated two words ("II&lt;/b&gt;&lt;b&gt;DANH") and become a space. Sub/superscripts always join ("m&lt;sup&gt;2").
    /// </summary>
    private static string ReplaceTag(Match m, string input)
    {
        var name = m.Groups["name"].Value.ToLowerInvariant();
        if (name is "p" or "div" or "li" or "tr" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "ul" or "ol")
        {
            return "\n";
        }

        if (name is "sup" or "sub")
        {
            return string.Empty;
        }

        var before = m.Index > 0 ? input[m.Index - 1] : ' ';
        var end = m.Index + m.Length;
        var after = end < input.Length ? input[end] : ' ';
        return char.IsLetterOrDigit(before) && char.IsLetterOrDigit(after) && name is "b" or "strong" or "td" or "th" ? " " : string.Empty;
    }

    /// <summary>"m&lt;sup&gt;2&lt;/sup&gt;", "km&lt;sup&gt;2&lt;/sup&gt;": a unit's power, not a footnote.</summary>
    private static bool IsSquareOrCube(string text, Match m) =>
        m.Index > 0 && text[m.Index - 1] == 'm' && m.Groups["n"].Value is "2" or "3";

    private static readonly char[] MarkdownChars = ['*', '_', '\\', '`'];

    /// <summary>True when the text (trimmed) is wrapped in one bold span: <c>**…**</c>, <c>__…__</c> or <c>&lt;b&gt;…&lt;/b&gt;</c>.</summary>
    private static bool IsWhollyBold(string raw)
    {
        var t = raw.AsSpan().Trim();
        if (t.Length < 3)
        {
            return false;
        }

        if ((t.StartsWith("**") && t.EndsWith("**") && t.Length > 4) || (t.StartsWith("__") && t.EndsWith("__") && t.Length > 4))
        {
            return true;
        }

        return (t.StartsWith("<b>", StringComparison.OrdinalIgnoreCase) || t.StartsWith("<strong>", StringComparison.OrdinalIgnoreCase))
            && (t.EndsWith("</b>", StringComparison.OrdinalIgnoreCase) || t.EndsWith("</strong>", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// Drops Markdown emphasis marks (<c>*</c>, <c>**</c>, <c>_</c> at word edges) and backslash escapes. A run of
    /// marks between two letters becomes a space ("Phụ lục II****DANH MỤC" → "Phụ lục II DANH MỤC").
    /// </summary>
    private static string StripMarkdown(string text)
    {
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\\' && i + 1 < text.Length && char.IsPunctuation(text[i + 1]) | char.IsSymbol(text[i + 1]))
            {
                sb.Append(text[i + 1]);
                i++;
                continue;
            }

            if (c == '`')
            {
                continue;
            }

            if (c is '*' or '_')
            {
                var start = i;
                while (i + 1 < text.Length && text[i + 1] == c)
                {
                    i++;
                }

                var before = start > 0 ? text[start - 1] : ' ';
                var after = i + 1 < text.Length ? text[i + 1] : ' ';
                if (c == '_' && char.IsLetterOrDigit(before) && char.IsLetterOrDigit(after))
                {
                    sb.Append(text, start, i - start + 1); // snake_case, file names
                    continue;
                }

                if (c == '*' && i == start && char.IsWhiteSpace(before) && char.IsWhiteSpace(after))
                {
                    sb.Append(c); // a lone "*" used as a bullet or a footnote sign
                    continue;
                }

                if (char.IsLetterOrDigit(before) && char.IsLetterOrDigit(after))
                {
                    sb.Append(' ');
                }

                continue;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    [GeneratedRegex(@"<br\s*/?>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex LineBreakTag();

    [GeneratedRegex(@"<sup>\s*(?<n>\d{1,3})\s*</sup>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex FootnoteMarker();

    [GeneratedRegex(@"</?(?<name>[a-zA-Z][a-zA-Z0-9]{0,15})(\s[^<>]{0,200})?/?>", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Tag();
}
