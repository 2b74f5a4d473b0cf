using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SauRo.Data.Entities;

namespace SauRo.Features.Account;

public sealed class LoginModel(SignInManager<AppUser> signIn) : PageModel
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

        var result = await signIn.PasswordSignInAsync(Input.UserName.Trim(), Input.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
        }

        ModelState.AddModelError(string.Empty, result.IsLockedOut
            ? "Tài khoản tạm bị khóa do đăng nhập sai nhiều lần; hãy thử lại sau 15 phút."
            : "Tên đăng nhập hoặc mật khẩu không đúng.");
        return Page();
    }
}
