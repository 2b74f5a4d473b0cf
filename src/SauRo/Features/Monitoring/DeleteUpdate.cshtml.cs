using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SauRo.Data;
using SauRo.Data.Entities;
using SauRo.Features.Accounts;

namespace SauRo.Features.Monitoring;

/// <summary>Deletes a progress update and its attachment, unless an approved report locks it.</summary>
public sealed class DeleteUpdateModel(SauRoDbContext db, UnitScope scope, TimeProvider clock) : TaskUpdatePage(db, scope, clock)
{
    public TaskUpdate Stored { get; private set; } = null!;

    public bool Locked { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellation) => await LoadAsync(id, cancellation) ?? Page();

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellation)
    {
        if (await LoadAsync(id, cancellation) is { } refusal)
        {
            return refusal;
        }

        if (Locked)
        {
            return Page();
        }

        await using var tx = await Db.Database.BeginTransactionAsync(cancellation);
        Db.TaskUpdates.Remove(Stored);
        await Db.SaveChangesAsync(cancellation);
        if (Stored.AttachmentId is { } a && await Db.Attachments.FindAsync([a], cancellation) is { } attachment)
        {
            Db.Attachments.Remove(attachment);
            await Db.SaveChangesAsync(cancellation);
        }

        await tx.CommitAsync(cancellation);
        TempData["Message"] = "Đã xóa cập nhật tiến độ.";
        return Redirect($"/Tasks/{Stored.TaskId}#updates");
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken cancellation)
    {
        var update = await Db.TaskUpdates.SingleOrDefaultAsync(u => u.Id == id, cancellation);
        if (update is null)
        {
            return NotFound();
        }

        if (await LoadTaskAsync(update.TaskId, cancellation) is { } refusal)
        {
            return refusal;
        }

        Stored = update;
        Locked = await TaskUpdateLock.IsLockedAsync(Db, update, cancellation);
        return null;
    }
}
