namespace SauRo.Features.Exchange;

public static class ExchangeFeature
{
    /// <summary>The export and import of communes' exchange files (docs/exchange-json.md).</summary>
    public static IServiceCollection AddExchangeFeature(this IServiceCollection services) =>
        services.AddScoped<ExchangeExporter>().AddScoped<ExchangeImporter>();
}
