namespace SauRo.Core.Tests.Fixtures;

/// <summary>
/// Finds the real plan samples of the workplace (shared/samples, not copied into the repository) and the demo
/// plans that ship with the app. Set SAURO_SAMPLES to point elsewhere.
/// </summary>
public static class SampleFiles
{
    public static readonly string[] SampleNames = ["minh-xuan-kh-bcd-2026", "phong-quang-kh-2026", "phuong-tien-kh-2026"];

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>The shared samples folder, or null when this machine has none.</summary>
    public static string? SamplesDirectory { get; } = FindSamples();

    public static string DemoDirectory => Path.Combine(RepositoryRoot, "src", "SauRo", "DemoData");

    public static string ExpectedDirectory => Path.Combine(RepositoryRoot, "tests", "SauRo.Core.Tests", "Fixtures", "expected");

    /// <summary>The path of a shared sample; skips the test (with the reason) when the samples are not on this machine.</summary>
    public static string Sample(string name)
    {
        if (SamplesDirectory is null)
        {
            Assert.Skip("Không có thư mục mẫu shared/samples trên máy này (đặt SAURO_SAMPLES để chỉ tới nó).");
        }

        return Path.Combine(SamplesDirectory!, name + ".md");
    }

    public static string SampleExpectation(string name) => Path.Combine(Path.GetDirectoryName(Sample(name))!, "expected", name + ".json");

    private static string FindRepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "SauRo.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Không tìm thấy thư mục gốc của mã nguồn (SauRo.slnx).");
    }

    private static string? FindSamples()
    {
        var fromEnv = Environment.GetEnvironmentVariable("SAURO_SAMPLES");
        if (!string.IsNullOrEmpty(fromEnv) && Directory.Exists(fromEnv))
        {
            return fromEnv;
        }

        var dir = new DirectoryInfo(RepositoryRoot);
        while (dir is not null)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "samples");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }

            dir = dir.Parent;
        }

        return Directory.Exists("/work/shared/samples") ? "/work/shared/samples" : null;
    }
}
