using System.Globalization;
using SauRo.Core.Monitoring;
using SauRo.Core.Plans;

namespace SauRo.Core.Tests.Monitoring;

public class ReminderPlannerTests
{
    private const int Soon = 3;

    private static readonly Deadline ByApril30 = new("Trước ngày 30/4/2026", DeadlineKind.Date, null, D("2026-04-30"));

    private static readonly ReportingPeriod April = ReportingPeriod.Monthly(2026, 4);

    private static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static TaskReminderSource Task(int id, Deadline deadline, TaskProgress progress, DateOnly today, params int[] offices) =>
        new(id, "Triển khai  nền tảng\nhọp trực tuyến", offices, deadline, TaskStatusRule.Evaluate(deadline, progress, today, Soon));

    private static IReadOnlyList<Reminder> Run(DateOnly today, TaskProgress? progress = null, bool submitted = false) =>
        ReminderPlanner.Plan(
            today,
            [Task(7, ByApril30, progress ?? TaskProgress.None, today, 3)],
            [new ReportReminderSource(new ExpectedReport(3, April, D("2026-05-05")), submitted)],
            Soon);

    [Fact]
    public void Plan_TaskDueSoon_KeyedByTaskDueDateAndOffice()
    {
        var reminders = Run(D("2026-04-28"));

        var r = reminders.ShouldHaveSingleItem();
        r.Key.ShouldBe("task-due-soon:7:2026-04-30:3");
        r.Kind.ShouldBe(ReminderKind.TaskDueSoon);
        r.RecipientOfficeId.ShouldBe(3);
        r.TaskId.ShouldBe(7);
        r.DueDate.ShouldBe(D("2026-04-30"));
        r.Subject.ShouldBe("Sắp đến hạn: Triển khai nền tảng họp trực tuyến");
        r.Text.ShouldBe("Nhiệm vụ “Triển khai nền tảng họp trực tuyến” sắp đến hạn ngày 30/04/2026 "
            + "(thời hạn theo kế hoạch: “Trước ngày 30/4/2026”). Đề nghị đơn vị khẩn trương hoàn thành và cập nhật kết quả trên hệ thống.");
    }

    [Fact]
    public void Plan_TaskOverdueAndReportDue_BothKeyed()
    {
        var reminders = Run(D("2026-05-02"));

        reminders.Select(r => r.Key).ShouldBe(["report-due:3:2026-M04", "task-overdue:7:2026-04-30:3"]);
        var report = reminders[0];
        report.Kind.ShouldBe(ReminderKind.ReportDue);
        report.Period.ShouldBe(April);
        report.Subject.ShouldBe("Sắp đến hạn nộp báo cáo tháng 4/2026");
        report.Text.ShouldBe("Đề nghị đơn vị nộp báo cáo tháng 4/2026 trên hệ thống trước hoặc trong ngày 05/05/2026.");
        reminders[1].Kind.ShouldBe(ReminderKind.TaskOverdue);
    }

    [Fact]
    public void Plan_ReportPastDue_LateReminder()
    {
        var late = Run(D("2026-05-06")).Single(r => r.Kind == ReminderKind.ReportLate);

        late.Key.ShouldBe("report-late:3:2026-M04");
        late.Subject.ShouldBe("Chậm nộp báo cáo tháng 4/2026");
        late.Text.ShouldBe("Báo cáo tháng 4/2026 đã quá hạn nộp (hạn 05/05/2026). Đề nghị đơn vị nộp ngay trên hệ thống.");
    }

    [Fact]
    public void Plan_RunTwice_SameReminders()
    {
        var today = D("2026-05-02");

        Run(today).ShouldBe(Run(today));
    }

    [Fact]
    public void Plan_ConsecutiveDaysInWindow_SameKeys()
    {
        Run(D("2026-04-27")).Select(r => r.Key).ShouldBe(Run(D("2026-04-30")).Select(r => r.Key));
        Run(D("2026-05-03")).Select(r => r.Key).ShouldBe(Run(D("2026-05-05")).Select(r => r.Key));
    }

    [Fact]
    public void Plan_MissedDays_CatchesUpWithCurrentState()
    {
        // Run on 26/04 (nothing yet), then no run until 07/05: the overdue task and the late report are both there.
        Run(D("2026-04-26")).ShouldBeEmpty();

        Run(D("2026-05-07")).Select(r => r.Key).ShouldBe(["report-late:3:2026-M04", "task-overdue:7:2026-04-30:3"]);
    }

    [Fact]
    public void Plan_DailyRunsOverMonth_EachKeySentOnceWhenStored()
    {
        var sent = new Dictionary<string, DateOnly>();
        for (var day = D("2026-04-20"); day <= D("2026-05-20"); day = day.AddDays(1))
        {
            foreach (var r in Run(day))
            {
                sent.TryAdd(r.Key, day);
            }
        }

        sent.ShouldBe(new Dictionary<string, DateOnly>
        {
            ["task-due-soon:7:2026-04-30:3"] = D("2026-04-27"),
            ["task-overdue:7:2026-04-30:3"] = D("2026-05-01"),
            ["report-due:3:2026-M04"] = D("2026-05-02"),
            ["report-late:3:2026-M04"] = D("2026-05-06"),
        });
    }

    [Fact]
    public void Plan_DoneTaskAndSubmittedReport_NoReminders() =>
        Run(D("2026-05-10"), TaskProgress.Done(D("2026-05-02")), submitted: true).ShouldBeEmpty();

    [Fact]
    public void Plan_TaskWithSeveralOffices_OneReminderEach()
    {
        var today = D("2026-05-02");

        var reminders = ReminderPlanner.Plan(today, [Task(7, ByApril30, TaskProgress.None, today, 3, 5, 3)], [], Soon);

        reminders.Select(r => (r.Key, r.RecipientOfficeId)).ShouldBe([("task-overdue:7:2026-04-30:3", 3), ("task-overdue:7:2026-04-30:5", 5)]);
    }

    [Fact]
    public void Plan_RecurringTaskMissedPeriod_KeyedByPeriodDueDate()
    {
        var deadline = new Deadline("Thường xuyên", DeadlineKind.Recurring);
        var progress = new TaskProgress { TrackedFrom = D("2026-03-20") };
        var today = D("2026-05-06");

        var r = ReminderPlanner.Plan(today, [Task(9, deadline, progress, today, 4)], [], Soon).ShouldHaveSingleItem();

        r.Key.ShouldBe("task-overdue:9:2026-05-05:4");
        r.Period.ShouldBe(April);
        r.Subject.ShouldBe("Chưa cập nhật: Triển khai nền tảng họp trực tuyến");
        r.Text.ShouldContain("chưa được cập nhật kết quả kỳ tháng 4/2026 (hạn 05/05/2026)");
    }

    [Fact]
    public void Plan_EventAndInProgressTasks_NoReminders()
    {
        var today = D("2026-04-01");
        var evt = new Deadline("Khi có yêu cầu", DeadlineKind.Event);

        ReminderPlanner.Plan(today, [Task(1, evt, TaskProgress.None, today, 1), Task(2, ByApril30, TaskProgress.None, today, 1)], [], Soon)
            .ShouldBeEmpty();
    }

    [Fact]
    public void Plan_LongContent_SubjectShortened()
    {
        var today = D("2026-05-02");
        var source = new TaskReminderSource(1, new string('a', 200), [1], ByApril30, TaskStatusRule.Evaluate(ByApril30, TaskProgress.None, today, Soon));

        var r = ReminderPlanner.Plan(today, [source], [], Soon).Single();

        r.Subject.Length.ShouldBe("Quá hạn: ".Length + 80);
        r.Subject.ShouldEndWith("…");
        r.Text.ShouldContain(new string('a', 200));
    }
}
