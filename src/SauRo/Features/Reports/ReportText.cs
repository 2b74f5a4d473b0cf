using SauRo.Data.Entities;

namespace SauRo.Features.Reports;

/// <summary>How a report's state and timeliness read on the pages.</summary>
public static class ReportText
{
    /// <summary>The label of an expected report that has not been opened yet.</summary>
    public const string NotStarted = "Chưa lập";

    public static string Label(ReportState state) => state switch
    {
        ReportState.Draft => "Nháp",
        ReportState.Submitted => "Chờ duyệt",
        ReportState.Returned => "Trả lại",
        ReportState.Approved => "Đã duyệt",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
    };

    /// <summary>The badge class of a state ("ok", "warn", "bad", "grey").</summary>
    public static string Css(ReportState state) => state switch
    {
        ReportState.Draft => "grey",
        ReportState.Submitted => "warn",
        ReportState.Returned => "bad",
        ReportState.Approved => "ok",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
    };

    /// <summary>A stable key of the state for filters and markup: "not-started", "draft", "submitted", "returned", "approved".</summary>
    public static string Key(ReportState? state) => state switch
    {
        null => "not-started",
        ReportState.Draft => "draft",
        ReportState.Submitted => "submitted",
        ReportState.Returned => "returned",
        ReportState.Approved => "approved",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
    };

    /// <summary>
    /// Timeliness as of today: "Đúng hạn" / "Nộp muộn" once submitted (first submission), else "Quá hạn" after the due
    /// date and "Chưa đến hạn" before it (the due date itself is still on time).
    /// </summary>
    public static (string Label, string Css) Timeliness(ExpectedReportRow row, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (row.Report is { } r && (r.FirstSubmittedAt ?? r.SubmittedAt) is { } first)
        {
            return Core.Monitoring.ReportingCalendar.IsOnTime(Core.Monitoring.VietnamTime.DateOf(first), row.DueDate)
                ? ("Đúng hạn", "ok")
                : ("Nộp muộn", "warn");
        }

        return today > row.DueDate ? ("Quá hạn", "bad") : ("Chưa đến hạn", "grey");
    }
}
