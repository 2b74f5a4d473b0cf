using System.Text;
using System.Text.Json.Nodes;
using SauRo.Core.Exchange;
using SauRo.Core.Tests.Fixtures;

namespace SauRo.Core.Tests.Exchange;

/// <summary>The example of docs/exchange-json.md, as text and as a tree to spoil in tests.</summary>
public static class ExchangeExample
{
    /// <summary>An instant after the example's export (22/11/2026 09:00 in Vietnam).</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 22, 10, 0, 0, TimeSpan.FromHours(7));

    /// <summary>The ```json block of the contract.</summary>
    public static string Json { get; } = Extract(File.ReadAllText(Path.Combine(SampleFiles.RepositoryRoot, "docs", "exchange-json.md")));

    public static JsonNode Tree() => JsonNode.Parse(Json)!;

    public static byte[] Bytes(JsonNode node) => Encoding.UTF8.GetBytes(node.ToJsonString());

    public static ExchangeReadResult Read(JsonNode node) => ExchangeReader.Read(Bytes(node), Now);

    public static ExchangeReadResult Read(string json) => ExchangeReader.Read(Encoding.UTF8.GetBytes(json), Now);

    private static string Extract(string markdown)
    {
        var start = markdown.IndexOf("```json", StringComparison.Ordinal);
        var end = markdown.IndexOf("```", start + 7, StringComparison.Ordinal);
        return markdown[(start + 7)..end].Trim();
    }
}
