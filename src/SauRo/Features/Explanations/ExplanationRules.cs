using SauRo.Core.Monitoring;
using SauRo.Data.Entities;

namespace SauRo.Features.Explanations;

/// <summary>
/// When a leader may ask for an explanation (yêu cầu giải trình): a task overdue or done late (also a task whose dated
/// part was done late and that goes on afterwards), or an indicator shown red; one open request per task or indicator
/// at a time.
/// </summary>
public static class ExplanationRules
{
    public const int MaxQuestionLength = 2000;

    public const int MaxAnswerLength = 4000;

    public const string TaskNotLate = "Chỉ yêu cầu giải trình nhiệm vụ quá hạn chưa hoàn thành hoặc hoàn thành quá hạn.";

    public const string IndicatorNotRed = "Chỉ yêu cầu giải trình chỉ tiêu đang ở mức đỏ (có nguy cơ không đạt).";

    public const string AlreadyOpen = "Đã có yêu cầu giải trình chưa được trả lời; hãy chờ cơ quan trả lời.";

    public const string AlreadyAnswered = "Yêu cầu giải trình này đã được trả lời.";

    public static bool TaskNeedsExplanation(TaskStatusResult status)
    {
        ArgumentNullException.ThrowIfNull(status);
        return status.Status is PlanTaskStatus.Overdue or PlanTaskStatus.DoneLate || status.DatedPart == PlanTaskStatus.DoneLate;
    }

    public static bool IsOpen(this ExplanationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.AnsweredAt is null;
    }
}
