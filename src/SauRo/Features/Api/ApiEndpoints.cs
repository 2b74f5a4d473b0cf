using Microsoft.AspNetCore.Identity;
using SauRo.Data.Entities;
using SauRo.Features.Accounts;
using SauRo.Features.Api.Exchange;
using SauRo.Features.Api.Import;
using SauRo.Features.Api.Indicators;
using SauRo.Features.Api.Plans;
using SauRo.Features.Api.Tasks;
using SauRo.Features.Api.Units;
using SauRo.Hosting;

namespace SauRo.Features.Api;

/// <summary>The JSON API under /api/v1 (described at /openapi/v1.json). Every call needs a bearer token except login.</summary>
public static class ApiEndpoints
{
    public sealed record LoginRequest(string? UserName, string? Password);

    public static void MapApi(this IEndpointRouteBuilder app)
    {
        // Every route needs a signed-in user (bearer token, or the pages' cookie), whatever the fallback policy says;
        // refusals are JSON, never the HTML error page.
        var api = app.MapGroup("/api/v1")
            .RequireAuthorization()
            .WithMetadata(new Microsoft.AspNetCore.Mvc.SkipStatusCodePagesAttribute());
        api.MapPost("/auth/login", LoginAsync).AllowAnonymous().DisableAntiforgery()
            .WithTags("Đăng nhập")
            .WithName("Login")
            .WithSummary("Đăng nhập, nhận mã Bearer")
            .WithDescription("Trả về {tokenType, accessToken, expiresIn, refreshToken}; 401 khi sai tên đăng nhập hoặc mật khẩu; 423 khi tài khoản bị khóa (sai mật khẩu 5 lần: 15 phút; hoặc đã bị khóa hẳn); 429 kèm Retry-After khi một địa chỉ thử đăng nhập quá nhiều lần trong một phút.")
            .Produces(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status423Locked)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        api.MapUnits();
        api.MapPlans();
        api.MapPlanImport();
        api.MapIndicators();
        api.MapIndicatorValues();
        api.MapTasks();
        api.MapTaskUpdates();
        api.MapExchange();
    }

    /// <summary>A JSON body of type <typeparamref name="T"/> (read by <see cref="ApiBody"/>) and its refusals: 400, 413, 415.</summary>
    public static RouteHandlerBuilder WithJsonBody<T>(this RouteHandlerBuilder endpoint)
        where T : class =>
        endpoint.WithMetadata(new RequestBodyMetadata(typeof(T), "application/json"))
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

    private static async Task<IResult> LoginAsync(LoginRequest request, UserManager<AppUser> users, SignInManager<AppUser> signIn, LoginThrottling throttling, HttpContext http)
    {
        if (throttling.Refuse(http) is { } wait)
        {
            LoginThrottling.MarkRefused(http.Response, wait);
            return TypedResults.Problem(LoginThrottling.Message, statusCode: StatusCodes.Status429TooManyRequests);
        }

        if (string.IsNullOrWhiteSpace(request.UserName) || string.IsNullOrEmpty(request.Password) || request.UserName.Length > 256 || request.Password.Length > 256)
        {
            return TypedResults.Problem("Hãy gửi tên đăng nhập và mật khẩu.", statusCode: StatusCodes.Status401Unauthorized);
        }

        var user = await users.FindByNameAsync(request.UserName.Trim());
        if (user is null)
        {
            return TypedResults.Problem("Tên đăng nhập hoặc mật khẩu không đúng.", statusCode: StatusCodes.Status401Unauthorized);
        }

        var check = await signIn.CheckPasswordSignInAsync(user, request.Password, lockoutOnFailure: true);
        if (!check.Succeeded)
        {
            return TypedResults.Problem(
                !check.IsLockedOut ? "Tên đăng nhập hoặc mật khẩu không đúng."
                : AccountRules.IsDeactivated(user.LockoutEnd) ? "Tài khoản đã bị khóa. Hãy liên hệ cơ quan thường trực hoặc quản trị hệ thống."
                : "Tài khoản tạm bị khóa do đăng nhập sai nhiều lần; hãy thử lại sau 15 phút.",
                statusCode: check.IsLockedOut ? StatusCodes.Status423Locked : StatusCodes.Status401Unauthorized);
        }

        var principal = await signIn.CreateUserPrincipalAsync(user);
        return TypedResults.SignIn(principal, authenticationScheme: IdentityConstants.BearerScheme);
    }
}
