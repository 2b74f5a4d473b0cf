using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using SauRo.Core.Import;
using SauRo.Core.Plans;
using SauRo.Core.Text;
using SauRo.Data;
using SauRo.Data.Entities;

namespace SauRo.Features.Import;

/// <summary>How an office name written in the plan is linked.</summary>
public enum OfficeChoice
{
    /// <summary>Linked to an existing office (matched, or chosen by the user; the name then becomes an alias).</summary>
    Existing,

    /// <summary>A new office of the commune is created with this name.</summary>
    CreateNew,

    /// <summary>Kept as written without a link (a group such as "Các cơ quan, đơn vị", or an outside body).</summary>
    KeepText,
}

/// <summary>One office name of the document and what will be done with it.</summary>
public sealed record OfficeMappingRow(string WrittenName, int Uses, int? MatchedUnitId, string? MatchedUnitName, OfficeChoice Proposed);

/// <summary>The user's decision for one office name (absent names keep the proposal).</summary>
public sealed record OfficeDecision(string WrittenName, OfficeChoice Choice, int? UnitId);

/// <summary>What an import would do, shown before anything is written.</summary>
public sealed record ImportPreview(
    ParsedPlan Parsed,
    int UnitId,
    int? ExistingPlanId,
    string? ExistingPlanTitle,
    IReadOnlyList<OfficeMappingRow> Offices,
    IReadOnlyList<DiffEntry> TaskChanges,
    IReadOnlyList<DiffEntry> IndicatorChanges)
{
    public bool IsNewVersion => ExistingPlanId is not null;

    public int Count(DiffKind kind) => TaskChanges.Count(c => c.Kind == kind) + IndicatorChanges.Count(c => c.Kind == kind);
}

/// <summary>
/// Imports a parsed plan into a commune (or any unit): proposes the office links, finds an earlier version of the same
/// plan and what changed, and writes everything in one transaction.
/// </summary>
public sealed class PlanImporter(SauRoDbContext db, TimeProvider clock)
{
    public async Task<ImportPreview> PreviewAsync(int unitId, ParsedPlan parsed, CancellationToken cancellation = default)
    {
        var matcher = await MatcherAsync(unitId, cancellation);
        var offices = await OfficeRowsAsync(parsed, matcher, cancellation);
        var existing = await FindExistingAsync(unitId, parsed, cancellation);
        if (existing is null)
        {
            return new ImportPreview(parsed, unitId, null, null, offices,
                parsed.Tasks.Select(t => new DiffEntry(DiffKind.Added, null, PlanMapping.TaskDiffItem(t), [])).ToList(),
                parsed.Indicators.Select(i => new DiffEntry(DiffKind.Added, null, PlanMapping.IndicatorDiffItem(i), [])).ToList());
        }

        var (tasks, indicators) = Diff(existing, parsed);
        return new ImportPreview(parsed, unitId, existing.Id, existing.Title, offices, tasks, indicators);
    }

    /// <summary>Writes the plan (new, or the new version of an existing one) and returns its id.</summary>
    public async Task<int> ApplyAsync(
        int unitId,
        ParsedPlan parsed,
        string fileName,
        byte[] content,
        string? userName,
        IReadOnlyList<OfficeDecision> decisions,
        CancellationToken cancellation = default)
    {
        var now = clock.GetUtcNow();
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var tx = await db.Database.BeginTransactionAsync(cancellation);
            var office = await ResolveOfficesAsync(unitId, parsed, decisions, now, cancellation);
            var existing = await FindExistingAsync(unitId, parsed, cancellation);
            Plan plan;
            int added, changed, removed;
            if (existing is null)
            {
                plan = PlanMapping.NewPlan(unitId, parsed, now);
                plan.Indicators.AddRange(parsed.Indicators.Select((i, n) => PlanMapping.NewIndicator(i, n, office)));
                plan.Tasks.AddRange(parsed.Tasks.Select((t, n) => PlanMapping.NewTask(t, n, office, now)));
                db.Plans.Add(plan);
                (added, changed, removed) = (plan.Indicators.Count + plan.Tasks.Count, 0, 0);
            }
            else
            {
                plan = existing;
                PlanMapping.ApplyHeader(plan, parsed);
                plan.UpdatedAt = now;
                (added, changed, removed) = ApplyNewVersion(plan, parsed, office, now);
            }

            plan.Imports.Add(new PlanImport
            {
                FileName = fileName,
                Sha256 = Convert.ToHexString(SHA256.HashData(content)),
                ImportedAt = now,
                ImportedBy = userName,
                Added = added,
                Changed = changed,
                Removed = removed,
                Warnings = string.Join('\n', parsed.Warnings),
            });
            await db.SaveChangesAsync(cancellation);
            await tx.CommitAsync(cancellation);
            return plan.Id;
        });
    }

    private (int Added, int Changed, int Removed) ApplyNewVersion(Plan plan, ParsedPlan parsed, Func<string, int?> office, DateTimeOffset now)
    {
        var (tasks, indicators) = Diff(plan, parsed);
        int added = 0, changed = 0, removed = 0;
        var taskOrder = parsed.Tasks.Select((t, i) => (t, i)).ToDictionary(x => (object)x.t, x => x.i, ReferenceEqualityComparer.Instance);
        foreach (var entry in tasks)
        {
            switch (entry.Kind)
            {
                case DiffKind.Added:
                    var t = (ParsedTask)entry.Incoming!.Tag!;
                    plan.Tasks.Add(PlanMapping.NewTask(t, taskOrder[t], office, now));
                    added++;
                    break;
                case DiffKind.Changed or DiffKind.Unchanged:
                    var incoming = (ParsedTask)entry.Incoming!.Tag!;
                    var stored = (PlanTask)entry.Current!.Tag!;
                    if (entry.Kind == DiffKind.Changed)
                    {
                        PlanMapping.ApplyTask(stored, incoming, taskOrder[incoming], office, now);
                        changed++;
                    }
                    else
                    {
                        stored.Position = taskOrder[incoming];
                    }

                    break;
                case DiffKind.Removed:
                    db.Tasks.Remove((PlanTask)entry.Current!.Tag!);
                    removed++;
                    break;
                default:
                    throw new InvalidOperationException();
            }
        }

        var indicatorOrder = parsed.Indicators.Select((x, i) => (x, i)).ToDictionary(x => (object)x.x, x => x.i, ReferenceEqualityComparer.Instance);
        foreach (var entry in indicators)
        {
            switch (entry.Kind)
            {
                case DiffKind.Added:
                    var i = (ParsedIndicator)entry.Incoming!.Tag!;
                    plan.Indicators.Add(PlanMapping.NewIndicator(i, indicatorOrder[i], office));
                    added++;
                    break;
                case DiffKind.Changed or DiffKind.Unchanged:
                    var incoming = (ParsedIndicator)entry.Incoming!.Tag!;
                    var stored = (Indicator)entry.Current!.Tag!;
                    if (entry.Kind == DiffKind.Changed)
                    {
                        PlanMapping.ApplyIndicator(stored, incoming, indicatorOrder[incoming], office);
                        changed++;
                    }
                    else
                    {
                        stored.Position = indicatorOrder[incoming];
                    }

                    break;
                case DiffKind.Removed:
                    db.Indicators.Remove((Indicator)entry.Current!.Tag!);
                    removed++;
                    break;
                default:
                    throw new InvalidOperationException();
            }
        }

        return (added, changed, removed);
    }

    private static (IReadOnlyList<DiffEntry> Tasks, IReadOnlyList<DiffEntry> Indicators) Diff(Plan existing, ParsedPlan parsed) => (
        PlanDiff.Compare(existing.Tasks.OrderBy(t => t.Position).Select(PlanMapping.TaskDiffItem).ToList(), parsed.Tasks.Select(PlanMapping.TaskDiffItem).ToList()),
        PlanDiff.Compare(existing.Indicators.OrderBy(i => i.Position).Select(PlanMapping.IndicatorDiffItem).ToList(), parsed.Indicators.Select(PlanMapping.IndicatorDiffItem).ToList()));

    /// <summary>An earlier version: a plan of the same unit with the same number, or, without a number, the same title.</summary>
    private async Task<Plan?> FindExistingAsync(int unitId, ParsedPlan parsed, CancellationToken cancellation)
    {
        var candidates = await db.Plans.Where(p => p.UnitId == unitId).Select(p => new { p.Id, p.Number, p.Title }).ToListAsync(cancellation);
        var number = parsed.Header.Number;
        var titleKey = VietnameseText.Fold(parsed.Header.Title);
        var match = candidates.FirstOrDefault(p => number is not null && p.Number is not null && VietnameseText.Fold(p.Number) == VietnameseText.Fold(number))
            ?? candidates.FirstOrDefault(p => titleKey.Length > 0 && VietnameseText.Fold(p.Title) == titleKey);
        if (match is null)
        {
            return null;
        }

        return await db.Plans
            .Include(p => p.Bases).Include(p => p.ReportingDuties).Include(p => p.Imports)
            .Include(p => p.Tasks).ThenInclude(t => t.Units)
            .Include(p => p.Tasks).ThenInclude(t => t.Bases)
            .Include(p => p.Indicators).ThenInclude(i => i.Leads)
            .AsSplitQuery()
            .SingleAsync(p => p.Id == match.Id, cancellation);
    }

    /// <summary>The offices of the commune the plan is imported into (its children), with their aliases.</summary>
    private async Task<OfficeMatcher> MatcherAsync(int unitId, CancellationToken cancellation)
    {
        var offices = await db.Units.Where(u => u.ParentId == unitId && u.Kind == UnitKind.Office)
            .Select(u => new { u.Id, u.Name, Aliases = u.Aliases.Select(a => a.Alias).ToList() })
            .ToListAsync(cancellation);
        return new OfficeMatcher(offices.Select(o => new KnownOffice(o.Id, o.Name, o.Aliases)));
    }

    private async Task<List<OfficeMappingRow>> OfficeRowsAsync(ParsedPlan parsed, OfficeMatcher matcher, CancellationToken cancellation)
    {
        var names = parsed.Tasks.SelectMany(t => t.Lead.Concat(t.Cooperating)).Concat(parsed.Indicators.SelectMany(i => i.Lead))
            .GroupBy(n => OfficeNames.Key(n), StringComparer.Ordinal)
            .Select(g => (Name: g.First(), Uses: g.Count()))
            .ToList();
        var ids = names.Select(n => matcher.Match(n.Name)).Where(id => id is not null).Select(id => id!.Value).Distinct().ToList();
        var unitNames = await db.Units.Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, cancellation);
        return names.Select(n =>
        {
            var id = matcher.Match(n.Name);
            var proposed = id is not null ? OfficeChoice.Existing : OfficeNames.IsVagueGroup(n.Name) ? OfficeChoice.KeepText : OfficeChoice.CreateNew;
            return new OfficeMappingRow(n.Name, n.Uses, id, id is null ? null : unitNames.GetValueOrDefault(id.Value), proposed);
        }).OrderBy(r => r.Proposed).ThenBy(r => r.WrittenName, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// Applies the office decisions (creating offices, adding aliases) and returns the function that links a written
    /// name to its office.
    /// </summary>
    private async Task<Func<string, int?>> ResolveOfficesAsync(
        int unitId, ParsedPlan parsed, IReadOnlyList<OfficeDecision> decisions, DateTimeOffset now, CancellationToken cancellation)
    {
        var matcher = await MatcherAsync(unitId, cancellation);
        var rows = await OfficeRowsAsync(parsed, matcher, cancellation);
        var byKey = new Dictionary<string, int?>(StringComparer.Ordinal);
        var validOffices = await db.Units.Where(u => u.ParentId == unitId && u.Kind == UnitKind.Office).Select(u => u.Id).ToListAsync(cancellation);
        foreach (var row in rows)
        {
            var decision = decisions.FirstOrDefault(d => OfficeNames.Key(d.WrittenName) == OfficeNames.Key(row.WrittenName));
            var choice = decision?.Choice ?? row.Proposed;
            int? unit = null;
            switch (choice)
            {
                case OfficeChoice.Existing:
                    unit = decision?.UnitId ?? row.MatchedUnitId;
                    if (unit is null || !validOffices.Contains(unit.Value))
                    {
                        throw new ImportRefusedException($"Cơ quan được chọn cho «{row.WrittenName}» không thuộc đơn vị này.");
                    }

                    if (row.MatchedUnitId != unit)
                    {
                        db.UnitAliases.Add(new UnitAlias { UnitId = unit.Value, Alias = row.WrittenName, AliasKey = OfficeNames.Key(row.WrittenName) });
                    }

                    break;
                case OfficeChoice.CreateNew:
                    var created = new Unit
                    {
                        ParentId = unitId,
                        Kind = UnitKind.Office,
                        Name = row.WrittenName,
                        NameKey = OfficeNames.Key(row.WrittenName),
                        CreatedAt = now,
                        SortOrder = 100,
                    };
                    db.Units.Add(created);
                    await db.SaveChangesAsync(cancellation);
                    validOffices.Add(created.Id);
                    unit = created.Id;
                    break;
                case OfficeChoice.KeepText:
                    break;
                default:
                    throw new InvalidOperationException();
            }

            byKey[OfficeNames.Key(row.WrittenName)] = unit;
        }

        return name => byKey.GetValueOrDefault(OfficeNames.Key(name));
    }
}

/// <summary>An import that cannot be applied as asked; the message is for the user.</summary>
public sealed class ImportRefusedException(string message) : Exception(message);
