using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using SauRo.Core.Text;

namespace SauRo.Features.Api;

/// <summary>
/// Collects the validation errors of one request, field by field (keys are the JSON names: "title", "lead[1]"),
/// with Vietnamese messages, and turns them into a 400 ValidationProblem.
/// </summary>
public sealed class ApiErrors
{
    public const string Title = "Dữ liệu gửi lên chưa hợp lệ";

    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    private readonly Dictionary<string, List<string>> _fields = new(StringComparer.Ordinal);

    public bool IsEmpty => _fields.Count == 0;

    public void Add(string field, string message)
    {
        if (!_fields.TryGetValue(field, out var messages))
        {
            _fields[field] = messages = [];
        }

        messages.Add(message);
    }

    /// <summary>
    /// The text cleaned (NFC, whitespace collapsed), or null when empty. Adds an error when it is required and empty,
    /// or longer than <paramref name="maxLength"/>.
    /// </summary>
    /// <remarks>The label says what the field is, in lower case ("tiêu đề kế hoạch").</remarks>
    public string? Text(string field, string? value, string label, int maxLength, bool required = false)
    {
        var cleaned = VietnameseText.Clean(value);
        if (cleaned.Length == 0)
        {
            if (required)
            {
                Add(field, $"Hãy nhập {label}.");
            }

            return null;
        }

        if (cleaned.Length > maxLength)
        {
            Add(field, $"{Capitalized(label)} dài quá {Number(maxLength)} ký tự (đang có {Number(cleaned.Length)}).");
            return null;
        }

        return cleaned;
    }

    /// <summary>A list of texts, each required and bounded; a missing list is empty.</summary>
    /// <remarks>The label says what one item is, in lower case ("tên cơ quan chủ trì").</remarks>
    public List<string> Texts(string field, IReadOnlyList<string?>? values, string label, int maxItems, int maxLength)
    {
        if (values is null)
        {
            return [];
        }

        if (values.Count > maxItems)
        {
            Add(field, $"Tối đa {Number(maxItems)} mục {label} (đang có {Number(values.Count)}).");
            return [];
        }

        var result = new List<string>(values.Count);
        for (var i = 0; i < values.Count; i++)
        {
            if (Text($"{field}[{i}]", values[i], $"{label} thứ {i + 1}", maxLength, required: true) is { } text)
            {
                result.Add(text);
            }
        }

        return result;
    }

    public ValidationProblem Problem() =>
        TypedResults.ValidationProblem(_fields.ToDictionary(f => f.Key, f => f.Value.ToArray(), StringComparer.Ordinal), title: Title);

    public static string Number(long value) => value.ToString("N0", Vietnamese);

    private static string Capitalized(string label) =>
        label.Length == 0 ? label : char.ToUpper(label[0], Vietnamese) + label[1..];
}
