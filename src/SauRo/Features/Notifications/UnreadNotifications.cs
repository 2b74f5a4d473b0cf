using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SauRo.Data;

namespace SauRo.Features.Notifications;

/// <summary>The signed-in user's unread notifications, counted for the bell of every page in one indexed query.</summary>
public sealed class UnreadNotifications(SauRoDbContext db, IHttpContextAccessor http)
{
    public async Task<int> CountAsync()
    {
        var user = http.HttpContext?.User;
        if (user?.Identity?.IsAuthenticated != true || user.FindFirstValue(ClaimTypes.NameIdentifier) is not { } id)
        {
            return 0;
        }

        return await db.Notifications.CountAsync(n => n.UserId == id && n.ReadAt == null, http.HttpContext!.RequestAborted);
    }
}
