using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace SauRo.Core.Tests.Exchange;

/// <summary>
/// A small JSON Schema checker for docs/exchange-json.schema.json: the keywords that schema uses ($ref to #/$defs,
/// type, const, enum, required, properties, items, pattern, minimum, maximum, minLength, maxLength, maxItems); other
/// keywords are annotations. Returns "path: problem" for every violation.
/// </summary>
public sealed class JsonSchemaCheck
{
    private readonly JsonElement _root;

    private JsonSchemaCheck(JsonElement root) => _root = root;

    public static string SchemaPath => Path.Combine(Fixtures.SampleFiles.RepositoryRoot, "docs", "exchange-json.schema.json");

    /// <summary>The checker of the repository's exchange schema.</summary>
    public static JsonSchemaCheck Exchange() => new(JsonDocument.Parse(File.ReadAllText(SchemaPath)).RootElement.Clone());

    public List<string> Check(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var problems = new List<string>();
        Check(_root, doc.RootElement, "$", problems);
        return problems;
    }

    private void Check(JsonElement schema, JsonElement value, string path, List<string> problems)
    {
        if (schema.TryGetProperty("$ref", out var reference))
        {
            var name = reference.GetString()!;
            if (!name.StartsWith("#/$defs/", StringComparison.Ordinal))
            {
                throw new NotSupportedException(name);
            }

            Check(_root.GetProperty("$defs").GetProperty(name["#/$defs/".Length..]), value, path, problems);
        }

        if (schema.TryGetProperty("const", out var constant) && !JsonElement.DeepEquals(constant, value))
        {
            problems.Add($"{path}: phải là {constant.GetRawText()}");
        }

        if (schema.TryGetProperty("enum", out var allowed) && !allowed.EnumerateArray().Any(a => JsonElement.DeepEquals(a, value)))
        {
            problems.Add($"{path}: {value.GetRawText()} không thuộc {allowed.GetRawText()}");
        }

        if (schema.TryGetProperty("type", out var type))
        {
            var types = type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()!).ToList() : [type.GetString()!];
            if (!types.Any(t => Is(t, value)))
            {
                problems.Add($"{path}: kiểu {value.ValueKind} không phải {string.Join('|', types)}");
                return;
            }
        }

        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                if (schema.TryGetProperty("required", out var required))
                {
                    foreach (var name in required.EnumerateArray().Select(r => r.GetString()!))
                    {
                        if (!value.TryGetProperty(name, out _))
                        {
                            problems.Add($"{path}: thiếu {name}");
                        }
                    }
                }

                if (schema.TryGetProperty("properties", out var properties))
                {
                    foreach (var property in properties.EnumerateObject())
                    {
                        if (value.TryGetProperty(property.Name, out var child))
                        {
                            Check(property.Value, child, $"{path}.{property.Name}", problems);
                        }
                    }
                }

                break;
            case JsonValueKind.Array:
                if (schema.TryGetProperty("maxItems", out var maxItems) && value.GetArrayLength() > maxItems.GetInt32())
                {
                    problems.Add($"{path}: quá {maxItems.GetInt32()} mục");
                }

                if (schema.TryGetProperty("items", out var items))
                {
                    var i = 0;
                    foreach (var item in value.EnumerateArray())
                    {
                        Check(items, item, string.Create(CultureInfo.InvariantCulture, $"{path}[{i++}]"), problems);
                    }
                }

                break;
            case JsonValueKind.String:
                var text = value.GetString()!;
                if (schema.TryGetProperty("pattern", out var pattern) && !Regex.IsMatch(text, pattern.GetString()!, RegexOptions.None, TimeSpan.FromSeconds(1)))
                {
                    problems.Add($"{path}: «{text}» không khớp {pattern.GetString()}");
                }

                if (schema.TryGetProperty("minLength", out var minLength) && text.Length < minLength.GetInt32())
                {
                    problems.Add($"{path}: ngắn hơn {minLength.GetInt32()}");
                }

                if (schema.TryGetProperty("maxLength", out var maxLength) && text.Length > maxLength.GetInt32())
                {
                    problems.Add($"{path}: dài hơn {maxLength.GetInt32()}");
                }

                break;
            case JsonValueKind.Number:
                if (schema.TryGetProperty("minimum", out var minimum) && value.GetDecimal() < minimum.GetDecimal())
                {
                    problems.Add($"{path}: nhỏ hơn {minimum.GetDecimal()}");
                }

                if (schema.TryGetProperty("maximum", out var maximum) && value.GetDecimal() > maximum.GetDecimal())
                {
                    problems.Add($"{path}: lớn hơn {maximum.GetDecimal()}");
                }

                break;
            default:
                break;
        }
    }

    private static bool Is(string type, JsonElement value) => type switch
    {
        "object" => value.ValueKind == JsonValueKind.Object,
        "array" => value.ValueKind == JsonValueKind.Array,
        "string" => value.ValueKind == JsonValueKind.String,
        "number" => value.ValueKind == JsonValueKind.Number,
        "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "null" => value.ValueKind == JsonValueKind.Null,
        _ => throw new NotSupportedException(type),
    };
}
