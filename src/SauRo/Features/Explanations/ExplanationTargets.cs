using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SauRo.Core.Monitoring;
using SauRo.Data;
using SauRo.Data.Entities;
using SauRo.Features.Accounts;
using SauRo.Features.Indicators.Values;
using SauRo.Features.Monitoring;

namespace SauRo.Features.Explanations;

/// <summary>
/// The task or indicator an explanation is about, as the explanation pages need it: its plan (for rights), how it is
/// named and linked, the office asked (its first linked lead office), whether it is late or red today, and who answers
/// (whoever may update the task; for an indicator, whoever may record its values — one of its lead offices).
/// </summary>
public static class ExplanationTargets
{
    public sealed record Resolved(ExplanationTarget Target, int PlanId, int PlanUnitId, int? PlanYear, string Label, string Link, int? OfficeId);

    public static async Task<Resolved?> FindAsync(SauRoDbContext db, ExplanationTarget target, CancellationToken cancellation)
    {
        if (target.TaskId is { } taskId)
        {
            var t = await db.Tasks.AsNoTracking().Where(x => x.Id == taskId)
                .Select(x => new
                {
                    x.PlanId,
                    x.Plan!.UnitId,
                    x.Plan.Year,
                    x.Ordinal,
                    x.Content,
                    Office = x.Units.Where(u => u.Role == TaskUnitRole.Lead && u.UnitId != null).OrderBy(u => u.Position).Select(u => u.UnitId).FirstOrDefault(),
                })
                .SingleOrDefaultAsync(cancellation);
            return t is null ? null : new Resolved(target, t.PlanId, t.UnitId, t.Year, Name("Nhiệm vụ", t.Ordinal, t.Content), $"/Tasks/{taskId}", t.Office);
        }

        if (target.IndicatorId is { } indicatorId)
        {
            var i = await db.Indicators.AsNoTracking().Where(x => x.Id == indicatorId)
                .Select(x => new
                {
                    x.PlanId,
                    x.Plan!.UnitId,
                    x.Plan.Year,
                    x.Ordinal,
                    x.Name,
                    Office = x.Leads.Where(l => l.UnitId != null).OrderBy(l => l.Position).Select(l => l.UnitId).FirstOrDefault(),
                })
                .SingleOrDefaultAsync(cancellation);
            return i is null ? null : new Resolved(target, i.PlanId, i.UnitId, i.Year, Name("Chỉ tiêu", i.Ordinal, i.Name),
                string.Create(CultureInfo.InvariantCulture, $"/Plans/{i.PlanId}#indicator-{indicatorId}"), i.Office);
        }

        return null;
    }

    /// <summary>Null when a leader may ask about the target today; else why not (not late, not red).</summary>
    public static async Task<string?> NotAskableAsync(
        SauRoDbContext db, TimeProvider clock, MonitoringSettings settings, Resolved target, CancellationToken cancellation)
    {
        var today = VietnamTime.Today(clock);
        if (target.Target.TaskId is { } taskId)
        {
            var task = await db.Tasks.AsNoTracking().SingleAsync(t => t.Id == taskId, cancellation);
            var status = (await TaskStatuses.ForTasksAsync(db, [task], today, settings, cancellation))[taskId];
            return ExplanationRules.TaskNeedsExplanation(status) ? null : ExplanationRules.TaskNotLate;
        }

        var indicator = await db.Indicators.AsNoTracking().SingleAsync(i => i.Id == target.Target.IndicatorId, cancellation);
        var colours = await IndicatorColours.ForIndicatorsAsync(db, [indicator], target.PlanYear ?? today.Year, today, settings.CutOffDay, cancellation);
        return colours[indicator.Id].Colour == IndicatorColour.Red ? null : ExplanationRules.IndicatorNotRed;
    }

    /// <summary>May the user answer about the target: the lead office's officers and the plan's editors.</summary>
    public static Task<bool> CanAnswerAsync(UnitScope scope, ExplanationTarget target, CancellationToken cancellation) =>
        target.TaskId is { } t ? scope.CanUpdateTaskAsync(t, cancellation)
        : target.IndicatorId is { } i ? scope.CanUpdateIndicatorAsync(i, cancellation)
        : Task.FromResult(false);

    private static string Name(string kind, string? ordinal, string text) =>
        string.IsNullOrWhiteSpace(ordinal) ? $"{kind} «{text}»" : $"{kind} {ordinal}: {text}";
}
