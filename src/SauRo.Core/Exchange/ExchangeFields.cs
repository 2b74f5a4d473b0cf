using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace SauRo.Core.Exchange;

/// <summary>The refusals gathered while reading one file, up to <see cref="ExchangeLimits.MaxErrors"/> listed.</summary>
internal sealed class ExchangeErrors
{
    private readonly List<ExchangeError> _list = [];

    public IReadOnlyList<ExchangeError> List => _list;

    public int More { get; private set; }

    public bool Any => _list.Count > 0;

    /// <summary>All refusals so far, listed or not.</summary>
    public int Total => _list.Count + More;

    public void Add(string path, string message)
    {
        if (_list.Count < ExchangeLimits.MaxErrors)
        {
            _list.Add(new ExchangeError(path, message));
        }
        else
        {
            More++;
        }
    }
}

/// <summary>
/// One JSON object of the file at its path, read field by field: each reader returns the value or null and, when the
/// field is required and missing, of the wrong type, too long, out of range or unreadable, records a refusal naming
/// the field's path. Unknown fields are ignored; a field written twice is refused.
/// </summary>
internal readonly partial struct ExchangeFields
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    private readonly JsonElement _element;
    private readonly ExchangeErrors _errors;

    private ExchangeFields(JsonElement element, string path, ExchangeErrors errors)
    {
        _element = element;
        Path = path;
        _errors = errors;
    }

    public string Path { get; }

    /// <summary>The object at <paramref name="path"/>, or null (with a refusal) when the value is not an object.</summary>
    public static ExchangeFields? Of(JsonElement element, string path, string label, ExchangeErrors errors)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            errors.Add(path, $"{label} phải là một đối tượng {{ … }} (đang là {Kind(element)}).");
            return null;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            if (!seen.Add(property.Name))
            {
                errors.Add(path, $"trường «{Shorten(property.Name)}» được ghi hai lần.");
            }
        }

        return new ExchangeFields(element, path, errors);
    }

    public string Child(string name) => Path.Length == 0 ? name : $"{Path}.{name}";

    public void Error(string name, string message) => _errors.Add(Child(name), message);

    /// <summary>A text: NFC, trimmed; empty is null. Refused: not a string, control characters, longer than <paramref name="max"/>.</summary>
    public string? Text(string name, int max, string label, bool required = false)
    {
        if (!Get(name, label, required, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            Error(name, $"{label} phải là chuỗi (đang là {Kind(value)}).");
            return null;
        }

        var before = _errors.Total;
        var text = CheckText(Child(name), value, max, label);
        if (text is null && required && _errors.Total == before)
        {
            Error(name, $"thiếu {label} (bắt buộc, không được để trống).");
        }

        return text;
    }

    /// <summary>An identifier: a string or a whole number, kept as text.</summary>
    public string? Id(string name)
    {
        if (!Get(name, "mã", false, out var value))
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number))
        {
            return number.ToString(CultureInfo.InvariantCulture);
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            Error(name, $"mã phải là chuỗi hoặc số nguyên (đang là {Kind(value)}).");
            return null;
        }

        return CheckText(Child(name), value, ExchangeLimits.ShortText, "mã");
    }

    public int? Int(string name, int min, int max, string label, bool required = false)
    {
        if (!Get(name, label, required, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out var number))
        {
            Error(name, $"{label} phải là số nguyên (đang là {Kind(value)}).");
            return null;
        }

        if (number < min || number > max)
        {
            Error(name, $"{label} phải từ {min.ToString(CultureInfo.InvariantCulture)} đến {max.ToString(CultureInfo.InvariantCulture)} (đang là {number.ToString(CultureInfo.InvariantCulture)}).");
            return null;
        }

        return number;
    }

    public long? Long(string name, long min, string label, bool required = false)
    {
        if (!Get(name, label, required, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt64(out var number) || number < min)
        {
            Error(name, $"{label} phải là số nguyên không âm (đang là {Kind(value)}).");
            return null;
        }

        return number;
    }

    /// <summary>A number, rounded to 4 decimals as stored; at most 14 digits before the point.</summary>
    public decimal? Number(string name, string label, bool required = false)
    {
        if (!Get(name, label, required, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Number)
        {
            Error(name, $"{label} phải là số (đang là {Kind(value)}); số thập phân viết bằng dấu chấm: 17.5.");
            return null;
        }

        if (!value.TryGetDecimal(out var number) || Math.Abs(number) >= ExchangeLimits.MaxMagnitude)
        {
            Error(name, $"{label} quá lớn (tối đa 14 chữ số trước dấu thập phân).");
            return null;
        }

        return Math.Round(number, 4, MidpointRounding.AwayFromZero);
    }

    public bool Bool(string name, string label)
    {
        if (!Get(name, label, false, out var value))
        {
            return false;
        }

        if (value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            Error(name, $"{label} phải là true hoặc false (đang là {Kind(value)}).");
            return false;
        }

        return value.GetBoolean();
    }

    /// <summary>A calendar date "yyyy-MM-dd" between 1900 and 2200.</summary>
    public DateOnly? Date(string name, string label, bool required = false)
    {
        if (Text(name, 40, label, required) is not { } text)
        {
            return null;
        }

        if (!DatePattern().IsMatch(text)
            || !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            || date.Year is < 1900 or > 2200)
        {
            Error(name, $"{label} «{text}» không phải ngày hợp lệ; ngày viết dạng yyyy-MM-dd, ví dụ 2026-04-30.");
            return null;
        }

        return date;
    }

    /// <summary>An instant in ISO 8601 with its offset ("2026-11-22T09:00:00+07:00", or "Z"), between 1900 and 2200.</summary>
    public DateTimeOffset? Instant(string name, string label, bool required = false)
    {
        if (Text(name, 60, label, required) is not { } text)
        {
            return null;
        }

        if (!InstantPattern().IsMatch(text)
            || !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant)
            || instant.Year is < 1900 or > 2200)
        {
            Error(name, $"{label} «{text}» không phải thời điểm hợp lệ; viết theo ISO 8601 kèm múi giờ, ví dụ 2026-11-22T09:00:00+07:00.");
            return null;
        }

        return instant;
    }

    /// <summary>One of the names of <paramref name="map"/>.</summary>
    public T? Enum<T>(NameMap<T> map, string name, string label, bool required = false)
        where T : struct, Enum
    {
        if (Text(name, ExchangeLimits.ShortText, label, required) is not { } text)
        {
            return null;
        }

        if (!map.TryParse(text, out var value))
        {
            Error(name, $"{label} «{text}» không hợp lệ; chỉ nhận: {string.Join(", ", map.Names)}.");
            return null;
        }

        return value;
    }

    /// <summary>One of <paramref name="allowed"/>.</summary>
    public string? OneOf(IReadOnlyList<string> allowed, string name, string label)
    {
        if (Text(name, ExchangeLimits.ShortText, label) is not { } text)
        {
            return null;
        }

        if (!allowed.Contains(text, StringComparer.Ordinal))
        {
            Error(name, $"{label} «{text}» không hợp lệ; chỉ nhận: {string.Join(", ", allowed)}.");
            return null;
        }

        return text;
    }

    /// <summary>A list of non-empty texts; a missing list is empty.</summary>
    public IReadOnlyList<string> Texts(string name, int maxItems, int maxLength, string label)
    {
        var result = new List<string>();
        foreach (var (item, path) in Array(name, maxItems, label))
        {
            if (item.ValueKind != JsonValueKind.String)
            {
                _errors.Add(path, $"{label} phải là chuỗi (đang là {Kind(item)}).");
            }
            else if (CheckText(path, item, maxLength, label) is { } text)
            {
                result.Add(text);
            }
        }

        return result;
    }

    /// <summary>The object in field <paramref name="name"/>, or null when absent (refused when required).</summary>
    public ExchangeFields? Object(string name, string label, bool required = false) =>
        Get(name, label, required, out var value) ? Of(value, Child(name), label, _errors) : null;

    /// <summary>The objects of the list in field <paramref name="name"/> (a missing list is empty), each with its path.</summary>
    public IEnumerable<ExchangeFields> Objects(string name, int maxItems, string label, bool required = false)
    {
        foreach (var (item, path) in Array(name, maxItems, label, required))
        {
            if (Of(item, path, label, _errors) is { } fields)
            {
                yield return fields;
            }
        }
    }

    private IEnumerable<(JsonElement Item, string Path)> Array(string name, int maxItems, string label, bool required = false)
    {
        if (!Get(name, label, required, out var value))
        {
            yield break;
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            Error(name, $"phải là một danh sách [ … ] (đang là {Kind(value)}).");
            yield break;
        }

        var count = value.GetArrayLength();
        if (count > maxItems)
        {
            Error(name, $"quá nhiều mục ({count.ToString("N0", Vietnamese)}); tối đa {maxItems.ToString("N0", Vietnamese)} {label}.");
            yield break;
        }

        var path = Child(name);
        var i = 0;
        foreach (var item in value.EnumerateArray())
        {
            yield return (item, string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]"));
            i++;
        }
    }

    /// <summary>The field's value when present and not null; a missing required field is refused.</summary>
    private bool Get(string name, string label, bool required, out JsonElement value)
    {
        if (_element.TryGetProperty(name, out value) && value.ValueKind != JsonValueKind.Null)
        {
            return true;
        }

        if (required)
        {
            Error(name, $"thiếu {label} (bắt buộc).");
        }

        return false;
    }

    private string? CheckText(string path, JsonElement value, int max, string label)
    {
        string raw;
        try
        {
            raw = value.GetString() ?? string.Empty;
        }
        catch (InvalidOperationException)
        {
            _errors.Add(path, $"{label} không phải chuỗi Unicode hợp lệ.");
            return null;
        }

        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (char.IsHighSurrogate(c) && i + 1 < raw.Length && char.IsLowSurrogate(raw[i + 1]))
            {
                i++;
                continue;
            }

            if (char.IsSurrogate(c) || (char.IsControl(c) && c is not ('\t' or '\n' or '\r')))
            {
                _errors.Add(path, string.Create(CultureInfo.InvariantCulture, $"{label} có ký tự điều khiển hoặc ký tự hỏng (mã U+{(int)c:X4}); hãy xuất lại tệp."));
                return null;
            }
        }

        var text = raw.Normalize(NormalizationForm.FormC).Trim();
        if (text.Length > max)
        {
            _errors.Add(path, $"{label} dài quá {max.ToString("N0", Vietnamese)} ký tự (đang có {text.Length.ToString("N0", Vietnamese)}).");
            return null;
        }

        return text.Length == 0 ? null : text;
    }

    private static string Kind(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => "chuỗi",
        JsonValueKind.Number => "số",
        JsonValueKind.True or JsonValueKind.False => "true/false",
        JsonValueKind.Object => "đối tượng",
        JsonValueKind.Array => "danh sách",
        JsonValueKind.Null => "null",
        _ => "không xác định",
    };

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..60] + "…";

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex InstantPattern();
}
