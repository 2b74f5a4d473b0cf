using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SauRo.Core.Monitoring;
using SauRo.Core.Plans;
using SauRo.Data;
using SauRo.Data.Entities;
using SauRo.Features.Accounts;
using SauRo.Features.Audit;
using SauRo.Features.Indicators.Values;
using SauRo.Features.Monitoring;
using SauRo.Features.Plans;
using SauRo.Features.Reporting;

namespace SauRo.Features.Indicators;

/// <summary>
/// One indicator: its target, lead offices and source, its colour today with the reason, and its values by period.
/// The lead offices' officers and the plan's editors record a value for a period of the plan's year (a number, or a
/// numerator over a denominator); a value carried by an approved report is locked. The plan's editors
/// choose how often the values are reported (monthly by default).
/// </summary>
public sealed class DetailsModel(SauRoDbContext db, UnitScope scope, TimeProvider clock, MonitoringSettings settings) : PageModel
{
    /// <summary>One period of the year with its stored value (if any) and the report carrying it.</summary>
    public sealed record PeriodRow(ReportingPeriod Period, DateWindow Window, IndicatorValue? Value, Report? Report)
    {
        public bool Locked => Report is { } r && Reports.ReportLocks.Locks(r.State);
    }

    public Indicator Indicator { get; private set; } = null!;

    public PlanRef Plan { get; private set; } = null!;

    public int Year { get; private set; }

    public ReportingFrequency Frequency { get; private set; }

    public IndicatorAssessment Assessment { get; private set; } = null!;

    public List<PeriodRow> Rows { get; private set; } = [];

    public bool CanUpdate { get; private set; }

    public bool CanEdit { get; private set; }

    public HistoryView History { get; private set; } = null!;

    [BindProperty]
    public string? PeriodKey { get; set; }

    [BindProperty]
    public ValueForm Input { get; set; } = new();

    [BindProperty]
    public string? NewFrequency { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, string? period, CancellationToken cancellation)
    {
        if (await LoadAsync(id, cancellation) is { } refusal)
        {
            return refusal;
        }

        PeriodKey = Rows.FirstOrDefault(r => r.Period.Key == period)?.Period.Key ?? DefaultPeriod()?.Key;
        var stored = Rows.FirstOrDefault(r => r.Period.Key == PeriodKey)?.Value;
        if (stored is not null)
        {
            Input = new ValueForm
            {
                Value = stored.Value is { } v ? PlanText.Decimal(v) : null,
                Numerator = stored.Numerator is { } n ? PlanText.Decimal(n) : null,
                Denominator = stored.Denominator is { } d ? PlanText.Decimal(d) : null,
                Note = stored.Note,
            };
        }

        return Page();
    }

    public async Task<IActionResult> OnPostValueAsync(int id, CancellationToken cancellation)
    {
        if (await LoadAsync(id, cancellation) is { } refusal)
        {
            return refusal;
        }

        if (!CanUpdate)
        {
            return Forbid();
        }

        ModelState.Clear();
        var period = IndicatorPeriods.Find(PeriodKey, Frequency, Year, settings.CutOffDay);
        if (period is null)
        {
            ModelState.AddModelError(nameof(PeriodKey), $"Hãy chọn một kỳ báo cáo của năm {Year} trong danh sách.");
        }

        var value = Input.Read(Indicator.Unit, nameof(Input), (field, message) => ModelState.AddModelError(field, message));
        if (period is not { } p || value is null)
        {
            return Page();
        }

        var stored = await ValueWriter.FindAsync(db, id, p, cancellation);
        if (await ValueWriter.LockedAsync(db, stored, p, cancellation) is { } locked)
        {
            ModelState.AddModelError(string.Empty, locked);
            return Page();
        }

        var actor = await scope.ActorAsync(cancellation);
        ValueWriter.Write(db, stored, id, p, value, scope.UserName ?? "?", actor.OfficeId, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellation);
        TempData["Message"] = $"Đã lưu số liệu kỳ {p.Label}.";
        return Redirect($"/Indicators/{id}#values");
    }

    public async Task<IActionResult> OnPostFrequencyAsync(int id, CancellationToken cancellation)
    {
        if (await LoadAsync(id, cancellation) is { } refusal)
        {
            return refusal;
        }

        if (!CanEdit)
        {
            return Forbid();
        }

        if (DutyText.Frequency(NewFrequency) is not { } frequency)
        {
            ModelState.AddModelError(nameof(NewFrequency), "Hãy chọn một kỳ báo cáo trong danh sách.");
            return Page();
        }

        var indicator = await db.Indicators.SingleAsync(i => i.Id == id, cancellation);
        indicator.ValueFrequency = frequency == IndicatorPeriods.DefaultFrequency ? null : frequency.ToString();
        await db.SaveChangesAsync(cancellation);
        TempData["Message"] = $"Số liệu của chỉ tiêu được báo cáo: {DutyText.FrequencyLabel(frequency).ToLower(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"))}.";
        return Redirect($"/Indicators/{id}");
    }

    /// <summary>The latest period whose data window has ended, else the first of the year.</summary>
    private ReportingPeriod? DefaultPeriod()
    {
        var today = VietnamTime.Today(clock);
        return Rows.Where(r => r.Window.End <= today).Select(r => (ReportingPeriod?)r.Period).LastOrDefault()
            ?? Rows.Select(r => (ReportingPeriod?)r.Period).FirstOrDefault();
    }

    /// <summary>404 when the indicator does not exist or its plan is out of sight; otherwise loads what the page shows.</summary>
    private async Task<IActionResult?> LoadAsync(int id, CancellationToken cancellation)
    {
        var indicator = await db.Indicators.AsNoTracking().Include(i => i.Leads).SingleOrDefaultAsync(i => i.Id == id, cancellation);
        var plan = indicator is null ? null : await PlanRef.FindAsync(db, indicator.PlanId, cancellation);
        if (indicator is null || plan is null || !await scope.CanSeeAsync(plan.UnitId, cancellation))
        {
            return NotFound();
        }

        indicator.Leads.Sort((a, b) => a.Position.CompareTo(b.Position));
        Indicator = indicator;
        Plan = plan;
        var today = VietnamTime.Today(clock);
        var created = await db.Plans.AsNoTracking().Where(p => p.Id == plan.Id).Select(p => p.CreatedAt).SingleAsync(cancellation);
        Year = PlanYear.Of(plan.StoredYear, plan.IssuedOn, created).Year;
        Frequency = IndicatorPeriods.Frequency(indicator.ValueFrequency);
        CanUpdate = await scope.CanUpdateIndicatorAsync(id, cancellation);
        CanEdit = await scope.CanEditAsync(plan.UnitId, cancellation);

        var values = await db.IndicatorValues.AsNoTracking().Where(v => v.IndicatorId == id).ToListAsync(cancellation);
        var reportIds = values.Select(v => v.ReportId).OfType<int>().ToList();
        var reports = await db.Reports.AsNoTracking().Where(r => reportIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, cancellation);
        var byKey = values.ToDictionary(v => v.PeriodKey, StringComparer.Ordinal);
        var periods = IndicatorPeriods.OfYear(Frequency, Year, settings.CutOffDay).ToList();
        foreach (var other in values)
        {
            // Values of another frequency (chosen before) or year stay listed.
            if (ReportingPeriod.TryParse(other.PeriodKey, out var p) && !periods.Contains(p))
            {
                periods.Add(p);
            }
        }

        Rows = periods
            .Select(p => (Period: p, Window: p.DataWindow(settings.CutOffDay)))
            .OrderBy(p => p.Window.End).ThenBy(p => p.Period.Frequency)
            .Select(p =>
            {
                var value = byKey.GetValueOrDefault(p.Period.Key);
                return new PeriodRow(p.Period, p.Window, value, value?.ReportId is { } r ? reports.GetValueOrDefault(r) : null);
            })
            .ToList();
        Assessment = IndicatorColours.Assess([indicator], values, Year, today, settings.CutOffDay)[id];
        History = await AuditHistory.ForIndicatorAsync(db, plan.Id, id, cancellation);
        return null;
    }
}
