using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using SauRo.Core.Dashboards;
using SauRo.Core.Monitoring;
using SauRo.Core.Reporting;
using SauRo.Data;
using SauRo.Data.Entities;
using SauRo.Features.Dashboards;
using SauRo.Features.Monitoring;
using SauRo.Features.ReportFiles;
using ReportTaskCounts = SauRo.Core.Reporting.TaskCounts;

namespace SauRo.Bench.National;

/// <summary>
/// The in-process measures, each through the app's own code with a fresh DbContext from its services per run (as a
/// request would have), on the benchmark's fixed day: p50/p95 over repeated runs after a warm-up, and for each roll-up
/// the same numbers by one hand-written SQL query (<see cref="Floors"/>), checked equal before their times are compared.
/// Measured: the first commune, the first (largest) province, the nation.
/// </summary>
public sealed class Measures(IServiceProvider services, SyntheticCountry country, MonitoringSettings settings, int? runs, Action<string> log)
{
    private readonly TaskStatusFreshness _freshness = services.GetRequiredService<TaskStatusFreshness>();

    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    private readonly DateOnly _today = BenchClock.Today;

    private readonly DashboardFilter _filter = new();

    private int Year => _filter.YearOr(_today);

    private int CommuneId => country.CommuneId(0);

    private static int ProvinceId => SyntheticCountry.ProvinceId(0);

    public async Task<List<BenchResult>> RunAllAsync(CancellationToken cancellation)
    {
        // As the running app's background service does at start and every few minutes: every task's status brought up
        // to the day, after which counts that day skip looking for stale ones (colours and completeness still check,
        // in their counting query: a write elsewhere may have marked them).
        await using (var scope = services.CreateAsyncScope())
        {
            await StatusRefreshService.PassAsync(scope.ServiceProvider.GetRequiredService<SauRoDbContext>(), BenchClock.Now, settings, _freshness, cancellation);
        }

        var results = new List<BenchResult>
        {
            await CommuneDashboardAsync(cancellation),
            await ProvinceDashboardAsync(cancellation),
            await NationDashboardAsync(cancellation),
            await OverdueAsync(cancellation),
            await CommuneReportAsync(cancellation),
            await ProvinceReportAsync(cancellation),
        };
        return results;
    }

    private async Task<BenchResult> CommuneDashboardAsync(CancellationToken cancellation)
    {
        var n = runs ?? 200;
        var (app, dashboard, floor, numbers) = await TimedPair(n, db => CommuneDashboard.LoadAsync(db, CommuneId, _filter, _today, settings, _freshness, cancellation), db => Floors.CommuneAsync(db, CommuneId, Year, cancellation));

        Check("dashboard.commune", "số nhiệm vụ theo tình trạng", numbers.Tasks, dashboard.Tasks);
        Check("dashboard.commune", "tổng số nhiệm vụ", SyntheticCountry.TasksPerCommune, numbers.Tasks.Total);
        foreach (var office in dashboard.Scorecard.Select(r => r.Score))
        {
            var reports = numbers.Reports.GetValueOrDefault(office.OfficeId, CompletenessFigures.Empty);
            Check("dashboard.commune", $"nhiệm vụ của cơ quan {office.OfficeId}", numbers.ByOffice.GetValueOrDefault(office.OfficeId, StatusCounts.Empty), office.Tasks);
            Check("dashboard.commune", $"báo cáo phải nộp / đúng hạn của cơ quan {office.OfficeId}", (reports.Expected, reports.OnTime), (office.ReportsExpected, office.ReportsOnTime));
            Check("dashboard.commune", $"yêu cầu giải trình chưa trả lời của cơ quan {office.OfficeId}", numbers.OpenExplanations.GetValueOrDefault(office.OfficeId), office.OpenExplanations);
        }

        Check("dashboard.commune", "số cơ quan trên bảng xếp hạng", SyntheticCountry.OfficesPerCommune, dashboard.Scorecard.Count);
        Check("dashboard.commune", "10 nhiệm vụ quá hạn lâu nhất", string.Join(',', numbers.MostOverdue), string.Join(',', dashboard.Overdue.Select(r => r.TaskId)));
        Check("dashboard.commune", "10 nhiệm vụ sắp đến hạn sớm nhất", string.Join(',', numbers.DueSoonest), string.Join(',', dashboard.DueSoon.Select(r => r.TaskId)));
        Check("dashboard.commune", "chỉ tiêu theo màu", numbers.Indicators, dashboard.Indicators);
        Check("dashboard.commune", "chỉ tiêu có màu", SyntheticCountry.IndicatorsPerCommune, numbers.Indicators.Total);
        Check("dashboard.commune", "báo cáo của xã", numbers.Reports.Values.Aggregate(CompletenessFigures.Empty, (sum, f) => sum.Add(f)), dashboard.Reports);
        log(string.Create(Vietnamese, $"  dashboard.commune: {Describe(dashboard.Tasks)}; chỉ tiêu đỏ/cam/xanh/xám {dashboard.Indicators.Red}/{dashboard.Indicators.Orange}/{dashboard.Indicators.Green}/{dashboard.Indicators.Grey}; báo cáo {dashboard.Reports.Submitted}/{dashboard.Reports.Expected} đã gửi, {dashboard.Reports.OnTime} đúng hạn"));
        return Result("dashboard.commune", app, floor);
    }

    private async Task<BenchResult> ProvinceDashboardAsync(CancellationToken cancellation)
    {
        var n = runs ?? 50;
        var (app, dashboard, floor, numbers) = await TimedPair(n, db => ProvinceDashboard.LoadAsync(db, ProvinceId, _filter, _today, settings, _freshness, cancellation), db => Floors.ProvinceAsync(db, ProvinceId, Year, cancellation));

        var communes = Enumerable.Range(0, country.Size.Communes).Count(c => country.ProvinceOf(c) == 0);
        Check("dashboard.province", "số xã", communes, dashboard.Communes.Count);
        Check("dashboard.province", "số xã có nhiệm vụ", communes, numbers.Tasks.Count);
        Check("dashboard.province", "số xã có chỉ tiêu", communes, numbers.Indicators.Count);
        Check("dashboard.province", "số xã có báo cáo phải nộp", communes, numbers.Reports.Count);
        foreach (var row in dashboard.Communes)
        {
            Check("dashboard.province", $"nhiệm vụ của xã {row.Id}", numbers.Tasks.GetValueOrDefault(row.Id, StatusCounts.Empty), row.Tasks);
            Check("dashboard.province", $"chỉ tiêu của xã {row.Id}", numbers.Indicators.GetValueOrDefault(row.Id, ColourCounts.Empty), row.Indicators);
            Check("dashboard.province", $"báo cáo của xã {row.Id}", numbers.Reports.GetValueOrDefault(row.Id, CompletenessFigures.Empty), row.Reports);
        }

        Check("dashboard.province", "tổng số nhiệm vụ", communes * SyntheticCountry.TasksPerCommune, dashboard.Tasks.Total);
        log(string.Create(Vietnamese, $"  dashboard.province: {communes} xã, {Describe(dashboard.Tasks)}; báo cáo {dashboard.Reports.Submitted:N0}/{dashboard.Reports.Expected:N0} đã gửi"));
        return Result("dashboard.province", app, floor);
    }

    private async Task<BenchResult> NationDashboardAsync(CancellationToken cancellation)
    {
        var n = runs ?? 20;
        var (app, dashboard, floor, numbers) = await TimedPair(n, db => NationDashboard.LoadAsync(db, _filter, _today, settings, _freshness, cancellation), db => Floors.NationAsync(db, Year, cancellation));

        Check("dashboard.nation", "số tỉnh", country.Size.Provinces, dashboard.Provinces.Count);
        Check("dashboard.nation", "số tỉnh có nhiệm vụ", country.Size.Provinces, numbers.Count);
        foreach (var row in dashboard.Provinces)
        {
            Check("dashboard.nation", $"nhiệm vụ của tỉnh {row.Id}", numbers.GetValueOrDefault(row.Id, StatusCounts.Empty), row.Tasks);
        }

        Check("dashboard.nation", "tổng số nhiệm vụ", (int)country.Tasks, dashboard.Tasks.Total);
        log(string.Create(Vietnamese, $"  dashboard.nation: {country.Size.Provinces} tỉnh, {Describe(dashboard.Tasks)}"));
        return Result("dashboard.nation", app, floor);
    }

    /// <summary>The province's overdue tasks, first page (most overdue first), with how many there are.</summary>
    private async Task<BenchResult> OverdueAsync(CancellationToken cancellation)
    {
        var n = runs ?? 100;
        var scope = new DashboardScope(UnitKind.Province, ProvinceId, "Tỉnh Thử 01");
        var filter = _filter with { Status = PlanTaskStatus.Overdue };
        var (app, page, floor, numbers) = await TimedPair(n, db => TaskList.LoadAsync(db, scope, filter, _today, settings, _freshness, 1, cancellation), db => Floors.OverdueAsync(db, ProvinceId, Year, TaskList.PageSize, cancellation));

        Check("overdue.province", "số nhiệm vụ quá hạn", numbers.Total, page.Total);
        Check("overdue.province", "trang đầu (quá hạn lâu nhất trước)", string.Join(',', numbers.FirstPage), string.Join(',', page.Rows.Select(r => r.TaskId)));
        Check("overdue.province", "tình trạng các dòng", page.Rows.Count, page.Rows.Count(r => r.Status == PlanTaskStatus.Overdue && r.DaysLate > 0));
        log(string.Create(Vietnamese, $"  overdue.province: {page.Total:N0} nhiệm vụ quá hạn, trang đầu {page.Rows.Count} dòng, lâu nhất {(page.Rows.Count > 0 ? page.Rows[0].DaysLate : null)} ngày"));
        return Result("overdue.province", app, floor);
    }

    /// <summary>
    /// The commune's periodic report of the last month ended (October 2026), loaded once and written as .docx and
    /// .xlsx, as the report page does for its two downloads; floor: the commune's task counts.
    /// </summary>
    private async Task<BenchResult> CommuneReportAsync(CancellationToken cancellation)
    {
        var n = runs ?? 20;
        var period = ReportGenerator.DefaultPeriod(_today);
        var (app, files, floor, numbers) = await TimedPair(n, db => ReportFilesAsync(db, CommuneId, period, cancellation), db => Floors.CommuneAsync(db, CommuneId, Year, cancellation));

        var report = files.Report.Commune!;
        Check("report.commune", "số nhiệm vụ theo tình trạng", Official(numbers.Tasks), ReportTaskCounts.From(report.Tasks.Select(t => t.Status.Status)));
        Check("report.commune", "số chỉ tiêu", SyntheticCountry.IndicatorsPerCommune, report.Indicators.Count);
        log(string.Create(Vietnamese, $"  report.commune ({period.Key}): .docx {files.Docx / 1024.0:0.0} KB, .xlsx {files.Xlsx / 1024.0:0.0} KB, {report.Tasks.Count} nhiệm vụ, {report.Indicators.Count} chỉ tiêu"));
        return Result("report.commune", app, floor);
    }

    /// <summary>The province's consolidated report across its communes, .docx and .xlsx; floor: the province dashboard's.</summary>
    private async Task<BenchResult> ProvinceReportAsync(CancellationToken cancellation)
    {
        var n = runs ?? 5;
        var period = ReportGenerator.DefaultPeriod(_today);
        var (app, files, floor, numbers) = await TimedPair(n, db => ReportFilesAsync(db, ProvinceId, period, cancellation), db => Floors.ProvinceAsync(db, ProvinceId, Year, cancellation));

        var report = files.Report.Province!;
        var communes = Enumerable.Range(0, country.Size.Communes).Where(c => country.ProvinceOf(c) == 0).ToList();
        Check("report.province", "số xã", communes.Count, report.Communes.Count);
        for (var i = 0; i < communes.Count; i++)
        {
            Check("report.province", $"nhiệm vụ của xã {report.Communes[i].Name}", Official(numbers.Tasks.GetValueOrDefault(country.CommuneId(communes[i]), StatusCounts.Empty)), report.Communes[i].Tasks);
        }

        Check("report.province", "số nhiệm vụ quá hạn", numbers.Tasks.Values.Sum(c => c.Overdue), report.Overdue.Count);
        log(string.Create(Vietnamese, $"  report.province ({period.Key}): .docx {files.Docx / 1024.0:0.0} KB, .xlsx {files.Xlsx / 1024.0:0.0} KB, {report.Communes.Count} xã, {report.Overdue.Count:N0} nhiệm vụ quá hạn"));
        return Result("report.province", app, floor);
    }

    private sealed record Files(LoadedReport Report, int Docx, int Xlsx);

    /// <summary>What the report page does for a unit: load once (<see cref="ReportGenerator.LoadAsync"/>), write both files.</summary>
    private async Task<Files> ReportFilesAsync(SauRoDbContext db, int unitId, ReportingPeriod period, CancellationToken cancellation)
    {
        var load = await ReportGenerator.LoadAsync(db, unitId, period, _today, settings, cancellation);
        var report = load.Report ?? throw new BenchMismatchException($"Không lập được báo cáo cho đơn vị {unitId}: {load.Message}");
        var docx = report.Write(ReportFormat.Docx).Content;
        var xlsx = report.Write(ReportFormat.Xlsx).Content;
        if (docx is not [(byte)'P', (byte)'K', ..] || xlsx is not [(byte)'P', (byte)'K', ..])
        {
            throw new BenchMismatchException($"Tệp báo cáo của đơn vị {unitId} không phải tệp Office Open XML.");
        }

        return new Files(report, docx.Length, xlsx.Length);
    }

    /// <summary>Dashboard counts as the report counts them: the four official states, due soon among "in progress".</summary>
    private static ReportTaskCounts Official(StatusCounts c) => new(c.DoneOnTime, c.DoneLate, c.InProgress + c.DueSoon, c.Overdue, c.DueSoon);

    private BenchResult Result(string name, Timings app, Timings? floor)
    {
        var result = BenchResult.Timed(name, app, floor);
        var line = string.Create(Vietnamese, $"  {name}: p50 {result.P50Ms:0.##} ms, p95 {result.P95Ms:0.##} ms");
        if (floor is not null)
        {
            line += string.Create(Vietnamese, $", sàn SQL p95 {result.FloorMs:0.##} ms, tỷ lệ {result.Ratio:0.##}×");
        }

        log(line);
        return result;
    }

    /// <summary>Runs in a fresh DI scope each time (as a request), after max(5, n/5) warm-up runs.</summary>
    /// <summary>The app's run and its floor, each with a fresh DbContext per run, measured alternately.</summary>
    private async Task<(Timings App, TA LastApp, Timings Floor, TB LastFloor)> TimedPair<TA, TB>(int n, Func<SauRoDbContext, Task<TA>> app, Func<SauRoDbContext, Task<TB>> floor) =>
        await Timings.MeasurePairAsync(Math.Max(5, n / 5), n, () => Fresh(app), () => Fresh(floor));

    private async Task<T> Fresh<T>(Func<SauRoDbContext, Task<T>> run)
    {
        await using var scope = services.CreateAsyncScope();
        return await run(scope.ServiceProvider.GetRequiredService<SauRoDbContext>());
    }

    private static string Describe(StatusCounts c) => string.Create(
        Vietnamese,
        $"{c.Total:N0} nhiệm vụ: {c.DoneOnTime:N0} hoàn thành đúng hạn, {c.DoneLate:N0} hoàn thành quá hạn, {c.InProgress:N0} đang thực hiện, {c.DueSoon:N0} sắp đến hạn, {c.Overdue:N0} quá hạn");

    private static void Check<T>(string measure, string what, T expected, T actual)
    {
        if (!EqualityComparer<T>.Default.Equals(expected, actual))
        {
            throw new BenchMismatchException($"{measure}: {what} khác nhau — sàn SQL/dữ liệu: {expected}; ứng dụng: {actual}. Benchmark dừng: đo số sai thì vô nghĩa.");
        }
    }
}
