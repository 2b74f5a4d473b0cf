using Microsoft.AspNetCore.Http.HttpResults;

namespace SauRo.Features.Api;

/// <summary>The API's refusals, always as application/problem+json with a Vietnamese title and detail.</summary>
public static class ApiResults
{
    public static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "Không tìm thấy");

    public static ProblemHttpResult Forbidden(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status403Forbidden, title: "Không có quyền");

    public static ProblemHttpResult TooLarge(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status413PayloadTooLarge, title: "Nội dung quá lớn");

    public static ProblemHttpResult UnsupportedMediaType(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Sai định dạng nội dung");

    public static ProblemHttpResult Unavailable(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status503ServiceUnavailable, title: "Máy chủ tạm thời không nhận");

    public static ValidationProblem Invalid(string field, string message, string? detail = null) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, detail, title: ApiErrors.Title);
}
