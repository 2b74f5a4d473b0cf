using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SauRo.Data;
using SauRo.Features.Accounts;

namespace SauRo.Features.Audit;

/// <summary>
/// The whole history of a plan, or of one of its tasks or indicators, 50 changes a page, for everyone who may see the
/// plan. A deleted plan's history stays readable by those who could see it (its unit is on its entries).
/// </summary>
public sealed class PlanHistoryModel(SauRoDbContext db, UnitScope scope) : PageModel
{
    public int PlanId { get; private set; }

    /// <summary>The plan's title; null when the plan has been deleted.</summary>
    public string? PlanTitle { get; private set; }

    /// <summary>"Lịch sử kế hoạch", "Lịch sử nhiệm vụ 3 «…»".</summary>
    public string Heading { get; private set; } = "Lịch sử";

    public bool Filtered { get; private set; }

    public HistoryView History { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, int? taskId, int? indicatorId, [FromQuery(Name = "p")] int page, CancellationToken cancellation)
    {
        var plan = await db.Plans.AsNoTracking().Where(p => p.Id == id).Select(p => new { p.UnitId, p.Title }).SingleOrDefaultAsync(cancellation);
        var unitId = plan?.UnitId
            ?? await db.AuditEntries.AsNoTracking().Where(e => e.PlanId == id && e.UnitId != null).Newest().Select(e => e.UnitId).FirstOrDefaultAsync(cancellation);
        if (unitId is null || !await scope.CanSeeAsync(unitId.Value, cancellation))
        {
            return NotFound();
        }

        PlanId = id;
        PlanTitle = plan?.Title;
        var entries = db.AuditEntries.Where(e => e.PlanId == id);
        if (taskId is { } t)
        {
            entries = entries.Where(e => e.TaskId == t);
            var task = await db.Tasks.AsNoTracking().Where(x => x.Id == t && x.PlanId == id).Select(x => new { x.Ordinal, x.Content }).SingleOrDefaultAsync(cancellation);
            Heading = task is null ? "Lịch sử nhiệm vụ đã xóa"
                : string.IsNullOrWhiteSpace(task.Ordinal) ? $"Lịch sử nhiệm vụ {AuditText.Quote(task.Content)}"
                : $"Lịch sử nhiệm vụ {task.Ordinal} {AuditText.Quote(task.Content)}";
            Filtered = true;
        }
        else if (indicatorId is { } i)
        {
            entries = entries.Where(e => e.IndicatorId == i);
            var name = await db.Indicators.AsNoTracking().Where(x => x.Id == i && x.PlanId == id).Select(x => x.Name).SingleOrDefaultAsync(cancellation);
            Heading = name is null ? "Lịch sử chỉ tiêu đã xóa" : $"Lịch sử chỉ tiêu {AuditText.Quote(name)}";
            Filtered = true;
        }
        else
        {
            Heading = plan is null ? "Lịch sử kế hoạch đã xóa" : $"Lịch sử kế hoạch {AuditText.Quote(plan.Title)}";
        }

        History = await AuditHistory.PageAsync(entries, page, p => AuditHistory.PlanUrl(id, taskId, indicatorId, p), cancellation);
        return Page();
    }
}
