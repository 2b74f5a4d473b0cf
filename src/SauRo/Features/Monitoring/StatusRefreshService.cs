using Microsoft.EntityFrameworkCore;
using SauRo.Core.Monitoring;
using SauRo.Data;
using SauRo.Features.Indicators.Values;
using SauRo.Features.Reports;

namespace SauRo.Features.Monitoring;

/// <summary>
/// Shortly after start and then every <see cref="MonitoringSettings.StatusRefreshMinutes"/> minutes, computes the task
/// statuses, the indicator colours and the plans' report completeness (in their plan's year) that are missing (written before they were kept, or loaded
/// in bulk), marked by a write, or whose validity has passed (a new Vietnamese day), so that the first dashboard of the
/// day does not wait for them. Reads do the same for what
/// they count, so nothing depends on this service having run; a failed run is logged and the next comes as planned.
/// A pass over every task's status lets counts skip that look until the day ends (<see cref="TaskStatusFreshness"/>).
/// </summary>
public sealed class StatusRefreshService(
    IServiceScopeFactory scopes, TimeProvider clock, MonitoringSettings settings, TaskStatusFreshness freshness, ILogger<StatusRefreshService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(TimeSpan.FromSeconds(5), stoppingToken);
            using var timer = new PeriodicTimer(TimeSpan.FromMinutes(settings.StatusRefreshMinutes));
            do
            {
                await RunAsync(stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The application is stopping.
        }
    }

    private async Task RunAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<SauRoDbContext>();
            var started = clock.GetUtcNow();
            var today = VietnamTime.DateOf(started);
            var refreshed = await PassAsync(db, started, settings, freshness, stoppingToken);
            if (refreshed > 0)
            {
                logger.LogInformation("Đã tính lại tình trạng của {Count} nhiệm vụ.", refreshed);
            }

            var years = await db.Plans.Select(p => p.Year ?? today.Year).Distinct().ToListAsync(stoppingToken);
            var coloured = 0;
            var counted = 0;
            foreach (var year in years)
            {
                var plans = db.Plans.Where(p => p.Year == year || (p.Year == null && year == today.Year));
                coloured += await IndicatorColourStore.RefreshStaleAsync(db, db.Indicators.Where(i => plans.Any(p => p.Id == i.PlanId)), year, today, settings.CutOffDay, stoppingToken);
                counted += await ReportCompletenessStore.RefreshStaleAsync(db, plans, year, today, settings.CutOffDay, stoppingToken);
            }

            if (coloured + counted > 0)
            {
                logger.LogInformation("Đã tính lại màu của {Colours} chỉ tiêu và mức đầy đủ báo cáo của {Plans} kế hoạch.", coloured, counted);
            }
        }
        catch (Exception e) when (e is DbUpdateException or InvalidOperationException or System.Data.Common.DbException)
        {
            logger.LogError(e, "Lần tính lại tình trạng nhiệm vụ và màu chỉ tiêu bị lỗi; lần sau chạy lại sau {Minutes} phút.", settings.StatusRefreshMinutes);
        }
    }

    /// <summary>
    /// Brings every task's status (missing ones included) up to the Vietnamese day of <paramref name="started"/>, then
    /// tells <paramref name="freshness"/> so that counts that day need not look for stale ones; returns how many were computed.
    /// </summary>
    public static async Task<int> PassAsync(
        SauRoDbContext db, DateTimeOffset started, MonitoringSettings settings, TaskStatusFreshness freshness, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(freshness);
        var refreshed = await TaskStatusStore.RefreshStaleAsync(db, db.Tasks, VietnamTime.DateOf(started), settings, includeMissing: true, cancellation);
        freshness.PassCompleted(started);
        return refreshed;
    }
}
