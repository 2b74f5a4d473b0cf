namespace SauRo.Features.DeadlineChanges;

/// <summary>What the "Đề nghị điều chỉnh thời hạn" form posts ("Change.Text", "Change.Reason").</summary>
public sealed class ChangeInput
{
    public const int MaxTextLength = 1000;

    public string? Text { get; set; }

    public string? Reason { get; set; }
}
