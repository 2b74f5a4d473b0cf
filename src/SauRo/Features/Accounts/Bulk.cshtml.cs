using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SauRo.Core.Text;
using SauRo.Data;
using SauRo.Data.Entities;

namespace SauRo.Features.Accounts;

/// <summary>
/// Accounts for many offices of a commune at once, each an office officer of its office. The form suggests a user name
/// per office; the submit creates all the ticked accounts or none (each problem next to its row), and the answer is a
/// printable table of user names and one-time passwords that no cache keeps.
/// </summary>
public sealed class BulkModel(SauRoDbContext db, AccountScope accounts, UnitScope scope, AccountCreator creator, UserManager<AppUser> users) : PageModel
{
    public sealed class BulkRow
    {
        public int UnitId { get; set; }

        public bool Selected { get; set; }

        public string? UserName { get; set; }

        public string? FullName { get; set; }
    }

    public sealed record Office(int Id, string Name, string Label, int Accounts);

    [BindProperty(SupportsGet = true)]
    public int? CommuneId { get; set; }

    [BindProperty]
    public List<BulkRow> Rows { get; set; } = [];

    public List<AccountScope.UnitOption> Communes { get; private set; } = [];

    public string? CommuneName { get; private set; }

    public List<Office> Offices { get; private set; } = [];

    /// <summary>The problem of each row, by office id.</summary>
    public Dictionary<int, string> Problems { get; } = [];

    public List<IssuedPassword>? Created { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellation)
    {
        if (await LoadAsync(cancellation) is { } refusal)
        {
            return refusal;
        }

        Rows = Offices.Select(o => new BulkRow
        {
            UnitId = o.Id,
            Selected = o.Accounts == 0,
            UserName = AccountRules.SuggestUserName(CommuneName!, o.Name),
        }).ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellation)
    {
        if (await LoadAsync(cancellation) is { } refusal)
        {
            return refusal;
        }

        if (CommuneId is null)
        {
            return Page();
        }

        var offices = Offices.ToDictionary(o => o.Id);
        var chosen = new List<(BulkRow Row, Office Office, string UserName, string FullName)>();
        Rows = Rows.GroupBy(r => r.UnitId).Select(g => g.First()).ToList();
        foreach (var row in Rows)
        {
            row.UserName = (row.UserName ?? string.Empty).Trim();
            row.FullName = VietnameseText.Clean(row.FullName);
            if (!row.Selected)
            {
                continue;
            }

            if (!offices.TryGetValue(row.UnitId, out var office))
            {
                return Forbid();
            }

            var fullName = row.FullName.Length > 0 ? row.FullName : $"Cán bộ {office.Name}";
            if (AccountRules.UserNameProblem(row.UserName) is { } problem)
            {
                Problems[office.Id] = problem;
            }
            else if (fullName.Length > AccountRules.MaxFullName)
            {
                Problems[office.Id] = $"Họ và tên dài quá {AccountRules.MaxFullName} ký tự.";
            }

            chosen.Add((row, office, row.UserName, fullName));
        }

        // Rows come back in the posted order; show them in the commune's order whatever was posted.
        var posted = Rows.ToDictionary(r => r.UnitId);
        Rows = Offices.Select(o => posted.GetValueOrDefault(o.Id) ?? new BulkRow { UnitId = o.Id }).ToList();
        if (chosen.Count == 0)
        {
            ModelState.AddModelError(string.Empty, "Hãy chọn ít nhất một cơ quan.");
            return Page();
        }

        foreach (var same in chosen.Where(c => !Problems.ContainsKey(c.Office.Id)).GroupBy(c => users.NormalizeName(c.UserName)).Where(g => g.Count() > 1))
        {
            foreach (var c in same)
            {
                Problems[c.Office.Id] = $"Tên đăng nhập «{c.UserName}» được dùng cho nhiều cơ quan trong bảng này.";
            }
        }

        var normalized = chosen.Select(c => users.NormalizeName(c.UserName)).ToList();
        var taken = (await db.Users.AsNoTracking().Where(u => normalized.Contains(u.NormalizedUserName!)).Select(u => u.NormalizedUserName).ToListAsync(cancellation))
            .ToHashSet(StringComparer.Ordinal);
        foreach (var c in chosen.Where(c => !Problems.ContainsKey(c.Office.Id) && taken.Contains(users.NormalizeName(c.UserName))))
        {
            Problems[c.Office.Id] = users.ErrorDescriber.DuplicateUserName(c.UserName).Description;
        }

        if (Problems.Count > 0)
        {
            ModelState.AddModelError(string.Empty, $"Chưa tạo tài khoản nào: {Problems.Count} dòng cần sửa.");
            return Page();
        }

        var (issued, problems) = await creator.CreateAllAsync(
            chosen.Select(c => new NewAccount(c.UserName, c.FullName, c.Office.Id, c.Office.Label, Roles.OfficeOfficer)).ToList(), cancellation);
        if (problems.Count > 0)
        {
            foreach (var (index, problem) in problems)
            {
                Problems[chosen[index].Office.Id] = problem;
            }

            ModelState.AddModelError(string.Empty, "Chưa tạo tài khoản nào: có dòng cần sửa.");
            return Page();
        }

        Response.Headers.CacheControl = "no-store";
        Created = issued;
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellation)
    {
        if (!await accounts.IsManagerAsync(cancellation) || !(await accounts.AssignableRolesAsync(cancellation)).Contains(Core.Access.Role.OfficeOfficer))
        {
            return Forbid();
        }

        var units = await accounts.UnitsAsync(cancellation);
        var communeIds = units.Where(u => u.Kind == UnitKind.Office && u.ParentId is not null).Select(u => u.ParentId!.Value).ToHashSet();
        Communes = await db.Units.AsNoTracking().Where(u => communeIds.Contains(u.Id) && u.Kind == UnitKind.Commune)
            .OrderBy(u => u.Name)
            .Select(u => new AccountScope.UnitOption(u.Id, u.Name, u.Name, u.Kind, u.ParentId))
            .ToListAsync(cancellation);
        if (CommuneId is null && Communes.Count == 1)
        {
            CommuneId = Communes[0].Id;
        }

        if (CommuneId is not { } communeId)
        {
            return null;
        }

        if (Communes.All(c => c.Id != communeId))
        {
            return await scope.CanSeeAsync(communeId, cancellation) ? Forbid() : NotFound();
        }

        CommuneName = Communes.First(c => c.Id == communeId).Name;
        var offices = units.Where(u => u.ParentId == communeId && u.Kind == UnitKind.Office).ToList();
        var ids = offices.Select(o => o.Id).ToList();
        var counts = await db.Users.AsNoTracking().Where(u => u.UnitId != null && ids.Contains(u.UnitId.Value))
            .GroupBy(u => u.UnitId!.Value).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellation);
        Offices = offices.Select(o => new Office(o.Id, o.Name, o.Label, counts.GetValueOrDefault(o.Id))).ToList();
        return null;
    }
}
