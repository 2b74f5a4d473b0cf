using Microsoft.EntityFrameworkCore;
using SauRo.Core.Monitoring;
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

    /// <summary>
    /// The kept figures of these plans added up per plan unit, in one GROUP BY whose aggregates tell whether a plan's
    /// figures must be computed again (the predicate of <see cref="RefreshStaleAsync"/>); only then are they brought up
    /// to today and added up again.
    /// </summary>
    public static async Task<Dictionary<int, CompletenessFigures>> ByPlanUnitAsync(
        SauRoDbContext db, IQueryable<Plan> plans, int year, DateOnly today, int cutOffDay, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(db);
        var sums = await Sums(db, plans, year, today, cutOffDay).ToListAsync(cancellation);
        if (sums.Exists(s => s.Stale > 0))
        {
            await RefreshStaleAsync(db, plans, year, today, cutOffDay, cancellation);
            sums = await Sums(db, plans, year, today, cutOffDay).ToListAsync(cancellation);
        }

        return sums.ToDictionary(s => s.UnitId, s => new CompletenessFigures(s.Expected, s.Submitted, s.OnTime, s.Approved));
    }

    /// <summary>A plan unit's kept figures added up, and how many of its plans' figures must be computed again.</summary>
    private sealed record Sum(int UnitId, int Expected, int Submitted, int OnTime, int Approved, int Stale);

    private static IQueryable<Sum> Sums(SauRoDbContext db, IQueryable<Plan> plans, int year, DateOnly today, int cutOffDay) =>
        from p in plans
        join k in db.ReportCompletenessSnapshots on p.Id equals k.PlanId into kept
        from s in kept.DefaultIfEmpty()
        group s by p.UnitId into g
        select new Sum(
            g.Key,
            g.Sum(s => s == null ? 0 : s.Expected), g.Sum(s => s == null ? 0 : s.Submitted), g.Sum(s => s == null ? 0 : s.OnTime), g.Sum(s => s == null ? 0 : s.Approved),
            g.Sum(s => s == null || s.ValidUntil < today || s.ComputedOn > today || s.Year != year || s.CutOffDay != cutOffDay ? 1 : 0));

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
