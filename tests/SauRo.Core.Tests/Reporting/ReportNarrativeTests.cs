using SauRo.Core.Monitoring;
using SauRo.Core.Reporting;

namespace SauRo.Core.Tests.Reporting;

public class ReportNarrativeTests
{
    private static readonly ReportingPeriod October = ReportingPeriod.Monthly(2026, 10);
    private static readonly DateOnly Today = new(2026, 11, 12);

    private static CommuneFacts Facts() => new("Xã An Bình", October, October.DataWindow(), Today)
    {
        Plans = [new PlanFact("Phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số và Đề án 06 năm 2026", "15/KH-UBND")],
        Tasks =
        [
            new("Số hóa hồ sơ thủ tục hành chính", "Trung tâm Phục vụ hành chính công", PlanTaskStatus.Overdue)
                { DueDate = new DateOnly(2026, 9, 30), DaysLate = 43, Reason = "Thiếu máy quét tài liệu" },
            new("Kiện toàn Tổ công nghệ số cộng đồng", "Phòng Văn hóa - Xã hội", PlanTaskStatus.Overdue)
                { DueDate = new DateOnly(2026, 8, 31), DaysLate = 73 },
            new("Ban hành kế hoạch tuyên truyền", "Phòng Văn hóa - Xã hội", PlanTaskStatus.DoneOnTime) { DueDate = new DateOnly(2026, 6, 30) },
            new("Thanh toán không dùng tiền mặt", "Phòng Kinh tế", PlanTaskStatus.DoneLate) { DueDate = new DateOnly(2026, 7, 31), DaysLate = 10 },
            new("Cập nhật dữ liệu dân cư", "Công an xã", PlanTaskStatus.DueSoon) { DueDate = new DateOnly(2026, 11, 17) },
            new("Đánh giá mức độ chuyển đổi số", "Văn phòng HĐND và UBND xã", PlanTaskStatus.InProgress) { DueDate = new DateOnly(2026, 12, 31) },
            new("Tuyên truyền hằng tháng", "Phòng Văn hóa - Xã hội", PlanTaskStatus.InProgress)
                { DueDate = new DateOnly(2026, 12, 5), Period = ReportingPeriod.Monthly(2026, 11) },
        ],
        Indicators =
        [
            new("Tỷ lệ hồ sơ trực tuyến", IndicatorColour.Green, "≥ 80%", "85%"),
            new("Tỷ lệ tài khoản định danh", IndicatorColour.Red, "≥ 90%", "45%"),
            new("Số hộ gắn địa chỉ số", IndicatorColour.Grey, "= 1.250", null),
        ],
        Notes =
        [
            new("Trung tâm Phục vụ hành chính công", "Thiếu máy quét tài liệu", "Đề nghị bổ sung 02 máy quét"),
            new("Trung tâm Phục vụ hành chính công", "Thiếu máy quét tài liệu", null),
            new("Công an xã", null, "Đề nghị tập huấn VNeID cho thôn"),
        ],
        Reports = new CompletenessFigures(6, 2, 1, 0),
        MissingReports = ["Công an xã", "Xã An Bình"],
    };

    private static List<string> Texts(IReadOnlyList<ReportParagraph> p) => p.Select(x => x.Text).ToList();

    [Fact]
    public void Commune_Opening_NamesThePlanTheDataWindowAndToday()
    {
        var p = ReportNarrative.Commune(Facts());
        p[0].Kind.ShouldBe(ParagraphKind.Body);
        p[0].Text.ShouldBe("Thực hiện Kế hoạch phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số và Đề án 06 năm 2026 (số 15/KH-UBND), "
            + "Ban Chỉ đạo xã An Bình báo cáo kết quả thực hiện tháng 10/2026 (số liệu từ ngày 15/09/2026 đến ngày 14/10/2026; "
            + "tình trạng nhiệm vụ tính đến ngày 12/11/2026) như sau:");
    }

    [Fact]
    public void Commune_Results_CountsTheFourStatesWithShares_AndThoseDueSoon()
    {
        var texts = Texts(ReportNarrative.Commune(Facts()));
        texts.ShouldContain("Tổng số 7 nhiệm vụ; trong đó: hoàn thành đúng hạn 1 nhiệm vụ (14,3%); hoàn thành quá hạn 1 nhiệm vụ (14,3%); "
            + "đang thực hiện trong hạn 3 nhiệm vụ (42,9%); quá hạn chưa hoàn thành 2 nhiệm vụ (28,6%).");
        texts.ShouldContain("Trong số nhiệm vụ đang thực hiện, 1 nhiệm vụ sắp đến hạn (trong 7 ngày tới).");
    }

    [Fact]
    public void Commune_Indicators_ByColour_RedOnesNamed()
    {
        var texts = Texts(ReportNarrative.Commune(Facts()));
        texts.ShouldContain("Tổng số 3 chỉ tiêu; đánh giá theo số liệu tháng 10/2026: đạt hoặc đúng tiến độ (xanh) 1 chỉ tiêu; "
            + "chậm so với tiến độ (cam) 0 chỉ tiêu; có nguy cơ không đạt (đỏ) 1 chỉ tiêu; chưa có số liệu để đánh giá 1 chỉ tiêu.");
        texts.ShouldContain("- Tỷ lệ tài khoản định danh: đạt 45%, chỉ tiêu ≥ 90%.");
    }

    [Fact]
    public void Commune_Reports_SubmittedOnTimeAndMissing()
    {
        Texts(ReportNarrative.Commune(Facts())).ShouldContain(
            "Báo cáo tháng 10/2026 đến hạn: 6 báo cáo; đã nộp 2 báo cáo (33,3%), trong đó đúng hạn 1 báo cáo (16,7%); chưa nộp: Công an xã, Xã An Bình.");
    }

    [Fact]
    public void Commune_Overdue_MostLateFirst_WithOfficeDeadlineDaysAndReason()
    {
        var p = ReportNarrative.Commune(Facts()).ToList();
        var start = p.FindIndex(x => x.Text == "II. NHIỆM VỤ QUÁ HẠN VÀ NGUYÊN NHÂN");
        p[start].Kind.ShouldBe(ParagraphKind.Heading);
        p[start + 1].Text.ShouldBe("Tính đến ngày 12/11/2026, còn 2 nhiệm vụ quá hạn chưa hoàn thành:");
        p[start + 2].ShouldBe(new ReportParagraph(ParagraphKind.Bullet,
            "- Kiện toàn Tổ công nghệ số cộng đồng (Phòng Văn hóa - Xã hội chủ trì; hạn 31/08/2026): quá hạn 73 ngày. Cơ quan chủ trì chưa nêu lý do."));
        p[start + 3].Text.ShouldBe(
            "- Số hóa hồ sơ thủ tục hành chính (Trung tâm Phục vụ hành chính công chủ trì; hạn 30/09/2026): quá hạn 43 ngày. Lý do: Thiếu máy quét tài liệu.");
    }

    [Fact]
    public void Commune_DifficultiesAndProposals_PerOffice_Distinct()
    {
        var texts = Texts(ReportNarrative.Commune(Facts()));
        var difficulties = texts.IndexOf("1. Khó khăn, vướng mắc");
        texts[difficulties + 1].ShouldBe("- Trung tâm Phục vụ hành chính công: Thiếu máy quét tài liệu.");
        texts[difficulties + 2].ShouldBe("2. Kiến nghị, đề xuất");
        texts[difficulties + 3].ShouldBe("- Trung tâm Phục vụ hành chính công: Đề nghị bổ sung 02 máy quét.");
        texts[difficulties + 4].ShouldBe("- Công an xã: Đề nghị tập huấn VNeID cho thôn.");
    }

    [Fact]
    public void Commune_NextPeriod_DatedTasksDueByItsEnd_ThenWhatCarriesOver()
    {
        var texts = Texts(ReportNarrative.Commune(Facts()));
        var next = texts.IndexOf("IV. NHIỆM VỤ TRỌNG TÂM THÁNG 11/2026");
        next.ShouldBeGreaterThan(0);
        texts[next + 1].ShouldBe("Các cơ quan, đơn vị tập trung hoàn thành 1 nhiệm vụ đến hạn đến hết ngày 30/11/2026:");
        texts[next + 2].ShouldBe("- Cập nhật dữ liệu dân cư (Công an xã chủ trì; hạn 17/11/2026).");
        texts[next + 3].ShouldBe("Đồng thời, khẩn trương hoàn thành 2 nhiệm vụ quá hạn nêu tại mục II; tiếp tục thực hiện và cập nhật kết quả 1 nhiệm vụ thường xuyên, định kỳ.");
    }

    [Fact]
    public void Commune_NothingToSay_SaysSo()
    {
        var texts = Texts(ReportNarrative.Commune(new CommuneFacts("Xã Tân Lập", October, October.DataWindow(), Today) { Plans = [new("A", null), new("B", null)] }));
        texts[0].ShouldStartWith("Thực hiện 2 kế hoạch năm 2026, Ban Chỉ đạo xã Tân Lập");
        texts.ShouldContain("Các kế hoạch chưa có nhiệm vụ nào.");
        texts.ShouldContain("Các kế hoạch không có chỉ tiêu để theo dõi.");
        texts.ShouldContain("Kế hoạch không đặt chế độ báo cáo cho tháng 10/2026.");
        texts.ShouldContain("Tính đến ngày 12/11/2026, không có nhiệm vụ quá hạn chưa hoàn thành.");
        texts.ShouldContain("Trong tháng 10/2026, các cơ quan, đơn vị không phản ánh khó khăn, vướng mắc.");
        texts.ShouldContain("Trong tháng 10/2026, các cơ quan, đơn vị không có kiến nghị, đề xuất.");
        texts.ShouldContain("Không có nhiệm vụ có thời hạn đến hết ngày 30/11/2026 còn phải hoàn thành.");
    }

    [Fact]
    public void Commune_RecurringOverdue_SaysWhichPeriodIsMissing()
    {
        var line = ReportNarrative.OverdueLine(
            new TaskFact("Tuyên truyền hằng tháng", "Phòng Văn hóa - Xã hội", PlanTaskStatus.Overdue)
            { DueDate = new DateOnly(2026, 11, 5), DaysLate = 7, Period = October, Reason = "  Chưa có  kinh phí " },
            withCommune: false);
        line.ShouldBe("- Tuyên truyền hằng tháng (Phòng Văn hóa - Xã hội chủ trì; hạn 05/11/2026): chưa cập nhật kết quả kỳ tháng 10/2026, quá hạn 7 ngày. Lý do: Chưa có kinh phí.");
    }
}
