namespace SauRo.Features.Accounts;

public static class AccountsFeature
{
    /// <summary>Account management: who manages which accounts, and creating accounts all or none.</summary>
    public static IServiceCollection AddAccountsFeature(this IServiceCollection services) => services
        .AddScoped<AccountScope>()
        .AddScoped<AccountCreator>();
}
