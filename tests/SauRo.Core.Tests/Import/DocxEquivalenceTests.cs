using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using SauRo.Core.Import;
using SauRo.Core.Import.Documents;
using SauRo.Core.Tests.Fixtures;

namespace SauRo.Core.Tests.Import;

/// <summary>
/// Each sample and demo plan is turned into a real .docx in code (paragraphs, tables, bold, headings, optionally
/// automatic numbering in the STT column and runs split word by word), read back, and must give the same plan as
/// its text export: only the positions ("dòng 12" / "đoạn 9") may differ.
/// </summary>
public partial class DocxEquivalenceTests
{
    public static TheoryData<string, bool> Documents()
    {
        var data = new TheoryData<string, bool>();
        foreach (var path in Directory.GetFiles(SampleFiles.DemoDirectory, "*.md").Order())
        {
            data.Add(path, false);
            data.Add(path, true);
        }

        if (SampleFiles.SamplesDirectory is { } dir)
        {
            foreach (var path in Directory.GetFiles(dir, "*.md").Order())
            {
                data.Add(path, false);
                data.Add(path, true);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Read_DocxBuiltFromTheTextExport_GivesTheSamePlan(string path, bool wordFeatures)
    {
        var fromText = PlanFileReader.ReadFile(path);
        fromText.Error.ShouldBeNull();

        var model = TextDocumentReader.Read(File.ReadAllText(path), ReadLimits.Default);
        var options = new DocxBuildOptions { AutoNumberFirstColumn = wordFeatures, SplitRuns = wordFeatures, MarkHeaderRowsRepeat = wordFeatures };
        var docx = DocxBuilder.FromModel(model, options);
        var fromDocx = PlanFileReader.Read(docx, Path.GetFileNameWithoutExtension(path) + ".docx");
        fromDocx.Error.ShouldBeNull();

        Comparable(fromDocx.Value!).ShouldBe(Comparable(fromText.Value!));
    }

    private static string Comparable(ParsedPlan plan)
    {
        var json = JsonNode.Parse(ParseJson.Write(plan))!.AsObject();
        foreach (var list in new[] { "indicators", "tasks" })
        {
            foreach (var item in json[list]!.AsArray())
            {
                item!.AsObject().Remove("at");
            }
        }

        var warnings = json["warnings"]!.AsArray();
        for (var i = 0; i < warnings.Count; i++)
        {
            warnings[i] = Location().Replace(warnings[i]!.GetValue<string>(), "#");
        }

        return json.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    [GeneratedRegex(@"(?:[Dd]òng|[Đđ]oạn) \d+")]
    private static partial Regex Location();
}
