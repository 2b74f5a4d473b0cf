using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SauRo.Data;
using SauRo.Data.Entities;
using SauRo.Features.Accounts;
using SauRo.Features.Audit;

namespace SauRo.Features.Indicators;

/// <summary>Changes an indicator.</summary>
public sealed class EditModel(SauRoDbContext db, UnitScope scope) : IndicatorFormPage(db, scope)
{
    public override string Heading => "Sửa chỉ tiêu";

    public override string SubmitText => "Lưu chỉ tiêu";

    /// <summary>The latest changes of the indicator and its lead offices ("Lịch sử").</summary>
    public HistoryView? History { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellation)
    {
        var indicator = await FindAsync(id, tracked: false, cancellation);
        if (await LoadPlanAsync(indicator?.PlanId ?? 0, cancellation) is { } refusal)
        {
            return refusal;
        }

        Fill(indicator!);
        History = await AuditHistory.ForIndicatorAsync(Db, Plan.Id, id, cancellation);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellation)
    {
        var indicator = await FindAsync(id, tracked: true, cancellation);
        if (await LoadPlanAsync(indicator?.PlanId ?? 0, cancellation) is { } refusal)
        {
            return refusal;
        }

        if (!ModelState.IsValid || !TryApply(indicator!))
        {
            History = await AuditHistory.ForIndicatorAsync(Db, Plan.Id, id, cancellation);
            return Page();
        }

        await Db.SaveChangesAsync(cancellation);
        TempData["Message"] = "Đã lưu chỉ tiêu.";
        return ToPlan(indicator!.Id);
    }

    private Task<Indicator?> FindAsync(int id, bool tracked, CancellationToken cancellation)
    {
        var indicators = tracked ? Db.Indicators : Db.Indicators.AsNoTracking();
        return indicators.Include(i => i.Leads).SingleOrDefaultAsync(i => i.Id == id, cancellation);
    }
}
