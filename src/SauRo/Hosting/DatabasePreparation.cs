using SauRo.Data;
using SauRo.Features.Demo;

namespace SauRo.Hosting;

/// <summary>
/// Before the server starts listening: applies the migrations and, when the database is empty, loads the demo data
/// and the administrator account (unless the setting Demo:Skip is true).
/// </summary>
public sealed class DatabasePreparation(IServiceProvider services, DatabaseSettings settings, IConfiguration configuration, ILogger<DatabasePreparation> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        logger.LogInformation("Cơ sở dữ liệu: {Database}", settings.Describe());
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SauRoDbContext>();
        foreach (var version in await DatabaseMigrator.MigrateAsync(db, cancellationToken))
        {
            logger.LogInformation("Đã áp dụng bản chuyển đổi CSDL {Version}", version);
        }

        if (!configuration.GetValue("Demo:Skip", false))
        {
            await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedIfEmptyAsync(cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
