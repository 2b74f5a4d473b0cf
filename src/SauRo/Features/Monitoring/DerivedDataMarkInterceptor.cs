using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SauRo.Data;
using SauRo.Data.Entities;

namespace SauRo.Features.Monitoring;

/// <summary>
/// Marks kept figures to be computed again, right after every save that changes what they depend on:
/// <list type="bullet">
/// <item>an indicator's colour (<see cref="IndicatorColourSnapshot"/>) when its target or values change;</item>
/// <item>a plan's report completeness (<see cref="ReportCompletenessSnapshot"/>) when the plan, its reporting duties,
/// its reports, its tasks or indicators, or the offices leading them change.</item>
/// </list>
/// One statement per kind raises the row's version and clears its validity, inserting the mark when nothing is kept
/// yet. After the save (inside the caller's transaction when there is one), so that a reader computing the figures from
/// what it read before the save finds the version changed and leaves the mark (see the stores:
/// <see cref="Indicators.Values.IndicatorColourStore"/>, <see cref="Reports.ReportCompletenessStore"/>); a save that
/// fails marks nothing. Derived data: not audited. Task statuses are computed in the save itself instead
/// (<see cref="TaskStatusSnapshotInterceptor"/>).
/// </summary>
public sealed class DerivedDataMarkInterceptor(ILogger<DerivedDataMarkInterceptor> logger) : AfterSaveInterceptor<DerivedDataMarkInterceptor.Pending>
{
    /// <summary>The entities a save writes that marks depend on; their keys are read after the save (new rows have them then).</summary>
    public sealed record Pending(List<(object Entity, EntityState State)> Entities);

    protected override Pending? Note(DbContext context)
    {
        var entities = new List<(object, EntityState)>();
        foreach (var entry in context.ChangeTracker.Entries())
        {
            var written = entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted;
            if (written && entry.Entity is IndicatorValue or Indicator or IndicatorLead or Report or PlanReportingDuty or TaskUnit
                || entry.State is EntityState.Added or EntityState.Deleted && entry.Entity is PlanTask
                || entry.State == EntityState.Modified && entry.Entity is Plan or Unit)
            {
                entities.Add((entry.Entity, entry.State));
            }
        }

        return entities.Count > 0 && context is SauRoDbContext ? new Pending(entities) : null;
    }

    protected override Task AfterSaveAsync(DbContext context, Pending note, CancellationToken cancellation) =>
        MarkAsync((SauRoDbContext)context, note, cancellation);

    private async Task MarkAsync(SauRoDbContext db, Pending work, CancellationToken cancellation)
    {
        try
        {
            var indicators = new HashSet<int>();
            var plans = new HashSet<int>();
            var tasksToResolve = new HashSet<int>();
            var indicatorsToResolve = new HashSet<int>();
            var unitsToResolve = new HashSet<int>();
            foreach (var (entity, state) in work.Entities)
            {
                switch (entity)
                {
                    case IndicatorValue v:
                        indicators.Add(v.IndicatorId);
                        break;
                    case Indicator i:
                        indicators.Add(i.Id);
                        if (state != EntityState.Modified)
                        {
                            // The offices expected to report are those leading something.
                            plans.Add(i.PlanId);
                        }

                        break;
                    case IndicatorLead l:
                        indicatorsToResolve.Add(l.IndicatorId);
                        break;
                    case Report r:
                        plans.Add(r.PlanId);
                        break;
                    case PlanReportingDuty d:
                        plans.Add(d.PlanId);
                        break;
                    case PlanTask t:
                        plans.Add(t.PlanId);
                        break;
                    case TaskUnit u:
                        tasksToResolve.Add(u.TaskId);
                        break;
                    case Plan p:
                        plans.Add(p.Id);
                        break;
                    case Unit u:
                        unitsToResolve.Add(u.Id);
                        if (u.ParentId is { } parent)
                        {
                            unitsToResolve.Add(parent);
                        }

                        break;
                }
            }

            plans.UnionWith(await PlansOfAsync(db.Tasks.Where(t => tasksToResolve.Contains(t.Id)).Select(t => t.PlanId), tasksToResolve.Count, cancellation));
            plans.UnionWith(await PlansOfAsync(db.Indicators.Where(i => indicatorsToResolve.Contains(i.Id)).Select(i => i.PlanId), indicatorsToResolve.Count, cancellation));
            plans.UnionWith(await PlansOfAsync(db.Plans.Where(p => unitsToResolve.Contains(p.UnitId)).Select(p => p.Id), unitsToResolve.Count, cancellation));

            await UpsertAsync(db, indicators, """
                INSERT INTO "IndicatorColourSnapshots" ("IndicatorId", "Colour", "Year", "CutOffDay", "ComputedOn", "ValidUntil", "Version")
                SELECT "Id", 'Grey', 0, 0, '0001-01-01', '0001-01-01', 1 FROM "Indicators" WHERE "Id" IN ({0})
                ON CONFLICT ("IndicatorId") DO UPDATE SET "ValidUntil" = '0001-01-01', "Version" = "IndicatorColourSnapshots"."Version" + 1
                """, cancellation);
            await UpsertAsync(db, plans, """
                INSERT INTO "ReportCompletenessSnapshots" ("PlanId", "Year", "CutOffDay", "Expected", "Submitted", "OnTime", "Approved", "ComputedOn", "ValidUntil", "Version")
                SELECT "Id", 0, 0, 0, 0, 0, 0, '0001-01-01', '0001-01-01', 1 FROM "Plans" WHERE "Id" IN ({0})
                ON CONFLICT ("PlanId") DO UPDATE SET "ValidUntil" = '0001-01-01', "Version" = "ReportCompletenessSnapshots"."Version" + 1
                """, cancellation);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The save itself has succeeded; the figures will be computed again when their validity ends.
            logger.LogError(e, "Không đánh dấu được màu chỉ tiêu và mức đầy đủ báo cáo cần tính lại.");
        }
    }

    private static async Task<List<int>> PlansOfAsync(IQueryable<int> query, int count, CancellationToken cancellation) =>
        count == 0 ? [] : await query.Distinct().ToListAsync(cancellation);

    /// <summary>Runs the statement for the ids (positive only: rows not saved have none), in chunks of 500.</summary>
    private static async Task UpsertAsync(SauRoDbContext db, HashSet<int> ids, string statement, CancellationToken cancellation)
    {
        foreach (var chunk in ids.Where(id => id > 0).Order().Chunk(500))
        {
            // Integers only: nothing a user typed reaches the statement.
            var list = string.Join(",", chunk.Select(id => id.ToString(CultureInfo.InvariantCulture)));
#pragma warning disable EF1002 // the list is built from integers
            await db.Database.ExecuteSqlRawAsync(statement.Replace("{0}", list, StringComparison.Ordinal), cancellation);
#pragma warning restore EF1002
        }
    }
}
