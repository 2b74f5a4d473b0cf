using SauRo.Features.Monitoring;

namespace SauRo.Features.Api.Tasks;

/// <summary>Tệp đính kèm của một cập nhật: tải về tại url (luôn là tệp tải xuống).</summary>
public sealed record AttachmentDto(int Id, string FileName, long Size, string Url);

/// <summary>
/// Một lần cập nhật tiến độ: ai (userName, cơ quan), lúc nào (at), tình trạng (state: notStarted, inProgress, done;
/// stateLabel bằng tiếng Việt), tỷ lệ, ngày hoàn thành, kết quả, văn bản minh chứng, tệp, khó khăn, kiến nghị; reportId
/// là báo cáo định kỳ mang cập nhật này; locked: báo cáo đó đã được duyệt nên không sửa, xóa được.
/// </summary>
public sealed record TaskUpdateDto(
    int Id,
    int TaskId,
    int? OfficeId,
    string? OfficeName,
    string UserName,
    DateTimeOffset At,
    string State,
    string StateLabel,
    int PercentDone,
    DateOnly? CompletedOn,
    string? Result,
    string? EvidenceNumber,
    DateOnly? EvidenceDate,
    AttachmentDto? Attachment,
    string? Difficulties,
    string? Proposals,
    int? ReportId,
    bool Locked)
{
    public static TaskUpdateDto From(TaskMonitoring.UpdateRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var u = row.Update;
        return new(
            u.Id,
            u.TaskId,
            u.OfficeId,
            row.OfficeName,
            u.UserName,
            u.At,
            ApiNames.Of(u.State),
            u.State.Label(),
            u.PercentDone,
            u.CompletedOn,
            u.Result,
            u.EvidenceNumber,
            u.EvidenceDate,
            row.Attachment is { } a ? new AttachmentDto(a.Id, a.FileName, a.Size, $"/Attachments/{a.Id}") : null,
            u.Difficulties,
            u.Proposals,
            u.ReportId,
            row.Locked);
    }
}
