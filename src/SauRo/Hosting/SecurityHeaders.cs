namespace SauRo.Hosting;

/// <summary>
/// Headers every response carries: no sniffing, no framing, a strict content policy, a sober referrer, no powerful
/// browser features (camera, microphone, location…), and a window no other site's page can reach.
/// </summary>
public static class SecurityHeaders
{
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            var h = context.Response.Headers;
            h["X-Content-Type-Options"] = "nosniff";
            h["X-Frame-Options"] = "DENY";
            h["Referrer-Policy"] = "strict-origin-when-cross-origin";
            h["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=()";
            h["Cross-Origin-Opener-Policy"] = "same-origin";
            // A response that sets its own policy (an attachment download: "sandbox") keeps it.
            h.TryAdd("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'");
            return Task.CompletedTask;
        });
        await next();
    });
}
