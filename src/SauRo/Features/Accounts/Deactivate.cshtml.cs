using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using SauRo.Data.Entities;

namespace SauRo.Features.Accounts;

/// <summary>
/// Deactivates an account: it cannot sign in any more (locked until the end of time), and its security stamp changes
/// so that its open sessions and bearer tokens are refused at their next request. Nobody deactivates themselves, and
/// the last active administrator stays.
/// </summary>
public sealed class DeactivateModel(AccountScope accounts, UnitScope scope, TimeProvider clock, UserManager<AppUser> users)
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

        if (IsSelf)
        {
            ModelState.AddModelError(string.Empty, "Bạn không thể tự khóa tài khoản của chính mình.");
            return Page();
        }

        if (Deactivated)
        {
            TempData["Message"] = $"Tài khoản «{Account.UserName}» đã bị khóa từ trước.";
            return Redirect("/Accounts");
        }

        if (AccountRoles.Contains(Roles.Admin) && !await Accounts.OtherActiveAdminExistsAsync(Account.Id))
        {
            ModelState.AddModelError(string.Empty, $"Không khóa được «{Account.UserName}»: đây là tài khoản quản trị hệ thống cuối cùng còn hoạt động.");
            return Page();
        }

        Account.LockoutEnabled = true;
        Account.LockoutEnd = AccountRules.DeactivatedUntil;
        var result = await users.UpdateSecurityStampAsync(Account);
        if (!result.Succeeded)
        {
            foreach (var e in result.Errors)
            {
                ModelState.AddModelError(string.Empty, e.Description);
            }

            return Page();
        }

        TempData["Message"] = $"Đã khóa tài khoản «{Account.UserName}»: tài khoản không đăng nhập được nữa và các phiên đang mở đã bị đăng xuất.";
        return Redirect("/Accounts");
    }
}
