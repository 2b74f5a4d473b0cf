namespace SauRo.Core.Reporting;

/// <summary>
/// The fixed texts of a report in the Decree 30/2020/NĐ-CP layout: the issuing body under its parent, the number line,
/// the national motto (fixed), the place and date, the document type and its summary, the recipients ("Nơi nhận") and
/// the signer's role and name.
/// </summary>
public sealed record ReportHeading(
    string Parent,
    string Issuer,
    string Number,
    string PlaceAndDate,
    string Summary,
    IReadOnlyList<string> Recipients,
    IReadOnlyList<string> SignerRole,
    string? SignerName)
{
    public const string Nation = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";

    public const string Motto = "Độc lập - Tự do - Hạnh phúc";

    public const string DocumentType = "BÁO CÁO";

    public const string SteeringCommittee = "BAN CHỈ ĐẠO PHÁT TRIỂN KHOA HỌC, CÔNG NGHỆ, ĐỔI MỚI SÁNG TẠO, CHUYỂN ĐỔI SỐ VÀ ĐỀ ÁN 06";

    /// <summary>The issuer's lines when its name is <see cref="SteeringCommittee"/> (balanced for a 6.5 cm column); otherwise the name alone.</summary>
    public IReadOnlyList<string> IssuerLines => Issuer == SteeringCommittee
        ? ["BAN CHỈ ĐẠO PHÁT TRIỂN", "KHOA HỌC, CÔNG NGHỆ,", "ĐỔI MỚI SÁNG TẠO,", "CHUYỂN ĐỔI SỐ VÀ ĐỀ ÁN 06"]
        : [Issuer];

    /// <summary>The number is left blank for the clerk to fill in when the report is registered.</summary>
    public const string NumberLine = "Số:        /BC-BCĐ";

    /// <summary>
    /// The heading of a report of the steering committee of <paramref name="unitName"/> ("Xã An Bình" → "UBND XÃ AN
    /// BÌNH" over "BAN CHỈ ĐẠO …", "An Bình, ngày …"). The recipients are written as listed, each after a dash, the
    /// last one "Lưu: VT".
    /// </summary>
    public static ReportHeading For(string unitName, DateOnly date, string summary, IEnumerable<string> recipients, string? signerName)
    {
        ArgumentNullException.ThrowIfNull(unitName);
        ArgumentNullException.ThrowIfNull(recipients);
        var list = recipients.Where(r => !string.IsNullOrWhiteSpace(r)).Select(r => r.Trim()).Distinct(StringComparer.Ordinal).ToList();
        var lines = list.Select(r => $"- {r};").Append("- Lưu: VT.").ToList();
        return new ReportHeading(
            "UBND " + ReportWords.Upper(unitName.Trim()),
            SteeringCommittee,
            NumberLine,
            ReportWords.PlaceAndDate(ReportWords.PlaceName(unitName), date),
            summary,
            lines,
            ["TM. BAN CHỈ ĐẠO", "TRƯỞNG BAN"],
            string.IsNullOrWhiteSpace(signerName) ? null : signerName.Trim());
    }

    /// <summary>"Kế hoạch phát triển … năm 2026" from a title without the word, or the title as is when it starts with it.</summary>
    public static string PlanName(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        var t = title.Trim();
        return t.StartsWith("Kế hoạch", StringComparison.OrdinalIgnoreCase) ? "Kế hoạch" + t["Kế hoạch".Length..] : "Kế hoạch " + ReportWords.LowerFirst(t);
    }

    /// <summary>The summary under "BÁO CÁO": "Kết quả thực hiện Kế hoạch … trong tháng 10/2026", or of all the plans of the year.</summary>
    public static string CommuneSummary(IReadOnlyList<PlanFact> plans, Monitoring.ReportingPeriod period)
    {
        ArgumentNullException.ThrowIfNull(plans);
        return plans.Count == 1
            ? $"Kết quả thực hiện {PlanName(plans[0].Title)} trong {ReportWords.Period(period)}"
            : $"Kết quả thực hiện các kế hoạch năm {period.Year} trong {ReportWords.Period(period)}";
    }

    /// <summary>"Tổng hợp kết quả thực hiện kế hoạch năm 2026 của các xã, phường trong tháng 10/2026".</summary>
    public static string ProvinceSummary(Monitoring.ReportingPeriod period) =>
        $"Tổng hợp kết quả thực hiện kế hoạch năm {period.Year} của các xã, phường trong {ReportWords.Period(period)}";
}
