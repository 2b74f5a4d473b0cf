using Microsoft.AspNetCore.HttpOverrides;

namespace SauRo.Hosting;

/// <summary>
/// HTTPS when the setting <c>Https:Enabled</c> is true (environment <c>Https__Enabled=true</c>): plain HTTP requests
/// are redirected to HTTPS (port <c>Https:Port</c>, 443 by default), responses carry HSTS for one year, and every
/// cookie is sent over HTTPS only. Without it the app speaks plain HTTP, the embedded default on a commune's LAN.
/// A reverse proxy on the same machine may forward the client's address and scheme (X-Forwarded-For/-Proto); other
/// senders of those headers are ignored.
/// </summary>
public static class TransportSecurity
{
    public static bool HttpsEnabled(IConfiguration config) => config.GetValue<bool>("Https:Enabled");

    public static IServiceCollection AddTransportSecurity(this IServiceCollection services, IConfiguration config)
    {
        // Known proxies stay the defaults: loopback only.
        services.Configure<ForwardedHeadersOptions>(o => o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto);
        if (HttpsEnabled(config))
        {
            services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));
            services.AddHttpsRedirection(o => o.HttpsPort = config.GetValue<int?>("Https:Port") ?? 443);
            services.Configure<CookiePolicyOptions>(o => o.Secure = CookieSecurePolicy.Always);
        }

        return services;
    }

    public static IApplicationBuilder UseTransportSecurity(this IApplicationBuilder app, IConfiguration config)
    {
        app.UseForwardedHeaders();
        if (HttpsEnabled(config))
        {
            app.UseHsts();
            app.UseHttpsRedirection();
            app.UseCookiePolicy();
        }

        return app;
    }
}
