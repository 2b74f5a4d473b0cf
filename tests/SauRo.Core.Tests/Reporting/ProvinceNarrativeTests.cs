using SauRo.Core.Monitoring;
using SauRo.Core.Reporting;

namespace SauRo.Core.Tests.Reporting;

public class ProvinceNarrativeTests
{
    private static readonly ReportingPeriod October = ReportingPeriod.Monthly(2026, 10);
    private static readonly DateOnly Today = new(2026, 11, 12);

    private static ProvinceFacts Facts(int communes = 3) => new("Tỉnh Lâm Sơn", October, October.DataWindow(), Today)
    {
        Communes =
        [
            .. Enumerable.Range(1, communes - 1).Select(i => new CommuneSummaryFact($"Xã Số {i}", new TaskCounts(2, 1, 5, i, 1), new ColourCounts(1, 0, 2, 1), new CompletenessFigures(4, 3, 2, 1))
            {
                OwnReportsOwed = 1,
                OwnReportsSubmitted = i == 1 ? 1 : 0,
            }),
            new("Phường Không Kế Hoạch", TaskCounts.Empty, ColourCounts.Empty, CompletenessFigures.Empty) { HasPlans = false },
        ],
        Overdue =
        [
            new("Số hóa hồ sơ", "Trung tâm Phục vụ hành chính công", PlanTaskStatus.Overdue) { DueDate = new DateOnly(2026, 9, 30), DaysLate = 43, Commune = "Xã Số 2", Reason = "Thiếu máy quét" },
            new("Kiện toàn tổ", "Phòng Văn hóa - Xã hội", PlanTaskStatus.Overdue) { DueDate = new DateOnly(2026, 8, 31), DaysLate = 73, Commune = "Xã Số 1" },
            new("Tập huấn", "Công an xã", PlanTaskStatus.Overdue) { DueDate = new DateOnly(2026, 10, 31), DaysLate = 12, Commune = "Xã Số 2" },
        ],
    };

    [Fact]
    public void Province_Reporting_CommunesWithPlans_AndThoseThatReported()
    {
        var texts = ProvinceNarrative.Province(Facts()).Select(p => p.Text).ToList();
        texts.ShouldContain("Toàn tỉnh có 3 xã, phường; 2 xã, phường có kế hoạch năm 2026 được theo dõi. Chưa có kế hoạch: Phường Không Kế Hoạch.");
        texts.ShouldContain("Có 1/2 xã, phường đã gửi báo cáo tháng 10/2026 lên tỉnh; chưa gửi: Xã Số 2.");
        texts.ShouldContain("Các báo cáo tháng 10/2026 đến hạn của các xã, phường và cơ quan, đơn vị cấp xã: 8 báo cáo; đã nộp 6 (75,0%), đúng hạn 4 (50,0%).");
    }

    [Fact]
    public void Province_Tasks_TotalsPerCommune_AndTheMostOverdue()
    {
        var texts = ProvinceNarrative.Province(Facts()).Select(p => p.Text).ToList();
        texts.ShouldContain("Tổng số 19 nhiệm vụ; trong đó: hoàn thành đúng hạn 4 nhiệm vụ (21,1%); hoàn thành quá hạn 2 nhiệm vụ (10,5%); "
            + "đang thực hiện trong hạn 10 nhiệm vụ (52,6%); quá hạn chưa hoàn thành 3 nhiệm vụ (15,8%).");
        texts.ShouldContain("- Xã Số 1: 9 nhiệm vụ; hoàn thành đúng hạn 2, hoàn thành quá hạn 1, đang thực hiện trong hạn 5, quá hạn chưa hoàn thành 1.");
        texts.ShouldContain("Các xã, phường có nhiều nhiệm vụ quá hạn nhất: Xã Số 2 (2 nhiệm vụ), Xã Số 1 (1 nhiệm vụ).");
        texts.ShouldContain("Tổng số 8 chỉ tiêu của các xã, phường; đánh giá theo số liệu tháng 10/2026: đạt hoặc đúng tiến độ (xanh) 4; "
            + "chậm so với tiến độ (cam) 0; có nguy cơ không đạt (đỏ) 2; chưa có số liệu để đánh giá 2.");
    }

    [Fact]
    public void Province_Overdue_MostLateFirst_WithTheirCommune()
    {
        var p = ProvinceNarrative.Province(Facts()).ToList();
        var i = p.FindIndex(x => x.Text == "IV. NHIỆM VỤ QUÁ HẠN");
        p[i + 1].Text.ShouldBe("Tính đến ngày 12/11/2026, toàn tỉnh còn 3 nhiệm vụ quá hạn chưa hoàn thành (chi tiết tại Phụ lục II); cụ thể:");
        p[i + 2].Text.ShouldBe("- Xã Số 1: Kiện toàn tổ (Phòng Văn hóa - Xã hội chủ trì; hạn 31/08/2026): quá hạn 73 ngày. Cơ quan chủ trì chưa nêu lý do.");
        p[i + 3].Text.ShouldBe("- Xã Số 2: Số hóa hồ sơ (Trung tâm Phục vụ hành chính công chủ trì; hạn 30/09/2026): quá hạn 43 ngày. Lý do: Thiếu máy quét.");
    }

    [Fact]
    public void Province_ManyCommunes_PointsToTheAppendixInsteadOfOneLineEach()
    {
        var texts = ProvinceNarrative.Province(Facts(communes: 30)).Select(p => p.Text).ToList();
        texts.ShouldContain("Số nhiệm vụ theo tình trạng của từng xã, phường tại Phụ lục I.");
        texts.ShouldNotContain(t => t.StartsWith("- Xã Số 1: 9 nhiệm vụ", StringComparison.Ordinal));
        texts.ShouldContain(t => t.StartsWith("Có 1/29 xã, phường đã gửi báo cáo tháng 10/2026 lên tỉnh; chưa gửi: Xã Số 2, Xã Số 3,", StringComparison.Ordinal)
            && t.EndsWith("và 18 xã, phường khác.", StringComparison.Ordinal));
    }
}
