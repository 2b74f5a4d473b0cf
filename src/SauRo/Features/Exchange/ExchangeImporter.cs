using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using SauRo.Core.Exchange;
using SauRo.Core.Monitoring;
using SauRo.Core.Plans;
using SauRo.Core.Text;
using SauRo.Data;
using SauRo.Data.Entities;
using SauRo.Features.Monitoring;

namespace SauRo.Features.Exchange;

/// <summary>
/// Imports a commune's exchange file into a province (docs/exchange-json.md "Nhập ở cấp tỉnh"): finds the commune by
/// name under the province (or creates it), then creates or replaces, by plan number and year, the plans imported from
/// that commune, with their offices (found by name, else created), duties, indicators and values, tasks and updates,
/// reports — all in one transaction. The same export imported again writes nothing; an earlier export is refused; a
/// plan kept in this system is never overwritten. Statuses are never read from the file: our rules compute them from
/// the stored facts like any commune's. The caller checks the user's right to import into the province.
/// </summary>
public sealed class ExchangeImporter(SauRoDbContext db, TimeProvider clock, MonitoringSettings settings)
{
    /// <summary>The user id recorded on imported progress updates (their author is named in UserName).</summary>
    public const string ImportedUserId = "tep-trao-doi";

    /// <summary>How an imported plan's history names its source.</summary>
    public const string SourceLabel = "Nhập từ tệp trao đổi";

    /// <summary>Who an update or value is recorded by when the file does not say.</summary>
    public const string ImportedBy = "Tệp trao đổi";

    public const string GoneMessage =
        "Không còn bản tải lên này: dữ liệu đã được nhập (có thể do bấm xác nhận hai lần) hoặc lần nhập đã bị hủy. Nếu cần, hãy tải tệp lên lại.";

    private const int MaxListedWarnings = 30;

    /// <summary>Instants are compared to the millisecond: SQLite keeps 0.1 ms, PostgreSQL 1 µs.</summary>
    private static readonly TimeSpan Tolerance = TimeSpan.FromMilliseconds(1);

    /// <summary>SHA-256 of the document as read (its canonical form): the same export gives the same digest whatever its spacing.</summary>
    public static string Digest(ExchangeDocument doc) => Convert.ToHexString(SHA256.HashData(ExchangeJson.Write(doc)));

    public async Task<ExchangePreview> PreviewAsync(int provinceId, ExchangeDocument doc, CancellationToken cancellation = default)
    {
        var province = await db.Units.AsNoTracking().Where(u => u.Id == provinceId)
            .Select(u => new { u.Name, u.Kind, Aliases = u.Aliases.Select(a => a.Alias).ToList() })
            .SingleOrDefaultAsync(cancellation);
        var preview = new ExchangePreview
        {
            ProvinceId = provinceId,
            ProvinceName = province?.Name ?? string.Empty,
            Document = doc,
            CommuneName = doc.Commune.Name,
            Digest = Digest(doc),
            Plans = doc.Plans.Select(p => new ExchangePlanRow(p, ExchangePlanChange.Create, null, null)).ToList(),
        };
        if (province is not { Kind: UnitKind.Province })
        {
            return preview with { Refusal = "Đơn vị được chọn không phải một tỉnh, thành phố. Hãy chọn tỉnh nhận dữ liệu." };
        }

        var fileProvince = ProvinceKey(doc.Commune.Province);
        if (fileProvince != ProvinceKey(province.Name) && province.Aliases.All(a => ProvinceKey(a) != fileProvince))
        {
            return preview with
            {
                Refusal = $"Tệp là dữ liệu của {doc.Commune.Name} thuộc «{doc.Commune.Province}», không thuộc {province.Name}. "
                    + "Chỉ nhập được vào đúng tỉnh của xã/phường; nếu tỉnh đã đổi tên, quản trị hệ thống thêm tên cũ làm tên gọi khác của tỉnh.",
            };
        }

        var commune = await FindCommuneAsync(provinceId, doc.Commune.Name, cancellation);
        var stored = commune is null
            ? []
            : await db.Plans.AsNoTracking().Where(p => p.UnitId == commune.Value.Id)
                .Select(p => new StoredPlan(p.Id, p.Number, p.Title, p.Year, p.ExchangeExportedAt, p.ExchangeDigest))
                .ToListAsync(cancellation);
        preview = preview with { CommuneId = commune?.Id, CommuneName = commune?.Name ?? doc.Commune.Name };
        var (rows, removed, refusal, nothing) = Decide(doc, preview.Digest, stored, preview.CommuneName);
        var warnings = new List<string>();
        var (statuses, fileStatuses) = Statuses(doc, warnings);
        var offices = commune is null ? [] : await KnownOfficesAsync(commune.Value.Id, cancellation);
        var native = stored.Count(p => p.ExportedAt is null);
        if (native > 0)
        {
            warnings.Add($"{preview.CommuneName} đã có {native} kế hoạch lập ngay trong Sáu Rõ; các kế hoạch đó giữ nguyên.");
        }

        var attachments = doc.Plans.Sum(p => p.Tasks.Sum(t => t.Updates.Count(u => u.Attachment is not null)));
        if (attachments > 0)
        {
            warnings.Add($"{attachments} tệp đính kèm chỉ được nêu tên trong tệp trao đổi; nội dung các tệp đó không được chuyển.");
        }

        if (doc.Plans.Count == 0)
        {
            warnings.Add("Tệp không có kế hoạch nào.");
        }

        return preview with
        {
            Plans = rows,
            Removed = removed,
            Refusal = refusal,
            NothingToDo = nothing,
            NewOffices = NewOfficeNames(doc, offices),
            Statuses = statuses,
            FileStatuses = fileStatuses,
            Warnings = warnings,
        };
    }

    /// <summary>
    /// Writes the file into the province in one transaction and returns what was done. When <paramref name="pendingId"/>
    /// is given, the upload is deleted in the same transaction (gone already: refused). A refusal found now (another
    /// import meanwhile) throws <see cref="ExchangeRefusedException"/> and writes nothing.
    /// </summary>
    public async Task<ExchangeImportResult> ApplyAsync(
        int provinceId, ExchangeDocument doc, string fileName, string? userName, Guid? pendingId = null, CancellationToken cancellation = default)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var tx = await db.Database.BeginTransactionAsync(cancellation);
            if (pendingId is { } id
                && await db.PendingImports.Where(p => p.Id == id && p.Kind == PendingImportKind.Exchange).ExecuteDeleteAsync(cancellation) == 0)
            {
                throw new ExchangeRefusedException(GoneMessage);
            }

            var preview = await PreviewAsync(provinceId, doc, cancellation);
            if (preview.Refusal is { } refusal)
            {
                throw new ExchangeRefusedException(refusal);
            }

            if (preview.NothingToDo)
            {
                await tx.CommitAsync(cancellation);
                return new ExchangeImportResult(preview.CommuneId!.Value, preview.CommuneName, false, 0, 0, 0, 0, true,
                    preview.Plans.Select(p => p.ExistingId!.Value).ToList());
            }

            var now = clock.GetUtcNow();
            var created = preview.CommuneId is null;
            var communeId = preview.CommuneId ?? await CreateCommuneAsync(provinceId, doc.Commune.Name, now, cancellation);
            var (office, officesCreated) = await ResolveOfficesAsync(communeId, doc, now, cancellation);
            var writer = new ExchangePlanWriter(db, doc, preview.Digest, fileName, userName, now, communeId, office);
            foreach (var gone in preview.Removed)
            {
                await writer.RemoveAsync(gone.Id, cancellation);
            }

            var plans = new List<Plan>();
            foreach (var row in preview.Plans)
            {
                plans.Add(await writer.WriteAsync(row, cancellation));
            }

            await writer.WriteFactsAsync(cancellation);
            await tx.CommitAsync(cancellation);
            return new ExchangeImportResult(
                communeId, preview.CommuneName, created,
                preview.Plans.Count(p => p.Change == ExchangePlanChange.Create),
                preview.Plans.Count(p => p.Change == ExchangePlanChange.Replace),
                preview.Removed.Count, officesCreated, false, plans.Select(p => p.Id).ToList());
        });
    }

    /// <summary>"lam son" for "Tỉnh Lâm Sơn", "lâm sơn", "TP. Lâm Sơn": a province's name without its kind.</summary>
    public static string ProvinceKey(string name)
    {
        var words = new string(VietnameseText.Fold(name).Select(c => char.IsLetterOrDigit(c) ? c : ' ').ToArray())
            .Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (words is ["tinh", _, ..] or ["tp", _, ..])
        {
            words.RemoveAt(0);
        }
        else if (words is ["thanh", "pho", _, ..])
        {
            words.RemoveRange(0, 2);
        }

        return string.Join(' ', words);
    }

    /// <summary>A commune's name without its kind ("an binh" for "Xã An Bình"), for a second, looser match.</summary>
    private static string CommuneKey(string name)
    {
        var key = OfficeNames.Key(name);
        foreach (var kind in (string[])["xa ", "phuong ", "thi tran ", "dac khu "])
        {
            if (key.StartsWith(kind, StringComparison.Ordinal) && key.Length > kind.Length)
            {
                return key[kind.Length..];
            }
        }

        return key;
    }

    /// <summary>What happens to each plan, and whether the file may be imported at all (see the type's summary).</summary>
    private static (List<ExchangePlanRow> Rows, List<ExchangeRemovedPlan> Removed, string? Refusal, bool Nothing) Decide(
        ExchangeDocument doc, string digest, List<StoredPlan> stored, string communeName)
    {
        var imported = stored.Where(p => p.ExportedAt is not null).ToList();
        var byKey = imported.GroupBy(p => ExchangeValidator.PlanKey(p.Number, p.Title, p.Year)).ToDictionary(g => g.Key, g => g.First());
        var fileKeys = doc.Plans.Select(ExchangeValidator.PlanKey).ToHashSet(StringComparer.Ordinal);
        var rows = doc.Plans.Select(p => byKey.TryGetValue(ExchangeValidator.PlanKey(p), out var old)
            ? new ExchangePlanRow(p, ExchangePlanChange.Replace, old.Id, old.ExportedAt)
            : new ExchangePlanRow(p, ExchangePlanChange.Create, null, null)).ToList();
        var removed = imported.Where(p => !fileKeys.Contains(ExchangeValidator.PlanKey(p.Number, p.Title, p.Year)))
            .Select(p => new ExchangeRemovedPlan(p.Id, p.Title, p.Number, p.Year)).ToList();

        if (imported.Max(p => p.ExportedAt) is { } latest)
        {
            if (doc.ExportedAt < latest - Tolerance)
            {
                return (rows, removed, $"Tệp xuất lúc {Local(doc.ExportedAt)} cũ hơn bản đã nhập của {communeName} (xuất lúc {Local(latest)}); "
                    + "không nhập đè dữ liệu mới bằng dữ liệu cũ. Hãy dùng bản xuất mới nhất.", false);
            }

            if (doc.ExportedAt <= latest + Tolerance)
            {
                if (imported.Any(p => p.Digest != digest))
                {
                    return (rows, removed, $"Bản xuất lúc {Local(latest)} của {communeName} đã được nhập, nhưng tệp này cùng thời điểm xuất mà nội dung khác. "
                        + "Tệp có thể đã bị sửa tay; hãy xuất lại từ hệ thống của xã/phường.", false);
                }

                // The same export: nothing to do, unless a plan it holds was deleted here since (then it is written again).
                if (removed.Count == 0 && rows.All(r => r.Change == ExchangePlanChange.Replace))
                {
                    return (rows.Select(r => r with { Change = ExchangePlanChange.Unchanged }).ToList(), [], null, true);
                }
            }
        }

        var native = stored.Where(p => p.ExportedAt is null).Select(p => ExchangeValidator.PlanKey(p.Number, p.Title, p.Year)).ToHashSet(StringComparer.Ordinal);
        var clashes = doc.Plans.Where(p => native.Contains(ExchangeValidator.PlanKey(p))).Select(ExchangeValidator.Describe).ToList();
        if (clashes.Count > 0)
        {
            return (rows, removed, $"{communeName} đã có kế hoạch {string.Join(", ", clashes)} lập ngay trong Sáu Rõ (không phải nhập từ tệp trao đổi); "
                + "tệp trao đổi không ghi đè kế hoạch đó. Nếu xã/phường đã chuyển sang hệ thống khác, hãy xóa kế hoạch cũ trước khi nhập.", false);
        }

        return (rows, removed, null, false);
    }

    /// <summary>The tasks by status as our rules compute them, and as the file states them; warnings about deadlines and differences.</summary>
    private (Dictionary<PlanTaskStatus, int> Ours, Dictionary<PlanTaskStatus, int> Theirs) Statuses(ExchangeDocument doc, List<string> warnings)
    {
        var today = VietnamTime.Today(clock);
        var ours = new Dictionary<PlanTaskStatus, int>();
        var theirs = new Dictionary<PlanTaskStatus, int>();
        var deadlineWarnings = new List<string>();
        foreach (var plan in doc.Plans)
        {
            foreach (var task in plan.Tasks)
            {
                var due = ExchangeFacts.Deadline(task.Due, plan.Year, out var dueWarning);
                Deadline? adjusted = null;
                string? adjustedWarning = null;
                if (task.AdjustedDue is not null)
                {
                    adjusted = ExchangeFacts.Deadline(task.AdjustedDue, plan.Year, out adjustedWarning);
                }

                foreach (var warning in new[] { dueWarning, adjustedWarning }.OfType<string>())
                {
                    deadlineWarnings.Add($"Kế hoạch {ExchangeValidator.Describe(plan)}, nhiệm vụ {task.Ordinal ?? "(không số)"}: {warning}");
                }

                // Stored adjusted deadlines keep text, kind and dates only (PlanMapping.AdjustedDue): judge them the same way.
                var effective = adjusted is null ? due : new Deadline(adjusted.Text, adjusted.Kind, adjusted.Start, adjusted.End);
                var status = ExchangeFacts.Status(effective, task.Updates, task.CreatedAt ?? doc.ExportedAt, today, settings.DueSoonDays, settings.CutOffDay).Status;
                ours[status] = ours.GetValueOrDefault(status) + 1;
                if (PlanTaskStatusText.FromCssKey(task.Status) is { } stated)
                {
                    theirs[stated] = theirs.GetValueOrDefault(stated) + 1;
                }
            }
        }

        warnings.AddRange(deadlineWarnings.Take(MaxListedWarnings));
        if (deadlineWarnings.Count > MaxListedWarnings)
        {
            warnings.Add($"… và {deadlineWarnings.Count - MaxListedWarnings} cảnh báo khác về thời hạn.");
        }

        if (theirs.Count > 0 && Enum.GetValues<PlanTaskStatus>().Any(s => ours.GetValueOrDefault(s) != theirs.GetValueOrDefault(s)))
        {
            warnings.Add("Trạng thái nhiệm vụ ghi trong tệp khác với trạng thái Sáu Rõ tính lại từ thời hạn và các cập nhật (có thể do khác ngày tính "
                + "hoặc khác cách tính); số liệu của tỉnh dùng trạng thái Sáu Rõ tính.");
        }

        return (ours, theirs);
    }

    private async Task<(int Id, string Name)?> FindCommuneAsync(int provinceId, string name, CancellationToken cancellation)
    {
        var communes = await db.Units.AsNoTracking().Where(u => u.ParentId == provinceId && u.Kind == UnitKind.Commune)
            .Select(u => new { u.Id, u.Name, Aliases = u.Aliases.Select(a => a.Alias).ToList() })
            .OrderBy(u => u.Id)
            .ToListAsync(cancellation);
        var key = OfficeNames.Key(name);
        var exact = communes.FirstOrDefault(c => OfficeNames.Key(c.Name) == key || c.Aliases.Any(a => OfficeNames.Key(a) == key));
        if (exact is not null)
        {
            return (exact.Id, exact.Name);
        }

        var loose = communes.Where(c => CommuneKey(c.Name) == CommuneKey(name)).ToList();
        return loose is [var only] ? (only.Id, only.Name) : null;
    }

    /// <summary>The commune's offices by the key of their names and aliases.</summary>
    private async Task<Dictionary<string, int>> KnownOfficesAsync(int communeId, CancellationToken cancellation)
    {
        var offices = await db.Units.AsNoTracking().Where(u => u.ParentId == communeId && u.Kind == UnitKind.Office)
            .Select(u => new { u.Id, u.Name, Aliases = u.Aliases.Select(a => a.Alias).ToList() })
            .OrderBy(u => u.Id)
            .ToListAsync(cancellation);
        var known = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var office in offices)
        {
            known.TryAdd(OfficeNames.Key(office.Name), office.Id);
            foreach (var alias in office.Aliases)
            {
                known.TryAdd(OfficeNames.Key(alias), office.Id);
            }
        }

        return known;
    }

    /// <summary>
    /// The names that become offices: those the commune does not know, except groups ("Các cơ quan, đơn vị"), which
    /// stay text — unless a report is filed in their name (a report belongs to a unit).
    /// </summary>
    private static List<string> NewOfficeNames(ExchangeDocument doc, Dictionary<string, int> known)
    {
        var reporting = doc.Plans.SelectMany(p => p.Reports).Select(r => r.Office).OfType<string>().Select(OfficeNames.Key).ToHashSet(StringComparer.Ordinal);
        return doc.Plans.SelectMany(ExchangeValidator.OfficeNamesOf)
            .DistinctBy(OfficeNames.Key, StringComparer.Ordinal)
            .Where(n => !known.ContainsKey(OfficeNames.Key(n)) && (!OfficeNames.IsVagueGroup(n) || reporting.Contains(OfficeNames.Key(n))))
            .ToList();
    }

    private async Task<int> CreateCommuneAsync(int provinceId, string name, DateTimeOffset now, CancellationToken cancellation)
    {
        var last = await db.Units.Where(u => u.ParentId == provinceId).MaxAsync(u => (int?)u.SortOrder, cancellation);
        var commune = new Unit
        {
            ParentId = provinceId,
            Kind = UnitKind.Commune,
            Name = name,
            NameKey = OfficeNames.Key(name),
            SortOrder = (last ?? -1) + 1,
            CreatedAt = now,
        };
        db.Units.Add(commune);
        await db.SaveChangesAsync(cancellation);
        return commune.Id;
    }

    /// <summary>
    /// Creates the offices the file names and the commune lacks; returns how a name is linked: its office, or null for a
    /// group kept as text (a report's office is always linked).
    /// </summary>
    private async Task<(Func<string, bool, int?> Office, int Created)> ResolveOfficesAsync(
        int communeId, ExchangeDocument doc, DateTimeOffset now, CancellationToken cancellation)
    {
        var known = await KnownOfficesAsync(communeId, cancellation);
        var names = NewOfficeNames(doc, known);
        var last = await db.Units.Where(u => u.ParentId == communeId).MaxAsync(u => (int?)u.SortOrder, cancellation) ?? -1;
        var created = names.Select((name, i) => new Unit
        {
            ParentId = communeId,
            Kind = UnitKind.Office,
            Name = name,
            NameKey = OfficeNames.Key(name),
            SortOrder = last + 1 + i,
            CreatedAt = now,
        }).ToList();
        db.Units.AddRange(created);
        await db.SaveChangesAsync(cancellation);
        foreach (var unit in created)
        {
            known.TryAdd(unit.NameKey, unit.Id);
        }

        return ((name, forReport) => (forReport || !OfficeNames.IsVagueGroup(name)) && known.TryGetValue(OfficeNames.Key(name), out var id) ? id : null,
            created.Count);
    }

    private static string Local(DateTimeOffset instant) => Import.ImportText.LocalTime(instant);

    private sealed record StoredPlan(int Id, string? Number, string Title, int? Year, DateTimeOffset? ExportedAt, string? Digest);
}
