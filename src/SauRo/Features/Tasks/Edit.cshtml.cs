using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SauRo.Data;
using SauRo.Data.Entities;
using SauRo.Features.Accounts;
using SauRo.Features.Audit;

namespace SauRo.Features.Tasks;

/// <summary>Changes a task; the deadline is read again with the plan's year and the offices linked again.</summary>
public sealed class EditModel(SauRoDbContext db, UnitScope scope, TimeProvider clock) : TaskFormPage(db, scope, clock)
{
    public override string Heading => "Sửa nhiệm vụ";

    public override string SubmitText => "Lưu nhiệm vụ";

    /// <summary>The latest changes of the task and its rows ("Lịch sử").</summary>
    public HistoryView? History { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellation)
    {
        var task = await FindAsync(id, tracked: false, cancellation);
        if (await LoadPlanAsync(task?.PlanId ?? 0, cancellation, task?.Id) is { } refusal)
        {
            return refusal;
        }

        Fill(task!);
        History = await AuditHistory.ForTaskAsync(Db, Plan.Id, id, cancellation);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellation)
    {
        var task = await FindAsync(id, tracked: true, cancellation);
        if (await LoadPlanAsync(task?.PlanId ?? 0, cancellation, task?.Id) is { } refusal)
        {
            return refusal;
        }

        if (!ModelState.IsValid)
        {
            History = await AuditHistory.ForTaskAsync(Db, Plan.Id, id, cancellation);
            return Page();
        }

        await ApplyAsync(task!, cancellation);
        await Db.SaveChangesAsync(cancellation);
        TempData["Message"] = "Đã lưu nhiệm vụ.";
        return ToPlan(task!.Id);
    }

    private Task<PlanTask?> FindAsync(int id, bool tracked, CancellationToken cancellation)
    {
        var tasks = tracked ? Db.Tasks : Db.Tasks.AsNoTracking();
        return tasks.Include(t => t.Units).Include(t => t.Bases).AsSingleQuery().SingleOrDefaultAsync(t => t.Id == id, cancellation);
    }
}
