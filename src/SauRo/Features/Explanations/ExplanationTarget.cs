using System.Globalization;

namespace SauRo.Features.Explanations;

/// <summary>What an explanation is asked about: a task or an indicator.</summary>
public sealed record ExplanationTarget(int? TaskId, int? IndicatorId)
{
    public static ExplanationTarget Task(int id) => new(id, null);

    public static ExplanationTarget Indicator(int id) => new(null, id);

    /// <summary>"taskId=5" or "indicatorId=7", for the ask page's address.</summary>
    public string Query => TaskId is { } t
        ? string.Create(CultureInfo.InvariantCulture, $"taskId={t}")
        : string.Create(CultureInfo.InvariantCulture, $"indicatorId={IndicatorId}");
}

/// <summary>
/// The explanation requests of one task or indicator as its page shows them (oldest first), with the answer form for
/// whoever may answer and the ask form for the leader when the task is late or the indicator red.
/// </summary>
public sealed record ExplanationListView(ExplanationTarget Target, IReadOnlyList<Data.Entities.ExplanationRequest> Requests, bool CanAnswer, bool CanAsk);
