using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SauRo.Core.Access;
using SauRo.Core.Monitoring;
using SauRo.Data;
using SauRo.Data.Entities;
using SauRo.Features.Accounts;
using SauRo.Features.Attachments;
using SauRo.Features.Monitoring;

namespace SauRo.Features.ReportFiles;

/// <summary>
/// "Xuất báo cáo": for a commune, its periodic report (.docx, Decree 30/2020/NĐ-CP layout, narrative generated from
/// the data, appendices) and its appendix tables (.xlsx); for a province, the consolidated report across its
/// communes in both formats. Anyone who may see the unit may download them (404 otherwise). The period defaults to the
/// last month that has ended; a period key that cannot be read is answered 400 with a Vietnamese message; a year
/// without plans gives no file but a message saying so.
/// </summary>
public sealed class IndexModel(SauRoDbContext db, UnitScope scope, TimeProvider clock, MonitoringSettings settings) : PageModel
{
    public sealed record UnitChoice(int Id, string Name, UnitKind Kind);

    [BindProperty(SupportsGet = true)]
    public int? UnitId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Period { get; set; }

    public string? UnitName { get; private set; }

    public UnitKind? Kind { get; private set; }

    public ReportingPeriod? Selected { get; private set; }

    public List<UnitChoice> Units { get; private set; } = [];

    /// <summary>The periods offered, by year, most recent first.</summary>
    public List<IGrouping<int, ReportingPeriod>> Periods { get; private set; } = [];

    public string? Message { get; private set; }

    public DateOnly Today { get; private set; }

    public int CutOffDay => settings.CutOffDay;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellation) => await PrepareAsync(cancellation) ?? Page();

    public Task<IActionResult> OnGetDocxAsync(CancellationToken cancellation) => DownloadAsync(ReportFormat.Docx, cancellation);

    public Task<IActionResult> OnGetXlsxAsync(CancellationToken cancellation) => DownloadAsync(ReportFormat.Xlsx, cancellation);

    private async Task<IActionResult> DownloadAsync(ReportFormat format, CancellationToken cancellation)
    {
        if (await PrepareAsync(cancellation) is { } refusal)
        {
            return refusal;
        }

        if (UnitId is not { } unitId || Selected is not { } period)
        {
            Message = "Hãy chọn một xã, phường hoặc tỉnh để xuất báo cáo.";
            return Refuse();
        }

        var load = await ReportGenerator.LoadAsync(db, unitId, period, Today, settings, cancellation);
        if (load.Report is not { } report)
        {
            Message = load.Message;
            return Page();
        }

        var file = report.Write(format);
        Response.Headers.ContentDisposition = DownloadModel.ContentDisposition(file.FileName);
        Response.Headers.CacheControl = "private, no-store";
        return File(file.Content, file.ContentType);
    }

    /// <summary>404 when the unit is out of sight; 400 with a message for a unit that is no commune or province, or a bad period.</summary>
    private async Task<IActionResult?> PrepareAsync(CancellationToken cancellation)
    {
        Today = VietnamTime.Today(clock);
        var actor = await scope.ActorAsync(cancellation);
        UnitId ??= actor.CommuneId ?? (actor.Is(Role.ProvinceOfficer) ? actor.ProvinceId : null);
        var visible = await scope.UnitsAsync(cancellation);
        Units = await visible
            .Where(u => u.Kind == UnitKind.Province || (u.Kind == UnitKind.Commune && db.Plans.Any(p => p.UnitId == u.Id)))
            .OrderBy(u => u.Kind).ThenBy(u => u.Name)
            .Select(u => new UnitChoice(u.Id, u.Name, u.Kind)).ToListAsync(cancellation);
        if (UnitId is { } unitId)
        {
            if (!await scope.CanSeeAsync(unitId, cancellation))
            {
                return NotFound();
            }

            var unit = await db.Units.AsNoTracking().Where(u => u.Id == unitId).Select(u => new { u.Name, u.Kind }).SingleAsync(cancellation);
            UnitName = unit.Name;
            Kind = unit.Kind;
            if (!Units.Any(u => u.Id == unitId))
            {
                Units.Insert(0, new UnitChoice(unitId, unit.Name, unit.Kind));
            }
        }

        Period = string.IsNullOrWhiteSpace(Period) ? ReportGenerator.DefaultPeriod(Today).Key : Period.Trim();
        Selected = ReportingPeriod.TryParse(Period, out var period) ? period : null;
        Periods = Choices(Today, Selected);
        if (Selected is null)
        {
            Message = $"Kỳ báo cáo «{Period}» không hợp lệ. Hãy chọn một kỳ trong danh sách "
                + "(dạng 2026-M10 cho tháng 10/2026, 2026-Q3 cho quý III, 2026-H1 cho 6 tháng đầu năm, 2026-Y cho cả năm).";
            return Refuse();
        }

        if (Kind is not (null or UnitKind.Commune or UnitKind.Province))
        {
            Message = $"{UnitName} không phải xã, phường hay tỉnh: hãy chọn một xã, phường (báo cáo của xã) hoặc một tỉnh (báo cáo tổng hợp).";
            return Refuse();
        }

        return null;
    }

    private PageResult Refuse()
    {
        var page = Page();
        page.StatusCode = StatusCodes.Status400BadRequest;
        return page;
    }

    /// <summary>Months, quarters, halves and the year of this year and the last, those begun by today, the latest first.</summary>
    private static List<IGrouping<int, ReportingPeriod>> Choices(DateOnly today, ReportingPeriod? selected)
    {
        var list = new List<ReportingPeriod>();
        foreach (var year in new[] { today.Year, today.Year - 1 })
        {
            for (var m = 12; m >= 1; m--)
            {
                list.Add(ReportingPeriod.Monthly(year, m));
            }

            for (var q = 4; q >= 1; q--)
            {
                list.Add(ReportingPeriod.Quarterly(year, q));
            }

            list.Add(ReportingPeriod.HalfYearly(year, 2));
            list.Add(ReportingPeriod.HalfYearly(year, 1));
            list.Add(ReportingPeriod.Yearly(year));
        }

        list = list.Where(p => p.CalendarWindow().Start <= today).ToList();
        if (selected is { } s && !list.Contains(s))
        {
            list.Insert(0, s);
        }

        return list.GroupBy(p => p.Year).ToList();
    }
}
