using System.Globalization;

namespace SauRo.Bench.National;

/// <summary>Peak resident memory of a process (VmHWM in /proc/&lt;pid&gt;/status), in MB.</summary>
public static class PeakMemory
{
    public static double? Megabytes(int pid) => Read($"/proc/{pid}/status");

    public static double? OwnMegabytes() => Read("/proc/self/status");

    private static double? Read(string path)
    {
        try
        {
            var line = File.ReadLines(path).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            var kb = line?.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
            return kb is null ? null : Math.Round(long.Parse(kb, CultureInfo.InvariantCulture) / 1024.0, 1);
        }
        catch (IOException)
        {
            return null;
        }
    }
}
