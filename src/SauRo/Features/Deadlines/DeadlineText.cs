using SauRo.Core.Plans;

namespace SauRo.Features.Deadlines;

/// <summary>Words for the kinds of deadline, as the preview under a deadline field shows them.</summary>
public static class DeadlineText
{
    public static string Kind(DeadlineKind kind) => kind switch
    {
        DeadlineKind.Date => "Hạn một ngày",
        DeadlineKind.Month => "Trong tháng",
        DeadlineKind.Quarter => "Trong quý",
        DeadlineKind.Window => "Trong khoảng thời gian",
        DeadlineKind.Recurring => "Định kỳ, thường xuyên",
        DeadlineKind.From => "Thường xuyên từ một ngày",
        DeadlineKind.Event => "Khi có yêu cầu",
        DeadlineKind.Unknown => "Chưa hiểu thời hạn",
        _ => throw new InvalidOperationException(),
    };
}
