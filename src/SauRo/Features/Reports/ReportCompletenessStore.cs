using Microsoft.EntityFrameworkCore;
using SauRo.Data;
using SauRo.Data.Entities;
using SauRo.Features.Monitoring;

namespace SauRo.Features.Reports;

/// <summary>
/// Keeps <see cref="ReportCompletenessSnapshot"/> current for the year a dashboard asks, the way
/// <see cref="Indicators.Values.IndicatorColourStore"/> keeps colours: before counting, the plans whose figures are
/// missing, marked by a write (<see cref="DerivedDataMarkInterceptor"/>), past their validity, or kept for
/// another year or cut-off day are computed again with <see cref="ExpectedReports"/> and <see cref="CompletenessView"/>
/// (the reports pages' own rules), written with the version check of <see cref="VersionedRows"/>.
/// The figures of a day are those of the reports whose period's data window has ended by then (1 January of the year
/// to that day); they hold until the day before another period's data window ends or another report falls due.
/// </summary>
public static class ReportCompletenessStore
{
    private const int Batch = 100;

    /// <summary>Brings the figures of these plans up to <paramref name="today"/> in <paramref name="year"/>; returns how many were computed.</summary>
    public static async Task<int> RefreshStaleAsync(
        SauRoDbContext db, IQueryable<Plan> plans, int year, DateOnly today, int cutOffDay, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(db);
        var stale = await (from p in plans
                           join k in db.ReportCompletenessSnapshots on p.Id equals k.PlanId into kept
                           from s in kept.DefaultIfEmpty()
                           where s == null || s.ValidUntil < today || s.ComputedOn > today || s.Year != year || s.CutOffDay != cutOffDay
                           select p.Id)
            .ToListAsync(cancellation);
        return stale.Count == 0 ? 0 : await RefreshAsync(db, stale, year, today, cutOffDay, cancellation);
    }

    /// <summary>Computes and writes the figures of these plans; returns how many were written.</summary>
    public static async Task<int> RefreshAsync(
        SauRoDbContext db, IReadOnlyCollection<int> planIds, int year, DateOnly today, int cutOffDay, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(planIds);
        return await VersionedRows.WriteAsync(
            db,
            planIds,
            Batch,
            chunk => db.ReportCompletenessSnapshots.Where(s => chunk.Contains(s.PlanId)).ToListAsync(cancellation),
            async chunk =>
            {
                var present = await db.Plans.Where(p => chunk.Contains(p.Id)).Select(p => p.Id).ToListAsync(cancellation);

                // To the year's end, or to today when later (reports kept for periods after the year still count, as on the reports pages).
                var yearEnd = new DateOnly(year, 12, 31);
                var rows = (await ExpectedReports.ForPlansAsync(db, present, new DateOnly(year, 1, 1), today > yearEnd ? today : yearEnd, cutOffDay, cancellation))
                    .ToLookup(r => r.PlanId);
                return present.Select(id => Snapshot(id, [.. rows[id]], year, today, cutOffDay)).ToList();
            },
            s => s.PlanId,
            (row, fresh) => (row.Year, row.CutOffDay, row.Expected, row.Submitted, row.OnTime, row.Approved, row.ByUnit, row.ComputedOn, row.ValidUntil) =
                (fresh.Year, fresh.CutOffDay, fresh.Expected, fresh.Submitted, fresh.OnTime, fresh.Approved, fresh.ByUnit, fresh.ComputedOn, fresh.ValidUntil),
            cancellation);
    }

    /// <summary>
    /// A plan's figures on <paramref name="today"/> from its expected reports over the whole <paramref name="year"/>,
    /// and until when they hold.
    /// </summary>
    public static ReportCompletenessSnapshot Snapshot(int planId, IReadOnlyList<ExpectedReportRow> yearRows, int year, DateOnly today, int cutOffDay)
    {
        ArgumentNullException.ThrowIfNull(yearRows);
        var known = yearRows.Where(r => r.Period.DataWindow(cutOffDay).End <= today).ToList();
        var view = CompletenessView.Compute(known, today);
        var figures = view.Overall;
        var next = yearRows
            .SelectMany(r => new[] { r.Period.DataWindow(cutOffDay).End, r.DueDate, r.DueDate.AddDays(1) })
            .Where(d => d > today)
            .DefaultIfEmpty(DateOnly.MaxValue)
            .Min();
        return new ReportCompletenessSnapshot
        {
            PlanId = planId,
            Year = year,
            CutOffDay = cutOffDay,
            Expected = figures.Expected,
            Submitted = figures.Submitted,
            OnTime = figures.OnTime,
            Approved = figures.Approved,
            ByUnit = CompletenessByUnit.Format(view.Units),
            ComputedOn = today,
            ValidUntil = next == DateOnly.MaxValue ? DateOnly.MaxValue : next.AddDays(-1),
            Version = 1,
        };
    }
}
