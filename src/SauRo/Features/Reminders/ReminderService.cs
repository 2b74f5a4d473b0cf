using SauRo.Features.Monitoring;

namespace SauRo.Features.Reminders;

/// <summary>
/// Runs the <see cref="ReminderJob"/> shortly after the application starts and then every
/// <see cref="MonitoringSettings.ReminderIntervalMinutes"/> minutes (off when the setting Monitoring:Reminders is false).
/// A failed run is logged and the next one comes as planned: the job never stops the application.
/// </summary>
public sealed class ReminderService(IServiceScopeFactory scopes, MonitoringSettings settings, ILogger<ReminderService> logger) : BackgroundService
{
    private int _runs;

    /// <summary>The wait before the first run, leaving the start-up (migrations, demo data) its time.</summary>
    public TimeSpan FirstRunDelay { get; init; } = TimeSpan.FromSeconds(30);

    public TimeSpan Interval { get; init; } = TimeSpan.FromMinutes(settings.ReminderIntervalMinutes);

    /// <summary>Runs finished, failed ones included (for tests and diagnostics).</summary>
    public int Runs => _runs;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(FirstRunDelay, stoppingToken);
            using var timer = new PeriodicTimer(Interval);
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
            await scope.ServiceProvider.GetRequiredService<ReminderJob>().RunOnceAsync(stoppingToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            logger.LogError(e, "Lần chạy nhắc việc bị lỗi; lần sau chạy lại sau {Minutes} phút.", Interval.TotalMinutes);
        }
        finally
        {
            Interlocked.Increment(ref _runs);
        }
    }
}
