using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SauRo.Core.Exchange;
using SauRo.Data;
using SauRo.Data.Entities;
using SauRo.Features.Accounts;

namespace SauRo.Features.Exchange;

/// <summary>
/// Upload of a commune's exchange file into a province (administrators: any province; province officers: their own).
/// The file is read at once: a refused file (unreadable, or refused for this province) comes back with every reason and
/// nothing is kept; an acceptable one is kept as a <see cref="PendingImport"/> of kind Exchange and the user goes to its
/// preview. Nothing is imported here.
/// </summary>
public sealed class ImportModel(SauRoDbContext db, UnitScope scope, ExchangeImporter importer, TimeProvider clock) : PageModel
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public sealed record ProvinceOption(int Id, string Name);

    public sealed record PendingRow(Guid Id, string FileName, string Province, DateTimeOffset CreatedAt);

    [BindProperty]
    public int? ProvinceId { get; set; }

    /// <summary>The uploaded file (form field "File").</summary>
    [BindProperty(Name = "File")]
    public IFormFile? Upload { get; set; }

    /// <summary>The provinces the user may import into.</summary>
    public List<ProvinceOption> Provinces { get; private set; } = [];

    public List<PendingRow> Pending { get; private set; } = [];

    /// <summary>Why the uploaded file was refused, each reason with its JSON path.</summary>
    public IReadOnlyList<ExchangeError> FileErrors { get; private set; } = [];

    public int MoreFileErrors { get; private set; }

    public async Task<IActionResult> OnGetAsync([FromQuery] int? provinceId, CancellationToken cancellation)
    {
        if (provinceId is { } id)
        {
            if (!await scope.CanSeeAsync(id, cancellation))
            {
                return NotFound();
            }

            if (!await scope.CanImportExchangeAsync(id, cancellation))
            {
                return Forbid();
            }
        }

        await LoadAsync(cancellation);
        if (Provinces.Count == 0)
        {
            return Forbid();
        }

        ProvinceId = provinceId ?? (Provinces.Count == 1 ? Provinces[0].Id : null);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellation)
    {
        await LoadAsync(cancellation);
        if (Provinces.Count == 0)
        {
            return Forbid();
        }

        if (ProvinceId is not { } provinceId)
        {
            ModelState.AddModelError(nameof(ProvinceId), "Hãy chọn tỉnh nhận dữ liệu.");
            return Page();
        }

        if (!await scope.CanImportExchangeAsync(provinceId, cancellation))
        {
            ModelState.AddModelError(nameof(ProvinceId), "Bạn không được nhập dữ liệu trao đổi vào tỉnh này. Hãy chọn một tỉnh trong danh sách.");
            return new PageResult { StatusCode = StatusCodes.Status403Forbidden };
        }

        if (Upload is null)
        {
            ModelState.AddModelError("File", "Hãy chọn tệp dữ liệu trao đổi (.json).");
            return Page();
        }

        var fileName = ExchangeUploads.SafeFileName(Upload.FileName);
        if (Upload.Length > ExchangeLimits.MaxFileBytes)
        {
            ModelState.AddModelError("File", string.Create(Vietnamese,
                $"Tệp «{fileName}» quá lớn ({Upload.Length / 1024.0 / 1024.0:0.0} MB); Sáu Rõ nhận tệp trao đổi tới {ExchangeLimits.MaxFileBytes / 1024 / 1024} MB."));
            return Page();
        }

        byte[] content;
        using (var buffer = new MemoryStream((int)Upload.Length))
        {
            await Upload.CopyToAsync(buffer, cancellation);
            content = buffer.ToArray();
        }

        var now = clock.GetUtcNow();
        var read = ExchangeReader.Read(content, now);
        if (!read.IsSuccess)
        {
            FileErrors = read.Errors;
            MoreFileErrors = read.MoreErrors;
            ModelState.AddModelError("File", read.Errors is [{ Path.Length: 0 } only] ? only.Message : $"Tệp «{fileName}» có lỗi nên chưa nhập gì.");
            return Page();
        }

        // Refused for this province whatever is confirmed (another province's commune, an older export, a plan kept here):
        // said now, and nothing is kept.
        if ((await importer.PreviewAsync(provinceId, read.Document!, cancellation)).Refusal is { } refusal)
        {
            ModelState.AddModelError("File", refusal);
            return Page();
        }

        var userId = scope.UserId!;
        var expired = await db.PendingImports.Where(p => p.UserId == userId && p.Kind == PendingImportKind.Exchange)
            .Select(p => new { p.Id, p.CreatedAt }).ToListAsync(cancellation);
        db.PendingImports.RemoveRange(expired.Where(p => now - p.CreatedAt > ExchangeUploads.PendingLifetime)
            .Select(p => new PendingImport { Id = p.Id, UserId = userId, FileName = string.Empty, Content = [], Sha256 = string.Empty }));
        var pending = new PendingImport
        {
            Id = Guid.NewGuid(),
            Kind = PendingImportKind.Exchange,
            UnitId = provinceId,
            UserId = userId,
            FileName = fileName,
            Content = content,
            Sha256 = Convert.ToHexString(SHA256.HashData(content)),
            CreatedAt = now,
        };
        db.PendingImports.Add(pending);
        await db.SaveChangesAsync(cancellation);
        return Redirect($"/Exchange/Preview/{pending.Id}");
    }

    private async Task LoadAsync(CancellationToken cancellation)
    {
        var provinces = await (await scope.UnitsAsync(cancellation)).AsNoTracking().Where(u => u.Kind == UnitKind.Province)
            .Select(u => new ProvinceOption(u.Id, u.Name))
            .ToListAsync(cancellation);
        Provinces = [];
        foreach (var province in provinces.OrderBy(p => p.Name, StringComparer.Create(Vietnamese, false)))
        {
            if (await scope.CanImportExchangeAsync(province.Id, cancellation))
            {
                Provinces.Add(province);
            }
        }

        var userId = scope.UserId;
        var cutoff = clock.GetUtcNow() - ExchangeUploads.PendingLifetime;
        var pending = await db.PendingImports.AsNoTracking().Where(p => p.UserId == userId && p.Kind == PendingImportKind.Exchange)
            .Select(p => new { p.Id, p.FileName, p.UnitId, p.CreatedAt })
            .ToListAsync(cancellation);
        var names = Provinces.ToDictionary(p => p.Id, p => p.Name);
        Pending = pending.Where(p => p.CreatedAt > cutoff).OrderByDescending(p => p.CreatedAt)
            .Select(p => new PendingRow(p.Id, p.FileName, names.GetValueOrDefault(p.UnitId) ?? string.Empty, p.CreatedAt))
            .ToList();
    }
}
