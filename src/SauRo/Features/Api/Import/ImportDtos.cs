using SauRo.Core.Import;
using SauRo.Features.Import;

namespace SauRo.Features.Api.Import;

/// <summary>Biểu mẫu tải lên (multipart/form-data) của POST /api/v1/plans/import.</summary>
/// <param name="UnitId">Xã/phường hoặc tỉnh của kế hoạch.</param>
/// <param name="File">Tệp kế hoạch: .docx, hoặc bản xuất .md/.txt; tối đa 20 MB.</param>
public sealed record ImportUpload(int UnitId, IFormFile File);

/// <summary>Phần đầu đọc được từ văn bản.</summary>
public sealed record ImportHeaderDto(
    string? Number, string? Title, string? Place, string? IssuedOn, string? Issuer, string? Signer, int? Year, IReadOnlyList<string> Bases);

/// <summary>Văn bản có gì: số chỉ tiêu, nhiệm vụ, nhiệm vụ đủ 06 rõ (sixClearTasks), chế độ báo cáo, và số văn bản tự nêu (declared…).</summary>
public sealed record ImportCountsDto(int Indicators, int Tasks, int SixClearTasks, int ReportingDuties, int? DeclaredIndicators, int? DeclaredTasks);

/// <summary>
/// Một tên cơ quan trong văn bản và việc sẽ làm: existing (nối với matchedUnitId), createNew (tạo cơ quan mới của
/// đơn vị) hoặc keepText (nhóm chung như "Các cơ quan, đơn vị", giữ nguyên chữ).
/// </summary>
public sealed record OfficeProposalDto(string WrittenName, int Uses, int? MatchedUnitId, string? MatchedUnitName, string Proposed);

/// <summary>Một chỉ tiêu hay nhiệm vụ (item: indicator, task) được thêm, sửa hoặc bỏ (kind: added, changed, removed); changedFields nêu các trường đổi.</summary>
public sealed record ImportChangeDto(string Kind, string Item, string? Appendix, string? Section, string? Ordinal, string Text, IReadOnlyList<string> ChangedFields);

/// <summary>So với kế hoạch đã lưu (kế hoạch mới: mọi mục đều là added).</summary>
public sealed record ImportChangesDto(int Added, int Changed, int Removed, int Unchanged, IReadOnlyList<ImportChangeDto> Items);

/// <summary>Bản xem trước của lần nhập (?dryRun=true): chưa ghi gì.</summary>
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

/// <summary>Kết quả nhập: kế hoạch đã ghi (mới, hoặc phiên bản mới của kế hoạch đã có) và số mục thêm, sửa, bỏ.</summary>
public sealed record ImportResultDto(int PlanId, bool IsNewVersion, int Added, int Changed, int Removed, IReadOnlyList<string> Warnings);
