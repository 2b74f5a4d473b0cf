using System.Globalization;
using SauRo.Core.Plans;
using SauRo.Core.Text;

namespace SauRo.Core.Monitoring;

public enum ReminderKind
{
    /// <summary>A task is due soon ("Sắp đến hạn").</summary>
    TaskDueSoon,

    /// <summary>A task is overdue, or a recurring task missed its period's update.</summary>
    TaskOverdue,

    /// <summary>A report is due within the warning window and not submitted.</summary>
    ReportDue,

    /// <summary>A report's due date has passed and it is not submitted.</summary>
    ReportLate,
}

/// <summary>
/// A reminder that should exist now for one recipient. <see cref="Key"/> is stable: it depends only on what is
/// reminded of, never on the day the planner runs, so the web layer stores keys and sends each once.
/// </summary>
public sealed record Reminder(string Key, ReminderKind Kind, int RecipientOfficeId, string Subject, string Text, DateOnly DueDate)
{
    public int? TaskId { get; init; }

    public ReportingPeriod? Period { get; init; }
}

/// <summary>A task as the planner sees it: its status is computed beforehand by <see cref="TaskStatusRule"/> for the same day.</summary>
public sealed record TaskReminderSource(int TaskId, string Content, IReadOnlyList<int> OfficeIds, Deadline Deadline, TaskStatusResult Status);

/// <summary>An expected report and whether it has been submitted.</summary>
public sealed record ReportReminderSource(ExpectedReport Report, bool Submitted);

/// <summary>
/// Which reminders should exist on a Vietnamese date. It reads only state, never what was sent before: a run after
/// missed days produces what is due then (catch-up), and running twice yields the same keys.
/// <list type="bullet">
/// <item>Task due soon / overdue (status <see cref="PlanTaskStatus.DueSoon"/> / <see cref="PlanTaskStatus.Overdue"/>),
/// one per office of the task: <c>task-due-soon:{taskId}:{due:yyyy-MM-dd}:{officeId}</c>,
/// <c>task-overdue:{taskId}:{due:yyyy-MM-dd}:{officeId}</c>. The due date is the deadline's end, or for a recurring
/// task the due date of the period concerned, so a new deadline or a new period gives a new reminder.</item>
/// <item>Report not submitted, due within <c>dueSoonDays</c> (0 = on the due date only):
/// <c>report-due:{officeId}:{period}</c>; past its due date: <c>report-late:{officeId}:{period}</c>,
/// the period written as its key ("2026-M04").</item>
/// </list>
/// Reminders come ordered by key.
/// </summary>
public static class ReminderPlanner
{
    private const int SubjectContentLength = 80;

    public static IReadOnlyList<Reminder> Plan(
        DateOnly today, IEnumerable<TaskReminderSource> tasks, IEnumerable<ReportReminderSource> reports, int dueSoonDays)
    {
        ArgumentNullException.ThrowIfNull(tasks);
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentOutOfRangeException.ThrowIfNegative(dueSoonDays);

        var reminders = new List<Reminder>();
        foreach (var task in tasks)
        {
            reminders.AddRange(ForTask(task));
        }

        foreach (var source in reports.Where(r => !r.Submitted))
        {
            var report = source.Report;
            if (today > report.DueDate)
            {
                reminders.Add(ForReport(ReminderKind.ReportLate, report));
            }
            else if (report.DueDate.DayNumber - today.DayNumber <= dueSoonDays)
            {
                reminders.Add(ForReport(ReminderKind.ReportDue, report));
            }
        }

        return [.. reminders.DistinctBy(r => r.Key).OrderBy(r => r.Key, StringComparer.Ordinal)];
    }

    private static IEnumerable<Reminder> ForTask(TaskReminderSource task)
    {
        var kind = task.Status.Status switch
        {
            PlanTaskStatus.DueSoon => ReminderKind.TaskDueSoon,
            PlanTaskStatus.Overdue => ReminderKind.TaskOverdue,
            _ => (ReminderKind?)null,
        };
        if (kind is not { } k || (task.Status.DueDate ?? task.Deadline.End) is not { } due)
        {
            yield break;
        }

        var prefix = k == ReminderKind.TaskDueSoon ? "task-due-soon" : "task-overdue";
        var content = VietnameseText.CollapseWhitespace(task.Content);
        var shortContent = content.Length <= SubjectContentLength ? content : content[..(SubjectContentLength - 1)].TrimEnd() + "…";
        var period = task.Status.Period;
        var dueText = Day(due);
        var (subject, text) = (k, period) switch
        {
            (ReminderKind.TaskDueSoon, null) => (
                $"Sắp đến hạn: {shortContent}",
                $"Nhiệm vụ “{content}” sắp đến hạn ngày {dueText} (thời hạn theo kế hoạch: “{task.Deadline.Text}”). "
                + "Đề nghị đơn vị khẩn trương hoàn thành và cập nhật kết quả trên hệ thống."),
            (ReminderKind.TaskDueSoon, { } p) => (
                $"Sắp đến hạn cập nhật: {shortContent}",
                $"Nhiệm vụ “{content}” (thời hạn: “{task.Deadline.Text}”) cần cập nhật kết quả kỳ {Lower(p.Label)} "
                + $"trước hoặc trong ngày {dueText}."),
            (_, null) => (
                $"Quá hạn: {shortContent}",
                $"Nhiệm vụ “{content}” đã quá hạn ngày {dueText} (thời hạn theo kế hoạch: “{task.Deadline.Text}”) mà chưa hoàn thành. "
                + "Đề nghị đơn vị khẩn trương hoàn thành, cập nhật kết quả và nêu rõ lý do chậm trên hệ thống."),
            (_, { } p) => (
                $"Chưa cập nhật: {shortContent}",
                $"Nhiệm vụ “{content}” (thời hạn: “{task.Deadline.Text}”) chưa được cập nhật kết quả kỳ {Lower(p.Label)} "
                + $"(hạn {dueText}). Đề nghị đơn vị cập nhật ngay trên hệ thống."),
        };

        foreach (var office in task.OfficeIds.Distinct())
        {
            var key = string.Create(CultureInfo.InvariantCulture, $"{prefix}:{task.TaskId}:{due:yyyy-MM-dd}:{office}");
            yield return new Reminder(key, k, office, subject, text, due) { TaskId = task.TaskId, Period = period };
        }
    }

    private static Reminder ForReport(ReminderKind kind, ExpectedReport report)
    {
        var name = report.Period.ReportName;
        var due = Day(report.DueDate);
        var (prefix, subject, text) = kind == ReminderKind.ReportLate
            ? ("report-late", $"Chậm nộp {name}", $"{Capital(name)} đã quá hạn nộp (hạn {due}). Đề nghị đơn vị nộp ngay trên hệ thống.")
            : ("report-due", $"Sắp đến hạn nộp {name}", $"Đề nghị đơn vị nộp {name} trên hệ thống trước hoặc trong ngày {due}.");
        var key = string.Create(CultureInfo.InvariantCulture, $"{prefix}:{report.OfficeId}:{report.Period.Key}");
        return new Reminder(key, kind, report.OfficeId, subject, text, report.DueDate) { Period = report.Period };
    }

    private static string Lower(string text) => text.Length == 0 ? text : char.ToLowerInvariant(text[0]) + text[1..];

    private static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static string Day(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
