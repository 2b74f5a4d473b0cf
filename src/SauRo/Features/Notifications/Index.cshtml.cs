using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SauRo.Data;
using SauRo.Data.Entities;
using SauRo.Features.Accounts;

namespace SauRo.Features.Notifications;

/// <summary>
/// The user's own notifications, newest first, unread ones marked, each with a link to its task or report; marking
/// one or all as read. Another user's notification is answered 404, like anything one may not see.
/// </summary>
public sealed class IndexModel(SauRoDbContext db, UnitScope scope, TimeProvider clock) : PageModel
{
    public const int PageSize = 50;

    public List<Notification> Items { get; private set; } = [];

    public int Unread { get; private set; }

    /// <summary>1-based page number; older notifications are on the next pages.</summary>
    public int PageNumber { get; private set; } = 1;

    public bool HasOlder { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? p, CancellationToken cancellation)
    {
        if (scope.UserId is not { } userId)
        {
            return Challenge();
        }

        PageNumber = Math.Max(1, p ?? 1);
        var mine = db.Notifications.AsNoTracking().Where(n => n.UserId == userId);
        Unread = await mine.CountAsync(n => n.ReadAt == null, cancellation);
        var page = await mine.OrderByDescending(n => n.Id).Skip((PageNumber - 1) * PageSize).Take(PageSize + 1).ToListAsync(cancellation);
        HasOlder = page.Count > PageSize;
        Items = [.. page.Take(PageSize)];
        return Page();
    }

    public async Task<IActionResult> OnPostReadAsync(int id, int? p, CancellationToken cancellation)
    {
        var userId = scope.UserId;
        var notification = await db.Notifications.SingleOrDefaultAsync(n => n.Id == id && n.UserId == userId, cancellation);
        if (notification is null)
        {
            return NotFound();
        }

        notification.ReadAt ??= clock.GetUtcNow();
        await db.SaveChangesAsync(cancellation);
        return RedirectToPage(new { p = p > 1 ? p : null });
    }

    public async Task<IActionResult> OnPostReadAllAsync(CancellationToken cancellation)
    {
        var userId = scope.UserId;
        var unread = await db.Notifications.Where(n => n.UserId == userId && n.ReadAt == null).ToListAsync(cancellation);
        var now = clock.GetUtcNow();
        foreach (var notification in unread)
        {
            notification.ReadAt = now;
        }

        await db.SaveChangesAsync(cancellation);
        TempData["Message"] = unread.Count == 0 ? "Không có thông báo nào chưa đọc." : $"Đã đánh dấu {unread.Count} thông báo là đã đọc.";
        return RedirectToPage();
    }
}
