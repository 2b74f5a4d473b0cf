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

namespace SauRo.Features.Indicators;

/// <summary>
/// What the indicator create and edit pages share: the plan, the offices to pick from, the form, and how a posted form
/// becomes a stored indicator (target number read the Vietnamese way, "17,5"; lead offices linked; search key).
/// </summary>
public abstract class IndicatorFormPage(SauRoDbContext db, UnitScope scope) : PageModel
{
    public const string TargetMessage = "Chỉ tiêu phải là một số, ví dụ 80, 1.250 hoặc 17,5 (có thể thêm %), hoặc để trống.";

    [BindProperty]
    public IndicatorInput Input { get; set; } = new();

    public PlanRef Plan { get; private set; } = null!;

    public UnitOffices Offices { get; private set; } = null!;

    public List<string> Appendices { get; private set; } = [];

    public List<string> Groups { get; private set; } = [];

    public abstract string Heading { get; }

    public abstract string SubmitText { get; }

    protected SauRoDbContext Db => db;

    protected async Task<IActionResult?> LoadPlanAsync(int planId, CancellationToken cancellation)
    {
        var plan = await PlanRef.FindAsync(db, planId, cancellation);
        if (await scope.RefuseEditAsync(plan?.UnitId, cancellation) is { } refusal)
        {
            return refusal;
        }

        Plan = plan!;
        Offices = await UnitOffices.LoadAsync(db, Plan.UnitId, cancellation);
        var groups = await db.Indicators.AsNoTracking().Where(i => i.PlanId == planId)
            .Select(i => new { i.Appendix, i.GroupName }).Distinct().ToListAsync(cancellation);
        Appendices = groups.Select(g => g.Appendix).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        Groups = groups.Select(g => g.GroupName).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return null;
    }

    protected void Fill(Indicator indicator)
    {
        var lead = Offices.Split(indicator.Leads.OrderBy(l => l.Position).Select(l => new NamedOffice(l.Name, l.UnitId)));
        Input = new IndicatorInput
        {
            Appendix = indicator.Appendix,
            GroupName = indicator.GroupName,
            Ordinal = indicator.Ordinal,
            Name = indicator.Name,
            Unit = indicator.Unit,
            Comparator = PlanText.ParseComparator(indicator.Comparator).ToString(),
            Target = indicator.TargetValue is { } v ? PlanText.Decimal(v) : indicator.TargetText,
            LeadIds = lead.Picked,
            LeadText = lead.Lines,
            Source = indicator.Source,
        };
    }

    /// <summary>
    /// Writes the form into the indicator; false (with the messages in ModelState) when the target or comparator is
    /// not acceptable. A target kept as it was keeps its original wording ("Trên 90%").
    /// </summary>
    protected bool TryApply(Indicator indicator)
    {
        if (!Enum.TryParse<Comparator>(Input.Comparator, out var comparator) || !Enum.IsDefined(comparator) || int.TryParse(Input.Comparator, out _))
        {
            ModelState.AddModelError("Input.Comparator", "Hãy chọn một cách so sánh trong danh sách.");
            return false;
        }

        var target = VietnameseText.Clean(Input.Target);
        decimal? value = null;
        string? text = null;
        if (target.Length > 0)
        {
            value = PlanText.ParseDecimal(target);
            var unchangedText = indicator.TargetValue is null && target == indicator.TargetText;
            if (value is null && !unchangedText)
            {
                ModelState.AddModelError("Input.Target", TargetMessage);
                return false;
            }

            var unchanged = value is not null && value == indicator.TargetValue && comparator.ToString() == indicator.Comparator;
            text = unchanged || unchangedText
                ? indicator.TargetText
                : comparator == Comparator.Exactly ? target : $"{PlanText.Symbol(comparator)} {target}";
        }

        indicator.Appendix = Optional(Input.Appendix);
        indicator.GroupName = Optional(Input.GroupName);
        indicator.Ordinal = Optional(Input.Ordinal);
        indicator.Name = VietnameseText.Clean(Input.Name);
        indicator.Unit = Optional(Input.Unit);
        indicator.Comparator = comparator.ToString();
        indicator.TargetValue = value;
        indicator.TargetText = text;
        indicator.Source = Optional(Input.Source);
        indicator.Leads.Clear();
        indicator.Leads.AddRange(Offices.Resolve(Input.LeadIds, Input.LeadText)
            .Select((o, i) => new IndicatorLead { Position = i, Name = o.Name, UnitId = o.UnitId }));
        indicator.SearchKey = PlanMapping.IndicatorSearchKey(indicator);
        return true;
    }

    protected RedirectResult ToPlan(int indicatorId) => Redirect($"/Plans/{Plan.Id}#indicator-{indicatorId}");

    private static string? Optional(string? text)
    {
        var cleaned = VietnameseText.Clean(text);
        return cleaned.Length == 0 ? null : cleaned;
    }
}
