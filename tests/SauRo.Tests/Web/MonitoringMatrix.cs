using Microsoft.EntityFrameworkCore;
using SauRo.Core.Plans;
using SauRo.Data.Entities;
using static SauRo.Tests.Web.Capability;

namespace SauRo.Tests.Web;

/// <summary>
/// The authorization matrix rows of the monitoring of tasks (progress updates and their attachments, deadline changes
/// and the bulk "one quarter earlier", explanation requests), spread into <see cref="AuthorizationTable.Entries"/>.
/// Every write gets a fresh task of the place's plan led by the scope's office (deadline Quý III/2026, overdue at the
/// fixture's date 22/11/2026), so that one request never spoils the next.
/// </summary>
public static class MonitoringMatrix
{
    private const string Edited = "Đã sửa trong kiểm thử quyền";

    public static readonly IReadOnlyList<Entry> Entries =
    [
        // Progress updates: read with the task; filed, corrected and deleted by the lead office's officers and the
        // plan's editors (pages and API).
        new("GET /Monitoring/NewUpdate", UpdateTask, Over.Offices, c => Get($"/Tasks/{c.Task.Id}/Updates/New", c.AtTask)),
        new("POST /Monitoring/NewUpdate", UpdateTask, Over.Offices, async c =>
        {
            var id = await c.World.NewTaskAsync(c.Place, c.Office);
            return new Probe(HttpMethod.Post, $"/Tasks/{id}/Updates/New", Led(c))
            {
                Form = new() { ["Update.State"] = nameof(TaskProgressState.InProgress), ["Update.PercentDone"] = "30", ["Update.Result"] = Edited },
                Changed = () => c.World.DbAsync(db => db.TaskUpdates.AnyAsync(u => u.TaskId == id && u.Result == Edited)),
            };
        }),
        new("GET /Monitoring/EditUpdate", UpdateTask, Over.Offices, async c => await Get($"/TaskUpdates/{(await NewUpdateAsync(c)).Update}/Edit", Led(c))),
        new("POST /Monitoring/EditUpdate", UpdateTask, Over.Offices, async c =>
        {
            var (_, update) = await NewUpdateAsync(c);
            return new Probe(HttpMethod.Post, $"/TaskUpdates/{update}/Edit", Led(c))
            {
                Form = new() { ["Update.State"] = nameof(TaskProgressState.InProgress), ["Update.PercentDone"] = "60", ["Update.Result"] = Edited },
                Changed = () => c.World.DbAsync(db => db.TaskUpdates.AnyAsync(u => u.Id == update && u.Result == Edited)),
            };
        }),
        new("GET /Monitoring/DeleteUpdate", UpdateTask, Over.Offices, async c => await Get($"/TaskUpdates/{(await NewUpdateAsync(c)).Update}/Delete", Led(c))),
        new("POST /Monitoring/DeleteUpdate", UpdateTask, Over.Offices, async c =>
        {
            var (_, update) = await NewUpdateAsync(c);
            return new Probe(HttpMethod.Post, $"/TaskUpdates/{update}/Delete", Led(c))
            {
                Form = [],
                Changed = () => c.World.DbAsync(async db => !await db.TaskUpdates.AnyAsync(u => u.Id == update)),
            };
        }),
        new("GET /Attachments/Download", Read, Over.Places, async c => await Get($"/Attachments/{await NewAttachmentAsync(c)}", c.AtPlace)),
        new("GET /api/v1/tasks/{id:int}/updates", Read, Over.Offices, c => Get($"/api/v1/tasks/{c.Task.Id}/updates", c.AtTask)),
        new("POST /api/v1/tasks/{id:int}/updates", UpdateTask, Over.Offices, async c =>
        {
            var id = await c.World.NewTaskAsync(c.Place, c.Office);
            return new Probe(HttpMethod.Post, $"/api/v1/tasks/{id}/updates", Led(c))
            {
                Json = new { state = "inProgress", percentDone = 20, result = Edited },
                Changed = () => c.World.DbAsync(db => db.TaskUpdates.AnyAsync(u => u.TaskId == id && u.Result == Edited)),
            };
        }),

        // Deadline changes: asked for by whoever may update the task, decided by the commune's leader; the list is
        // everyone's (limited to the plans they see); the bulk action by the plan's editors and the leader.
        new("GET /DeadlineChanges/Request", UpdateTask, Over.Offices, c => Get($"/Tasks/{c.Task.Id}/DeadlineChange", c.AtTask)),
        new("GET /DeadlineChanges/Request ?handler=Preview", Read, Over.Offices, c => Get($"/Tasks/{c.Task.Id}/DeadlineChange?handler=Preview&Change.Text=Qu%C3%BD+II%2F2026", c.AtTask)),
        new("POST /DeadlineChanges/Request", UpdateTask, Over.Offices, async c =>
        {
            var id = await c.World.NewTaskAsync(c.Place, c.Office);
            return new Probe(HttpMethod.Post, $"/Tasks/{id}/DeadlineChange", Led(c))
            {
                Form = new() { ["Change.Text"] = "Quý IV/2026", ["Change.Reason"] = Edited },
                Changed = () => c.World.DbAsync(db => db.DeadlineChanges.AnyAsync(d => d.TaskId == id && d.Reason == Edited)),
            };
        }),
        new("GET /DeadlineChanges/Index", SignedIn, Over.Nothing, _ => Get("/DeadlineChanges", new())),
        new("POST /DeadlineChanges/Index ?handler=Approve", Approve, Over.Places, async c => await DecideAsync(c, "Approve", ChangeState.Approved)),
        new("POST /DeadlineChanges/Index ?handler=Reject", Approve, Over.Places, async c => await DecideAsync(c, "Reject", ChangeState.Rejected)),
        new("POST /DeadlineChanges/Index ?handler=ApproveBatch", Approve, Over.Places, async c =>
        {
            var batch = Guid.NewGuid().ToString("N");
            var change = await NewChangeAsync(c, batch);
            return new Probe(HttpMethod.Post, "/DeadlineChanges?handler=ApproveBatch", c.AtPlace)
            {
                Form = new() { ["batch"] = batch },
                Changed = () => c.World.DbAsync(db => db.DeadlineChanges.AnyAsync(d => d.Id == change && d.State == ChangeState.Approved)),
            };
        }),
        new("GET /DeadlineChanges/BringForward", EditPlansOrApprove, Over.Places, c => Get($"/Plans/{c.Place.PlanId}/BringForward", c.AtPlace)),
        new("POST /DeadlineChanges/BringForward", EditPlansOrApprove, Over.Places, async c =>
        {
            var id = await c.World.NewTaskAsync(c.Place, c.Place.OfficeA);
            return new Probe(HttpMethod.Post, $"/Plans/{c.Place.PlanId}/BringForward", c.AtPlace)
            {
                Form = new() { ["Selected"] = $"{id}", ["Reason"] = Edited },
                Changed = () => c.World.DbAsync(db => db.DeadlineChanges.AnyAsync(d => d.TaskId == id && d.Reason == Edited && d.Batch != null)),
            };
        }),

        // Explanations: asked by the commune's leader about a late task or a red indicator, answered by whoever may
        // update the task, read by whoever sees the plan; the list is everyone's (limited to what they see).
        new("GET /Explanations/Index", SignedIn, Over.Nothing, _ => Get("/Explanations", new())),
        new("GET /Explanations/Ask", Approve, Over.Offices, c => Get($"/Explanations/Ask?taskId={c.Task.Id}", c.AtTask)),
        new("GET /Explanations/Ask", Approve, Over.Places, c => Get($"/Explanations/Ask?indicatorId={c.Place.IndicatorId}", c.AtPlace)),
        new("POST /Explanations/Ask", Approve, Over.Offices, async c =>
        {
            var id = await c.World.NewTaskAsync(c.Place, c.Office);
            return new Probe(HttpMethod.Post, $"/Explanations/Ask?taskId={id}", Led(c))
            {
                Form = new() { ["Question"] = Edited },
                Changed = () => c.World.DbAsync(db => db.ExplanationRequests.AnyAsync(e => e.TaskId == id && e.Question == Edited)),
            };
        }),
        new("GET /Explanations/Details", Read, Over.Offices, async c => await Get($"/Explanations/{(await NewExplanationAsync(c)).Request}", Led(c))),
        new("POST /Explanations/Details ?handler=Answer", UpdateTask, Over.Offices, async c =>
        {
            var (_, request) = await NewExplanationAsync(c);
            return new Probe(HttpMethod.Post, $"/Explanations/{request}?handler=Answer", Led(c))
            {
                Form = new() { ["Answer"] = Edited },
                Changed = () => c.World.DbAsync(db => db.ExplanationRequests.AnyAsync(e => e.Id == request && e.Answer == Edited)),
            };
        }),
    ];

    /// <summary>A fresh task led by the scope's office alone.</summary>
    private static Target Led(ProbeContext c) => c.AtPlace with { Lead = [c.Office.Id], Cooperating = [] };

    /// <summary>A fresh task led by the scope's office and a progress update of it.</summary>
    private static async Task<(int Task, int Update)> NewUpdateAsync(ProbeContext c)
    {
        var task = await c.World.NewTaskAsync(c.Place, c.Office);
        var update = await c.World.DbAsync(async db =>
        {
            var u = new TaskUpdate
            {
                TaskId = task,
                UserId = "thu-quyen",
                UserName = "thu-quyen",
                At = new DateTimeOffset(2026, 8, 1, 2, 0, 0, TimeSpan.Zero),
                State = TaskProgressState.InProgress,
                PercentDone = 20,
            };
            db.TaskUpdates.Add(u);
            await db.SaveChangesAsync();
            return u.Id;
        });
        return (task, update);
    }

    /// <summary>A PDF attached to the place's unit.</summary>
    private static Task<int> NewAttachmentAsync(ProbeContext c) => c.World.DbAsync(async db =>
    {
        var a = new Attachment
        {
            FileName = "bao-cao.pdf",
            ContentType = "application/pdf",
            Size = 8,
            Sha256 = "thu-quyen",
            Content = "%PDF-1.4"u8.ToArray(),
            UploadedAt = DateTimeOffset.UnixEpoch,
            UploadedBy = "thu-quyen",
            UnitId = c.Place.Unit.Id,
        };
        db.Attachments.Add(a);
        await db.SaveChangesAsync();
        return a.Id;
    });

    /// <summary>A pending change of a fresh task of the place (in a batch when given).</summary>
    private static async Task<int> NewChangeAsync(ProbeContext c, string? batch = null)
    {
        var task = await c.World.NewTaskAsync(c.Place, c.Place.OfficeA);
        return await c.World.DbAsync(async db =>
        {
            var change = new DeadlineChange
            {
                TaskId = task,
                FromText = "Quý III/2026",
                ToText = "Quý IV/2026",
                ToKind = nameof(DeadlineKind.Quarter),
                ToStart = new DateOnly(2026, 10, 1),
                ToEnd = new DateOnly(2026, 12, 31),
                Reason = "Thử quyền",
                RequestedBy = "thu-quyen",
                RequestedAt = DateTimeOffset.UnixEpoch,
                State = ChangeState.Pending,
                Batch = batch,
            };
            db.DeadlineChanges.Add(change);
            await db.SaveChangesAsync();
            return change.Id;
        });
    }

    private static async Task<Probe> DecideAsync(ProbeContext c, string handler, ChangeState after)
    {
        var change = await NewChangeAsync(c);
        return new Probe(HttpMethod.Post, $"/DeadlineChanges?handler={handler}", c.AtPlace)
        {
            Form = new() { ["changeId"] = $"{change}", ["note"] = "Đồng ý theo đề nghị" },
            Changed = () => c.World.DbAsync(db => db.DeadlineChanges.AnyAsync(d => d.Id == change && d.State == after)),
        };
    }

    /// <summary>A fresh task led by the scope's office with an unanswered explanation request.</summary>
    private static async Task<(int Task, int Request)> NewExplanationAsync(ProbeContext c)
    {
        var task = await c.World.NewTaskAsync(c.Place, c.Office);
        var request = await c.World.DbAsync(async db =>
        {
            var e = new ExplanationRequest
            {
                PlanId = c.Place.PlanId,
                TaskId = task,
                OfficeId = c.Office.Id,
                Question = "Vì sao nhiệm vụ quá hạn?",
                RequestedBy = "thu-quyen",
                RequestedAt = DateTimeOffset.UnixEpoch,
            };
            db.ExplanationRequests.Add(e);
            await db.SaveChangesAsync();
            return e.Id;
        });
        return (task, request);
    }

    private static Task<Probe> Get(string url, Target target) => Task.FromResult(new Probe(HttpMethod.Get, url, target));
}
