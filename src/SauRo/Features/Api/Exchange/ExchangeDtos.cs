using SauRo.Core.Exchange;
using SauRo.Core.Monitoring;
using SauRo.Features.Exchange;

namespace SauRo.Features.Api.Exchange;

/// <summary>
/// Một kế hoạch trong tệp và việc sẽ làm (action): create (tạo mới), replace (thay nội dung kế hoạch đã nhập từ bản
/// xuất trước, existingPlanId), unchanged (bản xuất này đã nhập rồi).
/// </summary>
public sealed record ExchangePlanPreviewDto(
    string? Number, int? Year, string Title, string Action, int? ExistingPlanId, int Indicators, int Tasks, int Updates, int Values, int Reports);

/// <summary>Một kế hoạch đã nhập trước từ xã/phường này mà tệp mới không còn: sẽ bị bỏ.</summary>
public sealed record ExchangeRemovedPlanDto(int Id, string Title, string? Number, int? Year);

/// <summary>
/// Số nhiệm vụ theo trạng thái hôm nay: doneOnTime (hoàn thành đúng hạn), doneLate (hoàn thành quá hạn), inProgress
/// (đang thực hiện trong hạn, không kể sắp đến hạn), overdue (quá hạn chưa hoàn thành), dueSoon (sắp đến hạn).
/// </summary>
public sealed record ExchangeStatusCountsDto(int DoneOnTime, int DoneLate, int InProgress, int Overdue, int DueSoon)
{
    public static ExchangeStatusCountsDto From(IReadOnlyDictionary<PlanTaskStatus, int> counts) => new(
        counts.GetValueOrDefault(PlanTaskStatus.DoneOnTime), counts.GetValueOrDefault(PlanTaskStatus.DoneLate),
        counts.GetValueOrDefault(PlanTaskStatus.InProgress), counts.GetValueOrDefault(PlanTaskStatus.Overdue),
        counts.GetValueOrDefault(PlanTaskStatus.DueSoon));
}

/// <summary>
/// Bản xem trước (?dryRun=true), chưa ghi gì: xã/phường nhận dữ liệu (communeId null: sẽ tạo mới), việc làm với từng
/// kế hoạch, kế hoạch bị bỏ, cơ quan sẽ tạo, trạng thái nhiệm vụ do Sáu Rõ tính lại (statuses) và theo tệp
/// (fileStatuses, chỉ để tham khảo), cảnh báo.
/// </summary>
public sealed record ExchangePreviewDto(
    int ProvinceId,
    int? CommuneId,
    string CommuneName,
    DateTimeOffset ExportedAt,
    bool NothingToDo,
    IReadOnlyList<ExchangePlanPreviewDto> Plans,
    IReadOnlyList<ExchangeRemovedPlanDto> RemovedPlans,
    IReadOnlyList<string> NewOffices,
    ExchangeStatusCountsDto Statuses,
    ExchangeStatusCountsDto FileStatuses,
    IReadOnlyList<string> Warnings)
{
    public static ExchangePreviewDto From(ExchangePreview preview) => new(
        preview.ProvinceId,
        preview.CommuneId,
        preview.CommuneName,
        preview.Document.ExportedAt,
        preview.NothingToDo,
        preview.Plans.Select(r => new ExchangePlanPreviewDto(
            r.Plan.Number, r.Plan.Year, r.Plan.Title, ApiNames.Of(r.Change), r.ExistingId,
            r.Plan.Indicators.Count, r.Plan.Tasks.Count, r.Updates, r.Values, r.Plan.Reports.Count)).ToList(),
        preview.Removed.Select(r => new ExchangeRemovedPlanDto(r.Id, r.Title, r.Number, r.Year)).ToList(),
        preview.NewOffices,
        ExchangeStatusCountsDto.From(preview.Statuses),
        ExchangeStatusCountsDto.From(preview.FileStatuses),
        preview.Warnings);
}

/// <summary>Kết quả nhập: xã/phường (communeCreated: vừa tạo), số kế hoạch tạo, thay, bỏ, số cơ quan tạo; nothingChanged khi bản xuất đã nhập rồi.</summary>
public sealed record ExchangeImportResultDto(
    int CommuneId, string CommuneName, bool CommuneCreated, int Created, int Replaced, int Removed, int OfficesCreated, bool NothingChanged,
    IReadOnlyList<int> PlanIds, string Summary)
{
    public static ExchangeImportResultDto From(ExchangeImportResult r) =>
        new(r.CommuneId, r.CommuneName, r.CommuneCreated, r.Created, r.Replaced, r.Removed, r.OfficesCreated, r.NothingChanged, r.PlanIds, r.Summary);
}

/// <summary>Nội dung tệp trao đổi (JSON theo docs/exchange-json.md), gửi nguyên tệp (application/json) hoặc trong biểu mẫu multipart/form-data (trường file).</summary>
public sealed record ExchangeUpload(IFormFile File);

/// <summary>The refusals of a file read, as a 400 whose errors are keyed by the JSON path of each fault.</summary>
public static class ExchangeProblems
{
    public static IResult From(ExchangeReadResult read)
    {
        var errors = read.Errors.GroupBy(e => e.Path.Length == 0 ? "file" : e.Path, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray(), StringComparer.Ordinal);
        return TypedResults.ValidationProblem(errors, read.Message, title: ApiErrors.Title);
    }
}
