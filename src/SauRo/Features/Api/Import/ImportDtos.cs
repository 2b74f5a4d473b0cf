using SauRo.Core.Import;
using SauRo.Features.Import;

namespace SauRo.Features.Api.Import;

/// <summary>The upload form of POST /api/v1/plans/import (multipart/form-data), for the OpenAPI document.</summary>
/// <param name="UnitId">The commune or province the plan belongs to.</param>
/// <param name="File">The plan: .docx, or a .md/.txt export; at most 20 MB.</param>
public sealed record ImportUpload(int UnitId, IFormFile File);

/// <summary>The header read from the document.</summary>
public sealed record ImportHeaderDto(
    string? Number, string? Title, string? Place, string? IssuedOn, string? Issuer, string? Signer, int? Year, IReadOnlyList<string> Bases);

/// <summary>What the document holds; sixClearTasks counts its tasks clear on all six points.</summary>
public sealed record ImportCountsDto(int Indicators, int Tasks, int SixClearTasks, int ReportingDuties, int? DeclaredIndicators, int? DeclaredTasks);

/// <summary>
/// An office name of the document and what the import will do with it: existing (link to matchedUnitId),
/// createNew (a new office of the unit) or keepText (a group such as "Các cơ quan, đơn vị", kept as written).
/// </summary>
public sealed record OfficeProposalDto(string WrittenName, int Uses, int? MatchedUnitId, string? MatchedUnitName, string Proposed);

/// <summary>One indicator or task (item: indicator, task) that the import adds, changes or removes (kind: added, changed, removed).</summary>
public sealed record ImportChangeDto(string Kind, string Item, string? Appendix, string? Section, string? Ordinal, string Text, IReadOnlyList<string> ChangedFields);

/// <summary>The comparison with the plan already stored (all Added for a new plan).</summary>
public sealed record ImportChangesDto(int Added, int Changed, int Removed, int Unchanged, IReadOnlyList<ImportChangeDto> Items);

/// <summary>What an import would do, written nowhere (?dryRun=true).</summary>
public sealed record ImportPreviewDto(
    int UnitId,
    bool IsNewVersion,
    int? ExistingPlanId,
    string? ExistingPlanTitle,
    ImportHeaderDto Plan,
    ImportCountsDto Counts,
    IReadOnlyList<string> Warnings,
    IReadOnlyList<OfficeProposalDto> Offices,
    ImportChangesDto Changes)
{
    public static ImportPreviewDto From(ImportPreview preview)
    {
        var parsed = preview.Parsed;
        var h = parsed.Header;
        var changes = preview.IndicatorChanges.Where(c => c.Kind != DiffKind.Unchanged).Select(c => Change(c, "indicator"))
            .Concat(preview.TaskChanges.Where(c => c.Kind != DiffKind.Unchanged).Select(c => Change(c, "task")))
            .ToList();
        return new ImportPreviewDto(
            preview.UnitId,
            preview.IsNewVersion,
            preview.ExistingPlanId,
            preview.ExistingPlanTitle,
            new ImportHeaderDto(h.Number, h.Title, h.Place, h.IssuedOn?.ToIso(), h.Issuer, h.Signer, h.Year, h.Bases),
            new ImportCountsDto(
                parsed.Indicators.Count, parsed.Tasks.Count, parsed.Tasks.Count(t => t.SixClear.IsComplete), parsed.Reporting.Count,
                h.DeclaredIndicators, h.DeclaredTasks),
            parsed.Warnings,
            preview.Offices.Select(o => new OfficeProposalDto(o.WrittenName, o.Uses, o.MatchedUnitId, o.MatchedUnitName, ApiNames.Of(o.Proposed))).ToList(),
            new ImportChangesDto(
                preview.Count(DiffKind.Added), preview.Count(DiffKind.Changed), preview.Count(DiffKind.Removed), preview.Count(DiffKind.Unchanged),
                changes));
    }

    private static ImportChangeDto Change(DiffEntry entry, string item)
    {
        var shown = entry.Incoming ?? entry.Current!;
        var text = shown.Fields.TryGetValue("Nội dung", out var content) ? content : shown.Fields.GetValueOrDefault("Tên");
        return new ImportChangeDto(ApiNames.Of(entry.Kind), item, shown.Appendix, shown.Section, shown.Ordinal, text ?? string.Empty, entry.ChangedFields);
    }
}

/// <summary>The import applied: the plan written (new, or a new version of an existing one) and what changed.</summary>
public sealed record ImportResultDto(int PlanId, bool IsNewVersion, int Added, int Changed, int Removed, IReadOnlyList<string> Warnings);
