using SauRo.Core.Monitoring;

namespace SauRo.Bench.National;

/// <summary>
/// The benchmark's fixed "now": 20/11/2026, 09:00 in Vietnam. Statuses, colours, completeness and reports are computed
/// for this day whatever the wall clock says, so two runs measure the same numbers.
/// </summary>
public sealed class BenchClock : TimeProvider
{
    public static readonly DateTimeOffset Now = new(2026, 11, 20, 9, 0, 0, TimeSpan.FromHours(7));

    public static readonly BenchClock Instance = new();

    private BenchClock()
    {
    }

    /// <summary>The Vietnamese date of <see cref="Now"/>.</summary>
    public static DateOnly Today => VietnamTime.DateOf(Now);

    public override DateTimeOffset GetUtcNow() => Now.ToUniversalTime();
}
