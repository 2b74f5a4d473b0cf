using System.Diagnostics;

namespace SauRo.Bench.National;

/// <summary>Durations of repeated runs and their percentiles (nearest rank).</summary>
public sealed class Timings
{
    private readonly List<double> _ms = [];

    public int Count => _ms.Count;

    public void Add(double ms) => _ms.Add(ms);

    public void AddRange(IEnumerable<double> ms) => _ms.AddRange(ms);

    /// <summary>The smallest duration that at least <paramref name="percent"/> % of the runs do not exceed.</summary>
    public double Percentile(double percent)
    {
        if (_ms.Count == 0)
        {
            return double.NaN;
        }

        var sorted = _ms.Order().ToList();
        var rank = (int)Math.Ceiling(percent / 100 * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }

    /// <summary>
    /// Runs <paramref name="run"/> unmeasured at least <paramref name="warmup"/> times and for at least six seconds (so
    /// that the JIT has compiled the hot paths at full optimisation; 100 ms per measured run when fewer than 20 are asked,
    /// as in CI's smoke run), then <paramref name="runs"/> times measured.
    /// </summary>
    public static async Task<(Timings Timings, T Last)> MeasureAsync<T>(int warmup, int runs, Func<Task<T>> run)
    {
        var last = await WarmAsync(warmup, runs, run);
        var timings = new Timings();
        var watch = new Stopwatch();
        for (var i = 0; i < runs; i++)
        {
            watch.Restart();
            last = await run();
            timings.Add(watch.Elapsed.TotalMilliseconds);
        }

        return (timings, last!);
    }

    /// <summary>
    /// Two runs measured alternately (the app's code and its SQL floor): both warmed up as in <see cref="MeasureAsync"/>,
    /// then <paramref name="runs"/> pairs, the first or second going first in turn, so that a slower stretch of a shared
    /// machine, a garbage collection or the JIT weigh on both alike rather than on whichever block ran then.
    /// </summary>
    public static async Task<(Timings A, TA LastA, Timings B, TB LastB)> MeasurePairAsync<TA, TB>(int warmup, int runs, Func<Task<TA>> a, Func<Task<TB>> b)
    {
        var lastA = await WarmAsync(warmup, runs, a);
        var lastB = await WarmAsync(warmup, runs, b);
        var timingsA = new Timings();
        var timingsB = new Timings();
        var watch = new Stopwatch();
        for (var i = 0; i < runs; i++)
        {
            for (var k = 0; k < 2; k++)
            {
                watch.Restart();
                if ((i + k) % 2 == 0)
                {
                    lastA = await a();
                    timingsA.Add(watch.Elapsed.TotalMilliseconds);
                }
                else
                {
                    lastB = await b();
                    timingsB.Add(watch.Elapsed.TotalMilliseconds);
                }
            }
        }

        return (timingsA, lastA, timingsB, lastB);
    }

    private static async Task<T> WarmAsync<T>(int warmup, int runs, Func<Task<T>> run)
    {
        var last = default(T);
        var warming = Stopwatch.StartNew();
        var atLeast = TimeSpan.FromMilliseconds(Math.Min(6000, runs * 100));
        for (var i = 0; i < warmup || warming.Elapsed < atLeast; i++)
        {
            last = await run();
        }

        return last!;
    }
}
