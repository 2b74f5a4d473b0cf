using System.Globalization;
using SauRo.Core.Monitoring;

namespace SauRo.Features.Monitoring;

/// <summary>How a task's status reads on the pages: the badge class and what it was measured against.</summary>
public static class TaskStatusText
{
    /// <summary>The badge class: done on time "ok", done late and due soon "warn", overdue "bad", in progress "grey".</summary>
    public static string Badge(PlanTaskStatus status) => status switch
    {
        PlanTaskStatus.DoneOnTime => "ok",
        PlanTaskStatus.DoneLate or PlanTaskStatus.DueSoon => "warn",
        PlanTaskStatus.Overdue => "bad",
        PlanTaskStatus.InProgress => "grey",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    /// <summary>
    /// The short word on a task row of the plan page (the page weighs little on slow networks; the summary above the
    /// tables and the task page give the full label): "Xong đúng hạn", "Xong quá hạn", "Trong hạn", "Quá hạn", "Sắp đến hạn".
    /// </summary>
    public static string Short(PlanTaskStatus status) => status switch
    {
        PlanTaskStatus.DoneOnTime => "Xong đúng hạn",
        PlanTaskStatus.DoneLate => "Xong quá hạn",
        PlanTaskStatus.InProgress => "Trong hạn",
        PlanTaskStatus.Overdue => "Quá hạn",
        PlanTaskStatus.DueSoon => "Sắp đến hạn",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    /// <summary>
    /// "hạn 30/06/2026, còn 5 ngày", "quá hạn 3 ngày (hạn 30/06/2026)", "kỳ Tháng 4/2026: chưa cập nhật, quá hạn báo cáo
    /// 2 ngày (hạn 05/05/2026)"; empty when there is nothing to measure against (event-driven, not understood).
    /// </summary>
    public static string Detail(TaskStatusResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.DueDate is not { } due)
        {
            return string.Empty;
        }

        var day = due.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        var period = result.Period is { } p ? $"kỳ {p.Label}: " : string.Empty;
        var dated = result.DatedPart is { } part ? $"phần có hạn: {part.Label().ToLower(CultureInfo.GetCultureInfo("vi-VN"))}; " : string.Empty;
        return result.Status switch
        {
            PlanTaskStatus.Overdue when result.Period is not null => $"{dated}{period}chưa cập nhật, quá hạn {result.DaysLate} ngày (hạn {day})",
            PlanTaskStatus.Overdue => $"quá hạn {result.DaysLate} ngày (hạn {day})",
            PlanTaskStatus.DoneLate => $"trễ {result.DaysLate} ngày (hạn {day})",
            PlanTaskStatus.DoneOnTime => $"hạn {day}",
            _ when result.Period is not null => $"{dated}{period}hạn cập nhật {day}, còn {result.DaysLeft} ngày",
            _ => result.DaysLeft == 0 ? $"hạn hôm nay ({day})" : $"hạn {day}, còn {result.DaysLeft} ngày",
        };
    }
}
