using Microsoft.EntityFrameworkCore;
using SauRo.Data;
using SauRo.Data.Entities;

namespace SauRo.Features.Monitoring;

/// <summary>
/// An update gathered into a report that the leader approved is part of the record: it is neither changed nor deleted
/// (the report's period is locked). Updates of a draft, submitted or returned report stay editable.
/// </summary>
public static class TaskUpdateLock
{
    public const string Message = "Cập nhật này thuộc báo cáo đã được duyệt nên không sửa hay xóa được.";

    /// <summary>The ids of the locked updates among <paramref name="updates"/>.</summary>
    public static async Task<HashSet<int>> LockedAsync(SauRoDbContext db, IReadOnlyCollection<TaskUpdate> updates, CancellationToken cancellation)
    {
        var reportIds = updates.Select(u => u.ReportId).OfType<int>().Distinct().ToList();
        if (reportIds.Count == 0)
        {
            return [];
        }

        var approved = await db.Reports.AsNoTracking().Where(r => reportIds.Contains(r.Id) && r.State == ReportState.Approved)
            .Select(r => r.Id).ToListAsync(cancellation);
        return updates.Where(u => u.ReportId is { } r && approved.Contains(r)).Select(u => u.Id).ToHashSet();
    }

    public static async Task<bool> IsLockedAsync(SauRoDbContext db, TaskUpdate update, CancellationToken cancellation) =>
        (await LockedAsync(db, [update], cancellation)).Count > 0;
}
