using SauRo.Core.Dashboards;
using SauRo.Core.Monitoring;

namespace SauRo.Core.Tests.Dashboards;

public sealed class ScorecardTests
{
    private static OfficeScore Office(int id, string name, int onTime, int late, int overdue, int reportsExpected = 0, int reportsOnTime = 0, int open = 0) =>
        new(id, name, new StatusCounts(onTime, late, 3, 1, overdue), reportsExpected, reportsOnTime, open);

    [Fact]
    public void Rank_ByOnTimeRate_ThenFewerOverdue_ThenReports_ThenExplanations_EqualsShareAPlace()
    {
        var ranked = Scorecard.Rank(
        [
            Office(1, "Phòng Kinh tế", onTime: 1, late: 1, overdue: 0),              // 50%
            Office(2, "Công an xã", onTime: 3, late: 0, overdue: 1),                 // 75%
            Office(3, "Phòng Văn hóa - Xã hội", onTime: 3, late: 1, overdue: 0),     // 75%, fewer overdue than 2: same rate, 0 < 1
            Office(4, "Trung tâm Phục vụ hành chính công", onTime: 0, late: 0, overdue: 0), // nothing due yet: last
            Office(5, "Văn phòng HĐND và UBND xã", onTime: 1, late: 1, overdue: 0),  // 50%, same as 1 in all: shares its place
        ]);

        ranked.Select(r => (r.Score.OfficeId, r.Rank)).ShouldBe([(3, 1), (2, 2), (1, 3), (5, 3), (4, 5)]);
    }

    [Fact]
    public void Rank_ReportsOnTime_BreakTies_AndOpenExplanationsAfterThem()
    {
        var ranked = Scorecard.Rank(
        [
            Office(1, "A", 2, 0, 0, reportsExpected: 4, reportsOnTime: 2, open: 0),
            Office(2, "B", 2, 0, 0, reportsExpected: 4, reportsOnTime: 4, open: 3),
            Office(3, "C", 2, 0, 0, reportsExpected: 4, reportsOnTime: 4, open: 1),
        ]);
        ranked.Select(r => r.Score.OfficeId).ShouldBe([3, 2, 1]);
        ranked.Select(r => r.Rank).ShouldBe([1, 2, 3]);
    }

    [Fact]
    public void StatusCounts_Rates_AndOfficialStates()
    {
        var counts = StatusCounts.From([(PlanTaskStatus.DoneOnTime, 6), (PlanTaskStatus.DoneLate, 2), (PlanTaskStatus.Overdue, 2), (PlanTaskStatus.DueSoon, 3), (PlanTaskStatus.InProgress, 7)]);
        counts.Total.ShouldBe(20);
        counts.Due.ShouldBe(10);
        counts.OnTimeRate.ShouldBe(0.6m);
        counts.InProgressOfficial.ShouldBe(10);
        StatusCounts.Empty.OnTimeRate.ShouldBeNull();
        counts.Add(counts).Of(PlanTaskStatus.DueSoon).ShouldBe(6);
    }
}
