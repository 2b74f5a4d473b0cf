using SauRo.Features.Api;

namespace SauRo.Features.Indicators.Values;

/// <summary>Which part of a value a message is about.</summary>
public enum ValueField
{
    Value,
    Numerator,
    Denominator,
    Note,
}

/// <summary>
/// What a reported value must be, with the Vietnamese messages the indicator page, the report form and the API show:
/// a number, or a numerator over a denominator (officials trained / all officials: a share, so the numerator is at
/// most the denominator and the denominator more than 0), never both; nothing negative; a percentage from 0 to 100;
/// at most 4 decimals; nothing beyond a trillion.
/// </summary>
public static class ValueRules
{
    public const decimal Max = 1_000_000_000_000m;

    public const int MaxNoteLength = 1000;

    public const string NumberMessage = "Hãy nhập một số, ví dụ 17,5 hoặc 1.250.";

    public static List<(ValueField Field, string Message)> Check(decimal? value, decimal? numerator, decimal? denominator, string? unit)
    {
        var errors = new List<(ValueField, string)>();
        var ratio = numerator is not null || denominator is not null;
        if (value is null && !ratio)
        {
            errors.Add((ValueField.Value, "Hãy nhập giá trị, hoặc tử số và mẫu số."));
            return errors;
        }

        if (value is not null && ratio)
        {
            errors.Add((ValueField.Value, "Chỉ nhập giá trị, hoặc tử số và mẫu số, không nhập cả hai."));
            return errors;
        }

        if (value is { } v)
        {
            Bounds(errors, ValueField.Value, v);
            if (unit?.Trim() == "%" && v > 100)
            {
                errors.Add((ValueField.Value, "Tỷ lệ phần trăm phải từ 0 đến 100."));
            }

            return errors;
        }

        if (numerator is not { } n)
        {
            errors.Add((ValueField.Numerator, "Hãy nhập tử số."));
        }
        else
        {
            Bounds(errors, ValueField.Numerator, n);
        }

        if (denominator is not { } d)
        {
            errors.Add((ValueField.Denominator, "Hãy nhập mẫu số."));
        }
        else if (d <= 0)
        {
            errors.Add((ValueField.Denominator, "Mẫu số phải lớn hơn 0."));
        }
        else
        {
            Bounds(errors, ValueField.Denominator, d);
        }

        if (errors.Count == 0 && numerator > denominator)
        {
            errors.Add((ValueField.Numerator, "Tử số không được lớn hơn mẫu số (tỷ lệ không quá 100%)."));
        }

        return errors;
    }

    private static void Bounds(List<(ValueField, string)> errors, ValueField field, decimal number)
    {
        if (number < 0)
        {
            errors.Add((field, "Số liệu không được âm."));
        }
        else if (number >= Max)
        {
            errors.Add((field, $"Số liệu quá lớn (phải nhỏ hơn {ApiErrors.Number((long)Max)})."));
        }
        else if (decimal.Round(number, 4) != number)
        {
            errors.Add((field, "Tối đa 4 chữ số sau dấu phẩy."));
        }
    }
}
