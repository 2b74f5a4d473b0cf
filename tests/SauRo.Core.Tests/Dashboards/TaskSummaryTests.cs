using SauRo.Core.Dashboards;
using SauRo.Core.Monitoring;

namespace SauRo.Core.Tests.Dashboards;

public sealed class TaskSummaryTests
{
    private static TaskFact Fact(int id, PlanTaskStatus status, string? due, int plan = 1, int position = 0, int? office = null) =>
        new(id, status, due is null ? null : DateOnly.ParseExact(due, "dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture), plan, position, office);

    [Fact]
    public void ATaskWithTwoLeadOffices_CountsOnceInTheTotal_AndOnceForEachOffice()
    {
        var summary = TaskSummary.Of(
        [
            Fact(1, PlanTaskStatus.Overdue, "01/03/2026", office: 10),
            Fact(1, PlanTaskStatus.Overdue, "01/03/2026", office: 11),
            Fact(2, PlanTaskStatus.DoneOnTime, "01/02/2026", office: 10),
            Fact(3, PlanTaskStatus.InProgress, null),
        ], listSize: 10);

        summary.Total.ShouldBe(new StatusCounts(DoneOnTime: 1, DoneLate: 0, InProgress: 1, DueSoon: 0, Overdue: 1));
        summary.ByLeadOffice[10].ShouldBe(new StatusCounts(1, 0, 0, 0, 1));
        summary.ByLeadOffice[11].ShouldBe(new StatusCounts(0, 0, 0, 0, 1));
        summary.ByLeadOffice.Count.ShouldBe(2);
        summary.Overdue.ShouldBe([1]);
    }

    [Fact]
    public void Lists_MostOverdueFirst_ThenPlanOrder_CutAtTheListSize()
    {
        var summary = TaskSummary.Of(
        [
            Fact(1, PlanTaskStatus.Overdue, "10/03/2026", plan: 1, position: 1),
            Fact(2, PlanTaskStatus.Overdue, "01/03/2026", plan: 2, position: 5),
            Fact(3, PlanTaskStatus.Overdue, "01/03/2026", plan: 1, position: 9),
            Fact(4, PlanTaskStatus.Overdue, "01/03/2026", plan: 1, position: 2),
            Fact(5, PlanTaskStatus.DueSoon, "25/11/2026", plan: 1, position: 3),
            Fact(6, PlanTaskStatus.DueSoon, "23/11/2026", plan: 3, position: 1),
            Fact(7, PlanTaskStatus.InProgress, "01/12/2026"),
        ], listSize: 3);

        summary.Overdue.ShouldBe([4, 3, 2]);
        summary.DueSoon.ShouldBe([6, 5]);
        summary.Total.Total.ShouldBe(7);
    }

    [Fact]
    public void NoTasks_GiveEmptyFigures()
    {
        var summary = TaskSummary.Of([], listSize: 10);
        summary.Total.ShouldBe(StatusCounts.Empty);
        summary.ByLeadOffice.ShouldBeEmpty();
        summary.Overdue.ShouldBeEmpty();
        summary.DueSoon.ShouldBeEmpty();
    }
}
