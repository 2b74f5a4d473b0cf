using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SauRo.Data;
using SauRo.Data.Entities;

namespace SauRo.Features.Audit;

/// <summary>
/// The latest changes shown on a plan, task or indicator page (the caller has already checked that the user may see
/// it), each with a link to the whole history at /Plans/{planId}/History.
/// </summary>
public static class AuditHistory
{
    /// <summary>How many changes the pages show before the link to the whole history.</summary>
    public const int Latest = 10;

    /// <summary>How many changes a page of the whole history or of the administrator's search shows.</summary>
    public const int PageSize = 50;

    /// <summary>The plan and everything in it (indicators, tasks, their offices and documents, imports).</summary>
    public static Task<HistoryView> ForPlanAsync(SauRoDbContext db, int planId, CancellationToken cancellation) =>
        LatestAsync(db.AuditEntries.Where(e => e.PlanId == planId), PlanUrl(planId), cancellation);

    /// <summary>The task and its rows (offices, documents, comments).</summary>
    public static Task<HistoryView> ForTaskAsync(SauRoDbContext db, int planId, int taskId, CancellationToken cancellation) =>
        LatestAsync(db.AuditEntries.Where(e => e.TaskId == taskId), PlanUrl(planId, taskId: taskId), cancellation);

    /// <summary>The indicator and its lead offices.</summary>
    public static Task<HistoryView> ForIndicatorAsync(SauRoDbContext db, int planId, int indicatorId, CancellationToken cancellation) =>
        LatestAsync(db.AuditEntries.Where(e => e.IndicatorId == indicatorId), PlanUrl(planId, indicatorId: indicatorId), cancellation);

    /// <summary>The whole history of a plan, or of one of its tasks or indicators.</summary>
    public static string PlanUrl(int planId, int? taskId = null, int? indicatorId = null, int page = 1)
    {
        var query = new List<string>();
        if (taskId is { } t)
        {
            query.Add(string.Create(CultureInfo.InvariantCulture, $"taskId={t}"));
        }

        if (indicatorId is { } i)
        {
            query.Add(string.Create(CultureInfo.InvariantCulture, $"indicatorId={i}"));
        }

        if (page > 1)
        {
            query.Add(string.Create(CultureInfo.InvariantCulture, $"p={page}"));
        }

        var path = string.Create(CultureInfo.InvariantCulture, $"/Plans/{planId}/History");
        return query.Count == 0 ? path : $"{path}?{string.Join('&', query)}";
    }

    /// <summary>Newest first (entries are numbered in the order they were written).</summary>
    public static IQueryable<AuditEntry> Newest(this IQueryable<AuditEntry> entries) => entries.OrderByDescending(e => e.Id);

    /// <summary>One page of a list of entries, with its page links.</summary>
    public static async Task<HistoryView> PageAsync(IQueryable<AuditEntry> entries, int page, Func<int, string> pageUrl, CancellationToken cancellation)
    {
        var total = await entries.CountAsync(cancellation);
        var pages = Math.Max(1, (total + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pages);
        var rows = await entries.AsNoTracking().Newest().Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(cancellation);
        return new HistoryView(rows, Compact: false) { Heading = null, Page = page, PageCount = pages, Total = total, PageUrl = pageUrl };
    }

    private static async Task<HistoryView> LatestAsync(IQueryable<AuditEntry> entries, string allUrl, CancellationToken cancellation)
    {
        var rows = await entries.AsNoTracking().Newest().Take(Latest).ToListAsync(cancellation);
        return new HistoryView(rows, Compact: true, rows.Count == 0 ? null : allUrl);
    }
}
