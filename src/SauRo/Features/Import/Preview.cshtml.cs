using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SauRo.Core.Import;
using SauRo.Data;
using SauRo.Data.Entities;
using SauRo.Features.Accounts;

namespace SauRo.Features.Import;

/// <summary>
/// What an upload would do, before anything is written: the plan's header, counts, warnings, the office mapping to
/// decide, and the items to create (or, for a new version of a plan already here, what is added, changed, removed).
/// Only the user who uploaded sees it. "Xác nhận nhập" writes it all in one transaction; "Hủy" drops the upload.
/// </summary>
public sealed class PreviewModel(SauRoDbContext db, UnitScope scope, PlanImporter importer) : PageModel
{
    public const string MissingMessage =
        "Không tìm thấy bản tải lên này: có thể kế hoạch đã được nhập, lần nhập đã bị hủy hoặc đã quá 24 giờ. Hãy tải tệp lên lại nếu cần.";

    /// <summary>One row of the office table as posted: the name as written and the chosen value.</summary>
    public sealed class OfficeInput
    {
        public string Name { get; set; } = string.Empty;

        public string? Choice { get; set; }
    }

    public sealed record OfficeOption(int Id, string Name);

    [BindProperty]
    public List<OfficeInput> Offices { get; set; } = [];

    /// <summary>Null when the upload is not there (then <see cref="Error"/> says so).</summary>
    public PendingImport? Pending { get; private set; }

    public string UnitName { get; private set; } = string.Empty;

    public ImportPreview? Result { get; private set; }

    public List<OfficeOption> UnitOffices { get; private set; } = [];

    /// <summary>An earlier import of exactly the same file into the plan this one updates.</summary>
    public PlanImport? SameFile { get; private set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellation)
    {
        Pending = await FindAsync(id, cancellation);
        if (Pending is null)
        {
            return Missing(MissingMessage);
        }

        return await ShowAsync(null, cancellation);
    }

    public async Task<IActionResult> OnPostConfirmAsync(Guid id, CancellationToken cancellation)
    {
        Pending = await FindAsync(id, cancellation);
        if (Pending is null)
        {
            return Missing(PlanImporter.GoneMessage);
        }

        if (!await scope.CanEditAsync(Pending.UnitId, cancellation))
        {
            return await ShowAsync("Bạn không còn quyền nhập kế hoạch cho đơn vị này.", cancellation, StatusCodes.Status403Forbidden);
        }

        var read = PlanFileReader.Read(Pending.Content, Pending.FileName);
        if (!read.IsSuccess)
        {
            return Missing(read.Error!);
        }

        var decisions = new List<OfficeDecision>();
        foreach (var input in Offices.Where(o => !string.IsNullOrWhiteSpace(o.Name)))
        {
            if (ImportText.Decision(input.Name, input.Choice) is not { } decision)
            {
                return await ShowAsync($"Lựa chọn cho «{input.Name}» không hợp lệ. Hãy chọn một cơ quan trong danh sách.", cancellation);
            }

            decisions.Add(decision);
        }

        try
        {
            var result = await importer.ApplyPendingAsync(Pending, read.Value!, User.Identity?.Name, decisions, cancellation);
            TempData["Message"] = $"Đã nhập kế hoạch: {result.Title} (thêm {result.Added}, sửa {result.Changed}, xóa {result.Removed})";
            return Redirect($"/Plans/{result.PlanId}");
        }
        catch (ImportRefusedException e)
        {
            db.ChangeTracker.Clear();
            if (await FindAsync(id, cancellation) is null)
            {
                Pending = null;
                return Missing(e.Message);
            }

            return await ShowAsync(e.Message, cancellation);
        }
    }

    public async Task<IActionResult> OnPostCancelAsync(Guid id, CancellationToken cancellation)
    {
        var userId = UserId;
        var deleted = await db.PendingImports.Where(p => p.Id == id && p.UserId == userId && p.Kind == PendingImportKind.Plan).ExecuteDeleteAsync(cancellation);
        TempData["Message"] = deleted > 0 ? "Đã hủy lần nhập; không có gì được ghi." : "Lần nhập này không còn (đã nhập hoặc đã hủy trước đó).";
        return Redirect("/Import");
    }

    /// <summary>The value selected for an office row: what the user posted, else the proposal.</summary>
    public string Selected(OfficeMappingRow row) =>
        Offices.FirstOrDefault(o => Core.Plans.OfficeNames.SameOffice(o.Name, row.WrittenName))?.Choice
        ?? ImportText.ChoiceValue(row.Proposed, row.MatchedUnitId);

    private string? UserId => User.FindFirstValue(ClaimTypes.NameIdentifier);

    private async Task<PendingImport?> FindAsync(Guid id, CancellationToken cancellation)
    {
        var userId = UserId;
        return await db.PendingImports.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id && p.UserId == userId && p.Kind == PendingImportKind.Plan, cancellation);
    }

    private PageResult Missing(string message)
    {
        Error = message;
        return new PageResult { StatusCode = StatusCodes.Status404NotFound };
    }

    private async Task<IActionResult> ShowAsync(string? error, CancellationToken cancellation, int status = StatusCodes.Status200OK)
    {
        var pending = Pending!;
        Error = error;
        var read = PlanFileReader.Read(pending.Content, pending.FileName);
        if (!read.IsSuccess)
        {
            return Missing(read.Error!);
        }

        UnitName = await db.Units.Where(u => u.Id == pending.UnitId).Select(u => u.Name).SingleOrDefaultAsync(cancellation) ?? string.Empty;
        UnitOffices = await db.Units.Where(u => u.ParentId == pending.UnitId && u.Kind == UnitKind.Office)
            .OrderBy(u => u.SortOrder).ThenBy(u => u.Name)
            .Select(u => new OfficeOption(u.Id, u.Name))
            .ToListAsync(cancellation);
        Result = await importer.PreviewAsync(pending.UnitId, read.Value!, cancellation);
        if (Result.ExistingPlanId is { } planId)
        {
            SameFile = await db.PlanImports.AsNoTracking().Where(i => i.PlanId == planId && i.Sha256 == pending.Sha256)
                .OrderByDescending(i => i.Id).FirstOrDefaultAsync(cancellation);
        }

        return new PageResult { StatusCode = status };
    }
}
