using Microsoft.EntityFrameworkCore;
using SauRo.Core.Monitoring;
using SauRo.Data;

namespace SauRo.Features.Monitoring;

/// <summary>
/// Shortly after start and then every <see cref="MonitoringSettings.StatusRefreshMinutes"/> minutes, computes the task
/// statuses that are missing (tasks written before statuses were kept, or loaded in bulk) or whose validity has passed
/// (a new Vietnamese day), so that the first dashboard of the day does not wait for them. Reads do the same for what
/// they count, so nothing depends on this service having run; a failed run is logged and the next comes as planned.
/// </summary>
public sealed class TaskStatusRefreshService(
    IServiceScopeFactory scopes, TimeProvider clock, MonitoringSettings settings, ILogger<TaskStatusRefreshService> logger) : BackgroundService
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
            var refreshed = await TaskStatusStore.RefreshStaleAsync(db, db.Tasks, VietnamTime.Today(clock), settings, includeMissing: true, stoppingToken);
            if (refreshed > 0)
            {
                logger.LogInformation("Đã tính lại tình trạng của {Count} nhiệm vụ.", refreshed);
            }
        }
        catch (Exception e) when (e is DbUpdateException or InvalidOperationException or System.Data.Common.DbException)
        {
            logger.LogError(e, "Lần tính lại tình trạng nhiệm vụ bị lỗi; lần sau chạy lại sau {Minutes} phút.", settings.StatusRefreshMinutes);
        }
    }
}
