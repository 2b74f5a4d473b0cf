using SauRo.Core.Import;
using SauRo.Core.Tests.Fixtures;

namespace SauRo.Core.Tests.Import;

/// <summary>The real samples and the demo plans, checked against their expectation files with check-parse.py's rules.</summary>
public class SampleParsingTests
{
    public static TheoryData<string> Samples => new(SampleFiles.SampleNames);

    public static TheoryData<string> DemoPlans => new(
        Directory.GetFiles(SampleFiles.ExpectedDirectory, "*.json").Select(f => Path.GetFileNameWithoutExtension(f)).Order());

    [Theory]
    [MemberData(nameof(Samples))]
    public void Parse_SharedSample_MeetsItsExpectation(string name)
    {
        var path = SampleFiles.Sample(name);
        var failures = ParseExpectation.Check(File.ReadAllText(SampleFiles.SampleExpectation(name)), ParseToJson(path));
        failures.ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(DemoPlans))]
    public void Parse_DemoPlan_MeetsItsExpectation(string name)
    {
        var path = Path.Combine(SampleFiles.DemoDirectory, name + ".md");
        var failures = ParseExpectation.Check(File.ReadAllText(Path.Combine(SampleFiles.ExpectedDirectory, name + ".json")), ParseToJson(path));
        failures.ShouldBeEmpty();
    }

    [Fact]
    public void Parse_EveryDemoPlanHasAnExpectation()
    {
        var demos = Directory.GetFiles(SampleFiles.DemoDirectory, "*.md").Select(Path.GetFileNameWithoutExtension).Order();
        var expected = Directory.GetFiles(SampleFiles.ExpectedDirectory, "*.json").Select(Path.GetFileNameWithoutExtension).Order();
        demos.ShouldBe(expected);
    }

    [Fact]
    public void Parse_PhuongTien_MergesTheRowContinuedAfterThePageBreak()
    {
        var plan = Read(SampleFiles.Sample("phuong-tien-kh-2026"));
        var task = plan.Tasks.Single(t => t.Appendix == "Phụ lục I" && t.Ordinal == "2");
        task.Content.ShouldEndWith("bảo đảm đáp ứng yêu cầu nhiệm vụ trong tình hình mới. Báo cáo kết quả, vướng mắc, khó khăn, kiến nghị đề xuất với cấp có thẩm quyền");
        task.Due.End.ShouldBe(new DateOnly(2026, 4, 30));
    }

    [Fact]
    public void Parse_PhuongTien_KeepsTheAdjustedDeadlineColumnApart()
    {
        var plan = Read(SampleFiles.Sample("phuong-tien-kh-2026"));
        var task = plan.Tasks.Single(t => t.Appendix == "Phụ lục II" && t.Ordinal == "1");
        task.Due.Text.ShouldBe("Hoàn thành trước ngày 30/5/2026. Thường xuyên duy trì, nâng cấp");
        task.Due.OngoingAfter.ShouldBeTrue();
        task.AdjustedDue.ShouldBeNull();
        plan.Tasks.Count(t => t.Appendix == "Phụ lục I").ShouldBe(5);
        plan.Tasks.Count(t => t.Appendix == "Phụ lục II").ShouldBe(2);
    }

    [Fact]
    public void Parse_PhongQuang_SkipsTheRepeatedHeaderAndKeepsNineIndicators()
    {
        var plan = Read(SampleFiles.Sample("phong-quang-kh-2026"));
        plan.Indicators.Where(i => i.Origin == ItemOrigin.Table).Select(i => i.Ordinal).ShouldBe(["1", "2", "3", "4", "5", "6", "7", "8", "9"]);
        plan.Indicators.ShouldNotContain(i => i.Name == "Chỉ tiêu");
    }

    [Fact]
    public void Parse_PhongQuang_ProseTargetsCoveredByTheTableAreNotRepeated()
    {
        var plan = Read(SampleFiles.Sample("phong-quang-kh-2026"));
        var prose = plan.Indicators.Where(i => i.Origin == ItemOrigin.Prose).ToList();
        prose.ShouldContain(i => i.Name.Contains("5G") && i.Target.Value == 95m);
        prose.ShouldContain(i => i.Name.StartsWith("50% cán bộ") && i.Target.Value == 50m);
        prose.ShouldNotContain(i => i.Name.Contains("không phụ thuộc vào địa giới hành chính"));
        prose.ShouldNotContain(i => i.Name.Contains("hài lòng"));
    }

    [Fact]
    public void Parse_MinhXuan_WarnsAboutDeclaredCountsWithoutAppendix()
    {
        var plan = Read(SampleFiles.Sample("minh-xuan-kh-bcd-2026"));
        plan.Warnings.ShouldContain("Kế hoạch nêu 20 chỉ tiêu nhưng không tìm thấy phụ lục chỉ tiêu");
        plan.Warnings.ShouldContain("Kế hoạch nêu 30 nhiệm vụ nhưng không tìm thấy phụ lục nhiệm vụ");
        plan.Warnings.ShouldContain("Kế hoạch nhắc tới Phụ lục 1 nhưng tài liệu không kèm phụ lục này");
        plan.Header.Bases.Count.ShouldBe(8);
    }

    internal static ParsedPlan Read(string path)
    {
        var result = PlanFileReader.ReadFile(path);
        result.Error.ShouldBeNull();
        return result.Value!;
    }

    private static string ParseToJson(string path) => ParseJson.Write(Read(path));
}

public class DemoPlanFactTests
{
    private static readonly string TanLap = Path.Combine(SampleFiles.DemoDirectory, "ke-hoach-xa-tan-lap-2026.md");

    [Fact]
    public void Parse_TanLap_AdjustedDeadlinesAreKeptBesideTheOriginal()
    {
        var plan = SampleParsingTests.Read(TanLap);
        var moved = plan.Tasks.Where(t => t.AdjustedDue is not null).ToList();
        moved.Count.ShouldBe(2);
        moved[0].Due.Text.ShouldBe("Quý IV/2026");
        moved[0].AdjustedDue!.End.ShouldBe(new DateOnly(2026, 9, 30));
        moved[1].Due.End.ShouldBe(new DateOnly(2026, 9, 30));
        moved[1].AdjustedDue!.End.ShouldBe(new DateOnly(2026, 6, 30));
    }

    [Fact]
    public void Parse_TanLap_SectionsRestartTheNumbering()
    {
        var plan = SampleParsingTests.Read(TanLap);
        plan.Tasks.Select(t => (t.Section, t.Ordinal)).ShouldBe([
            ("NHIỆM VỤ CHUNG", "1"), ("NHIỆM VỤ CHUNG", "2"), ("NHIỆM VỤ ĐỀ ÁN 06", "1"), ("NHIỆM VỤ ĐỀ ÁN 06", "2")]);
        plan.Warnings.ShouldBeEmpty();
    }
}
