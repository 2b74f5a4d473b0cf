using System.Globalization;
using System.Text.RegularExpressions;
using SauRo.Core.Plans;
using SauRo.Core.Text;

namespace SauRo.Features.Plans;

/// <summary>
/// The issue date typed in the plan form, possibly partial as drafts are dated: "20/3/2026", "ngày 20 tháng 3 năm
/// 2026", "4/2026", "tháng 4/2026", "2026"; and back from the stored ISO form to what the form shows.
/// </summary>
public static partial class IssuedDate
{
    public const string Message = "Ngày ban hành phải có dạng ngày/tháng/năm (20/3/2026), tháng/năm (4/2026) hoặc năm (2026).";

    /// <summary>The date, or null when the text is not a (possibly partial) date.</summary>
    public static PartialDate? Parse(string? text)
    {
        var f = VietnameseText.Fold(text);
        if (f.Length == 0 || f.Length > 40)
        {
            return null;
        }

        var m = DayMonthYear().Match(f);
        if (m.Success)
        {
            return PartialDate.TryCreate(Int(m, "y"), Int(m, "m"), Int(m, "d"));
        }

        m = MonthYear().Match(f);
        if (m.Success)
        {
            return PartialDate.TryCreate(Int(m, "y"), Int(m, "m"), null);
        }

        m = Iso().Match(f);
        if (m.Success)
        {
            return PartialDate.TryCreate(Int(m, "y"), m.Groups["m"].Success ? Int(m, "m") : null, m.Groups["d"].Success ? Int(m, "d") : null);
        }

        return null;
    }

    /// <summary>"2026-03-20" → "20/03/2026", "2026-04" → "04/2026", "2026" → "2026".</summary>
    public static string? ForForm(string? iso) => Parse(iso)?.ToDisplay() ?? iso;

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].Value, NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?:ngay\s*)?(?<d>\d{1,2})\s*(?:[/.-]|\s+thang\s+)\s*(?<m>\d{1,2})\s*(?:[/.-]|\s+nam\s+)\s*(?<y>\d{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"^(?:thang\s*)?(?<m>\d{1,2})\s*(?:[/.-]|\s+nam\s+)\s*(?<y>\d{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex MonthYear();

    [GeneratedRegex(@"^(?:nam\s*)?(?<y>\d{4})(?:-(?<m>\d{2})(?:-(?<d>\d{2}))?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Iso();
}
