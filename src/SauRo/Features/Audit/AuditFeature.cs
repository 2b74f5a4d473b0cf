using SauRo.Data;

namespace SauRo.Features.Audit;

public static class AuditFeature
{
    /// <summary>The audit interceptor, attached to every <see cref="SauRoDbContext"/> the container creates.</summary>
    public static IServiceCollection AddAuditFeature(this IServiceCollection services) => services
        .AddSingleton<AuditInterceptor>()
        .ConfigureDbContext<SauRoDbContext>((provider, options) => options.AddInterceptors(provider.GetRequiredService<AuditInterceptor>()));
}
