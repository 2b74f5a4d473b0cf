using SauRo.Core.Monitoring;

namespace SauRo.Features.Monitoring;

/// <summary>
/// Settings of the monitoring calendar (section "Monitoring"): how many days before a deadline a task is "sắp đến hạn",
/// the cut-off day of reporting periods (Decree 09/2019/NĐ-CP: 14), how often the reminder job runs.
/// </summary>
public sealed record MonitoringSettings
{
    public int DueSoonDays { get; init; } = 7;

    public int CutOffDay { get; init; } = ReportingPeriod.DefaultCutOffDay;

    public int ReminderIntervalMinutes { get; init; } = 60;

    /// <summary>How often missing and expired task statuses and indicator colours are computed in the background (<see cref="StatusRefreshService"/>).</summary>
    public int StatusRefreshMinutes { get; init; } = 10;

    public static MonitoringSettings From(IConfiguration configuration) => new()
    {
        DueSoonDays = Math.Clamp(configuration.GetValue("Monitoring:DueSoonDays", 7), 0, 60),
        CutOffDay = Math.Clamp(configuration.GetValue("Monitoring:CutOffDay", ReportingPeriod.DefaultCutOffDay), 1, 31),
        ReminderIntervalMinutes = Math.Clamp(configuration.GetValue("Monitoring:ReminderIntervalMinutes", 60), 1, 24 * 60),
        StatusRefreshMinutes = Math.Clamp(configuration.GetValue("Monitoring:StatusRefreshMinutes", 10), 1, 24 * 60),
    };
}
