using System.Globalization;
using SauRo.Core.Text;

namespace SauRo.Core.Import.Documents;

/// <summary>Final clean-up shared by every reader, so that a Word file and its text export give the same blocks.</summary>
public static class BlockText
{
    /// <summary>
    /// NFC; each line has its whitespace collapsed and is trimmed; empty lines are dropped;
    /// the remaining lines are joined with '\n'.
    /// </summary>
    public static string Normalize(string raw)
    {
        if (raw.Length == 0)
        {
            return raw;
        }

        if (raw.IndexOf('\n') < 0)
        {
            return VietnameseText.Clean(raw);
        }

        var lines = raw.Split('\n');
        var kept = new List<string>(lines.Length);
        foreach (var line in lines)
        {
            var cleaned = VietnameseText.Clean(line);
            if (cleaned.Length > 0)
            {
                kept.Add(cleaned);
            }
        }

        return string.Join('\n', kept);
    }

    /// <summary>
    /// Cuts <paramref name="raw"/> to <paramref name="maxChars"/> before any further work, returning a warning
    /// message when it had to (the caller adds the position).
    /// </summary>
    public static string Cap(string raw, int maxChars, out string? warning)
    {
        if (raw.Length <= maxChars)
        {
            warning = null;
            return raw;
        }

        var cut = maxChars;
        if (char.IsHighSurrogate(raw[cut - 1]))
        {
            cut--;
        }

        warning = string.Create(
            new CultureInfo("vi-VN"),
            $"nội dung dài {raw.Length:N0} ký tự, chỉ giữ {cut:N0} ký tự đầu");
        return raw[..cut];
    }
}
