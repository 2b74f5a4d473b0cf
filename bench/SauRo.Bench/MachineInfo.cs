using System.Runtime.InteropServices;

namespace SauRo.Bench;

/// <summary>What the figures were measured on.</summary>
public static class MachineInfo
{
    public static string Describe()
    {
        var cpu = "?";
        try
        {
            cpu = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "?";
        }
        catch (IOException)
        {
        }

        return $"{cpu}, {Environment.ProcessorCount} lõi, {RuntimeInformation.OSDescription}, .NET {Environment.Version}";
    }
}
