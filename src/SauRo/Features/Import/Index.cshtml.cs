using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SauRo.Core.Import;
using SauRo.Data;
using SauRo.Data.Entities;
using SauRo.Features.Accounts;
using SauRo.Hosting;

namespace SauRo.Features.Import;

/// <summary>
/// Upload of a plan file: checks the file and the unit, keeps the bytes as a <see cref="PendingImport"/> and sends the
/// user to its preview. Nothing is imported here.
/// </summary>
public sealed class IndexModel(SauRoDbContext db, UnitScope scope, TimeProvider clock) : PageModel
{
    /// <summary>How long an unconfirmed upload is kept.</summary>
    public static readonly TimeSpan PendingLifetime = TimeSpan.FromHours(24);

    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public sealed record UnitOption(int Id, string Name, UnitKind Kind, string? Province);

    public sealed record PendingRow(Guid Id, string FileName, string Unit, DateTimeOffset CreatedAt);

    [BindProperty]
    public int? UnitId { get; set; }

    /// <summary>The uploaded file (form field "File").</summary>
    [BindProperty(Name = "File")]
    public IFormFile? Upload { get; set; }

    public List<UnitOption> Units { get; private set; } = [];

    public List<PendingRow> Pending { get; private set; } = [];

    public async Task OnGetAsync([FromQuery] int? unitId, CancellationToken cancellation)
    {
        await LoadAsync(cancellation);
        UnitId = unitId ?? await db.Users.Where(u => u.Id == UserId).Select(u => u.UnitId).SingleOrDefaultAsync(cancellation);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellation)
    {
        await LoadAsync(cancellation);
        if (Upload is null)
        {
            ModelState.AddModelError("File", "Hãy chọn tệp kế hoạch (.docx, .md hoặc .txt).");
            return Page();
        }

        var fileName = SafeFileName(Upload.FileName);
        if (Upload.Length > WebApp.MaxUploadBytes)
        {
            ModelState.AddModelError("File", string.Create(Vietnamese,
                $"Tệp «{fileName}» quá lớn ({Upload.Length / 1024.0 / 1024.0:0.0} MB); chỉ nhận tệp tới {WebApp.MaxUploadBytes / 1024 / 1024} MB."));
            return Page();
        }

        if (UnitId is not { } unitId)
        {
            ModelState.AddModelError(nameof(UnitId), "Hãy chọn xã/phường (hoặc tỉnh) nhận kế hoạch.");
            return Page();
        }

        var unit = await db.Units.Where(u => u.Id == unitId).Select(u => new { u.Kind }).SingleOrDefaultAsync(cancellation);
        if (unit is null || unit.Kind is not (UnitKind.Commune or UnitKind.Province) || !await scope.CanEditAsync(unitId, cancellation))
        {
            ModelState.AddModelError(nameof(UnitId), "Bạn không có quyền nhập kế hoạch cho đơn vị này. Hãy chọn một xã/phường hoặc tỉnh trong danh sách.");
            return new PageResult { StatusCode = StatusCodes.Status403Forbidden };
        }

        byte[] content;
        using (var buffer = new MemoryStream((int)Upload.Length))
        {
            await Upload.CopyToAsync(buffer, cancellation);
            content = buffer.ToArray();
        }

        var read = PlanFileReader.Read(content, fileName);
        if (!read.IsSuccess)
        {
            ModelState.AddModelError("File", read.Error!);
            return Page();
        }

        var now = clock.GetUtcNow();
        var userId = UserId!;
        var mine = await db.PendingImports.Where(p => p.UserId == userId).Select(p => new { p.Id, p.CreatedAt }).ToListAsync(cancellation);
        var expired = mine.Where(p => now - p.CreatedAt > PendingLifetime).Select(p => p.Id).ToList();
        if (expired.Count > 0)
        {
            db.PendingImports.RemoveRange(expired.Select(id => new PendingImport { Id = id, UserId = userId, FileName = string.Empty, Content = [], Sha256 = string.Empty }));
        }

        var pending = new PendingImport
        {
            Id = Guid.NewGuid(),
            UnitId = unitId,
            UserId = userId,
            FileName = fileName,
            Content = content,
            Sha256 = Convert.ToHexString(SHA256.HashData(content)),
            CreatedAt = now,
        };
        db.PendingImports.Add(pending);
        await db.SaveChangesAsync(cancellation);
        return Redirect($"/Import/Preview/{pending.Id}");
    }

    private string? UserId => User.FindFirstValue(ClaimTypes.NameIdentifier);

    private async Task LoadAsync(CancellationToken cancellation)
    {
        var units = await scope.UnitsAsync(cancellation);
        var rows = await units.Where(u => u.Kind == UnitKind.Commune || u.Kind == UnitKind.Province)
            .Select(u => new { u.Id, u.Name, u.Kind, u.SortOrder, ProvinceId = u.Kind == UnitKind.Province ? u.Id : u.ParentId, Province = u.Kind == UnitKind.Province ? u.Name : u.Parent!.Name })
            .ToListAsync(cancellation);
        Units = rows
            .OrderBy(r => r.Province, StringComparer.Create(Vietnamese, false)).ThenBy(r => r.ProvinceId)
            .ThenBy(r => r.Kind).ThenBy(r => r.SortOrder).ThenBy(r => r.Name, StringComparer.Create(Vietnamese, false))
            .Select(r => new UnitOption(r.Id, r.Name, r.Kind, r.Province))
            .ToList();

        var userId = UserId;
        var cutoff = clock.GetUtcNow() - PendingLifetime;
        var pending = await db.PendingImports.Where(p => p.UserId == userId && p.Kind == PendingImportKind.Plan)
            .Select(p => new { p.Id, p.FileName, p.UnitId, p.CreatedAt })
            .ToListAsync(cancellation);
        var unitIds = pending.Select(p => p.UnitId).Distinct().ToList();
        var unitNames = await db.Units.Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, cancellation);
        Pending = pending.Where(p => p.CreatedAt > cutoff).OrderByDescending(p => p.CreatedAt)
            .Select(p => new PendingRow(p.Id, p.FileName, unitNames.GetValueOrDefault(p.UnitId) ?? string.Empty, p.CreatedAt))
            .ToList();
    }

    /// <summary>The name without a path (browsers of old send "C:\…\kh.docx"), at most 200 characters.</summary>
    private static string SafeFileName(string name)
    {
        var bare = name.Replace('\\', '/');
        bare = bare[(bare.LastIndexOf('/') + 1)..].Trim();
        if (bare.Length == 0)
        {
            return "tep-khong-ten";
        }

        return bare.Length <= 200 ? bare : bare[..100] + "…" + bare[^99..];
    }
}
