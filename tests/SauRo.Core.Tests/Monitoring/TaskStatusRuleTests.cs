using System.Globalization;
using SauRo.Core.Monitoring;
using SauRo.Core.Plans;

namespace SauRo.Core.Tests.Monitoring;

public class TaskStatusRuleTests
{
    private const int Soon = 7;

    private static readonly Deadline ByApril30 = new("Trước ngày 30/4/2026", DeadlineKind.Date, null, D("2026-04-30"));

    private static readonly Deadline Ongoing = new("Thường xuyên", DeadlineKind.Recurring);

    private static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static TaskProgress Updates(params string[] days) => new() { UpdateDates = [.. days.Select(D)] };

    [Theory]
    [InlineData("2026-04-30", PlanTaskStatus.DoneOnTime, null)]
    [InlineData("2026-03-02", PlanTaskStatus.DoneOnTime, null)]
    [InlineData("2026-05-01", PlanTaskStatus.DoneLate, 1)]
    [InlineData("2026-05-10", PlanTaskStatus.DoneLate, 10)]
    public void Evaluate_DateDone_OnTimeUntilEndInclusive(string completed, PlanTaskStatus expected, int? daysLate)
    {
        var result = TaskStatusRule.Evaluate(ByApril30, TaskProgress.Done(D(completed)), D("2026-06-01"), Soon);

        result.Status.ShouldBe(expected);
        result.DueDate.ShouldBe(D("2026-04-30"));
        result.DaysLate.ShouldBe(daysLate);
    }

    [Theory]
    [InlineData("2026-04-22", PlanTaskStatus.InProgress, 8)]
    [InlineData("2026-04-23", PlanTaskStatus.DueSoon, 7)]
    [InlineData("2026-04-30", PlanTaskStatus.DueSoon, 0)]
    public void Evaluate_DateNotDoneInTime_DueSoonWithinWindow(string today, PlanTaskStatus expected, int daysLeft)
    {
        var result = TaskStatusRule.Evaluate(ByApril30, TaskProgress.None, D(today), Soon);

        result.Status.ShouldBe(expected);
        result.DaysLeft.ShouldBe(daysLeft);
        result.DaysLate.ShouldBeNull();
    }

    [Fact]
    public void Evaluate_DateNotDoneAfterEnd_Overdue()
    {
        var result = TaskStatusRule.Evaluate(ByApril30, TaskProgress.None, D("2026-05-01"), Soon);

        result.Status.ShouldBe(PlanTaskStatus.Overdue);
        result.DueDate.ShouldBe(D("2026-04-30"));
        result.DaysLate.ShouldBe(1);
    }

    [Fact]
    public void Evaluate_DueSoonDaysZero_WarnsOnlyOnLastDay()
    {
        TaskStatusRule.Evaluate(ByApril30, TaskProgress.None, D("2026-04-29"), 0).Status.ShouldBe(PlanTaskStatus.InProgress);
        TaskStatusRule.Evaluate(ByApril30, TaskProgress.None, D("2026-04-30"), 0).Status.ShouldBe(PlanTaskStatus.DueSoon);
    }

    [Fact]
    public void Evaluate_NegativeDueSoonDays_Throws() =>
        Should.Throw<ArgumentOutOfRangeException>(() => TaskStatusRule.Evaluate(ByApril30, TaskProgress.None, D("2026-04-01"), -1));

    [Theory]
    [InlineData(DeadlineKind.Month, "2026-04-01", "2026-04-30")]
    [InlineData(DeadlineKind.Quarter, "2026-04-01", "2026-06-30")]
    [InlineData(DeadlineKind.Window, "2026-04-01", "2026-09-30")]
    public void Evaluate_MonthQuarterWindow_JudgedByEnd(DeadlineKind kind, string start, string end)
    {
        var deadline = new Deadline("…", kind, D(start), D(end));
        var endDay = D(end);

        TaskStatusRule.Evaluate(deadline, TaskProgress.None, endDay.AddDays(-Soon - 1), Soon).Status.ShouldBe(PlanTaskStatus.InProgress);
        TaskStatusRule.Evaluate(deadline, TaskProgress.None, endDay.AddDays(-Soon), Soon).Status.ShouldBe(PlanTaskStatus.DueSoon);
        TaskStatusRule.Evaluate(deadline, TaskProgress.None, endDay.AddDays(1), Soon).Status.ShouldBe(PlanTaskStatus.Overdue);
        TaskStatusRule.Evaluate(deadline, TaskProgress.Done(endDay), endDay.AddDays(30), Soon).Status.ShouldBe(PlanTaskStatus.DoneOnTime);
        TaskStatusRule.Evaluate(deadline, TaskProgress.Done(endDay.AddDays(1)), endDay.AddDays(30), Soon).Status.ShouldBe(PlanTaskStatus.DoneLate);
    }

    [Fact]
    public void Evaluate_EventDriven_NeverOverdue()
    {
        var deadline = new Deadline("Báo cáo khi có văn bản yêu cầu", DeadlineKind.Event);

        TaskStatusRule.Evaluate(deadline, TaskProgress.None, D("2030-01-01"), Soon).ShouldBe(new TaskStatusResult(PlanTaskStatus.InProgress));
        TaskStatusRule.Evaluate(deadline, TaskProgress.Done(D("2026-08-01")), D("2030-01-01"), Soon).Status.ShouldBe(PlanTaskStatus.DoneOnTime);
    }

    [Fact]
    public void Evaluate_UnknownDeadline_NeverOverdue()
    {
        var deadline = Deadline.Unknown("Sau khi có hướng dẫn", "Không có ngày");

        TaskStatusRule.Evaluate(deadline, TaskProgress.None, D("2030-01-01"), Soon).ShouldBe(new TaskStatusResult(PlanTaskStatus.InProgress));
        TaskStatusRule.Evaluate(deadline, TaskProgress.Done(D("2026-08-01")), D("2030-01-01"), Soon).Status.ShouldBe(PlanTaskStatus.DoneOnTime);
    }

    [Fact]
    public void Evaluate_RecurringBeforeFirstPeriodDue_InProgress()
    {
        var progress = new TaskProgress { TrackedFrom = D("2026-04-10") };

        // First period: April (15/03–14/04), due 05/05 by default.
        var result = TaskStatusRule.Evaluate(Ongoing, progress, D("2026-04-20"), Soon);

        result.Status.ShouldBe(PlanTaskStatus.InProgress);
        result.Period.ShouldBe(ReportingPeriod.Monthly(2026, 4));
        result.DueDate.ShouldBe(D("2026-05-05"));
        result.DaysLeft.ShouldBe(15);
    }

    [Fact]
    public void Evaluate_RecurringPeriodEndedNotYetDue_DueSoonWithinWindow()
    {
        var progress = new TaskProgress { TrackedFrom = D("2026-04-10") };

        var result = TaskStatusRule.Evaluate(Ongoing, progress, D("2026-04-28"), Soon);

        result.Status.ShouldBe(PlanTaskStatus.DueSoon);
        result.Period.ShouldBe(ReportingPeriod.Monthly(2026, 4));
        result.DaysLeft.ShouldBe(7);
    }

    [Fact]
    public void Evaluate_RecurringWithoutUpdateAfterDue_OverdueForThatPeriod()
    {
        var progress = new TaskProgress { TrackedFrom = D("2026-01-01"), UpdateDates = [D("2026-03-10")] };

        var result = TaskStatusRule.Evaluate(Ongoing, progress, D("2026-05-06"), Soon);

        result.Status.ShouldBe(PlanTaskStatus.Overdue);
        result.Period.ShouldBe(ReportingPeriod.Monthly(2026, 4));
        result.DueDate.ShouldBe(D("2026-05-05"));
        result.DaysLate.ShouldBe(1);
    }

    [Theory]
    [InlineData("2026-03-15")] // first day of April's window
    [InlineData("2026-04-14")] // last day of April's window
    [InlineData("2026-05-05")] // after the window, up to the due date
    public void Evaluate_RecurringUpdatedInPeriodOrUntilDue_InProgress(string update)
    {
        var progress = Updates(update) with { TrackedFrom = D("2026-03-20") };

        var result = TaskStatusRule.Evaluate(Ongoing, progress, D("2026-05-06"), Soon);

        result.Status.ShouldBe(PlanTaskStatus.InProgress);
    }

    [Theory]
    [InlineData("2026-03-14")]
    [InlineData("2026-05-06")]
    public void Evaluate_RecurringUpdateOutsidePeriodAndGrace_Overdue(string update)
    {
        var progress = Updates(update) with { TrackedFrom = D("2026-03-20") };

        TaskStatusRule.Evaluate(Ongoing, progress, D("2026-05-06"), Soon).Status.ShouldBe(PlanTaskStatus.Overdue);
    }

    [Fact]
    public void Evaluate_RecurringWithoutStart_JudgedByLatestDuePeriod()
    {
        TaskStatusRule.Evaluate(Ongoing, TaskProgress.None, D("2026-05-06"), Soon).Status.ShouldBe(PlanTaskStatus.Overdue);
        TaskStatusRule.Evaluate(Ongoing, Updates("2026-04-03"), D("2026-05-06"), Soon).Status.ShouldBe(PlanTaskStatus.InProgress);
    }

    [Fact]
    public void Evaluate_RecurringQuarterly_UsesDeadlineRecurrence()
    {
        var quarterly = new Deadline("Hằng quý", DeadlineKind.Recurring) { Every = Recurrence.Quarter };
        var progress = new TaskProgress { TrackedFrom = D("2026-01-01") };

        // Q1 (15/12/2025–14/03/2026) is due 05/04.
        TaskStatusRule.Evaluate(quarterly, progress, D("2026-04-05"), Soon).Status.ShouldBe(PlanTaskStatus.DueSoon);
        var late = TaskStatusRule.Evaluate(quarterly, progress, D("2026-04-06"), Soon);
        late.Status.ShouldBe(PlanTaskStatus.Overdue);
        late.Period.ShouldBe(ReportingPeriod.Quarterly(2026, 1));
        TaskStatusRule.Evaluate(quarterly, progress with { UpdateDates = [D("2026-02-20")] }, D("2026-05-20"), Soon)
            .Status.ShouldBe(PlanTaskStatus.InProgress);
    }

    [Fact]
    public void Evaluate_RecurringFrequencyAndDueDay_FromProgress()
    {
        var progress = new TaskProgress { TrackedFrom = D("2026-01-01"), UpdateFrequency = ReportingFrequency.Quarterly, UpdateDueDay = 20 };

        // Q1 due 20/03 with "quarterly before the 20th".
        var result = TaskStatusRule.Evaluate(Ongoing, progress, D("2026-03-21"), Soon);

        result.Status.ShouldBe(PlanTaskStatus.Overdue);
        result.DueDate.ShouldBe(D("2026-03-20"));
        TaskStatusRule.Frequency(Ongoing, TaskProgress.None).ShouldBe(ReportingFrequency.Monthly);
    }

    [Fact]
    public void Evaluate_FromStartDate_JudgedFromPeriodContainingStart()
    {
        var from = new Deadline("bắt đầu từ ngày 10/4/2026", DeadlineKind.From, D("2026-04-10"));

        TaskStatusRule.Evaluate(from, TaskProgress.None, D("2026-03-01"), Soon).Status.ShouldBe(PlanTaskStatus.InProgress);
        TaskStatusRule.Evaluate(from, TaskProgress.None, D("2026-04-20"), Soon).Status.ShouldBe(PlanTaskStatus.InProgress);
        TaskStatusRule.Evaluate(from, TaskProgress.None, D("2026-05-06"), Soon).Status.ShouldBe(PlanTaskStatus.Overdue);
        TaskStatusRule.Evaluate(from, Updates("2026-04-25"), D("2026-05-06"), Soon).Status.ShouldBe(PlanTaskStatus.InProgress);
    }

    [Fact]
    public void Evaluate_DateThenOngoingNotDone_AsDated()
    {
        var deadline = new Deadline("Hoàn thành trước ngày 30/5/2026. Thường xuyên duy trì, nâng cấp", DeadlineKind.Date, null, D("2026-05-30"))
        {
            OngoingAfter = true,
        };

        TaskStatusRule.Evaluate(deadline, TaskProgress.None, D("2026-05-25"), Soon).Status.ShouldBe(PlanTaskStatus.DueSoon);
        TaskStatusRule.Evaluate(deadline, TaskProgress.None, D("2026-06-01"), Soon).Status.ShouldBe(PlanTaskStatus.Overdue);
    }

    [Fact]
    public void Evaluate_DateThenOngoingDone_OngoingFromCompletion()
    {
        var deadline = new Deadline("Hoàn thành trước ngày 30/5/2026. Thường xuyên duy trì, nâng cấp", DeadlineKind.Date, null, D("2026-05-30"))
        {
            OngoingAfter = true,
        };
        var done = TaskProgress.Done(D("2026-05-20"));

        var justDone = TaskStatusRule.Evaluate(deadline, done, D("2026-06-10"), Soon);
        justDone.Status.ShouldBe(PlanTaskStatus.InProgress);
        justDone.DatedPart.ShouldBe(PlanTaskStatus.DoneOnTime);

        // June (15/05–14/06, due 05/07) is covered by the completion itself.
        TaskStatusRule.Evaluate(deadline, done, D("2026-07-06"), Soon).Status.ShouldBe(PlanTaskStatus.InProgress);

        // July (15/06–14/07, due 05/08) had no update.
        var lapsed = TaskStatusRule.Evaluate(deadline, done, D("2026-08-06"), Soon);
        lapsed.Status.ShouldBe(PlanTaskStatus.Overdue);
        lapsed.Period.ShouldBe(ReportingPeriod.Monthly(2026, 7));
        lapsed.DatedPart.ShouldBe(PlanTaskStatus.DoneOnTime);

        TaskStatusRule.Evaluate(deadline, done with { UpdateDates = [D("2026-07-03")] }, D("2026-08-06"), Soon).Status
            .ShouldBe(PlanTaskStatus.InProgress);
        TaskStatusRule.Evaluate(deadline, TaskProgress.Done(D("2026-06-02")), D("2026-06-10"), Soon).DatedPart
            .ShouldBe(PlanTaskStatus.DoneLate);
    }

    [Fact]
    public void Label_EachStatus_IsVietnameseWithCssKey()
    {
        PlanTaskStatus.DoneOnTime.Label().ShouldBe("Hoàn thành đúng hạn");
        PlanTaskStatus.DoneLate.Label().ShouldBe("Hoàn thành quá hạn");
        PlanTaskStatus.InProgress.Label().ShouldBe("Đang thực hiện trong hạn");
        PlanTaskStatus.Overdue.Label().ShouldBe("Quá hạn chưa hoàn thành");
        PlanTaskStatus.DueSoon.Label().ShouldBe("Sắp đến hạn");
        Enum.GetValues<PlanTaskStatus>().Select(s => PlanTaskStatusText.FromCssKey(s.CssKey())).ShouldBe(Enum.GetValues<PlanTaskStatus>().Cast<PlanTaskStatus?>());
        PlanTaskStatus.DueSoon.CssKey().ShouldBe("due-soon");
        PlanTaskStatus.DueSoon.Official().ShouldBe(PlanTaskStatus.InProgress);
    }
}
