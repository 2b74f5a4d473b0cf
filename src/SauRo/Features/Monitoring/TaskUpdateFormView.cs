namespace SauRo.Features.Monitoring;

/// <summary>What the "Cập nhật tiến độ" form needs: where it posts, its values, the button, the attachment kept on edit.</summary>
public sealed record TaskUpdateFormView(string Action, TaskUpdateInput Update, string SubmitText, TaskMonitoring.AttachmentInfo? Existing = null)
{
    /// <summary>A new update of the task.</summary>
    public static TaskUpdateFormView New(int taskId, TaskUpdateInput update) =>
        new(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"/Tasks/{taskId}/Updates/New"), update, "Gửi cập nhật");

    /// <summary>Corrects a stored update.</summary>
    public static TaskUpdateFormView Edit(int updateId, TaskUpdateInput update, TaskMonitoring.AttachmentInfo? existing) =>
        new(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"/TaskUpdates/{updateId}/Edit"), update, "Lưu cập nhật", existing);
}
