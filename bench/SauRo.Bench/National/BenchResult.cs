namespace SauRo.Bench.National;

/// <summary>
/// One line of <c>results</c> in the <c>--json</c> output; only the fields that apply are written. Beyond the issue's
/// fields: <c>runs</c> (measured runs), <c>floorP50Ms</c>, <c>requests</c> (measured HTTP requests),
/// <c>serverCpuMsPerRequest</c>, <c>value</c> and
/// <c>unit</c> (a single figure such as a peak RSS), <c>seconds</c> and <c>rows</c> (the load).
/// </summary>
public sealed record BenchResult(string Name)
{
    public double? P50Ms { get; init; }

    public double? P95Ms { get; init; }

    /// <summary>p95 of the hand-written SQL query that computes the same numbers.</summary>
    public double? FloorMs { get; init; }

    public double? FloorP50Ms { get; init; }

    /// <summary>p95 / floor p95.</summary>
    public double? Ratio { get; init; }

    public int? Runs { get; init; }

    public double? Rps { get; init; }

    public double? P99Ms { get; init; }

    public long? Requests { get; init; }

    public long? Errors { get; init; }

    /// <summary>updates.http: the server's CPU time per request counted (user + system), whatever else the machine runs.</summary>
    public double? ServerCpuMsPerRequest { get; init; }

    public double? Value { get; init; }

    public string? Unit { get; init; }

    public double? Seconds { get; init; }

    public IReadOnlyDictionary<string, long>? Rows { get; init; }

    public static BenchResult Timed(string name, Timings timings, Timings? floor = null) => new(name)
    {
        P50Ms = Round(timings.Percentile(50)),
        P95Ms = Round(timings.Percentile(95)),
        Runs = timings.Count,
        FloorMs = floor is null ? null : Round(floor.Percentile(95)),
        FloorP50Ms = floor is null ? null : Round(floor.Percentile(50)),
        Ratio = floor is null ? null : Math.Round(timings.Percentile(95) / floor.Percentile(95), 2),
    };

    public static double Round(double ms) => Math.Round(ms, 2);
}
