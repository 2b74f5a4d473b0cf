using SauRo.Core.Plans;
using SauRo.Data.Entities;
using SauRo.Features.Import;

namespace SauRo.Features.DeadlineChanges;

/// <summary>
/// Deadline changes (điều chỉnh thời hạn): what a request holds, how an approved one becomes the task's deadline in
/// force (the adjusted deadline; the original stays in DueText), and how their states read.
/// </summary>
public static class DeadlineChangeRules
{
    public const int MaxReasonLength = 2000;

    public const int MaxNoteLength = 2000;

    public const string BringForwardReason = "Theo chỉ đạo của tỉnh: hoàn thành sớm hơn ít nhất 01 quý";

    /// <summary>A pending request for the task, from the deadline in force to <paramref name="to"/>.</summary>
    public static DeadlineChange Request(PlanTask task, Deadline to, string reason, string userName, DateTimeOffset now, string? batch = null)
    {
        ArgumentNullException.ThrowIfNull(task);
        ArgumentNullException.ThrowIfNull(to);
        return new DeadlineChange
        {
            TaskId = task.Id,
            FromText = PlanMapping.EffectiveDue(task).Text,
            ToText = to.Text,
            ToKind = to.Kind.ToString(),
            ToStart = to.Start,
            ToEnd = to.End,
            Reason = reason,
            RequestedBy = userName,
            RequestedAt = now,
            State = ChangeState.Pending,
            Batch = batch,
        };
    }

    /// <summary>Records the decision; an approval makes the new deadline the task's deadline in force.</summary>
    public static void Decide(DeadlineChange change, PlanTask task, bool approve, string? note, string userName, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(task);
        if (change.State != ChangeState.Pending || change.TaskId != task.Id)
        {
            throw new InvalidOperationException("Chỉ quyết định một đề nghị đang chờ duyệt của chính nhiệm vụ đó.");
        }

        change.State = approve ? ChangeState.Approved : ChangeState.Rejected;
        change.DecidedBy = userName;
        change.DecidedAt = now;
        change.DecisionNote = note;
        if (approve)
        {
            PlanMapping.SetAdjustedDue(task, To(change));
            task.UpdatedAt = now;
        }
    }

    /// <summary>The requested deadline as the domain type.</summary>
    public static Deadline To(DeadlineChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return new Deadline(change.ToText, Enum.TryParse<DeadlineKind>(change.ToKind, out var kind) ? kind : DeadlineKind.Unknown, change.ToStart, change.ToEnd);
    }

    /// <summary>
    /// Whether a new deadline would change nothing: two dated deadlines due the same day ("30/9/2026", "Quý III/2026"),
    /// or two undated ones of the same kind, start and recurrence, whatever their wording.
    /// </summary>
    public static bool SameMeaning(Deadline a, Deadline b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Kind == DeadlineKind.Unknown || b.Kind == DeadlineKind.Unknown)
        {
            return false;
        }

        return a.End is { } end
            ? end == b.End && a.OngoingAfter == b.OngoingAfter
            : b.End is null && a.Kind == b.Kind && a.Start == b.Start && a.Every == b.Every;
    }

    /// <summary>"Chờ duyệt", "Đã duyệt", "Không duyệt".</summary>
    public static string Label(this ChangeState state) => state switch
    {
        ChangeState.Pending => "Chờ duyệt",
        ChangeState.Approved => "Đã duyệt",
        ChangeState.Rejected => "Không duyệt",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
    };

    /// <summary>The badge class of a state.</summary>
    public static string Css(this ChangeState state) => state switch
    {
        ChangeState.Pending => "warn",
        ChangeState.Approved => "ok",
        ChangeState.Rejected => "bad",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
    };
}
