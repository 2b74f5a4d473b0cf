using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SauRo.Core.Exchange;
using SauRo.Data;
using SauRo.Data.Entities;
using SauRo.Features.Accounts;

namespace SauRo.Features.Exchange;

/// <summary>
/// What importing an uploaded exchange file would do, before anything is written: the commune it goes to (found, or
/// "sẽ tạo xã mới"), each plan created, replaced or unchanged, the counts, offices to create, statuses as our rules
/// compute them, warnings, or why it is refused. Only the uploader sees it. "Xác nhận nhập" writes everything in one
/// transaction; "Hủy" drops the upload.
/// </summary>
public sealed class PreviewModel(SauRoDbContext db, UnitScope scope, ExchangeImporter importer, TimeProvider clock) : PageModel
{
    public const string MissingMessage =
        "Không tìm thấy bản tải lên này: có thể dữ liệu đã được nhập, lần nhập đã bị hủy hoặc đã quá 24 giờ. Hãy tải tệp lên lại nếu cần.";

    /// <summary>Null when the upload is not there (then <see cref="Error"/> says so).</summary>
    public PendingImport? Pending { get; private set; }

    public ExchangePreview? Result { get; private set; }

    /// <summary>Whether the user may still import into the upload's province.</summary>
    public bool MayImport { get; private set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellation)
    {
        Pending = await FindAsync(id, cancellation);
        return Pending is null ? Missing(MissingMessage) : await ShowAsync(null, cancellation);
    }

    public async Task<IActionResult> OnPostConfirmAsync(Guid id, CancellationToken cancellation)
    {
        Pending = await FindAsync(id, cancellation);
        if (Pending is null)
        {
            return Missing(ExchangeImporter.GoneMessage);
        }

        if (!await scope.CanImportExchangeAsync(Pending.UnitId, cancellation))
        {
            return await ShowAsync("Bạn không còn quyền nhập dữ liệu trao đổi vào tỉnh này.", cancellation, StatusCodes.Status403Forbidden);
        }

        var read = ExchangeReader.Read(Pending.Content, clock.GetUtcNow());
        if (!read.IsSuccess)
        {
            return Missing(read.Message);
        }

        try
        {
            var result = await importer.ApplyAsync(Pending.UnitId, read.Document!, Pending.FileName, scope.UserName, Pending.Id, cancellation);
            TempData["Message"] = result.Summary;
            return Redirect($"/Units/{result.CommuneId}");
        }
        catch (ExchangeRefusedException e)
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
        var userId = scope.UserId;
        var pending = await db.PendingImports.Where(p => p.Id == id && p.UserId == userId && p.Kind == PendingImportKind.Exchange).ToListAsync(cancellation);
        db.PendingImports.RemoveRange(pending);
        await db.SaveChangesAsync(cancellation);
        TempData["Message"] = pending.Count > 0 ? "Đã hủy lần nhập; không có gì được ghi." : "Lần nhập này không còn (đã nhập hoặc đã hủy trước đó).";
        return Redirect("/Exchange/Import");
    }

    private async Task<PendingImport?> FindAsync(Guid id, CancellationToken cancellation)
    {
        var userId = scope.UserId;
        return await db.PendingImports.AsNoTracking()
            .SingleOrDefaultAsync(p => p.Id == id && p.UserId == userId && p.Kind == PendingImportKind.Exchange, cancellation);
    }

    private PageResult Missing(string message)
    {
        Error = message;
        return new PageResult { StatusCode = StatusCodes.Status404NotFound };
    }

    private async Task<IActionResult> ShowAsync(string? error, CancellationToken cancellation, int status = StatusCodes.Status200OK)
    {
        var pending = Pending!;
        var read = ExchangeReader.Read(pending.Content, clock.GetUtcNow());
        if (!read.IsSuccess)
        {
            return Missing(read.Message);
        }

        Error = error;
        MayImport = await scope.CanImportExchangeAsync(pending.UnitId, cancellation);
        Result = await importer.PreviewAsync(pending.UnitId, read.Document!, cancellation);
        return new PageResult { StatusCode = status };
    }
}
