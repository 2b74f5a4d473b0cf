using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SauRo.Core.Plans;
using SauRo.Core.Text;
using SauRo.Data;
using SauRo.Data.Entities;
using SauRo.Features.Accounts;
using SauRo.Features.Import;
using SauRo.Features.Plans;
using SauRo.Features.Units;

namespace SauRo.Features.Tasks;

/// <summary>
/// What the task create and edit pages share: the plan, the offices to pick from, the form, the deadline preview, and
/// how a posted form becomes a stored task (deadline parsed with the plan's year, offices linked, search key).
/// </summary>
public abstract class TaskFormPage(SauRoDbContext db, UnitScope scope, TimeProvider clock) : PageModel
{
    [BindProperty]
    public TaskInput Input { get; set; } = new();

    public PlanRef Plan { get; private set; } = null!;

    public UnitOffices Offices { get; private set; } = null!;

    public List<string> Appendices { get; private set; } = [];

    public List<string> Sections { get; private set; } = [];

    /// <summary>How the deadline field is understood, shown under it before any script runs.</summary>
    public Deadline DuePreview => DeadlineParser.Parse(Input.DueText, Plan.Year);

    public Deadline? AdjustedPreview => string.IsNullOrWhiteSpace(Input.AdjustedDueText) ? null : DeadlineParser.Parse(Input.AdjustedDueText, Plan.Year);

    /// <summary>
    /// Who leads and who cooperates is the plan's editors' to decide; an officer of the lead office updates the task
    /// but cannot hand it to another office.
    /// </summary>
    public bool CanChangeOffices { get; private set; }

    public abstract string Heading { get; }

    public abstract string SubmitText { get; }

    protected SauRoDbContext Db => db;

    protected TimeProvider Clock => clock;

    /// <summary>
    /// Loads the plan and what the form shows; null when the user may write (the plan's editors; for an existing
    /// task also an officer of an office that leads it), else the refusal (404 when not even visible, 403 otherwise).
    /// </summary>
    protected async Task<IActionResult?> LoadPlanAsync(int planId, CancellationToken cancellation, int? taskId = null)
    {
        var plan = await PlanRef.FindAsync(db, planId, cancellation);
        var refusal = await scope.RefuseEditAsync(plan?.UnitId, cancellation);
        if (refusal is ForbidResult && taskId is { } id && await scope.CanUpdateTaskAsync(id, cancellation))
        {
            refusal = null;
        }

        if (refusal is not null)
        {
            return refusal;
        }

        Plan = plan!;
        CanChangeOffices = await scope.CanEditAsync(Plan.UnitId, cancellation);
        Offices = await UnitOffices.LoadAsync(db, Plan.UnitId, cancellation);
        var groups = await db.Tasks.AsNoTracking().Where(t => t.PlanId == planId)
            .Select(t => new { t.Appendix, t.Section }).Distinct().ToListAsync(cancellation);
        Appendices = groups.Select(g => g.Appendix).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        Sections = groups.Select(g => g.Section).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return null;
    }

    /// <summary>The form's fields from a stored task.</summary>
    protected void Fill(PlanTask task)
    {
        var lead = Offices.Split(task.Units.Where(u => u.Role == TaskUnitRole.Lead).OrderBy(u => u.Position).Select(u => new NamedOffice(u.Name, u.UnitId)));
        var cooperating = Offices.Split(task.Units.Where(u => u.Role == TaskUnitRole.Cooperating).OrderBy(u => u.Position).Select(u => new NamedOffice(u.Name, u.UnitId)));
        Input = new TaskInput
        {
            Appendix = task.Appendix,
            Section = task.Section,
            Ordinal = task.Ordinal,
            Content = task.Content,
            LeadIds = lead.Picked,
            LeadText = lead.Lines,
            CooperatingIds = cooperating.Picked,
            CooperatingText = cooperating.Lines,
            Accountable = task.Accountable,
            Product = task.Product,
            DueText = task.DueText,
            AdjustedDueText = task.AdjustedDueText,
            BasisText = string.Join('\n', task.Bases.OrderBy(b => b.Position).Select(b => b.Text)),
        };
    }

    /// <summary>Writes the posted form into the task (its offices and documents replaced), as of now.</summary>
    protected async Task ApplyAsync(PlanTask task, CancellationToken cancellation)
    {
        var appendix = Optional(Input.Appendix);
        if (appendix != task.Appendix || task.AppendixTitle is null)
        {
            task.AppendixTitle = appendix is null
                ? null
                : await db.Tasks.AsNoTracking()
                    .Where(t => t.PlanId == Plan.Id && t.Appendix == appendix && t.AppendixTitle != null)
                    .Select(t => t.AppendixTitle).FirstOrDefaultAsync(cancellation);
        }

        task.Appendix = appendix;
        task.Section = Optional(Input.Section);
        task.Ordinal = Optional(Input.Ordinal);
        task.Content = VietnameseText.Clean(Input.Content);
        task.Accountable = Optional(Input.Accountable);
        task.Product = Optional(Input.Product);
        PlanMapping.SetDue(task, DeadlineParser.Parse(Input.DueText, Plan.Year));
        PlanMapping.SetAdjustedDue(task, AdjustedPreview);

        if (CanChangeOffices)
        {
            task.Units.Clear();
            task.Units.AddRange(Offices.Resolve(Input.LeadIds, Input.LeadText)
                .Select((o, i) => new TaskUnit { Role = TaskUnitRole.Lead, Position = i, Name = o.Name, UnitId = o.UnitId }));
            task.Units.AddRange(Offices.Resolve(Input.CooperatingIds, Input.CooperatingText)
                .Select((o, i) => new TaskUnit { Role = TaskUnitRole.Cooperating, Position = i, Name = o.Name, UnitId = o.UnitId }));
        }
        task.Bases.Clear();
        task.Bases.AddRange((Input.BasisText ?? string.Empty).Split('\n')
            .Select(VietnameseText.Clean).Where(b => b.Length > 0)
            .Select((b, i) => new TaskBasis { Position = i, Text = b }));
        task.UpdatedAt = clock.GetUtcNow();
        task.SearchKey = PlanMapping.TaskSearchKey(task);
    }

    /// <summary>The plan page, at the task's row so that its 06-rõ badges show.</summary>
    protected RedirectResult ToPlan(int taskId) => Redirect($"/Plans/{Plan.Id}#task-{taskId}");

    private static string? Optional(string? text)
    {
        var cleaned = VietnameseText.Clean(text);
        return cleaned.Length == 0 ? null : cleaned;
    }
}
