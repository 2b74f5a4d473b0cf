using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using SauRo.Data;
using SauRo.Features.Accounts;

namespace SauRo.Hosting;

/// <summary>
/// Checks on every request that the signed-in account still stands as it was when the cookie or bearer token was
/// issued: the account exists, is not deactivated, and its security stamp is the one in the token. A password change
/// or reset, or a deactivation, changes the stamp, so every older session and token is refused at its next request
/// (the page asks to sign in again, the API answers 401); a refused cookie is deleted. The account's stamp and lockout
/// are read through <see cref="SessionCache"/>: changes saved by this process count at once, others within
/// <see cref="SessionCache.Window"/> (5 seconds).
/// </summary>
public static class SessionValidation
{
    public static IApplicationBuilder UseSessionValidation(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.User.Identity?.IsAuthenticated == true && !await IsCurrentAsync(context))
        {
            context.User = new ClaimsPrincipal(new ClaimsIdentity());
            if (AuthSchemes.Select(context) == IdentityConstants.ApplicationScheme)
            {
                await context.SignOutAsync(IdentityConstants.ApplicationScheme);
            }
        }

        await next();
    });

    private static async Task<bool> IsCurrentAsync(HttpContext context)
    {
        var services = context.RequestServices;
        var stampClaim = services.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity.SecurityStampClaimType;
        var userId = context.User.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is null)
        {
            return false;
        }

        var account = await services.GetRequiredService<SessionCache>()
            .GetAsync(services.GetRequiredService<SauRoDbContext>(), userId, context.RequestAborted);
        return account is not null
            && string.Equals(account.SecurityStamp, context.User.FindFirstValue(stampClaim), StringComparison.Ordinal)
            && !AccountRules.IsDeactivated(account.LockoutEnd);
    }
}
