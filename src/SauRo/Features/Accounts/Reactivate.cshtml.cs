using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using SauRo.Data.Entities;

namespace SauRo.Features.Accounts;

/// <summary>Reactivates a deactivated account: it signs in again with its password (the failed-login count starts over).</summary>
public sealed class ReactivateModel(AccountScope accounts, UnitScope scope, TimeProvider clock, UserManager<AppUser> users)
    : AccountActionModel(accounts, scope, clock)
{
    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellation) =>
        await LoadAsync(id, cancellation) ?? Page();

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken cancellation)
    {
        if (await LoadAsync(id, cancellation) is { } refusal)
        {
            return refusal;
        }

        if (!Deactivated)
        {
            TempData["Message"] = $"Tài khoản «{Account.UserName}» đang hoạt động.";
            return Redirect("/Accounts");
        }

        Account.LockoutEnd = null;
        Account.AccessFailedCount = 0;
        var result = await users.UpdateAsync(Account);
        if (!result.Succeeded)
        {
            foreach (var e in result.Errors)
            {
                ModelState.AddModelError(string.Empty, e.Description);
            }

            return Page();
        }

        TempData["Message"] = $"Đã mở khóa tài khoản «{Account.UserName}»; tài khoản đăng nhập lại được bằng mật khẩu hiện có.";
        return Redirect("/Accounts");
    }
}
