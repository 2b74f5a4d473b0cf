using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SauRo.Data;
using SauRo.Data.Entities;
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

        var cache = services.GetRequiredService<SessionCache>();
        var account = cache.Find(userId);
        if (account is null)
        {
            var version = cache.Version;
            // With the account's unit and where it sits, which every request's access checks need (UnitScope).
            var row = await services.GetRequiredService<SauRoDbContext>().Users.AsNoTracking()
                .Where(u => u.Id == userId)
                .Select(u => new
                {
                    u.SecurityStamp,
                    u.LockoutEnd,
                    HomeId = (int?)u.Unit!.Id,
                    HomeKind = (UnitKind?)u.Unit!.Kind,
                    ParentId = u.Unit!.ParentId,
                    ParentKind = (UnitKind?)u.Unit!.Parent!.Kind,
                    GrandParentId = u.Unit!.Parent!.ParentId,
                    GrandParentKind = (UnitKind?)u.Unit!.Parent!.Parent!.Kind,
                })
                .SingleOrDefaultAsync(context.RequestAborted);
            account = row is null ? null : new SessionCache.Account(
                row.SecurityStamp,
                row.LockoutEnd,
                row.HomeId is { } home ? UnitScope.Place(home, row.HomeKind!.Value, row.ParentId, row.ParentKind, row.GrandParentId, row.GrandParentKind) : null);
            if (account is not null)
            {
                cache.Keep(userId, account, version);
            }
        }

        return account is not null
            && string.Equals(account.SecurityStamp, context.User.FindFirstValue(stampClaim), StringComparison.Ordinal)
            && !AccountRules.IsDeactivated(account.LockoutEnd);
    }
}
