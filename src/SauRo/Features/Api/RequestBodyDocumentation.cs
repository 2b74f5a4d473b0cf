using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace SauRo.Features.Api;

/// <summary>
/// Endpoint metadata: the handler reads a body of this type and content type itself (see <see cref="ApiBody"/>), so
/// that a wrong content type gets the API's own 415 problem, not routing's; <see cref="RequestBodyDocumentation"/>
/// describes it in the OpenAPI document.
/// </summary>
public sealed record RequestBodyMetadata(Type Type, string ContentType);

/// <summary>Writes the request body of endpoints carrying <see cref="RequestBodyMetadata"/> into their OpenAPI operation.</summary>
public sealed class RequestBodyDocumentation : IOpenApiOperationTransformer
{
    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var body = context.Description.ActionDescriptor.EndpointMetadata.OfType<RequestBodyMetadata>().LastOrDefault();
        if (body is null)
        {
            return;
        }

        var schema = await context.GetOrCreateSchemaAsync(body.Type, null, cancellationToken);
        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Content = new Dictionary<string, OpenApiMediaType>(StringComparer.Ordinal) { [body.ContentType] = new OpenApiMediaType { Schema = schema } },
        };
    }
}
