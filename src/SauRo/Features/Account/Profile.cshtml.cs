using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SauRo.Data;
using SauRo.Data.Entities;
using SauRo.Features.Accounts;

namespace SauRo.Features.Account;

/// <summary>
/// The signed-in user's own account: name, unit, roles, and the e-mail address reminders are sent to (optional; empty
/// means in-app notifications only).
/// </summary>
public sealed class ProfileModel(UserManager<AppUser> users, SauRoDbContext db) : PageModel
{
    public sealed class ProfileInput
    {
        public string? Email { get; set; }
    }

    [BindProperty]
    public ProfileInput Input { get; set; } = new();

    public AppUser Account { get; private set; } = null!;

    public string? UnitName { get; private set; }

    public IList<string> RoleNames { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellation)
    {
        if (!await LoadAsync(cancellation))
        {
            return Challenge();
        }

        Input.Email = Account.Email;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellation)
    {
        if (!await LoadAsync(cancellation))
        {
            return Challenge();
        }

        var email = (Input.Email ?? string.Empty).Trim();
        Input.Email = email;
        if (email.Length > 0 && EmailRule.Problem(email) is { } problem)
        {
            ModelState.AddModelError("Input.Email", problem);
            return Page();
        }

        Account.Email = email.Length == 0 ? null : email;
        Account.NormalizedEmail = email.Length == 0 ? null : users.NormalizeEmail(email);
        var result = await users.UpdateAsync(Account);
        if (!result.Succeeded)
        {
            ModelState.AddModelError("Input.Email", string.Join(" ", result.Errors.Select(e => e.Description)));
            return Page();
        }

        TempData["Message"] = email.Length == 0
            ? "Đã xóa địa chỉ thư điện tử: bạn chỉ nhận thông báo trong ứng dụng."
            : $"Đã lưu địa chỉ thư điện tử {email}: nhắc việc sẽ được gửi đến địa chỉ này.";
        return RedirectToPage();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellation)
    {
        if (await users.GetUserAsync(User) is not { } account)
        {
            return false;
        }

        Account = account;
        UnitName = account.UnitId is { } unitId
            ? await db.Units.AsNoTracking().Where(u => u.Id == unitId).Select(u => u.Name).SingleOrDefaultAsync(cancellation)
            : null;
        RoleNames = await users.GetRolesAsync(account);
        return true;
    }
}
