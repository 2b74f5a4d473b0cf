using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SauRo.Data;
using SauRo.Data.Entities;

namespace SauRo.Features.Accounts;

/// <summary>An account to create, already checked by the page: name, unit, role.</summary>
public sealed record NewAccount(string UserName, string FullName, int UnitId, string UnitLabel, string Role)
{
    /// <summary>Where reminders are e-mailed (optional, checked by <see cref="EmailRule"/>).</summary>
    public string? Email { get; init; }
}

/// <summary>An account just created or reset, with the password shown once and then forgotten.</summary>
public sealed record IssuedPassword(string UserName, string? FullName, string Unit, string Password);

/// <summary>
/// Creates accounts all or none, in one transaction, each with a new one-time password. The passwords are returned to
/// the page that shows them and nowhere else: Identity stores only their hash.
/// </summary>
public sealed class AccountCreator(SauRoDbContext db, UserManager<AppUser> users)
{
    /// <summary>The problems by position in <paramref name="accounts"/> when nothing was created, else the issued passwords.</summary>
    public async Task<(List<IssuedPassword> Issued, Dictionary<int, string> Problems)> CreateAllAsync(IReadOnlyList<NewAccount> accounts, CancellationToken cancellation)
    {
        var issued = new List<IssuedPassword>();
        var problems = new Dictionary<int, string>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellation);
        for (var i = 0; i < accounts.Count; i++)
        {
            var a = accounts[i];
            var password = OneTimePassword.New();
            var user = new AppUser { UserName = a.UserName, FullName = a.FullName, UnitId = a.UnitId, Email = a.Email, LockoutEnabled = true };
            IdentityResult result;
            try
            {
                result = await users.CreateAsync(user, password);
                if (result.Succeeded)
                {
                    result = await users.AddToRoleAsync(user, a.Role);
                }
            }
            catch (DbUpdateException)
            {
                // Another request took the name between the check and the insert.
                result = IdentityResult.Failed(users.ErrorDescriber.DuplicateUserName(a.UserName));
            }

            if (!result.Succeeded)
            {
                problems[i] = string.Join(" ", result.Errors.Select(e => e.Description));
                break;
            }

            issued.Add(new IssuedPassword(a.UserName, a.FullName, a.UnitLabel, password));
        }

        if (problems.Count > 0)
        {
            await transaction.RollbackAsync(cancellation);
            db.ChangeTracker.Clear();
            return ([], problems);
        }

        await transaction.CommitAsync(cancellation);
        return (issued, problems);
    }
}
