using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SauRo.Core.Text;
using SauRo.Data;
using SauRo.Features.Accounts;

namespace SauRo.Features.Search;

/// <summary>
/// Finds plans, tasks and indicators of the units the user may see, ignoring case, diacritics and tone placement
/// (hóa = hoá, "chuyen doi so" finds "chuyển đổi số"): the folded query is looked up in the folded search keys.
/// </summary>
public sealed class IndexModel(SauRoDbContext db, UnitScope scope) : PageModel
{
    public const int MaxQuery = 200;
    public const int MinQuery = 2;
    public const int Limit = 50;

    public sealed record PlanHit(int Id, string? Number, string Title, int UnitId, string UnitName);

    public sealed record TaskHit(int Id, string? Ordinal, string Content, string DueText, int PlanId, string PlanTitle, string UnitName);

    public sealed record IndicatorHit(int Id, string? Ordinal, string Name, int PlanId, string PlanTitle, string UnitName);

    [BindProperty(Name = "q", SupportsGet = true)]
    public string? Query { get; set; }

    /// <summary>Why nothing was searched (empty or too long a query), in Vietnamese.</summary>
    public string? Hint { get; private set; }

    public List<PlanHit> Plans { get; private set; } = [];

    public List<TaskHit> Tasks { get; private set; } = [];

    public List<IndicatorHit> Indicators { get; private set; } = [];

    public bool Searched => Hint is null;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellation)
    {
        var q = VietnameseText.Clean(Query);
        if (q.Length > MaxQuery)
        {
            Hint = $"Từ khóa dài quá {MaxQuery} ký tự; hãy nhập vài từ đặc trưng, ví dụ «chuyển đổi số» hoặc «08-TB/CQTT».";
            return Page();
        }

        var folded = VietnameseText.Fold(q);
        if (folded.Length < MinQuery)
        {
            Hint = "Hãy nhập ít nhất 2 ký tự để tìm kế hoạch, nhiệm vụ, chỉ tiêu. Có thể gõ không dấu: «chuyen doi so».";
            return Page();
        }

        var pattern = $"%{Escape(folded)}%";
        var visible = await scope.VisibleUnitIdsAsync(cancellation);
        var plans = db.Plans.AsNoTracking();
        var tasks = db.Tasks.AsNoTracking();
        var indicators = db.Indicators.AsNoTracking();
        if (visible is not null)
        {
            plans = plans.Where(p => visible.Contains(p.UnitId));
            tasks = tasks.Where(t => visible.Contains(t.Plan!.UnitId));
            indicators = indicators.Where(i => visible.Contains(i.Plan!.UnitId));
        }

        Plans = await plans.Where(p => EF.Functions.Like(p.SearchKey, pattern, "\\"))
            .OrderByDescending(p => p.Year).ThenBy(p => p.Title).Take(Limit)
            .Select(p => new PlanHit(p.Id, p.Number, p.Title, p.UnitId, p.Unit!.Name))
            .ToListAsync(cancellation);
        Tasks = await tasks.Where(t => EF.Functions.Like(t.SearchKey, pattern, "\\"))
            .OrderBy(t => t.PlanId).ThenBy(t => t.Position).Take(Limit)
            .Select(t => new TaskHit(t.Id, t.Ordinal, t.Content, t.DueText, t.PlanId, t.Plan!.Title, t.Plan.Unit!.Name))
            .ToListAsync(cancellation);
        Indicators = await indicators.Where(i => EF.Functions.Like(i.SearchKey, pattern, "\\"))
            .OrderBy(i => i.PlanId).ThenBy(i => i.Position).Take(Limit)
            .Select(i => new IndicatorHit(i.Id, i.Ordinal, i.Name, i.PlanId, i.Plan!.Title, i.Plan.Unit!.Name))
            .ToListAsync(cancellation);
        return Page();
    }

    /// <summary>Makes %, _ and the escape character itself match literally in a LIKE pattern.</summary>
    public static string Escape(string text) => text
        .Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace("%", "\\%", StringComparison.Ordinal)
        .Replace("_", "\\_", StringComparison.Ordinal);
}
