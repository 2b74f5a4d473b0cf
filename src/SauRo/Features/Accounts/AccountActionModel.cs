using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SauRo.Data.Entities;

namespace SauRo.Features.Accounts;

/// <summary>
/// A page that acts on one account (reset its password, deactivate, reactivate): a confirmation on GET, the action on
/// POST. Refuses with 403 who manages no accounts or may see but not manage this one, with 404 who may not see it.
/// </summary>
public abstract class AccountActionModel(AccountScope accounts, UnitScope scope, TimeProvider clock) : PageModel
{
    public AppUser Account { get; private set; } = null!;

    public string RolesText { get; private set; } = string.Empty;

    public IReadOnlyList<string> AccountRoles { get; private set; } = [];

    public string UnitLabel { get; private set; } = string.Empty;

    public string StateText { get; private set; } = string.Empty;

    public string StateBadge { get; private set; } = string.Empty;

    public bool Deactivated => AccountRules.IsDeactivated(Account.LockoutEnd);

    /// <summary>The account is the signed-in user's own.</summary>
    public bool IsSelf => Account.Id == scope.UserId;

    protected AccountScope Accounts => accounts;

    protected TimeProvider Clock => clock;

    protected async Task<IActionResult?> LoadAsync(string id, CancellationToken cancellation)
    {
        if (!await accounts.IsManagerAsync(cancellation))
        {
            return Forbid();
        }

        var found = await accounts.FindAsync(id, cancellation);
        if (!found.Visible || found.User is null)
        {
            return NotFound();
        }

        if (!found.Manageable)
        {
            return Forbid();
        }

        Account = found.User;
        AccountRoles = found.Roles;
        RolesText = AccountText.RoleList(found.Roles);
        UnitLabel = found.UnitLabel;
        (StateText, StateBadge) = AccountText.State(Account.LockoutEnd, clock.GetUtcNow());
        return null;
    }
}
