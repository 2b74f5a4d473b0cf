using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using SauRo.Core.Import;

namespace SauRo.Bench;

/// <summary>
/// Parse throughput on one thread: each document (the demo plans, plus the samples of a folder if given) is read
/// from memory again and again, round-robin, for a fixed time after a warm-up. Reports documents per second and
/// the time per document (p50/p95).
/// </summary>
public static class ParseBenchmark
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static int Run(string[] args)
    {
        var json = args.Contains("--json");
        var seconds = Option(args, "--seconds") is { } s ? double.Parse(s, CultureInfo.InvariantCulture) : 10;
        var samples = Option(args, "--samples");
        var files = DemoFiles().ToList();
        if (samples is not null)
        {
            files.AddRange(Directory.GetFiles(samples, "*.md").Order());
        }

        if (files.Count == 0)
        {
            Console.Error.WriteLine("Không có tệp kế hoạch nào để đo.");
            return 2;
        }

        var documents = files.Select(f => (Name: Path.GetFileName(f), Bytes: File.ReadAllBytes(f))).ToList();
        foreach (var d in documents)
        {
            var check = PlanFileReader.Read(d.Bytes, d.Name);
            if (!check.IsSuccess)
            {
                Console.Error.WriteLine($"{d.Name}: {check.Error}");
                return 2;
            }
        }

        // Warm-up: let the JIT settle.
        var warm = Stopwatch.StartNew();
        while (warm.Elapsed < TimeSpan.FromSeconds(Math.Min(2, seconds / 5)))
        {
            foreach (var d in documents)
            {
                PlanFileReader.Read(d.Bytes, d.Name);
            }
        }

        var times = new List<double>(100_000);
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var total = Stopwatch.StartNew();
        var one = new Stopwatch();
        while (total.Elapsed < TimeSpan.FromSeconds(seconds))
        {
            foreach (var d in documents)
            {
                one.Restart();
                PlanFileReader.Read(d.Bytes, d.Name);
                times.Add(one.Elapsed.TotalMicroseconds);
            }
        }

        total.Stop();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        times.Sort();
        var result = new
        {
            name = "parse",
            machine = MachineInfo.Describe(),
            documents = documents.Select(d => d.Name).ToArray(),
            averageBytes = (long)documents.Average(d => d.Bytes.Length),
            parsed = times.Count,
            seconds = Math.Round(total.Elapsed.TotalSeconds, 2),
            docsPerSecond = Math.Round(times.Count / total.Elapsed.TotalSeconds, 0),
            p50Us = Math.Round(Percentile(times, 0.50), 1),
            p95Us = Math.Round(Percentile(times, 0.95), 1),
            allocatedKbPerDoc = Math.Round(allocated / 1024.0 / times.Count, 1),
        };

        if (json)
        {
            Console.WriteLine(JsonSerializer.Serialize(result, JsonOptions));
        }
        else
        {
            Console.WriteLine($"Máy: {result.machine}");
            Console.WriteLine($"Tài liệu: {string.Join(", ", result.documents)} (trung bình {result.averageBytes / 1024.0:0.0} KB)");
            Console.WriteLine($"Đọc {result.parsed} lần trong {result.seconds} giây trên một luồng: {result.docsPerSecond} tài liệu/giây");
            Console.WriteLine($"Thời gian mỗi tài liệu: p50 {result.p50Us} µs, p95 {result.p95Us} µs; cấp phát {result.allocatedKbPerDoc} KB/tài liệu");
        }

        return 0;
    }

    private static IEnumerable<string> DemoFiles()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "SauRo.slnx")))
        {
            dir = dir.Parent;
        }

        return dir is null ? [] : Directory.GetFiles(Path.Combine(dir.FullName, "src", "SauRo", "DemoData"), "*.md").Order();
    }

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    private static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
