namespace SauRo.Features.DeadlineChanges;

/// <summary>What the request form needs: the task, the plan's year (deadlines without a year), the values typed.</summary>
public sealed record ChangeFormView(int TaskId, ChangeInput Change, SauRo.Core.Plans.Deadline? Preview);
