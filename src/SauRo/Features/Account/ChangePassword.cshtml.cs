using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SauRo.Data.Entities;

namespace SauRo.Features.Account;

/// <summary>
/// Every signed-in user changes their own password: the current one (wrong answers count towards the lockout like a
/// failed login), the new one twice. Afterwards the user's other sessions and tokens are signed out (the security stamp
/// changes) and this one continues.
/// </summary>
public sealed class ChangePasswordModel(UserManager<AppUser> users, SignInManager<AppUser> signIn) : PageModel
{
    public const int MaxPassword = 256;

    public sealed class ChangeInput
    {
        public string? CurrentPassword { get; set; }

        public string? NewPassword { get; set; }

        public string? ConfirmPassword { get; set; }
    }

    [BindProperty]
    public ChangeInput Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        var current = Input.CurrentPassword ?? string.Empty;
        var next = Input.NewPassword ?? string.Empty;
        if (current.Length == 0)
        {
            ModelState.AddModelError("Input.CurrentPassword", "Hãy nhập mật khẩu hiện tại.");
        }

        if (next.Length == 0)
        {
            ModelState.AddModelError("Input.NewPassword", "Hãy nhập mật khẩu mới.");
        }
        else if (next.Length > MaxPassword || current.Length > MaxPassword)
        {
            ModelState.AddModelError("Input.NewPassword", "Mật khẩu quá dài.");
        }
        else if (next != Input.ConfirmPassword)
        {
            ModelState.AddModelError("Input.ConfirmPassword", "Hai lần nhập mật khẩu mới không khớp nhau.");
        }
        else if (next == current)
        {
            ModelState.AddModelError("Input.NewPassword", "Mật khẩu mới phải khác mật khẩu hiện tại.");
        }

        if (ModelState.ErrorCount > 0)
        {
            return Page();
        }

        var check = await signIn.CheckPasswordSignInAsync(user, current, lockoutOnFailure: true);
        if (!check.Succeeded)
        {
            ModelState.AddModelError("Input.CurrentPassword", check.IsLockedOut
                ? "Nhập sai mật khẩu hiện tại nhiều lần: tài khoản tạm bị khóa đăng nhập 15 phút."
                : "Mật khẩu hiện tại không đúng.");
            return Page();
        }

        var result = await users.ChangePasswordAsync(user, current, next);
        if (!result.Succeeded)
        {
            foreach (var e in result.Errors)
            {
                ModelState.AddModelError(e.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? "Input.CurrentPassword" : "Input.NewPassword", e.Description);
            }

            return Page();
        }

        // The stamp changed: this session gets a new cookie, every other one is refused at its next request.
        await signIn.RefreshSignInAsync(user);
        TempData["Message"] = "Đã đổi mật khẩu. Các phiên đăng nhập khác của bạn (máy khác, mã API) đã bị đăng xuất.";
        return Redirect("/");
    }
}
