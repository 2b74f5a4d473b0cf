using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SauRo.Core.Text;
using SauRo.Data;
using SauRo.Features.Accounts;

namespace SauRo.Features.Attachments;

/// <summary>
/// Serves an attached file to those who may see its unit (404 to anyone else), always as a download: never rendered
/// by the browser (Content-Disposition: attachment with an RFC 5987 UTF-8 name, nosniff, a sandboxing content
/// policy), with the content type stored for the accepted kinds and application/octet-stream otherwise.
/// </summary>
public sealed class DownloadModel(SauRoDbContext db, UnitScope scope) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellation)
    {
        var file = await db.Attachments.AsNoTracking().Where(a => a.Id == id)
            .Select(a => new { a.UnitId, a.FileName, a.ContentType })
            .SingleOrDefaultAsync(cancellation);
        if (file is null || !await scope.CanSeeAsync(file.UnitId, cancellation))
        {
            return NotFound();
        }

        var content = await db.Attachments.AsNoTracking().Where(a => a.Id == id).Select(a => a.Content).SingleAsync(cancellation);
        var headers = Response.Headers;
        headers.ContentDisposition = ContentDisposition(file.FileName);
        headers.XContentTypeOptions = "nosniff";
        headers.ContentSecurityPolicy = "sandbox";
        headers.CacheControl = "private, no-store";
        return File(content, AttachmentKind.ServedContentType(file.ContentType));
    }

    /// <summary><c>attachment; filename="ascii"; filename*=UTF-8''percent-encoded</c> (RFC 6266 with RFC 5987).</summary>
    public static string ContentDisposition(string fileName)
    {
        var ascii = new StringBuilder(fileName.Length);
        foreach (var c in VietnameseText.FoldAligned(fileName))
        {
            ascii.Append(char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' or ' ' or '(' or ')' ? c : '_');
        }

        return $"attachment; filename=\"{ascii}\"; filename*=UTF-8''{Uri.EscapeDataString(fileName)}";
    }
}
