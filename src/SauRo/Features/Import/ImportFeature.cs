namespace SauRo.Features.Import;

public static class ImportFeature
{
    public static IServiceCollection AddImportFeature(this IServiceCollection services) => services.AddScoped<PlanImporter>();
}
