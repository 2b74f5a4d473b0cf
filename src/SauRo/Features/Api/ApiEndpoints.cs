using Microsoft.AspNetCore.Identity;
using SauRo.Data.Entities;

namespace SauRo.Features.Api;

/// <summary>The JSON API under /api/v1 (described at /openapi/v1.json). Every call needs a bearer token except login.</summary>
public static class ApiEndpoints
{
    public sealed record LoginRequest(string? UserName, string? Password);

    public static void MapApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("Sáu Rõ");
        api.MapPost("/auth/login", LoginAsync).AllowAnonymous().DisableAntiforgery()
            .WithSummary("Đăng nhập, nhận mã Bearer")
            .WithDescription("Trả về {tokenType, accessToken, expiresIn, refreshToken}; 401 khi sai tên đăng nhập hoặc mật khẩu.");
    }

    private static async Task<IResult> LoginAsync(LoginRequest request, UserManager<AppUser> users, SignInManager<AppUser> signIn)
    {
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
                check.IsLockedOut ? "Tài khoản tạm bị khóa do đăng nhập sai nhiều lần." : "Tên đăng nhập hoặc mật khẩu không đúng.",
                statusCode: check.IsLockedOut ? StatusCodes.Status423Locked : StatusCodes.Status401Unauthorized);
        }

        var principal = await signIn.CreateUserPrincipalAsync(user);
        return TypedResults.SignIn(principal, authenticationScheme: IdentityConstants.BearerScheme);
    }
}
