using SauRo.Core.Monitoring;
using SauRo.Core.Reporting;

namespace SauRo.Core.Tests.Reporting;

public class ReportHeadingTests
{
    [Fact]
    public void For_Commune_IssuerUnderItsParent_PlaceDate_Recipients_Signer()
    {
        var h = ReportHeading.For("Xã An Bình", new DateOnly(2026, 11, 5), "Kết quả", ["Sở Khoa học và Công nghệ", "Sở Khoa học và Công nghệ", " "], "Trần Minh Khôi");

        h.Parent.ShouldBe("UBND XÃ AN BÌNH");
        h.Issuer.ShouldBe(ReportHeading.SteeringCommittee);
        string.Join(" ", h.IssuerLines).ShouldBe(ReportHeading.SteeringCommittee);
        h.Number.ShouldStartWith("Số:");
        h.Number.ShouldEndWith("/BC-BCĐ");
        h.PlaceAndDate.ShouldBe("An Bình, ngày 05 tháng 11 năm 2026");
        h.Recipients.ShouldBe(["- Sở Khoa học và Công nghệ;", "- Lưu: VT."]);
        h.SignerRole.ShouldBe(["TM. BAN CHỈ ĐẠO", "TRƯỞNG BAN"]);
        h.SignerName.ShouldBe("Trần Minh Khôi");
    }

    [Fact]
    public void Summary_NamesThePlanOrThePlansOfTheYear_AndThePeriod()
    {
        var october = ReportingPeriod.Monthly(2026, 10);
        ReportHeading.CommuneSummary([new PlanFact("Phát triển khoa học, công nghệ năm 2026", "15/KH-UBND")], october)
            .ShouldBe("Kết quả thực hiện Kế hoạch phát triển khoa học, công nghệ năm 2026 trong tháng 10/2026");
        ReportHeading.CommuneSummary([new PlanFact("Kế hoạch chuyển đổi số", null)], ReportingPeriod.Quarterly(2026, 3))
            .ShouldBe("Kết quả thực hiện Kế hoạch chuyển đổi số trong quý III/2026");
        ReportHeading.CommuneSummary([new PlanFact("A", null), new PlanFact("B", null)], october)
            .ShouldBe("Kết quả thực hiện các kế hoạch năm 2026 trong tháng 10/2026");
        ReportHeading.ProvinceSummary(october).ShouldBe("Tổng hợp kết quả thực hiện kế hoạch năm 2026 của các xã, phường trong tháng 10/2026");
    }
}
