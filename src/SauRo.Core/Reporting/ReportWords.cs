using System.Globalization;
using SauRo.Core.Monitoring;

namespace SauRo.Core.Reporting;

/// <summary>
/// How numbers, dates, periods and colours read in a generated report: Vietnamese decimal comma ("33,3%"), dates
/// dd/MM/yyyy, the place-and-date line of Decree 30/2020/NĐ-CP ("An Bình, ngày 05 tháng 11 năm 2026": a 0 before
/// days below 10 and before months 1 and 2), colour words "Đỏ", "Cam", "Xanh", "Chưa có số liệu".
/// </summary>
public static class ReportWords
{
    public static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    private static readonly string[] PlacePrefixes = ["Thành phố ", "Thị trấn ", "Phường ", "Tỉnh ", "Xã ", "Đặc khu "];

    /// <summary>"30/09/2026".</summary>
    public static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>A fraction 0–1 as a percentage with one decimal: 0.3333 → "33,3%"; null → "—".</summary>
    public static string Percent(decimal? fraction) =>
        fraction is { } f ? (Math.Round(f * 100m, 1, MidpointRounding.AwayFromZero)).ToString("0.0", Vietnamese) + "%" : "—";

    /// <summary>The share of <paramref name="count"/> in <paramref name="total"/> (0–1), null when the total is 0.</summary>
    public static decimal? Share(int count, int total) => total == 0 ? null : (decimal)count / total;

    /// <summary>"1.250", "12".</summary>
    public static string Count(int count) => count.ToString("#,##0", Vietnamese);

    /// <summary>The colour of an indicator in one word: "Đỏ", "Cam", "Xanh", "Chưa có số liệu".</summary>
    public static string Colour(IndicatorColour colour) => colour switch
    {
        IndicatorColour.Red => "Đỏ",
        IndicatorColour.Orange => "Cam",
        IndicatorColour.Green => "Xanh",
        IndicatorColour.Grey => "Chưa có số liệu",
        _ => throw new ArgumentOutOfRangeException(nameof(colour), colour, null),
    };

    /// <summary>The period inside a sentence: "tháng 10/2026", "quý IV/2026", "6 tháng đầu năm 2026", "năm 2026".</summary>
    public static string Period(ReportingPeriod period) => LowerFirst(period.Label);

    /// <summary>"An Bình" from "Xã An Bình", "Lâm Sơn" from "Tỉnh Lâm Sơn".</summary>
    public static string PlaceName(string unitName)
    {
        ArgumentNullException.ThrowIfNull(unitName);
        var name = unitName.Trim();
        foreach (var prefix in PlacePrefixes)
        {
            if (name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && name.Length > prefix.Length)
            {
                return name[prefix.Length..].Trim();
            }
        }

        return name;
    }

    /// <summary>"An Bình, ngày 05 tháng 11 năm 2026"; "…, ngày 15 tháng 3 năm 2026"; "…, ngày 02 tháng 01 năm 2027".</summary>
    public static string PlaceAndDate(string place, DateOnly date)
    {
        var day = date.Day.ToString(date.Day < 10 ? "00" : "0", CultureInfo.InvariantCulture);
        var month = date.Month.ToString(date.Month < 3 ? "00" : "0", CultureInfo.InvariantCulture);
        return string.Create(CultureInfo.InvariantCulture, $"{place}, ngày {day} tháng {month} năm {date.Year}");
    }

    /// <summary>Upper case by the Vietnamese culture: "UBND XÃ AN BÌNH".</summary>
    public static string Upper(string text) => text.ToUpper(Vietnamese);

    /// <summary>The first letter in lower case unless the first word is an acronym: "Phát triển" → "phát triển", "UBND" stays.</summary>
    public static string LowerFirst(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0 || !char.IsUpper(text[0]) || (text.Length > 1 && char.IsUpper(text[1])))
        {
            return text;
        }

        return char.ToLower(text[0], Vietnamese) + text[1..];
    }

    /// <summary>A sentence from free text: trimmed, whitespace collapsed, ending with a full stop.</summary>
    public static string Sentence(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var clean = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return clean.Length == 0 || clean[^1] is '.' or '!' or '?' or '…' ? clean : clean + ".";
    }

    /// <summary>Text cut to <paramref name="max"/> characters at a word boundary, with "…".</summary>
    public static string Shorten(string text, int max)
    {
        ArgumentNullException.ThrowIfNull(text);
        var clean = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (clean.Length <= max)
        {
            return clean;
        }

        var cut = clean.LastIndexOf(' ', max - 1);
        return clean[..(cut > max / 2 ? cut : max - 1)].TrimEnd(',', ';', ':') + "…";
    }
}
