using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SauRo.Data.Entities;
using SauRo.Features.Accounts;
using SauRo.Hosting;

namespace SauRo.Features.Account;

/// <summary>
/// Sign in with user name and password. Wrong passwords count towards the account's lockout (5 in a row: 15 minutes);
/// too many attempts from one address in a minute get 429 (<see cref="LoginThrottling"/>); a deactivated account is told so.
/// </summary>
public sealed class LoginModel(SignInManager<AppUser> signIn, UserManager<AppUser> users, LoginThrottling throttling) : PageModel
{
    public sealed class LoginInput
    {
        [Required(ErrorMessage = "Hãy nhập tên đăng nhập.")]
        [StringLength(256, ErrorMessage = "Tên đăng nhập quá dài.")]
        public string UserName { get; set; } = string.Empty;

        [Required(ErrorMessage = "Hãy nhập mật khẩu.")]
        [StringLength(256, ErrorMessage = "Mật khẩu quá dài.")]
        public string Password { get; set; } = string.Empty;
    }

    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (throttling.Refuse(HttpContext) is { } wait)
        {
            LoginThrottling.MarkRefused(Response, wait);
            ModelState.AddModelError(string.Empty, LoginThrottling.Message);
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(Input.UserName.Trim(), Input.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
        }

        ModelState.AddModelError(string.Empty, !result.IsLockedOut
            ? "Tên đăng nhập hoặc mật khẩu không đúng."
            : AccountRules.IsDeactivated((await users.FindByNameAsync(Input.UserName.Trim()))?.LockoutEnd)
                ? "Tài khoản đã bị khóa. Hãy liên hệ cơ quan thường trực hoặc quản trị hệ thống."
                : "Tài khoản tạm bị khóa do đăng nhập sai nhiều lần; hãy thử lại sau 15 phút.");
        return Page();
    }
}
