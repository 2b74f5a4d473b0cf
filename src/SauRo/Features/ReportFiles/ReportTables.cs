using SauRo.Core.Monitoring;
using SauRo.Core.Reporting;

namespace SauRo.Features.ReportFiles;

/// <summary>
/// The tables of the reports, written once for both formats: a commune's Phụ lục I (indicators: target, the period's
/// value, colour) and Phụ lục II (tasks: office, deadline, status today, result and evidence); a province's Phụ lục I
/// (one row per commune: tasks by state, indicators by colour, report completeness) and Phụ lục II (overdue tasks of
/// every commune); and for the .xlsx a summary sheet of each.
/// </summary>
public static class ReportTables
{
    public const string SummarySheet = "Tổng hợp";

    public static IReadOnlyList<ReportTable> CommuneAppendices(CommuneReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var attached = Attached(report.Name, report.Today);
        var period = ReportWords.Upper(ReportWords.Period(report.Period));
        var indicators = new ReportTable(
            "Phụ lục I - Chỉ tiêu",
            "Phụ lục I",
            $"KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU {period}",
            attached,
            [
                new("STT", 6, CellKind.Integer), new("Chỉ tiêu", 42), new("Đơn vị tính", 10, Centred: true), new("Chỉ tiêu kế hoạch", 14, Centred: true),
                new("Giá trị kỳ báo cáo", 17, CellKind.Decimal), new("Màu / đánh giá", 14, CellKind.Colour),
            ],
            report.Indicators.Select((i, n) => new[]
            {
                ReportCell.Of(n + 1), ReportCell.Of(i.Name), ReportCell.Of(i.Unit), ReportCell.Of(i.Target),
                ReportCell.Of(i.Value, i.ValueText ?? string.Empty), ReportCell.Of(i.Colour),
            }).ToList());
        var tasks = new ReportTable(
            "Phụ lục II - Nhiệm vụ",
            "Phụ lục II",
            $"TÌNH HÌNH THỰC HIỆN CÁC NHIỆM VỤ (TÍNH ĐẾN NGÀY {ReportWords.Date(report.Today)})",
            attached,
            TaskColumns(withCommune: false, reason: false),
            report.Tasks.Select((t, n) => TaskRow(n + 1, null, t, t.Result)).ToList());
        return [indicators, tasks];
    }

    public static ReportTable CommuneSummary(CommuneReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var counts = TaskCounts.From(report.Tasks.Select(t => t.Status.Status));
        var colours = ColourCounts.From(report.Indicators.Select(i => i.Colour));
        var reports = report.Completeness.Overall;
        List<ReportCell[]> rows =
        [
            .. Header(report.Name, report.Period, report.Window, report.Today),
            .. TaskRows(counts),
            .. ColourRows(colours),
            Line($"Báo cáo {ReportWords.Period(report.Period)} đến hạn", reports.Expected, null),
            Line("Báo cáo đã nộp", reports.Submitted, reports.SubmittedRate),
            Line("Báo cáo nộp đúng hạn", reports.OnTime, reports.OnTimeRate),
        ];
        return Summary(rows);
    }

    public static IReadOnlyList<ReportTable> ProvinceAppendices(ProvinceReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var attached = Attached(report.Name, report.Today);
        var communes = new ReportTable(
            "Phụ lục I - Theo xã, phường",
            "Phụ lục I",
            $"KẾT QUẢ THỰC HIỆN CỦA CÁC XÃ, PHƯỜNG {ReportWords.Upper(ReportWords.Period(report.Period))}",
            attached,
            [
                new("STT", 6, CellKind.Integer), new("Xã, phường", 16), new("Số nhiệm vụ", 7, CellKind.Integer),
                new("Hoàn thành đúng hạn", 7, CellKind.Integer), new("Hoàn thành quá hạn", 7, CellKind.Integer),
                new("Đang thực hiện trong hạn", 8, CellKind.Integer), new("Quá hạn chưa hoàn thành", 8, CellKind.Integer),
                new("Chỉ tiêu xanh", 6, CellKind.Integer), new("Chỉ tiêu cam", 6, CellKind.Integer), new("Chỉ tiêu đỏ", 6, CellKind.Integer),
                new("Chỉ tiêu chưa có số liệu", 7, CellKind.Integer), new("Báo cáo đến hạn", 6, CellKind.Integer),
                new("Báo cáo đã nộp", 6, CellKind.Integer), new("Tỷ lệ nộp báo cáo", 7, CellKind.Percent), new("Báo cáo lên tỉnh", 9, Centred: true),
            ],
            report.Communes.Select((c, n) => new[]
            {
                ReportCell.Of(n + 1), ReportCell.Of(c.Name), ReportCell.Of(c.Tasks.Total), ReportCell.Of(c.Tasks.DoneOnTime),
                ReportCell.Of(c.Tasks.DoneLate), ReportCell.Of(c.Tasks.InProgress), ReportCell.Of(c.Tasks.Overdue),
                ReportCell.Of(c.Indicators.Green), ReportCell.Of(c.Indicators.Orange), ReportCell.Of(c.Indicators.Red), ReportCell.Of(c.Indicators.Grey),
                ReportCell.Of(c.Reports.Expected), ReportCell.Of(c.Reports.Submitted), ReportCell.Percent(c.Reports.SubmittedRate),
                ReportCell.Of(!c.HasPlans ? "Chưa có kế hoạch" : c.OwnReportsOwed == 0 ? "Không phải gửi" : c.Reported ? "Đã gửi" : "Chưa gửi"),
            }).ToList());
        var overdue = new ReportTable(
            "Phụ lục II - Nhiệm vụ quá hạn",
            "Phụ lục II",
            $"NHIỆM VỤ QUÁ HẠN CHƯA HOÀN THÀNH CỦA CÁC XÃ, PHƯỜNG (TÍNH ĐẾN NGÀY {ReportWords.Date(report.Today)})",
            attached,
            TaskColumns(withCommune: true, reason: true),
            report.Overdue.Select((o, n) => TaskRow(n + 1, o.Commune, o.Task, o.Task.Reason)).ToList());
        return [communes, overdue];
    }

    public static ReportTable ProvinceSummary(ProvinceReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var withPlans = report.Communes.Where(c => c.HasPlans).ToList();
        var owing = withPlans.Where(c => c.OwnReportsOwed > 0).ToList();
        var reports = withPlans.Aggregate(CompletenessFigures.Empty, (sum, c) => sum.Add(c.Reports));
        List<ReportCell[]> rows =
        [
            .. Header(report.Name, report.Period, report.Window, report.Today),
            Line("Số xã, phường", report.Communes.Count, null),
            Line("Số xã, phường có kế hoạch", withPlans.Count, ReportWords.Share(withPlans.Count, report.Communes.Count)),
            Line("Số xã, phường phải gửi báo cáo lên tỉnh", owing.Count, null),
            Line("Số xã, phường đã gửi báo cáo lên tỉnh", owing.Count(c => c.Reported), ReportWords.Share(owing.Count(c => c.Reported), owing.Count)),
            .. TaskRows(withPlans.Aggregate(TaskCounts.Empty, (sum, c) => sum.Add(c.Tasks))),
            .. ColourRows(withPlans.Aggregate(ColourCounts.Empty, (sum, c) => sum.Add(c.Indicators))),
            Line($"Báo cáo {ReportWords.Period(report.Period)} đến hạn", reports.Expected, null),
            Line("Báo cáo đã nộp", reports.Submitted, reports.SubmittedRate),
            Line("Báo cáo nộp đúng hạn", reports.OnTime, reports.OnTimeRate),
        ];
        return Summary(rows);
    }

    /// <summary>"Quá hạn chưa hoàn thành" plus what it is measured against: "quá hạn 36 ngày", "kỳ tháng 10/2026".</summary>
    public static string StatusText(TaskStatusResult status)
    {
        ArgumentNullException.ThrowIfNull(status);
        var detail = status.Status switch
        {
            PlanTaskStatus.Overdue => $"quá hạn {status.DaysLate} ngày",
            PlanTaskStatus.DoneLate => $"trễ {status.DaysLate} ngày",
            PlanTaskStatus.DueSoon or PlanTaskStatus.InProgress when status.DaysLeft is { } left => left == 0 ? "hạn hôm nay" : $"còn {left} ngày",
            _ => null,
        };
        var period = status.Period is { } p ? $"kỳ {ReportWords.Period(p)}" : null;
        var parts = new[] { period, detail }.OfType<string>().ToList();
        return status.Status.Official().Label() + (parts.Count == 0 ? string.Empty : $" ({string.Join(", ", parts)})");
    }

    private static string Attached(string unitName, DateOnly date) =>
        $"(Kèm theo Báo cáo số        /BC-BCĐ ngày {ReportWords.Date(date)} của Ban Chỉ đạo {ReportWords.LowerFirst(unitName)})";

    private static List<ReportColumn> TaskColumns(bool withCommune, bool reason)
    {
        var columns = new List<ReportColumn> { new("STT", 6, CellKind.Integer) };
        if (withCommune)
        {
            columns.Add(new("Xã, phường", 13));
        }

        columns.AddRange(
        [
            new("Nhiệm vụ", withCommune ? 27 : 30), new("Cơ quan chủ trì", 14), new("Thời hạn", 12), new("Ngày hết hạn", 12, CellKind.Date),
            new("Tình trạng", 16), new("Số ngày quá hạn", 8, CellKind.Integer), new(reason ? "Lý do" : "Kết quả / minh chứng", 22),
        ]);
        return columns;
    }

    private static ReportCell[] TaskRow(int number, string? commune, ReportTask t, string? last)
    {
        var cells = new List<ReportCell> { ReportCell.Of(number) };
        if (commune is not null)
        {
            cells.Add(ReportCell.Of(commune));
        }

        cells.AddRange(
        [
            ReportCell.Of(t.Content), ReportCell.Of(t.Office), ReportCell.Of(t.DueText), ReportCell.Of(t.Status.DueDate),
            ReportCell.Of(StatusText(t.Status)),
            t.Status.Status == PlanTaskStatus.Overdue && t.Status.DaysLate is { } late ? ReportCell.Of(late) : new ReportCell(CellKind.Integer, string.Empty),
            ReportCell.Of(last),
        ]);
        return [.. cells];
    }

    private static ReportCell[][] Header(string unit, ReportingPeriod period, DateWindow window, DateOnly today) =>
    [
        [ReportCell.Of("Đơn vị"), ReportCell.Of(unit), ReportCell.Percent(null)],
        [ReportCell.Of("Kỳ báo cáo"), ReportCell.Of(period.Label), ReportCell.Percent(null)],
        [ReportCell.Of("Số liệu từ ngày"), ReportCell.Of(window.Start), ReportCell.Percent(null)],
        [ReportCell.Of("Số liệu đến ngày"), ReportCell.Of(window.End), ReportCell.Percent(null)],
        [ReportCell.Of("Tình trạng nhiệm vụ tính đến ngày"), ReportCell.Of(today), ReportCell.Percent(null)],
    ];

    private static ReportCell[][] TaskRows(TaskCounts c) =>
    [
        Line("Tổng số nhiệm vụ", c.Total, null),
        .. new[] { PlanTaskStatus.DoneOnTime, PlanTaskStatus.DoneLate, PlanTaskStatus.InProgress, PlanTaskStatus.Overdue }
            .Select(s => Line($"Nhiệm vụ {ReportWords.LowerFirst(s.Label())}", c.Of(s), ReportWords.Share(c.Of(s), c.Total))),
        Line("Trong đó sắp đến hạn", c.DueSoon, ReportWords.Share(c.DueSoon, c.Total)),
    ];

    private static ReportCell[][] ColourRows(ColourCounts c) =>
    [
        Line("Tổng số chỉ tiêu", c.Total, null),
        .. new[] { IndicatorColour.Green, IndicatorColour.Orange, IndicatorColour.Red, IndicatorColour.Grey }
            .Select(colour => new[] { ReportCell.Of($"Chỉ tiêu {ReportWords.Colour(colour).ToLower(ReportWords.Vietnamese)}"), ReportCell.Of(c.Of(colour)), ReportCell.Percent(ReportWords.Share(c.Of(colour), c.Total)) }),
    ];

    private static ReportCell[] Line(string label, int count, decimal? share) => [ReportCell.Of(label), ReportCell.Of(count), ReportCell.Percent(share)];

    private static ReportTable Summary(List<ReportCell[]> rows) =>
        new(SummarySheet, string.Empty, SummarySheet, string.Empty, [new("Nội dung", 40), new("Số liệu", 20), new("Tỷ lệ", 10, CellKind.Percent)], rows);
}
