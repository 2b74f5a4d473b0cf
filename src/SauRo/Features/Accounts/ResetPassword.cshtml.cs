using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using SauRo.Data.Entities;

namespace SauRo.Features.Accounts;

/// <summary>
/// Gives an account a new one-time password, shown once on the answer (which no cache keeps). The account's sessions
/// and tokens stop working (its security stamp changes); a temporary lockout after failed logins is lifted; nothing
/// else changes (a deactivated account stays deactivated).
/// </summary>
public sealed class ResetPasswordModel(AccountScope accounts, UnitScope scope, TimeProvider clock, UserManager<AppUser> users)
    : AccountActionModel(accounts, scope, clock)
{
    public IssuedPassword? Issued { get; private set; }

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
            ModelState.AddModelError(string.Empty, "Đây là tài khoản của chính bạn: hãy dùng «Đổi mật khẩu».");
            return Page();
        }

        var password = OneTimePassword.New();
        var token = await users.GeneratePasswordResetTokenAsync(Account);
        var result = await users.ResetPasswordAsync(Account, token, password);
        if (result.Succeeded && !Deactivated && Account.LockoutEnd is not null)
        {
            result = await users.SetLockoutEndDateAsync(Account, null);
        }

        if (result.Succeeded && Account.AccessFailedCount > 0)
        {
            result = await users.ResetAccessFailedCountAsync(Account);
        }

        if (!result.Succeeded)
        {
            foreach (var e in result.Errors)
            {
                ModelState.AddModelError(string.Empty, e.Description);
            }

            return Page();
        }

        Response.Headers.CacheControl = "no-store";
        Issued = new IssuedPassword(Account.UserName ?? string.Empty, Account.FullName, UnitLabel, password);
        return Page();
    }
}
