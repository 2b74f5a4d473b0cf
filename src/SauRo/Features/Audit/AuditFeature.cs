using SauRo.Data;

namespace SauRo.Features.Audit;

public static class AuditFeature
{
    /// <summary>The audit interceptor, then the task status one and the marks of other derived figures, attached to every <see cref="SauRoDbContext"/> the container creates.</summary>
    public static IServiceCollection AddAuditFeature(this IServiceCollection services) => services
        .AddSingleton<AuditInterceptor>()
        .AddSingleton<Monitoring.TaskStatusFreshness>()
        .AddSingleton<Monitoring.TaskStatusSnapshotInterceptor>()
        .AddSingleton<Monitoring.DerivedDataMarkInterceptor>()
        .ConfigureDbContext<SauRoDbContext>((provider, options) => options.AddInterceptors(
            provider.GetRequiredService<AuditInterceptor>(),
            provider.GetRequiredService<Monitoring.TaskStatusSnapshotInterceptor>(), // statuses after the trail: see its summary
            provider.GetRequiredService<Monitoring.DerivedDataMarkInterceptor>()));
}
