using Microsoft.AspNetCore.Mvc;
using SauRo.Data;
using SauRo.Data.Entities;
using SauRo.Features.Accounts;

namespace SauRo.Features.Monitoring;

/// <summary>
/// Files a progress update of a task (the form is also on the task page): state, percent, completion date, result,
/// evidence, optional attachment, difficulties, proposals. Only the lead office's officers and the plan's editors.
/// </summary>
public sealed class NewUpdateModel(SauRoDbContext db, UnitScope scope, TimeProvider clock) : TaskUpdatePage(db, scope, clock)
{
    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellation)
    {
        if (await LoadTaskAsync(id, cancellation) is { } refusal)
        {
            return refusal;
        }

        var latest = (await TaskMonitoring.UpdateRowsAsync(Db, id, cancellation)).FirstOrDefault()?.Update;
        Update = new TaskUpdateInput
        {
            State = (latest?.State ?? TaskProgressState.InProgress).ToString(),
            PercentDone = (latest?.PercentDone ?? 0).ToString(System.Globalization.CultureInfo.InvariantCulture),
            CompletedOn = TaskUpdateValues.Fmt(Today),
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellation)
    {
        if (await LoadTaskAsync(id, cancellation) is { } refusal)
        {
            return refusal;
        }

        var values = Update.Check(Today, ModelState);
        var (attachment, refused) = await ReadAttachmentAsync(cancellation);
        if (values is null || refused || !ModelState.IsValid)
        {
            return Page();
        }

        var update = new TaskUpdate
        {
            TaskId = id,
            OfficeId = await OfficeAsync(cancellation),
            UserId = Scope.UserId!,
            UserName = Scope.UserName ?? "?",
            At = Clock.GetUtcNow(),
        };
        values.ApplyTo(update);
        await SaveAsync(update, attachment, replaced: null, cancellation);
        TempData["Message"] = "Đã gửi cập nhật tiến độ.";
        return Redirect($"/Tasks/{id}#updates");
    }
}
