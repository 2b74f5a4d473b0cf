using Microsoft.EntityFrameworkCore;
using SauRo.Data;
using SauRo.Data.Entities;

namespace SauRo.Features.Reports;

/// <summary>
/// What an approved report freezes: the indicator values it carries (their ReportId) can no longer change, as the task
/// updates it carries (<see cref="Monitoring.TaskUpdateLock"/>). A submitted report is read-only on its own page until
/// the leader approves or returns it; a returned one frees everything for corrections.
/// </summary>
public static class ReportLocks
{
    public static bool Locks(ReportState state) => state == ReportState.Approved;

    /// <summary>The state of the report carrying a row, or null when none does (or it no longer exists).</summary>
    public static async Task<ReportState?> CarrierStateAsync(SauRoDbContext db, int? reportId, CancellationToken cancellation) =>
        reportId is { } id
            ? await db.Reports.AsNoTracking().Where(r => r.Id == id).Select(r => (ReportState?)r.State).SingleOrDefaultAsync(cancellation)
            : null;

    /// <summary>Why a value of <paramref name="periodLabel"/> cannot be changed.</summary>
    public static string ValueLockedMessage(string periodLabel) =>
        $"Số liệu kỳ {periodLabel} nằm trong báo cáo đã được duyệt; không sửa được nữa.";
}
