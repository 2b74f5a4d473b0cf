using Microsoft.EntityFrameworkCore;
using SauRo.Core.Monitoring;
using SauRo.Core.Reporting;
using SauRo.Data;
using SauRo.Data.Entities;
using SauRo.Features.Monitoring;

namespace SauRo.Features.ReportFiles;

/// <summary>The two formats of a report file.</summary>
public enum ReportFormat
{
    Docx,
    Xlsx,
}

/// <summary>A generated file: its name (Vietnamese), content type and bytes.</summary>
public sealed record ReportFile(string FileName, string ContentType, byte[] Content);

/// <summary>A report loaded for a unit and a period, ready to be written in either format (load once, write both).</summary>
public sealed class LoadedReport
{
    private readonly CommuneReport? _commune;
    private readonly ProvinceReport? _province;

    public LoadedReport(CommuneReport commune) => _commune = commune;

    public LoadedReport(ProvinceReport province) => _province = province;

    public CommuneReport? Commune => _commune;

    public ProvinceReport? Province => _province;

    public string UnitName => _commune?.Name ?? _province!.Name;

    public ReportingPeriod Period => _commune?.Period ?? _province!.Period;

    /// <summary>The narrative of the .docx, generated from the data.</summary>
    public IReadOnlyList<ReportParagraph> Narrative() => _commune is { } c
        ? ReportNarrative.Commune(c.Facts())
        : ProvinceNarrative.Province(_province!.Facts());

    public ReportFile Write(ReportFormat format) => format switch
    {
        ReportFormat.Docx => new ReportFile(FileName(format), ReportGenerator.DocxType, Docx()),
        ReportFormat.Xlsx => new ReportFile(FileName(format), ReportGenerator.XlsxType, Xlsx()),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };

    public byte[] Docx() => _commune is { } c
        ? OfficialDocx.Write(c.Heading(), Narrative(), ReportTables.CommuneAppendices(c))
        : OfficialDocx.Write(_province!.Heading(), Narrative(), ReportTables.ProvinceAppendices(_province));

    public byte[] Xlsx() => _commune is { } c
        ? ReportXlsx.Write([ReportTables.CommuneSummary(c), .. ReportTables.CommuneAppendices(c)])
        : ReportXlsx.Write([ReportTables.ProvinceSummary(_province!), .. ReportTables.ProvinceAppendices(_province!)]);

    /// <summary>"Báo cáo Xã An Bình 2026-M10.docx", "Báo cáo tổng hợp Tỉnh Lâm Sơn 2026-M10.xlsx".</summary>
    public string FileName(ReportFormat format)
    {
        var kind = _commune is null ? "Báo cáo tổng hợp" : "Báo cáo";
        var safe = new string(UnitName.Select(ch => Path.GetInvalidFileNameChars().Contains(ch) || ch is '"' or ';' ? ' ' : ch).ToArray()).Trim();
        return $"{kind} {safe} {Period.Key}.{(format == ReportFormat.Docx ? "docx" : "xlsx")}";
    }
}

/// <summary>Why a report cannot be generated.</summary>
public enum ReportRefusal
{
    /// <summary>No such unit.</summary>
    UnknownUnit,

    /// <summary>The unit is neither a commune/ward nor a province.</summary>
    NotCommuneOrProvince,

    /// <summary>The unit (or, for a province, none of its communes) has no plan of the period's year.</summary>
    NoPlans,
}

/// <summary>A loaded report, or why there is none with a Vietnamese message.</summary>
public sealed record ReportLoad(LoadedReport? Report, ReportRefusal? Refusal, string? Message);

/// <summary>
/// The one entry point of the report files, used by the page, the CLI and the benchmarks alike: loads the report of a
/// commune (or the consolidated report of a province) for a period as of a day, then writes it as .docx or .xlsx.
/// </summary>
public static class ReportGenerator
{
    public const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>The default period: the last calendar month that has ended (on 05/11/2026: October 2026).</summary>
    public static ReportingPeriod DefaultPeriod(DateOnly today)
    {
        var last = today.AddDays(1 - today.Day).AddMonths(-1);
        return ReportingPeriod.Monthly(last.Year, last.Month);
    }

    public static async Task<ReportLoad> LoadAsync(
        SauRoDbContext db, int unitId, ReportingPeriod period, DateOnly today, MonitoringSettings settings, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var unit = await db.Units.AsNoTracking().Where(u => u.Id == unitId).Select(u => new { u.Id, u.Name, u.Kind }).SingleOrDefaultAsync(cancellation);
        if (unit is null)
        {
            return new ReportLoad(null, ReportRefusal.UnknownUnit, $"Không có đơn vị số {unitId}.");
        }

        if (unit.Kind is not (UnitKind.Commune or UnitKind.Province))
        {
            return new ReportLoad(null, ReportRefusal.NotCommuneOrProvince,
                $"{unit.Name} không phải xã, phường hay tỉnh: báo cáo được lập cho một xã, phường, hoặc báo cáo tổng hợp cho một tỉnh.");
        }

        var report = unit.Kind == UnitKind.Commune
            ? await ReportData.CommuneAsync(db, unit.Id, unit.Name, period, today, settings, cancellation) is { } c ? new LoadedReport(c) : null
            : await ReportData.ProvinceAsync(db, unit.Id, unit.Name, period, today, settings, cancellation) is { } p ? new LoadedReport(p) : null;
        return report is null
            ? new ReportLoad(null, ReportRefusal.NoPlans, unit.Kind == UnitKind.Commune
                ? $"{unit.Name} chưa có kế hoạch năm {period.Year}: không có số liệu để lập báo cáo {ReportWords.Period(period)}."
                : $"Các xã, phường của {unit.Name} chưa có kế hoạch năm {period.Year}: không có số liệu để lập báo cáo tổng hợp {ReportWords.Period(period)}.")
            : new ReportLoad(report, null, null);
    }
}
