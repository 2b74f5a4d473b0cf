using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SauRo.Core.Plans;
using SauRo.Core.Text;
using SauRo.Data;
using SauRo.Data.Entities;
using SauRo.Features.Accounts;
using SauRo.Features.Audit;
using SauRo.Features.Import;
using SauRo.Features.Monitoring;

namespace SauRo.Features.Tasks;

/// <summary>
/// One task: what it asks, who leads and cooperates, its deadline as written and as understood, its 06-rõ points, and
/// the comments of the offices concerned, the standing body and the leaders.
/// </summary>
public sealed class DetailsModel(SauRoDbContext db, UnitScope scope, TimeProvider clock, MonitoringSettings settings) : PageModel
{
    public const int MaxCommentLength = 4000;

    public sealed record PlanInfo(int Id, int UnitId, string? Number, string Title);

    public sealed class CommentInput
    {
        [Required(ErrorMessage = "Hãy viết nội dung ý kiến.")]
        [StringLength(MaxCommentLength, ErrorMessage = "Ý kiến dài quá 4.000 ký tự.")]
        public string Text { get; set; } = string.Empty;
    }

    public PlanTask Task { get; private set; } = null!;

    public PlanInfo Plan { get; private set; } = null!;

    public SixClear Six { get; private set; } = null!;

    public Deadline Due { get; private set; } = null!;

    public Deadline? Adjusted { get; private set; }

    public List<TaskComment> Comments { get; private set; } = [];

    public bool CanUpdate { get; private set; }

    public bool CanDelete { get; private set; }

    public bool CanComment { get; private set; }

    /// <summary>The latest changes of the task and its rows ("Lịch sử").</summary>
    public HistoryView History { get; private set; } = null!;

    /// <summary>Status today, progress updates, deadline changes, explanations.</summary>
    public TaskMonitoring Monitoring { get; private set; } = null!;

    [BindProperty]
    public CommentInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellation) => await LoadAsync(id, cancellation) ?? Page();

    public async Task<IActionResult> OnPostCommentAsync(int id, CancellationToken cancellation)
    {
        if (await LoadAsync(id, cancellation) is { } refusal)
        {
            return refusal;
        }

        if (!CanComment)
        {
            return Forbid();
        }

        var text = VietnameseText.Clean(Input.Text);
        if (ModelState.IsValid && text.Length == 0)
        {
            ModelState.AddModelError("Input.Text", "Hãy viết nội dung ý kiến.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var actor = await scope.ActorAsync(cancellation);
        var unitName = actor.Home is { } home ? await db.Units.Where(u => u.Id == home.Id).Select(u => u.Name).SingleOrDefaultAsync(cancellation) : null;
        db.TaskComments.Add(new TaskComment
        {
            TaskId = id,
            UserId = scope.UserId!,
            UserName = scope.UserName ?? "?",
            AuthorUnit = unitName,
            Text = Input.Text.Trim(),
            CreatedAt = clock.GetUtcNow(),
        });
        await db.SaveChangesAsync(cancellation);
        TempData["Message"] = "Đã gửi ý kiến.";
        return Redirect($"/Tasks/{id}#comments");
    }

    /// <summary>404 when the task does not exist or its plan is out of sight; otherwise loads everything the page shows.</summary>
    private async Task<IActionResult?> LoadAsync(int id, CancellationToken cancellation)
    {
        var task = await db.Tasks.AsNoTracking().Include(t => t.Units).Include(t => t.Bases).AsSingleQuery()
            .SingleOrDefaultAsync(t => t.Id == id, cancellation);
        if (task is null)
        {
            return NotFound();
        }

        var plan = await db.Plans.AsNoTracking().Where(p => p.Id == task.PlanId)
            .Select(p => new PlanInfo(p.Id, p.UnitId, p.Number, p.Title)).SingleAsync(cancellation);
        if (!await scope.CanSeeAsync(plan.UnitId, cancellation))
        {
            return NotFound();
        }

        task.Units.Sort((a, b) => a.Position.CompareTo(b.Position));
        task.Bases.Sort((a, b) => a.Position.CompareTo(b.Position));
        Task = task;
        Plan = plan;
        Six = PlanMapping.SixClear(task);
        Due = PlanMapping.Due(task);
        Adjusted = PlanMapping.AdjustedDue(task);
        CanUpdate = await scope.CanUpdateTaskAsync(id, cancellation);
        CanDelete = await scope.CanEditAsync(plan.UnitId, cancellation);
        CanComment = await scope.CanCommentAsync(id, cancellation);
        Comments = await db.TaskComments.AsNoTracking().Where(c => c.TaskId == id).OrderBy(c => c.CreatedAt).ThenBy(c => c.Id).ToListAsync(cancellation);
        History = await AuditHistory.ForTaskAsync(db, plan.Id, id, cancellation);
        Monitoring = await TaskMonitoring.LoadAsync(db, scope, clock, settings, task, cancellation);
        return null;
    }
}
