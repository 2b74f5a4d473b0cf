using System.Globalization;
using System.Runtime.InteropServices;

namespace SauRo.Bench;

/// <summary>What the figures were measured on.</summary>
public static class MachineInfo
{
    public static string Describe() => string.Create(
        CultureInfo.GetCultureInfo("vi-VN"),
        $"{Cpu()}, {Environment.ProcessorCount} lõi, {RamGb():0.0} GB RAM, {Os()}, .NET {Environment.Version}");

    /// <summary>The same, as fields: <c>cpu</c>, <c>cores</c>, <c>ramGb</c>, <c>os</c>, <c>dotnet</c>, and <c>loadAverage</c> at the end of the run.</summary>
    public static object Fields() => new
    {
        cpu = Cpu(),
        cores = Environment.ProcessorCount,
        ramGb = Math.Round(RamGb(), 1),
        os = Os(),
        dotnet = Environment.Version.ToString(),
        loadAverage = LoadAverage(),
    };

    /// <summary>The 1, 5 and 15-minute load averages now (/proc/loadavg): how busy the shared machine was.</summary>
    public static string? LoadAverage()
    {
        try
        {
            return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static string Cpu() => ProcLine("/proc/cpuinfo", "model name", ':') ?? RuntimeInformation.ProcessArchitecture.ToString();

    private static double RamGb()
    {
        var kb = ProcLine("/proc/meminfo", "MemTotal", ':')?.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];
        return kb is null ? double.NaN : long.Parse(kb, CultureInfo.InvariantCulture) / 1024.0 / 1024.0;
    }

    private static string Os() => ProcLine("/etc/os-release", "PRETTY_NAME", '=')?.Trim('"') is { } name
        ? $"{name}, Linux {Kernel()}"
        : RuntimeInformation.OSDescription;

    private static string Kernel()
    {
        try
        {
            return File.ReadAllText("/proc/sys/kernel/osrelease").Trim();
        }
        catch (IOException)
        {
            return "?";
        }
    }

    private static string? ProcLine(string path, string key, char separator)
    {
        try
        {
            return File.ReadLines(path).FirstOrDefault(l => l.StartsWith(key, StringComparison.Ordinal))?.Split(separator, 2)[1].Trim();
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
