using SauRo.Features.Monitoring;

namespace SauRo.Features.Api.Tasks;

/// <summary>Một lần cập nhật tiến độ nhiệm vụ của cơ quan chủ trì (không kèm tệp; tệp đính kèm gửi qua trang nhiệm vụ).</summary>
/// <param name="State">Tình trạng: notStarted (chưa thực hiện), inProgress (đang thực hiện) hoặc done (đã hoàn thành). Bắt buộc.</param>
/// <param name="PercentDone">Tỷ lệ hoàn thành, số nguyên 0–100; done thì luôn là 100; notStarted bỏ trống thì là 0.</param>
/// <param name="CompletedOn">Ngày hoàn thành (ISO, ví dụ "2026-07-01"), chỉ khi done; không sau hôm nay (giờ Việt Nam); bỏ trống thì là hôm nay.</param>
/// <param name="Result">Kết quả, sản phẩm đạt được (tối đa 4.000 ký tự).</param>
/// <param name="EvidenceNumber">Số văn bản minh chứng ("12/BC-UBND", tối đa 100 ký tự).</param>
/// <param name="EvidenceDate">Ngày của văn bản minh chứng (ISO), không sau hôm nay.</param>
/// <param name="Difficulties">Khó khăn, vướng mắc (tối đa 4.000 ký tự).</param>
/// <param name="Proposals">Kiến nghị, đề xuất (tối đa 4.000 ký tự).</param>
public sealed record TaskUpdateRequest(
    string? State,
    int? PercentDone = null,
    DateOnly? CompletedOn = null,
    string? Result = null,
    string? EvidenceNumber = null,
    DateOnly? EvidenceDate = null,
    string? Difficulties = null,
    string? Proposals = null)
{
    internal TaskUpdateValues? Validate(ApiErrors errors, DateOnly today)
    {
        var state = TaskProgressStateText.Parse(State);
        var done = state == Data.Entities.TaskProgressState.Done;
        return TaskUpdateValues.Check(
            new(state, PercentDone, done ? CompletedOn ?? today : CompletedOn, Result, EvidenceNumber, EvidenceDate, Difficulties, Proposals),
            today,
            errors.Add);
    }
}
