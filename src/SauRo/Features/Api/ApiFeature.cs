using Microsoft.AspNetCore.OpenApi;

namespace SauRo.Features.Api;

public static class ApiFeature
{
    /// <summary>The API's additions to the OpenAPI document "v1": the bearer scheme, the 401 answers, the request bodies, Vietnamese response descriptions.</summary>
    public static IServiceCollection AddApiFeature(this IServiceCollection services)
    {
        services.Configure<OpenApiOptions>("v1", o =>
        {
            o.AddDocumentTransformer<BearerSecurityScheme>();
            o.AddOperationTransformer<BearerSecurityScheme>();
            o.AddOperationTransformer<RequestBodyDocumentation>();
            o.AddOperationTransformer<ResponseDescriptions>();
        });
        return services;
    }
}
