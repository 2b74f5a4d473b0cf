using System.Globalization;
using System.Text.RegularExpressions;
using SauRo.Core.Import.Documents;
using SauRo.Core.Plans;
using SauRo.Core.Text;

namespace SauRo.Core.Import;

/// <summary>
/// Reads the reporting duties a plan states in its text: "Báo cáo tháng trước ngày 05 của tháng báo cáo; báo cáo
/// năm gửi trước ngày 05/12 hằng năm", "định kỳ hằng quý trước ngày 20", with who reports to whom.
/// </summary>
internal static partial class ReportingDutyReader
{
    private static readonly string[] ProvinceBodies =
    [
        "so khoa hoc", "so kh", "ubnd tinh", "uy ban nhan dan tinh", "ban chi dao tinh", "bcd tinh", "tinh uy", "cap tren",
        "cap tinh", "van phong tinh uy",
    ];

    public static List<ReportingDuty> Read(IReadOnlyList<Paragraph> body)
    {
        var duties = new List<ReportingDuty>();
        foreach (var p in body)
        {
            var folded = VietnameseText.FoldAligned(p.Text);
            if (!folded.Contains("bao cao", StringComparison.Ordinal) || !folded.Contains("truoc ngay", StringComparison.Ordinal))
            {
                continue;
            }

            var (from, to) = Parties(p.Text, folded);
            foreach (Match m in Duty().Matches(folded))
            {
                var frequency = FrequencyOf(m.Groups["f"].Value);
                var day = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
                int? month = m.Groups["m"].Success ? int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture) : null;
                if (frequency is null || day is < 1 or > 31 || month is < 1 or > 12)
                {
                    continue;
                }

                var text = VietnameseText.Clean(p.Text.Substring(m.Index, m.Length));
                var duty = new ReportingDuty(from, to, frequency.Value, day, frequency == ReportingFrequency.Yearly ? month : null, text);
                if (!duties.Any(d => d.From == duty.From && d.Frequency == duty.Frequency && d.DueDay == duty.DueDay && d.DueMonth == duty.DueMonth))
                {
                    duties.Add(duty);
                }
            }
        }

        return duties;
    }

    private static ReportingFrequency? FrequencyOf(string folded) => folded switch
    {
        "thang" => ReportingFrequency.Monthly,
        "quy" => ReportingFrequency.Quarterly,
        "6 thang" or "06 thang" or "sau thang" or "nua nam" => ReportingFrequency.HalfYearly,
        "nam" => ReportingFrequency.Yearly,
        _ => null,
    };

    /// <summary>
    /// The commune reports up when the paragraph names a provincial body; otherwise offices report to the standing
    /// body, named in "(qua …)" or after "gửi".
    /// </summary>
    private static (ReportingParty From, string? To) Parties(string text, string folded)
    {
        var send = Recipient().Match(folded);
        string? to = null;
        if (send.Success)
        {
            var via = Via().Match(folded, send.Index);
            var g = via.Success && via.Index - send.Index < 120 ? via.Groups["to"] : send.Groups["to"];
            to = CellLists.CleanItem(text.Substring(g.Index, g.Length));
            if (to.Length > 0)
            {
                to = char.ToUpper(to[0], CultureInfo.GetCultureInfo("vi-VN")) + to[1..];
            }
        }

        var recipient = to is null ? folded : VietnameseText.Fold(to);
        var toProvince = ProvinceBodies.Any(b => recipient.Contains(b, StringComparison.Ordinal));
        return (toProvince ? ReportingParty.Commune : ReportingParty.Offices, string.IsNullOrEmpty(to) ? null : to);
    }

    [GeneratedRegex(@"(?:bao cao|dinh ky)\s+(?:ket qua\s+)?(?:dinh ky\s+)?(?:hang\s+)?(?<f>06 thang|6 thang|sau thang|nua nam|thang|quy|nam)\b[^;.]{0,80}?truoc ngay\s*(?<d>\d{1,2})(?:\s*/\s*(?<m>\d{1,2})(?!\s*/\s*\d))?", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Duty();

    [GeneratedRegex(@"\bgui\s+(?<to>[^(;.,]{3,80}?)(?=\s+theo\b|\s+de\b|\s*[(;.,]|$)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Recipient();

    [GeneratedRegex(@"\(\s*\*?\s*qua\s+(?<to>[^)*;,]{3,80}?)(?:\s+(?:tong hop|de tong hop|theo doi))?\s*\*?\s*[),;]", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Via();
}
