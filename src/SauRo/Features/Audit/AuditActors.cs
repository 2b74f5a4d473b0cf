using System.Runtime.CompilerServices;

namespace SauRo.Features.Audit;

/// <summary>
/// The person a record is written for when its save does not run in that person's request (the task updates saved
/// together by <see cref="Monitoring.TaskUpdateWriter"/>): the audit trail names them, not the request's user or the
/// system. Kept per record object, forgotten with it.
/// </summary>
public static class AuditActors
{
    private static readonly ConditionalWeakTable<object, Actor> Actors = [];

    public static void Set(object record, string? userId, string userName) => Actors.AddOrUpdate(record, new Actor(userId, userName));

    internal static Actor? Of(object record) => Actors.TryGetValue(record, out var actor) ? actor : null;

    internal sealed record Actor(string? UserId, string UserName);
}
