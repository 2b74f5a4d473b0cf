using SauRo.Core.Monitoring;
using static SauRo.Core.Reporting.ReportNarrative;

namespace SauRo.Core.Reporting;

/// <summary>
/// The Vietnamese narrative of a province's consolidated report across its communes:
/// <list type="number">
/// <item>I. reporting: how many communes have plans of the year, how many sent their own report of the period to the
/// province (of those that owe one) and which did not, and the offices' reports to their communes;</item>
/// <item>II. tasks: the totals by the four states across the province; per commune (one dash item each) when there are
/// at most <see cref="MaxCommuneLines"/> communes with plans, else the appendix holds them; the communes with the most
/// overdue tasks (up to <see cref="TopCommunes"/>);</item>
/// <item>III. indicators by colour across the province;</item>
/// <item>IV. overdue tasks: their number, and the <see cref="TopTasks"/> most overdue by name with commune, office,
/// deadline, days late and reason.</item>
/// </list>
/// </summary>
public static class ProvinceNarrative
{
    public const int MaxCommuneLines = 20;
    public const int TopCommunes = 5;
    public const int TopTasks = 10;
    private const int MaxNames = 10;

    public static IReadOnlyList<ReportParagraph> Province(ProvinceFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var p = new List<ReportParagraph>();
        var period = ReportWords.Period(facts.Period);
        var withPlans = facts.Communes.Where(c => c.HasPlans).ToList();
        Body(p, $"Ban Chỉ đạo {ReportWords.LowerFirst(facts.ProvinceName)} tổng hợp kết quả thực hiện kế hoạch năm {facts.Period.Year} "
            + $"của các xã, phường {period} (số liệu từ ngày {ReportWords.Date(facts.DataWindow.Start)} đến ngày "
            + $"{ReportWords.Date(facts.DataWindow.End)}; tình trạng nhiệm vụ tính đến ngày {ReportWords.Date(facts.Today)}) như sau:");

        Heading(p, "I. TÌNH HÌNH BÁO CÁO CỦA CÁC XÃ, PHƯỜNG");
        Body(p, $"Toàn tỉnh có {facts.Communes.Count} xã, phường; {withPlans.Count} xã, phường có kế hoạch năm {facts.Period.Year} được theo dõi."
            + Names(" Chưa có kế hoạch: ", facts.Communes.Where(c => !c.HasPlans).Select(c => c.Name).ToList(), "."));
        var owing = withPlans.Where(c => c.OwnReportsOwed > 0).ToList();
        if (owing.Count == 0)
        {
            Body(p, $"Theo chế độ báo cáo của các kế hoạch, chưa có xã, phường nào phải gửi báo cáo {period} lên tỉnh.");
        }
        else
        {
            var reported = owing.Count(c => c.Reported);
            Body(p, $"Có {reported}/{owing.Count} xã, phường đã gửi báo cáo {period} lên tỉnh"
                + Names("; chưa gửi: ", owing.Where(c => !c.Reported).Select(c => c.Name).ToList(), string.Empty) + ".");
        }

        var reports = withPlans.Aggregate(CompletenessFigures.Empty, (sum, c) => sum.Add(c.Reports));
        if (reports.Expected > 0)
        {
            Body(p, $"Các báo cáo {period} đến hạn của các xã, phường và cơ quan, đơn vị cấp xã: {ReportWords.Count(reports.Expected)} báo cáo; "
                + $"đã nộp {ReportWords.Count(reports.Submitted)} ({ReportWords.Percent(reports.SubmittedRate)}), "
                + $"đúng hạn {ReportWords.Count(reports.OnTime)} ({ReportWords.Percent(reports.OnTimeRate)}).");
        }

        Heading(p, "II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ");
        var totals = withPlans.Aggregate(TaskCounts.Empty, (sum, c) => sum.Add(c.Tasks));
        p.AddRange(ReportNarrative.TaskTotals(totals, 7).Take(1));
        if (withPlans.Count <= MaxCommuneLines)
        {
            foreach (var c in withPlans)
            {
                var t = c.Tasks;
                Bullet(p, $"{c.Name}: {ReportWords.Count(t.Total)} nhiệm vụ; hoàn thành đúng hạn {t.DoneOnTime}, hoàn thành quá hạn {t.DoneLate}, "
                    + $"đang thực hiện trong hạn {t.InProgress}, quá hạn chưa hoàn thành {t.Overdue}.");
            }
        }
        else
        {
            Body(p, "Số nhiệm vụ theo tình trạng của từng xã, phường tại Phụ lục I.");
        }

        var mostOverdue = withPlans.Where(c => c.Tasks.Overdue > 0)
            .OrderByDescending(c => c.Tasks.Overdue).ThenBy(c => c.Name, StringComparer.Ordinal).Take(TopCommunes).ToList();
        Body(p, mostOverdue.Count == 0
            ? "Không có xã, phường nào có nhiệm vụ quá hạn."
            : "Các xã, phường có nhiều nhiệm vụ quá hạn nhất: "
                + string.Join(", ", mostOverdue.Select(c => $"{c.Name} ({c.Tasks.Overdue} nhiệm vụ)")) + ".");

        Heading(p, "III. KẾT QUẢ THỰC HIỆN CHỈ TIÊU");
        var colours = withPlans.Aggregate(ColourCounts.Empty, (sum, c) => sum.Add(c.Indicators));
        Body(p, colours.Total == 0
            ? "Các kế hoạch không có chỉ tiêu để theo dõi."
            : $"Tổng số {ReportWords.Count(colours.Total)} chỉ tiêu của các xã, phường; đánh giá theo số liệu {period}: "
                + $"đạt hoặc đúng tiến độ (xanh) {ReportWords.Count(colours.Green)}; chậm so với tiến độ (cam) {ReportWords.Count(colours.Orange)}; "
                + $"có nguy cơ không đạt (đỏ) {ReportWords.Count(colours.Red)}; chưa có số liệu để đánh giá {ReportWords.Count(colours.Grey)}.");

        Heading(p, "IV. NHIỆM VỤ QUÁ HẠN");
        if (facts.Overdue.Count == 0)
        {
            Body(p, $"Tính đến ngày {ReportWords.Date(facts.Today)}, không có nhiệm vụ quá hạn chưa hoàn thành.");
        }
        else
        {
            var top = facts.Overdue.OrderByDescending(t => t.DaysLate ?? 0).ThenBy(t => t.Commune, StringComparer.Ordinal).Take(TopTasks).ToList();
            Body(p, $"Tính đến ngày {ReportWords.Date(facts.Today)}, toàn tỉnh còn {ReportWords.Count(facts.Overdue.Count)} nhiệm vụ quá hạn chưa hoàn thành "
                + $"(chi tiết tại Phụ lục II); {(top.Count < facts.Overdue.Count ? $"{top.Count} nhiệm vụ quá hạn lâu nhất" : "cụ thể")}:");
            foreach (var task in top)
            {
                Bullet(p, OverdueLine(task, withCommune: true));
            }
        }

        return p;
    }

    /// <summary>The names between a lead and an end, up to <see cref="MaxNames"/> then "và N xã, phường khác"; empty without names.</summary>
    private static string Names(string lead, List<string> names, string end)
    {
        if (names.Count == 0)
        {
            return string.Empty;
        }

        var shown = string.Join(", ", names.Take(MaxNames));
        return lead + shown + (names.Count > MaxNames ? $" và {names.Count - MaxNames} xã, phường khác" : string.Empty) + end;
    }
}
