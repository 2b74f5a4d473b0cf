using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.StaticAssets;
using Microsoft.Extensions.DependencyInjection;

namespace SauRo.Tests.Web;

/// <summary>
/// One thing the app answers, as the authorization matrix names it: a route endpoint with its HTTP methods
/// ("PUT /api/v1/tasks/{id:int}"), or one handler of a Razor page ("POST /Units/Details ?handler=Rename"), with whether
/// it declares its policy itself (an <see cref="IAuthorizeData"/> or <see cref="IAllowAnonymous"/> in its metadata).
/// </summary>
public sealed record DiscoveredEndpoint(string Key, bool DeclaresAuthorize, bool DeclaresAnonymous)
{
    public bool Declares => DeclaresAuthorize || DeclaresAnonymous;
}

/// <summary>
/// Reads every endpoint and page handler from the running app: the route endpoints of <see cref="EndpointDataSource"/>
/// (minimal API endpoints with their methods, fallbacks, health, OpenAPI), the static assets (one entry for all), and
/// for each Razor page its compiled descriptor (through <see cref="PageLoader"/> when the data source holds only the
/// uncompiled one) with its handler methods and the metadata its attributes and conventions put on the endpoint.
/// </summary>
public static class EndpointDiscovery
{
    /// <summary>Every file under wwwroot served by MapStaticAssets, as one entry.</summary>
    public const string StaticAssets = "GET,HEAD tệp tĩnh (wwwroot)";

    public static string PageKey(string page, string method, string? handler = null) =>
        handler is null ? $"{method} {page}" : $"{method} {page} ?handler={handler}";

    public static async Task<List<DiscoveredEndpoint>> DiscoverAsync(IServiceProvider services)
    {
        var source = services.GetRequiredService<EndpointDataSource>();
        var loader = services.GetRequiredService<PageLoader>();
        var found = new Dictionary<string, DiscoveredEndpoint>(StringComparer.Ordinal);

        void Add(string key, IEnumerable<object> metadata)
        {
            var list = metadata.ToList();
            var endpoint = new DiscoveredEndpoint(key, list.OfType<IAuthorizeData>().Any(), list.OfType<IAllowAnonymous>().Any());
            // Several routes of one page, or many static files: each must declare, so keep the weakest.
            found[key] = found.TryGetValue(key, out var seen)
                ? new DiscoveredEndpoint(key, seen.DeclaresAuthorize && endpoint.DeclaresAuthorize, seen.DeclaresAnonymous && endpoint.DeclaresAnonymous)
                : endpoint;
        }

        foreach (var endpoint in source.Endpoints.OfType<RouteEndpoint>())
        {
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is { } page)
            {
                var compiled = page as CompiledPageActionDescriptor ?? await loader.LoadAsync(page, endpoint.Metadata);
                // A page without handler methods still answers GET by rendering itself.
                List<(string Method, string? Name)> handlers = compiled.HandlerMethods.Count == 0
                    ? [("GET", null)]
                    : compiled.HandlerMethods.Select(h => (h.HttpMethod.ToUpperInvariant(), (string?)h.Name)).ToList();
                foreach (var (method, name) in handlers)
                {
                    Add(PageKey(compiled.ViewEnginePath, method, name), compiled.EndpointMetadata);
                }
            }
            else if (endpoint.Metadata.GetMetadata<StaticAssetDescriptor>() is not null)
            {
                Add(StaticAssets, endpoint.Metadata);
            }
            else
            {
                var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods;
                var verb = methods is { Count: > 0 } ? string.Join(',', methods) : "*";
                Add($"{verb} {endpoint.RoutePattern.RawText}", endpoint.Metadata);
            }
        }

        return found.Values.OrderBy(e => e.Key, StringComparer.Ordinal).ToList();
    }
}
