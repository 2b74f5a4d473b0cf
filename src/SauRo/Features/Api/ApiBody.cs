using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace SauRo.Features.Api;

/// <summary>
/// Reads the JSON body of a request: only application/json, at most <see cref="MaxBytes"/> (413 beyond), malformed
/// JSON or a value of the wrong type refused with a 400 ValidationProblem naming the field, in Vietnamese.
/// </summary>
public static class ApiBody
{
    /// <summary>Far above the longest legitimate body (a task of 20,000 characters with its lists).</summary>
    public const int MaxBytes = 1024 * 1024;

    /// <summary>The body, or the refusal to return as is.</summary>
    public static async Task<(T? Value, IResult? Refusal)> ReadAsync<T>(HttpContext http, CancellationToken cancellation)
        where T : class
    {
        var request = http.Request;
        if (!request.HasJsonContentType())
        {
            return (null, ApiResults.UnsupportedMediaType("Hãy gửi nội dung JSON (Content-Type: application/json)."));
        }

        if (request.ContentLength > MaxBytes)
        {
            return (null, TooLarge());
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellation)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                return (null, TooLarge());
            }

            buffer.Write(chunk, 0, read);
        }

        var bytes = buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
        try
        {
            using var document = JsonDocument.Parse(bytes);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return (null, ApiResults.Invalid("body", "Hãy gửi một đối tượng JSON ({ … })."));
            }
        }
        catch (JsonException e)
        {
            return (null, ApiResults.Invalid("body", $"Nội dung gửi lên không phải JSON hợp lệ (dòng {(e.LineNumber ?? 0) + 1})."));
        }

        var options = http.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        try
        {
            return (JsonSerializer.Deserialize<T>(bytes.Span, options)!, null);
        }
        catch (JsonException e)
        {
            var field = e.Path is null or "$" ? "body" : e.Path.StartsWith("$.", StringComparison.Ordinal) ? e.Path[2..] : e.Path;
            return (null, ApiResults.Invalid(field, "Giá trị không đúng kiểu dữ liệu."));
        }
    }

    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult TooLarge() =>
        ApiResults.TooLarge($"Nội dung gửi lên vượt quá {ApiErrors.Number(MaxBytes / 1024)} KB.");
}
