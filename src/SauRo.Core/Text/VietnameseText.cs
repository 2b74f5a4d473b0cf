using System.Globalization;
using System.Text;

namespace SauRo.Core.Text;

/// <summary>
/// Text helpers for Vietnamese: NFC clean-up and a fast "fold" (lower case, no diacritics,
/// đ → d) so that matching ignores tone placement (hóa = hoá), diacritics and case.
/// </summary>
public static class VietnameseText
{
    private const int TableSize = 0x2000;
    private static readonly char[] FoldTable = BuildFoldTable();

    /// <summary>NFC, inner whitespace collapsed to one space, trimmed.</summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var normalized = text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        return CollapseWhitespace(normalized);
    }

    /// <summary>Collapses every run of whitespace (including line breaks) to one space and trims.</summary>
    public static string CollapseWhitespace(string text)
    {
        var sb = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c == '\u200B' || c == '\uFEFF')
            {
                pendingSpace = sb.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                sb.Append(' ');
                pendingSpace = false;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    /// <summary>
    /// Lower case without diacritics, đ → d, whitespace collapsed: the key used to compare
    /// Vietnamese words whatever their tone placement or case.
    /// </summary>
    public static string Fold(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var sb = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = sb.Length > 0;
                continue;
            }

            char f;
            if (c < TableSize)
            {
                f = FoldTable[c];
                if (f == '\0')
                {
                    continue; // combining mark
                }
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            else
            {
                f = char.ToLowerInvariant(c);
            }

            if (pendingSpace)
            {
                sb.Append(' ');
                pendingSpace = false;
            }

            sb.Append(f);
        }

        return sb.ToString();
    }

    /// <summary>
    /// Like <see cref="Fold(string?)"/> but character for character, so that an index found in the folded text
    /// is the same index in <paramref name="text"/>: whitespace is kept, combining marks stay as they are.
    /// </summary>
    public static string FoldAligned(string text)
    {
        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var f = FoldChar(source[i]);
                span[i] = f == '\0' ? source[i] : f;
            }
        });
    }

    /// <summary>Folds one character (see <see cref="Fold(string?)"/>); combining marks fold to '\0'.</summary>
    public static char FoldChar(char c)
    {
        if (c < TableSize)
        {
            return FoldTable[c];
        }

        return CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark ? '\0' : char.ToLowerInvariant(c);
    }

    /// <summary>True when <paramref name="text"/> contains <paramref name="foldedNeedle"/> ignoring diacritics and case.</summary>
    public static bool ContainsFolded(string text, string foldedNeedle) =>
        Fold(text).Contains(foldedNeedle, StringComparison.Ordinal);

    /// <summary>True when every letter is upper case (and there is at least one letter).</summary>
    public static bool IsUpperCase(string text)
    {
        var letters = 0;
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                if (char.IsLower(c))
                {
                    return false;
                }

                letters++;
            }
        }

        return letters > 0;
    }

    private static char[] BuildFoldTable()
    {
        var table = new char[TableSize];
        for (var i = 0; i < TableSize; i++)
        {
            var c = (char)i;
            if (char.IsSurrogate(c))
            {
                table[i] = c;
                continue;
            }

            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                table[i] = '\0';
                continue;
            }

            if (c is 'đ' or 'Đ')
            {
                table[i] = 'd';
                continue;
            }

            var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
            var baseChar = decomposed[0];
            table[i] = char.ToLowerInvariant(baseChar);
        }

        return table;
    }
}
