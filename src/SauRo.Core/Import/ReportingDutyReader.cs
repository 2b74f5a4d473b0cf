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
            foreach (Match due in DueDay().Matches(folded))
            {
                var frequency = FrequencyBefore(folded, due.Index) ?? FrequencyAfter(folded, due.Index + due.Length);
                var day = int.Parse(due.Groups["d"].Value, CultureInfo.InvariantCulture);
                int? month = due.Groups["m"].Success ? int.Parse(due.Groups["m"].Value, CultureInfo.InvariantCulture) : null;
                if (frequency is null || day is < 1 or > 31 || month is < 1 or > 12)
                {
                    continue;
                }

                var start = frequency.Value.At;
                var said = start > 0 ? folded.LastIndexOf("bao cao", start - 1, Math.Min(start, 20), StringComparison.Ordinal) : -1;
                start = said >= 0 ? said : start;
                var end = due.Index + due.Length;
                var text = VietnameseText.Clean(p.Text[Math.Min(start, due.Index)..Math.Max(end, frequency.Value.At)]);
                var duty = new ReportingDuty(from, to, frequency.Value.Frequency, day, frequency.Value.Frequency == ReportingFrequency.Yearly ? month : null, text);
                if (!duties.Any(d => d.From == duty.From && d.Frequency == duty.Frequency && d.DueDay == duty.DueDay && d.DueMonth == duty.DueMonth))
                {
                    duties.Add(duty);
                }
            }
        }

        return duties;
    }

    /// <summary>The frequency word nearest before "trước ngày", in the same clause and at most 60 characters back.</summary>
    private static (ReportingFrequency Frequency, int At)? FrequencyBefore(string folded, int dueAt)
    {
        if (dueAt == 0)
        {
            return null;
        }

        var from = Math.Max(0, dueAt - 60);
        var clause = Math.Max(folded.LastIndexOf(';', dueAt - 1, dueAt - from), folded.LastIndexOf(". ", dueAt - 1, dueAt - from, StringComparison.Ordinal));
        if (clause >= 0)
        {
            from = clause + 1;
        }

        (ReportingFrequency, int)? found = null;
        foreach (Match m in Frequency().Matches(folded[from..dueAt]))
        {
            if (FrequencyOf(m.Groups["f"].Value) is { } f)
            {
                found = (f, from + m.Index);
            }
        }

        return found;
    }

    /// <summary>"trước ngày 25 hằng tháng": the frequency right after the day.</summary>
    private static (ReportingFrequency Frequency, int At)? FrequencyAfter(string folded, int after)
    {
        var m = FrequencyFollowing().Match(folded[after..Math.Min(folded.Length, after + 30)]);
        return m.Success && FrequencyOf(m.Groups["f"].Value) is { } f ? (f, after + m.Index + m.Length) : null;
    }

    private static ReportingFrequency? FrequencyOf(string folded) => folded switch
    {
        "thang" or "hang thang" => ReportingFrequency.Monthly,
        "quy" or "hang quy" => ReportingFrequency.Quarterly,
        "6 thang" or "06 thang" or "sau thang" or "nua nam" => ReportingFrequency.HalfYearly,
        "nam" or "hang nam" => ReportingFrequency.Yearly,
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
            var g = via.Success && via.Index - send.Index < 120 ? via.Groups["to"]
                : send.Groups["paren"].Success ? send.Groups["paren"] : send.Groups["to"];
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

    [GeneratedRegex(@"truoc ngay\s*(?<d>\d{1,2})(?!\d)(?:\s*/\s*(?<m>\d{1,2})(?!\d))?(?!\s*/\s*\d)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DueDay();

    /// <summary>"tháng", "hằng quý", "6 tháng", "năm" — not "năm 2026", "tháng 4", nor "quy định", "quy trình".</summary>
    [GeneratedRegex(@"\b(?<f>hang thang|hang quy|hang nam|06 thang|6 thang|sau thang|nua nam|thang|quy(?!\s+(?:dinh|trinh|che|mo|hoach|pham|tac|chuan|uoc|cach|luat|ho|doi|trach|tu|nhiem|tac))|nam)\b(?!\s*[\d/])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Frequency();

    [GeneratedRegex(@"^\s*(?:cua\s+)?(?:hang|moi)\s+(?<f>thang|quy|nam)\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex FrequencyFollowing();

    [GeneratedRegex(@"\b(?:gui|ve|den|cho)\s+(?<to>(?:uy ban|ubnd|phong|so|ban chi dao|bcd|co quan|van phong|trung tam|thuong truc|chu tich|tinh uy|dang uy)[^(;.,:]{0,80}?)(?=\s+theo\b|\s+de\b|\s+truoc\b|\s*[(;.,:]|$)(?:\s*\((?<paren>(?:phong|van phong|trung tam|cong an)[^()]{0,60})\))?", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Recipient();

    [GeneratedRegex(@"\(\s*\*?\s*qua\s+(?<to>[^)*;,]{3,80}?)(?:\s+(?:tong hop|de tong hop|theo doi))?\s*\*?\s*[),;]", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Via();
}
