using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using SauRo.Features.Accounts;
using SauRo.Features.Monitoring;
using SauRo.Features.Reminders;

namespace SauRo.Tests.Web;

/// <summary>The hosted service: it runs the job soon after start and periodically, and a failing run never stops it.</summary>
public abstract class ReminderServiceTests(WebAppFixture app) : WebTest(app)
{
    [Fact]
    public async Task Service_RunsTheJobSoonAfterStart()
    {
        App.Clock.Set(ReminderWorld.At(2026, 11, 22));
        var c = await ReminderWorld.NewCommuneWithPlanAsync(App);
        await ReminderWorld.NewTaskAsync(App, c.PlanId, "Nhiệm vụ do dịch vụ nền nhắc", "Trước ngày 18/11/2026", c.Economy);
        var economy = await ReminderWorld.NewAccountAsync(App, Roles.OfficeOfficer, c.Economy.Id, email: null);
        using var service = new ReminderService(
            App.Services.GetRequiredService<IServiceScopeFactory>(), new MonitoringSettings(), NullLogger<ReminderService>.Instance)
        {
            FirstRunDelay = TimeSpan.Zero,
            Interval = TimeSpan.FromMilliseconds(50),
        };

        await service.StartAsync(TestContext.Current.CancellationToken);
        await WaitUntilAsync(() => service.Runs >= 2);
        await service.StopAsync(TestContext.Current.CancellationToken);

        (await ReminderWorld.NotificationsAsync(App, economy.Id)).ShouldHaveSingleItem().Subject.ShouldBe("Quá hạn: Nhiệm vụ do dịch vụ nền nhắc");
    }

    [Fact]
    public async Task Service_AFailingRunIsLogged_AndTheNextRunStillComes()
    {
        // A container without the job: every run fails.
        await using var broken = new ServiceCollection().BuildServiceProvider();
        var log = new ErrorCount();
        using var service = new ReminderService(broken.GetRequiredService<IServiceScopeFactory>(), new MonitoringSettings(), log)
        {
            FirstRunDelay = TimeSpan.Zero,
            Interval = TimeSpan.FromMilliseconds(20),
        };

        await service.StartAsync(TestContext.Current.CancellationToken);
        await WaitUntilAsync(() => service.Runs >= 3);
        await service.StopAsync(TestContext.Current.CancellationToken);

        log.Errors.ShouldBeGreaterThanOrEqualTo(3);
        service.ExecuteTask!.IsFaulted.ShouldBeFalse();
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!condition())
        {
            DateTime.UtcNow.ShouldBeLessThan(deadline, "Dịch vụ nhắc việc không chạy.");
            await Task.Delay(20, TestContext.Current.CancellationToken);
        }
    }

    private sealed class ErrorCount : ILogger<ReminderService>
    {
        private int _errors;

        public int Errors => _errors;

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel == LogLevel.Error)
            {
                Interlocked.Increment(ref _errors);
            }
        }
    }
}

public sealed class ReminderServiceTests_Sqlite(SqliteWebApp app) : ReminderServiceTests(app), IClassFixture<SqliteWebApp>;

public sealed class ReminderServiceTests_Postgres(PostgresWebApp app) : ReminderServiceTests(app), IClassFixture<PostgresWebApp>;
