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

/// <summary>What an import wrote: the plan, and how many indicators and tasks were added, changed and removed.</summary>
public sealed record ImportResult(int PlanId, string Title, bool NewVersion, int Added, int Changed, int Removed);

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
        CancellationToken cancellation = default) =>
        (await ApplyCoreAsync(unitId, parsed, fileName, content, userName, decisions, null, cancellation)).PlanId;

    /// <summary>
    /// Writes the plan of an upload the user confirmed and deletes the upload, in the same transaction: when the upload
    /// is already gone (confirmed twice, cancelled meanwhile) nothing is written and <see cref="ImportRefusedException"/>
    /// is thrown.
    /// </summary>
    public Task<ImportResult> ApplyPendingAsync(
        PendingImport pending,
        ParsedPlan parsed,
        string? userName,
        IReadOnlyList<OfficeDecision> decisions,
        CancellationToken cancellation = default) =>
        ApplyCoreAsync(pending.UnitId, parsed, pending.FileName, pending.Content, userName, decisions, pending.Id, cancellation);

    private async Task<ImportResult> ApplyCoreAsync(
        int unitId,
        ParsedPlan parsed,
        string fileName,
        byte[] content,
        string? userName,
        IReadOnlyList<OfficeDecision> decisions,
        Guid? pendingId,
        CancellationToken cancellation)
    {
        var now = clock.GetUtcNow();
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var tx = await db.Database.BeginTransactionAsync(cancellation);
            if (pendingId is { } id && await db.PendingImports.Where(p => p.Id == id).ExecuteDeleteAsync(cancellation) == 0)
            {
                throw new ImportRefusedException(GoneMessage);
            }

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
            return new ImportResult(plan.Id, plan.Title, existing is not null, added, changed, removed);
        });
    }

    /// <summary>Said when a confirmed upload is no longer there.</summary>
    public const string GoneMessage =
        "Không còn bản tải lên này: kế hoạch đã được nhập (có thể do bấm xác nhận hai lần) hoặc lần nhập đã bị hủy. Nếu cần, hãy tải tệp lên lại.";

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
                        MoveTask(stored, incoming, taskOrder[incoming], office);
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
                        MoveIndicator(stored, incoming, indicatorOrder[incoming], office);
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

    /// <summary>
    /// An unchanged task takes its place in the new version (it may have been renumbered or moved) and the office links
    /// decided for this import; a link set earlier is kept when this import leaves the name unlinked.
    /// </summary>
    private static void MoveTask(PlanTask stored, ParsedTask incoming, int position, Func<string, int?> office)
    {
        stored.Position = position;
        stored.Appendix = incoming.Appendix;
        stored.AppendixTitle = incoming.AppendixTitle;
        stored.Section = incoming.Section;
        stored.Ordinal = incoming.Ordinal;
        foreach (var unit in stored.Units)
        {
            unit.UnitId = office(unit.Name) ?? unit.UnitId;
        }
    }

    private static void MoveIndicator(Indicator stored, ParsedIndicator incoming, int position, Func<string, int?> office)
    {
        stored.Position = position;
        stored.Appendix = incoming.Appendix;
        stored.GroupName = incoming.Group;
        stored.Ordinal = incoming.Ordinal;
        foreach (var lead in stored.Leads)
        {
            lead.UnitId = office(lead.Name) ?? lead.UnitId;
        }
    }

    private static (IReadOnlyList<DiffEntry> Tasks, IReadOnlyList<DiffEntry> Indicators) Diff(Plan existing, ParsedPlan parsed) => (
        PlanDiff.Compare(existing.Tasks.OrderBy(t => t.Position).Select(PlanMapping.TaskDiffItem).ToList(), parsed.Tasks.Select(PlanMapping.TaskDiffItem).ToList()),
        PlanDiff.Compare(existing.Indicators.OrderBy(i => i.Position).Select(PlanMapping.IndicatorDiffItem).ToList(), parsed.Indicators.Select(PlanMapping.IndicatorDiffItem).ToList()));

    /// <summary>
    /// An earlier version of the same plan in the same unit: the same number (numbers restart every year, so a
    /// different known year is another plan), else, when one of the two has no number yet (a draft), the same title.
    /// Two plans with different numbers are never the same plan, whatever their titles. The most recently updated
    /// candidate wins.
    /// </summary>
    private async Task<Plan?> FindExistingAsync(int unitId, ParsedPlan parsed, CancellationToken cancellation)
    {
        var candidates = await db.Plans.Where(p => p.UnitId == unitId).Select(p => new { p.Id, p.Number, p.Title, p.Year, p.UpdatedAt }).ToListAsync(cancellation);
        var number = parsed.Header.Number is { } n ? VietnameseText.Fold(n) : null;
        var year = parsed.Header.Year;
        var titleKey = VietnameseText.Fold(parsed.Header.Title);
        var sameYear = candidates.Where(p => p.Year is null || year is null || p.Year == year).OrderByDescending(p => p.UpdatedAt).ThenByDescending(p => p.Id).ToList();
        var match = (number is null ? null : sameYear.FirstOrDefault(p => p.Number is not null && VietnameseText.Fold(p.Number) == number))
            ?? sameYear.FirstOrDefault(p => titleKey.Length > 0 && (number is null || p.Number is null) && VietnameseText.Fold(p.Title) == titleKey);
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
    /// Checks every office decision, then applies them (creating offices, adding aliases) and returns the function that
    /// links a written name to its office. A refused decision throws before anything is written.
    /// </summary>
    private async Task<Func<string, int?>> ResolveOfficesAsync(
        int unitId, ParsedPlan parsed, IReadOnlyList<OfficeDecision> decisions, DateTimeOffset now, CancellationToken cancellation)
    {
        var matcher = await MatcherAsync(unitId, cancellation);
        var rows = await OfficeRowsAsync(parsed, matcher, cancellation);
        var offices = await db.Units.Where(u => u.ParentId == unitId && u.Kind == UnitKind.Office).ToDictionaryAsync(u => u.Id, u => u.Name, cancellation);
        var plan = new List<(OfficeMappingRow Row, OfficeChoice Choice, int? UnitId)>();
        foreach (var row in rows)
        {
            var decision = decisions.FirstOrDefault(d => OfficeNames.Key(d.WrittenName) == OfficeNames.Key(row.WrittenName));
            var choice = decision?.Choice ?? row.Proposed;
            var unit = choice == OfficeChoice.Existing ? decision?.UnitId ?? row.MatchedUnitId : null;
            switch (choice)
            {
                case OfficeChoice.Existing when unit is null || !offices.ContainsKey(unit.Value):
                    throw new ImportRefusedException($"Cơ quan được chọn cho «{row.WrittenName}» không thuộc đơn vị nhận kế hoạch. Hãy chọn một cơ quan trong danh sách.");
                case OfficeChoice.CreateNew when row.MatchedUnitId is { } matched:
                    throw new ImportRefusedException(
                        $"«{row.WrittenName}» chính là cơ quan «{offices.GetValueOrDefault(matched)}» đã có; không tạo thêm một cơ quan trùng tên.");
                case OfficeChoice.Existing or OfficeChoice.CreateNew or OfficeChoice.KeepText:
                    plan.Add((row, choice, unit));
                    break;
                default:
                    throw new ImportRefusedException($"Lựa chọn cho «{row.WrittenName}» không hợp lệ.");
            }
        }

        var byKey = new Dictionary<string, int?>(StringComparer.Ordinal);
        foreach (var (row, choice, chosen) in plan)
        {
            var unit = chosen;
            if (choice == OfficeChoice.Existing && row.MatchedUnitId is null)
            {
                // A name the matcher did not know, linked by the user: the next import will know it.
                db.UnitAliases.Add(new UnitAlias { UnitId = unit!.Value, Alias = row.WrittenName, AliasKey = OfficeNames.Key(row.WrittenName) });
            }
            else if (choice == OfficeChoice.CreateNew)
            {
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
                unit = created.Id;
            }

            byKey[OfficeNames.Key(row.WrittenName)] = unit;
        }

        return name => byKey.GetValueOrDefault(OfficeNames.Key(name));
    }
}

/// <summary>An import that cannot be applied as asked; the message is for the user.</summary>
public sealed class ImportRefusedException(string message) : Exception(message);
