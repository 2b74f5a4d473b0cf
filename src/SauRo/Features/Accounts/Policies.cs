using Microsoft.AspNetCore.Authorization;

namespace SauRo.Features.Accounts;

/// <summary>
/// The authorization policies every page and endpoint declares (deny by default: the fallback policy refuses
/// anonymous users, and a test fails any endpoint or page without an explicit declaration). What a signed-in user may
/// do with a given unit, plan or task is then decided in the handler by <see cref="UnitScope"/>.
/// </summary>
public static class Policies
{
    /// <summary>Any signed-in user; the handler checks the unit, plan or task through UnitScope.</summary>
    public const string SignedIn = "SignedIn";

    /// <summary>The system administrator.</summary>
    public const string Admin = "Admin";

    /// <summary>Those who manage accounts: the administrator and the standing-body officers.</summary>
    public const string AccountManager = "AccountManager";

    public static AuthorizationBuilder AddSauRoPolicies(this AuthorizationBuilder builder) => builder
        .AddPolicy(SignedIn, p => p.RequireAuthenticatedUser())
        .AddPolicy(Admin, p => p.RequireAuthenticatedUser().RequireRole(Roles.Admin))
        .AddPolicy(AccountManager, p => p.RequireAuthenticatedUser().RequireRole(Roles.Admin, Roles.StandingOfficer));
}
