using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SauRo.Core.Monitoring;
using SauRo.Data;
using SauRo.Data.Entities;
using SauRo.Features.Accounts;
using SauRo.Features.Attachments;
using SauRo.Features.Plans;

namespace SauRo.Features.Monitoring;

/// <summary>
/// What the pages that file, change and delete progress updates share: the task and its plan (404 when out of sight,
/// 403 when the user may not update the task), "today" in Vietnam, the office the user speaks for, and the attachment.
/// </summary>
public abstract class TaskUpdatePage(SauRoDbContext db, UnitScope scope, TimeProvider clock) : PageModel
{
    [BindProperty]
    public TaskUpdateInput Update { get; set; } = new();

    public PlanTask Task { get; private set; } = null!;

    public PlanRef Plan { get; private set; } = null!;

    protected SauRoDbContext Db => db;

    protected UnitScope Scope => scope;

    protected TimeProvider Clock => clock;

    protected DateOnly Today => VietnamTime.Today(clock);

    /// <summary>Null when the user may update the task; else 404 (not visible) or 403.</summary>
    protected async Task<IActionResult?> LoadTaskAsync(int taskId, CancellationToken cancellation)
    {
        var task = await db.Tasks.Include(t => t.Units).AsSingleQuery().SingleOrDefaultAsync(t => t.Id == taskId, cancellation);
        var plan = task is null ? null : await PlanRef.FindAsync(db, task.PlanId, cancellation);
        if (task is null || plan is null || !await scope.CanSeeAsync(plan.UnitId, cancellation))
        {
            return NotFound();
        }

        if (!await scope.CanUpdateTaskAsync(taskId, cancellation))
        {
            return Forbid();
        }

        Task = task;
        Plan = plan;
        return null;
    }

    /// <summary>The office the user files for: theirs when it leads the task, else none (the standing body).</summary>
    protected async Task<int?> OfficeAsync(CancellationToken cancellation)
    {
        var office = (await scope.ActorAsync(cancellation)).OfficeId;
        return office is { } o && Task.Units.Any(u => u.Role == TaskUnitRole.Lead && u.UnitId == o) ? o : null;
    }

    /// <summary>The posted attachment as a new row of the plan's unit, null when none was sent; adds the refusal to the form.</summary>
    protected async Task<(Attachment? Attachment, bool Refused)> ReadAttachmentAsync(CancellationToken cancellation)
    {
        if (Update.Attachment is not { } file)
        {
            return (null, false);
        }

        var read = await AttachmentUpload.ReadAsync(file, Plan.UnitId, scope.UserName ?? "?", clock.GetUtcNow(), cancellation);
        if (read.Error is { } error)
        {
            ModelState.AddModelError($"{TaskUpdateInput.Prefix}.{nameof(TaskUpdateInput.Attachment)}", error);
            return (null, true);
        }

        return (read.Attachment, false);
    }

    /// <summary>Saves the update with its new attachment (if any) in one transaction; a replaced attachment is deleted.</summary>
    protected async Task SaveAsync(TaskUpdate update, Attachment? attachment, int? replaced, CancellationToken cancellation)
    {
        await using var tx = await db.Database.BeginTransactionAsync(cancellation);
        if (attachment is not null)
        {
            db.Attachments.Add(attachment);
            await db.SaveChangesAsync(cancellation);
            update.AttachmentId = attachment.Id;
        }

        if (update.Id == 0)
        {
            db.TaskUpdates.Add(update);
        }

        await db.SaveChangesAsync(cancellation);
        if (replaced is { } old && old != update.AttachmentId && await db.Attachments.FindAsync([old], cancellation) is { } gone)
        {
            db.Attachments.Remove(gone);
            await db.SaveChangesAsync(cancellation);
        }

        await tx.CommitAsync(cancellation);
    }
}
