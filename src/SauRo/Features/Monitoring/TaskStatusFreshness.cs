using SauRo.Core.Monitoring;

namespace SauRo.Features.Monitoring;

/// <summary>
/// Whether every kept task status is known to hold for a day, so that a count need not look for stale ones first.
/// A task's status changes only through a write, which computes it in its own save (<see cref="TaskStatusSnapshotInterceptor"/>,
/// whichever process makes it), or through the passing of days (<see cref="Data.Entities.TaskStatusSnapshot.ValidUntil"/>).
/// So once <see cref="StatusRefreshService"/> has brought every task's status up to a day, in a pass that began late
/// enough for no write computed for the day before to be still saving, they all hold for the rest of that day.
/// Until such a pass on a day (after start, and just after midnight), every count looks for stale statuses itself.
/// </summary>
public sealed class TaskStatusFreshness
{
    /// <summary>How long after midnight a pass must begin for the day's statuses to count as current after it.</summary>
    public static readonly TimeSpan Settled = TimeSpan.FromMinutes(1);

    private long _dayNumber = -1;

    /// <summary>Every kept status has been brought up to <paramref name="today"/> by a pass over all tasks.</summary>
    public bool AllCurrentOn(DateOnly today) => Interlocked.Read(ref _dayNumber) == today.DayNumber;

    /// <summary>
    /// Statuses have been computed for <paramref name="day"/> (a write's, a count's): when that is not the day known
    /// current (the clock was set back or forward), nothing is known current any more.
    /// </summary>
    public void Computed(DateOnly day)
    {
        var known = Interlocked.Read(ref _dayNumber);
        if (known != day.DayNumber)
        {
            Interlocked.CompareExchange(ref _dayNumber, -1, known);
        }
    }

    /// <summary>
    /// A pass that began at <paramref name="startedAt"/> has brought every task's status (missing ones included) up
    /// to the Vietnamese day of that instant; ignored when it began within <see cref="Settled"/> of that day's start.
    /// </summary>
    public void PassCompleted(DateTimeOffset startedAt)
    {
        var day = VietnamTime.DateOf(startedAt);
        if (startedAt - VietnamTime.StartOf(day) >= Settled)
        {
            Interlocked.Exchange(ref _dayNumber, day.DayNumber);
        }
    }
}
