using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SauRo.Data;
using SauRo.Data.Entities;
using SauRo.Features.Accounts;

namespace SauRo.Features.Monitoring;

/// <summary>
/// Corrects a progress update (its time and author stay; the audit trail keeps the change). Refused, writing nothing,
/// once the update belongs to an approved report.
/// </summary>
public sealed class EditUpdateModel(SauRoDbContext db, UnitScope scope, TimeProvider clock) : TaskUpdatePage(db, scope, clock)
{
    public TaskUpdate Stored { get; private set; } = null!;

    public bool Locked { get; private set; }

    public TaskMonitoring.AttachmentInfo? Existing { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellation)
    {
        if (await LoadAsync(id, cancellation) is { } refusal)
        {
            return refusal;
        }

        Update = new TaskUpdateInput
        {
            State = Stored.State.ToString(),
            PercentDone = Stored.PercentDone.ToString(CultureInfo.InvariantCulture),
            CompletedOn = Stored.CompletedOn is { } c ? TaskUpdateValues.Fmt(c) : TaskUpdateValues.Fmt(Today),
            Result = Stored.Result,
            EvidenceNumber = Stored.EvidenceNumber,
            EvidenceDate = Stored.EvidenceDate is { } e ? TaskUpdateValues.Fmt(e) : null,
            Difficulties = Stored.Difficulties,
            Proposals = Stored.Proposals,
        };
        return Page();
    }

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

        var values = Update.Check(Today, ModelState);
        var (attachment, refused) = await ReadAttachmentAsync(cancellation);
        if (values is null || refused || !ModelState.IsValid)
        {
            return Page();
        }

        var replaced = Stored.AttachmentId;
        values.ApplyTo(Stored);
        if (Update.RemoveAttachment && attachment is null)
        {
            Stored.AttachmentId = null;
        }

        await SaveAsync(Stored, attachment, replaced, cancellation);
        TempData["Message"] = "Đã lưu cập nhật tiến độ.";
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
        Existing = update.AttachmentId is { } a
            ? await Db.Attachments.AsNoTracking().Where(x => x.Id == a).Select(x => new TaskMonitoring.AttachmentInfo(x.Id, x.FileName, x.Size)).SingleOrDefaultAsync(cancellation)
            : null;
        return null;
    }
}
