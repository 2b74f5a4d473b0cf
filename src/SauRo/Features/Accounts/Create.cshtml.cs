using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SauRo.Core.Access;
using SauRo.Core.Text;
using SauRo.Data.Entities;

namespace SauRo.Features.Accounts;

/// <summary>
/// One new account: user name, full name, a unit whose accounts the user manages, one of the roles they may give. The
/// password is made here and shown once on the answer, which no cache keeps.
/// </summary>
public sealed class CreateModel(AccountScope accounts, UnitScope scope, AccountCreator creator, UserManager<AppUser> users) : PageModel
{
    public sealed class CreateInput
    {
        public string? UserName { get; set; }

        public string? FullName { get; set; }

        public string? Email { get; set; }

        public int? UnitId { get; set; }

        public string? Role { get; set; }
    }

    [BindProperty]
    public CreateInput Input { get; set; } = new();

    public List<AccountScope.UnitOption> Units { get; private set; } = [];

    public IReadOnlyList<Role> RolesOffered { get; private set; } = [];

    /// <summary>The account just created, with its one-time password.</summary>
    public IssuedPassword? Created { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? unitId, CancellationToken cancellation)
    {
        if (await LoadAsync(cancellation) is { } refusal)
        {
            return refusal;
        }

        Input.UnitId = unitId;
        if (RolesOffered.Count == 1)
        {
            Input.Role = RolesOffered[0].ToString();
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellation)
    {
        if (await LoadAsync(cancellation) is { } refusal)
        {
            return refusal;
        }

        var userName = (Input.UserName ?? string.Empty).Trim();
        Input.UserName = userName;
        if (AccountRules.UserNameProblem(userName) is { } nameProblem)
        {
            ModelState.AddModelError("Input.UserName", nameProblem);
        }
        else if (await users.FindByNameAsync(userName) is not null)
        {
            ModelState.AddModelError("Input.UserName", users.ErrorDescriber.DuplicateUserName(userName).Description);
        }

        var fullName = VietnameseText.Clean(Input.FullName);
        Input.FullName = fullName;
        if (fullName.Length == 0)
        {
            ModelState.AddModelError("Input.FullName", "Hãy nhập họ và tên.");
        }
        else if (fullName.Length > AccountRules.MaxFullName)
        {
            ModelState.AddModelError("Input.FullName", $"Họ và tên dài quá {AccountRules.MaxFullName} ký tự.");
        }

        var email = (Input.Email ?? string.Empty).Trim();
        Input.Email = email;
        if (email.Length > 0 && EmailRule.Problem(email) is { } emailProblem)
        {
            ModelState.AddModelError("Input.Email", emailProblem);
        }

        var unit = Units.FirstOrDefault(u => u.Id == Input.UnitId);
        if (unit is null)
        {
            ModelState.AddModelError("Input.UnitId", "Hãy chọn đơn vị của tài khoản (một đơn vị bạn được quản lý tài khoản).");
        }

        Role? role = Enum.TryParse<Role>(Input.Role, out var r) && RolesOffered.Contains(r) ? r : null;
        if (role is null)
        {
            ModelState.AddModelError("Input.Role", "Hãy chọn vai trò (một vai trò bạn được giao).");
        }
        else if (unit is not null && await scope.PlaceAsync(unit.Id, cancellation) is { } place && AccountRules.RoleUnitProblem(role.Value, place) is { } fit)
        {
            ModelState.AddModelError("Input.Role", fit);
        }

        if (ModelState.ErrorCount > 0 || unit is null || role is null)
        {
            return Page();
        }

        var (issued, problems) = await creator.CreateAllAsync([new NewAccount(userName, fullName, unit.Id, unit.Label, role.Value.ToString()) { Email = email.Length == 0 ? null : email }], cancellation);
        if (problems.Count > 0)
        {
            ModelState.AddModelError("Input.UserName", problems[0]);
            return Page();
        }

        Response.Headers.CacheControl = "no-store";
        Created = issued[0];
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellation)
    {
        if (!await accounts.IsManagerAsync(cancellation))
        {
            return Forbid();
        }

        Units = await accounts.UnitsAsync(cancellation);
        RolesOffered = await accounts.AssignableRolesAsync(cancellation);
        return null;
    }
}
