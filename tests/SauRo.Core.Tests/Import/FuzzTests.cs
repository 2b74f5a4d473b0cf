using System.Diagnostics;
using System.Text;
using SauRo.Core.Import;
using SauRo.Core.Tests.Fixtures;

namespace SauRo.Core.Tests.Import;

/// <summary>
/// Mutates the sample and demo plans at random (seeded, so a failing case can be replayed) and reads each mutant:
/// no exception may escape, and each case ends quickly. SAURO_FUZZ_CASES sets the number of cases
/// (a few hundred by default for CI; the nightly run uses 10,000 or more).
/// </summary>
public class FuzzTests
{
    private static readonly string[] Palette =
    [
        "\t", "|", "\n", "\r\n", "<b>", "</b>", "<br>", "**", "*", "#", "##", "1.", "I", "II", " ", "Phụ lục I", "PHỤ LỤC II:",
        "STT", "Nội dung nhiệm vụ", "Chủ trì", "Thời hạn", "Chỉ tiêu", "Kết quả", "Quý II/2026", "30/4/2026", "31/2/2026",
        "≥", "%", "17,5", "Tổng số chỉ tiêu: ", "Căn cứ ", "KẾ HOẠCH", "Số: ", "\0", "\uFFFD", "\uD800", "̀", "ngày  tháng  năm",
        "|---|---|", "&amp;", "<sup>1</sup>", "\\|", "—", "\u00A0", "\u200B",
    ];

    public static TheoryData<int> Batches()
    {
        var cases = int.TryParse(Environment.GetEnvironmentVariable("SAURO_FUZZ_CASES"), out var n) && n > 0 ? n : 300;
        var batches = new TheoryData<int>();
        const int PerBatch = 100;
        for (var b = 0; b < (cases + PerBatch - 1) / PerBatch; b++)
        {
            batches.Add(b);
        }

        return batches;
    }

    [Theory]
    [MemberData(nameof(Batches))]
    public void Read_MutatedPlans_NeverThrowAndStayQuick(int batch)
    {
        var seeds = Seeds();
        for (var i = 0; i < 100; i++)
        {
            var caseNumber = (batch * 100) + i;
            var random = new Random(caseNumber);
            var seed = seeds[random.Next(seeds.Count)];
            var mutant = Mutate(seed, random);
            var bytes = random.Next(20) == 0 ? MutateBytes(Encoding.UTF8.GetBytes(mutant), random) : Encoding.UTF8.GetBytes(mutant);

            var watch = Stopwatch.StartNew();
            try
            {
                var result = PlanFileReader.Read(bytes, "mau.md");
                if (result.IsSuccess)
                {
                    ParseJson.Write(result.Value!).ShouldNotBeNullOrEmpty();
                }
                else
                {
                    result.Error.ShouldNotBeNullOrWhiteSpace();
                }
            }
            catch (Exception e) when (e is not ShouldAssertException)
            {
                throw new InvalidOperationException($"Trường hợp {caseNumber} làm lỗi: {e.GetType().Name}: {e.Message}", e);
            }

            watch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(3), $"trường hợp {caseNumber} chạy quá lâu");
        }
    }

    private static List<string> Seeds()
    {
        var seeds = Directory.GetFiles(SampleFiles.DemoDirectory, "*.md").Select(File.ReadAllText).ToList();
        if (SampleFiles.SamplesDirectory is { } dir)
        {
            seeds.AddRange(Directory.GetFiles(dir, "*.md").Select(File.ReadAllText));
        }

        return seeds;
    }

    private static string Mutate(string text, Random random)
    {
        var sb = new StringBuilder(text);
        var operations = random.Next(1, 12);
        for (var k = 0; k < operations && sb.Length > 0; k++)
        {
            var at = random.Next(sb.Length);
            switch (random.Next(9))
            {
                case 0: // delete a range
                    sb.Remove(at, Math.Min(random.Next(1, 400), sb.Length - at));
                    break;
                case 1: // insert a token
                    sb.Insert(at, Palette[random.Next(Palette.Length)]);
                    break;
                case 2: // duplicate a range
                    var len = Math.Min(random.Next(1, 2000), sb.Length - at);
                    sb.Insert(random.Next(sb.Length), sb.ToString(at, len));
                    break;
                case 3: // repeat a line many times
                    var line = sb.ToString(at, Math.Min(120, sb.Length - at));
                    sb.Insert(at, string.Concat(Enumerable.Repeat(line + "\n", random.Next(2, 300))));
                    break;
                case 4: // tabs become pipes or the other way round
                    sb.Replace(random.Next(2) == 0 ? "\t" : "|", random.Next(2) == 0 ? "|" : "\t");
                    break;
                case 5: // truncate
                    sb.Length = at;
                    break;
                case 6: // swap two chunks
                    var a = sb.ToString(at, Math.Min(50, sb.Length - at));
                    sb.Remove(at, a.Length);
                    sb.Insert(random.Next(sb.Length + 1), a);
                    break;
                case 7: // a huge cell
                    sb.Insert(at, new string('x', random.Next(1, 100_000)));
                    break;
                default: // random characters
                    for (var c = 0; c < random.Next(1, 50); c++)
                    {
                        sb.Insert(Math.Min(at, sb.Length), (char)random.Next(1, 0x2000));
                    }

                    break;
            }
        }

        return sb.ToString();
    }

    private static byte[] MutateBytes(byte[] bytes, Random random)
    {
        for (var k = 0; k < random.Next(1, 20) && bytes.Length > 0; k++)
        {
            bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
        }

        return bytes;
    }
}
