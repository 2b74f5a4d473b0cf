using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SauRo.Core.Plans;
using SauRo.Core.Text;
using SauRo.Data;
using SauRo.Data.Entities;
using SauRo.Features.Accounts;

namespace SauRo.Features.Units;

/// <summary>
/// A unit: its place in the tree, its children (a commune's offices with the other names plans use for them), its
/// plans; and, for those who may change it, renaming, adding a child, the aliases of an office, deleting an office.
/// Provinces and communes are added by the administrator only.
/// </summary>
public sealed class DetailsModel(SauRoDbContext db, UnitScope scope, TimeProvider clock) : PageModel
{
    public const int MaxName = 200;

    public sealed record ChildRow(int Id, string Name, UnitKind Kind, List<string> Aliases);

    public sealed record AliasRow(int Id, string Alias);

    public sealed record PlanRow(int Id, string? Number, string Title, string? IssuedOn, int Indicators, int Tasks);

    public Unit Unit { get; private set; } = null!;

    public string? ParentName { get; private set; }

    public bool ParentVisible { get; private set; }

    public List<ChildRow> Children { get; private set; } = [];

    public List<AliasRow> Aliases { get; private set; } = [];

    public List<PlanRow> Plans { get; private set; } = [];

    public bool CanEdit { get; private set; }

    /// <summary>May add plans to this unit.</summary>
    public bool CanAddPlan { get; private set; }

    /// <summary>The kind of child this user may add here, or null.</summary>
    public UnitKind? AddableChild { get; private set; }

    [BindProperty]
    public string? NewName { get; set; }

    [BindProperty]
    public string? ChildName { get; set; }

    [BindProperty]
    public string? Alias { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellation) =>
        await LoadAsync(id, forEdit: false, cancellation) ?? Page();

    public async Task<IActionResult> OnPostRenameAsync(int id, CancellationToken cancellation)
    {
        if (await LoadAsync(id, forEdit: true, cancellation) is { } refusal)
        {
            return refusal;
        }

        var name = VietnameseText.Clean(NewName);
        if (!CheckName(name, nameof(NewName)) || !await CheckSiblingsAsync(name, Unit.ParentId, Unit.Kind, Unit.Id, nameof(NewName), cancellation))
        {
            return Page();
        }

        var old = Unit.Name;
        var unit = await db.Units.SingleAsync(u => u.Id == id, cancellation); // tracked, so that the audit trail records the rename
        unit.Name = name;
        unit.NameKey = OfficeNames.Key(name);
        await db.SaveChangesAsync(cancellation);
        TempData["Message"] = $"Đã đổi tên «{old}» thành «{name}».";
        return Redirect($"/Units/{id}");
    }

    public async Task<IActionResult> OnPostAddChildAsync(int id, CancellationToken cancellation)
    {
        // Adding under a unit is its own right (AddableChild): a standing officer adds offices to the commune they
        // may not rename.
        if (await LoadAsync(id, forEdit: false, cancellation) is { } refusal)
        {
            return refusal;
        }

        if (AddableChild is not { } kind)
        {
            return Forbid();
        }

        var name = VietnameseText.Clean(ChildName);
        if (!CheckName(name, nameof(ChildName)) || !await CheckSiblingsAsync(name, id, kind, null, nameof(ChildName), cancellation))
        {
            return Page();
        }

        var order = await db.Units.Where(u => u.ParentId == id).MaxAsync(u => (int?)u.SortOrder, cancellation);
        var child = new Unit { ParentId = id, Kind = kind, Name = name, NameKey = OfficeNames.Key(name), SortOrder = (order ?? -1) + 1, CreatedAt = clock.GetUtcNow() };
        db.Units.Add(child);
        await db.SaveChangesAsync(cancellation);
        TempData["Message"] = $"Đã thêm «{name}».";
        return Redirect($"/Units/{id}");
    }

    public async Task<IActionResult> OnPostAddAliasAsync(int id, CancellationToken cancellation)
    {
        if (await LoadAsync(id, forEdit: true, cancellation) is { } refusal)
        {
            return refusal;
        }

        if (Unit.Kind != UnitKind.Office)
        {
            return NotFound();
        }

        var alias = VietnameseText.Clean(Alias);
        if (!CheckName(alias, nameof(Alias)))
        {
            return Page();
        }

        var key = OfficeNames.Key(alias);
        if (OfficeNames.IsVagueGroup(alias))
        {
            ModelState.AddModelError(nameof(Alias), $"«{alias}» là tên gọi chung của nhiều cơ quan, không dùng làm tên gọi khác của một cơ quan.");
            return Page();
        }

        if (key == Unit.NameKey)
        {
            ModelState.AddModelError(nameof(Alias), $"«{alias}» trùng với tên của chính cơ quan này.");
            return Page();
        }

        if (Aliases.Any(a => OfficeNames.Key(a.Alias) == key))
        {
            ModelState.AddModelError(nameof(Alias), $"Cơ quan đã có tên gọi khác «{alias}».");
            return Page();
        }

        if (await OtherOfficeNamedAsync(key, Unit.ParentId, Unit.Id, cancellation) is { } other)
        {
            ModelState.AddModelError(nameof(Alias), $"«{alias}» đã là tên hoặc tên gọi khác của «{other}» trong cùng đơn vị; một tên chỉ chỉ một cơ quan.");
            return Page();
        }

        db.UnitAliases.Add(new UnitAlias { UnitId = id, Alias = alias, AliasKey = key });
        await db.SaveChangesAsync(cancellation);
        TempData["Message"] = $"Đã thêm tên gọi khác «{alias}».";
        return Redirect($"/Units/{id}");
    }

    public async Task<IActionResult> OnPostRemoveAliasAsync(int id, int aliasId, CancellationToken cancellation)
    {
        if (await LoadAsync(id, forEdit: true, cancellation) is { } refusal)
        {
            return refusal;
        }

        var alias = Aliases.FirstOrDefault(a => a.Id == aliasId);
        if (alias is null)
        {
            return NotFound();
        }

        if (await db.UnitAliases.SingleOrDefaultAsync(a => a.Id == aliasId && a.UnitId == id, cancellation) is { } removed)
        {
            db.UnitAliases.Remove(removed); // tracked, so that the audit trail records it
            await db.SaveChangesAsync(cancellation);
        }

        TempData["Message"] = $"Đã bỏ tên gọi khác «{alias.Alias}».";
        return Redirect($"/Units/{id}");
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken cancellation)
    {
        if (await LoadAsync(id, forEdit: true, cancellation) is { } refusal)
        {
            return refusal;
        }

        if (Unit.Kind != UnitKind.Office)
        {
            return NotFound();
        }

        var tasks = await db.TaskUnits.Where(u => u.UnitId == id).Select(u => u.TaskId).Distinct().CountAsync(cancellation);
        var indicators = await db.IndicatorLeads.Where(l => l.UnitId == id).Select(l => l.IndicatorId).Distinct().CountAsync(cancellation);
        var plans = await db.Plans.CountAsync(p => p.UnitId == id, cancellation);
        var users = await db.Users.CountAsync(u => u.UnitId == id, cancellation);
        var uses = new List<string>();
        if (tasks > 0)
        {
            uses.Add($"{tasks} nhiệm vụ");
        }

        if (indicators > 0)
        {
            uses.Add($"{indicators} chỉ tiêu");
        }

        if (plans > 0)
        {
            uses.Add($"{plans} kế hoạch");
        }

        if (users > 0)
        {
            uses.Add($"{users} tài khoản");
        }

        if (uses.Count > 0 || Children.Count > 0)
        {
            ModelState.AddModelError(string.Empty,
                $"Không xóa được «{Unit.Name}»: cơ quan đang gắn với {string.Join(", ", uses.Count > 0 ? uses : ["đơn vị con"])}. Hãy sửa các mục đó cho cơ quan khác trước.");
            return Page();
        }

        if (await db.Units.FindAsync([id], cancellation) is { } office)
        {
            db.Units.Remove(office); // tracked, so that the audit trail records it
            await db.SaveChangesAsync(cancellation);
        }

        TempData["Message"] = $"Đã xóa cơ quan «{Unit.Name}».";
        return Redirect(Unit.ParentId is { } parent ? $"/Units/{parent}" : "/Units");
    }

    /// <summary>Loads the page; with <paramref name="forEdit"/> refuses users who may not change the unit.</summary>
    private async Task<IActionResult?> LoadAsync(int id, bool forEdit, CancellationToken cancellation)
    {
        if (!await scope.CanSeeAsync(id, cancellation))
        {
            return NotFound();
        }

        var unit = await db.Units.AsNoTracking().Include(u => u.Parent).SingleOrDefaultAsync(u => u.Id == id, cancellation);
        if (unit is null)
        {
            return NotFound();
        }

        Unit = unit;
        CanEdit = await scope.CanManageUnitAsync(id, cancellation);
        CanAddPlan = unit.Kind is UnitKind.Commune or UnitKind.Province && await scope.CanEditAsync(id, cancellation);
        if (forEdit && !CanEdit)
        {
            return Forbid();
        }

        ParentName = unit.Parent?.Name;
        ParentVisible = unit.ParentId is { } parent && await scope.CanSeeAsync(parent, cancellation);
        var child = UnitText.ChildKind(unit.Kind);
        AddableChild = child is { } k && (k == UnitKind.Office ? await scope.CanAddOfficeAsync(id, cancellation) : scope.IsAdmin) ? k : null;
        Children = await db.Units.AsNoTracking().Where(u => u.ParentId == id)
            .OrderBy(u => u.SortOrder).ThenBy(u => u.Name)
            .Select(u => new ChildRow(u.Id, u.Name, u.Kind, u.Aliases.OrderBy(a => a.Alias).Select(a => a.Alias).ToList()))
            .ToListAsync(cancellation);
        Aliases = await db.UnitAliases.AsNoTracking().Where(a => a.UnitId == id).OrderBy(a => a.Alias)
            .Select(a => new AliasRow(a.Id, a.Alias)).ToListAsync(cancellation);
        Plans = await db.Plans.AsNoTracking().Where(p => p.UnitId == id)
            .OrderByDescending(p => p.IssuedOn).ThenBy(p => p.Id)
            .Select(p => new PlanRow(p.Id, p.Number, p.Title, p.IssuedOn, p.Indicators.Count, p.Tasks.Count))
            .ToListAsync(cancellation);
        return null;
    }

    private bool CheckName(string name, string field)
    {
        if (name.Length == 0)
        {
            ModelState.AddModelError(field, "Hãy nhập tên.");
            return false;
        }

        if (name.Length > MaxName)
        {
            ModelState.AddModelError(field, $"Tên dài quá {MaxName} ký tự.");
            return false;
        }

        return true;
    }

    /// <summary>Refuses a name another unit of the same level under the same parent already has (or, for offices, uses as an alias).</summary>
    private async Task<bool> CheckSiblingsAsync(string name, int? parentId, UnitKind kind, int? self, string field, CancellationToken cancellation)
    {
        var key = OfficeNames.Key(name);
        var clash = await db.Units.AsNoTracking()
            .Where(u => u.ParentId == parentId && u.Kind == kind && u.Id != self && u.NameKey == key)
            .Select(u => u.Name).FirstOrDefaultAsync(cancellation);
        if (clash is null && kind == UnitKind.Office)
        {
            clash = await OtherOfficeNamedAsync(key, parentId, self, cancellation);
        }

        if (clash is null)
        {
            return true;
        }

        ModelState.AddModelError(field, $"Đã có «{clash}» trùng tên này trong cùng đơn vị.");
        return false;
    }

    /// <summary>The office of the same commune, other than <paramref name="self"/>, whose name or alias has this key.</summary>
    private async Task<string?> OtherOfficeNamedAsync(string key, int? parentId, int? self, CancellationToken cancellation)
    {
        var offices = db.Units.AsNoTracking().Where(u => u.ParentId == parentId && u.Kind == UnitKind.Office && u.Id != self);
        return await offices.Where(u => u.NameKey == key).Select(u => u.Name).FirstOrDefaultAsync(cancellation)
            ?? await offices.Where(u => u.Aliases.Any(a => a.AliasKey == key)).Select(u => u.Name).FirstOrDefaultAsync(cancellation);
    }
}
