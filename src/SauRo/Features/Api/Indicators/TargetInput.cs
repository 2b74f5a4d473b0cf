using System.Globalization;
using SauRo.Core.Plans;
using SauRo.Core.Text;

namespace SauRo.Features.Api.Indicators;

/// <summary>
/// The target of an indicator as the API receives it: either text as plans write it ("≥ 70", "17,5%", "tối thiểu 80%"),
/// read by <see cref="TargetParser"/>, or a comparator and a number. A target must have a number; none at all means
/// "not set yet".
/// </summary>
public static class TargetInput
{
    public const int MaxText = 300;

    /// <summary>precision (18, 4) in the database: 14 digits before the decimal point, 4 after.</summary>
    private const decimal MaxValue = 99_999_999_999_999m;

    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>The comparator as the API writes it.</summary>
    public static string Symbol(Comparator comparator) => comparator switch
    {
        Comparator.AtLeast => ">=",
        Comparator.AtMost => "<=",
        Comparator.Exactly => "=",
        Comparator.MoreThan => ">",
        Comparator.LessThan => "<",
        _ => throw new InvalidOperationException(),
    };

    /// <summary>"≥", "&gt;=", "AtLeast" (any case) … ; null when not one of them.</summary>
    public static Comparator? ParseComparator(string text)
    {
        var t = text.Trim();
        return t switch
        {
            "≥" or ">=" or "=>" => Comparator.AtLeast,
            "≤" or "<=" or "=<" => Comparator.AtMost,
            "=" or "==" => Comparator.Exactly,
            ">" => Comparator.MoreThan,
            "<" => Comparator.LessThan,
            _ => t.Length > 0 && t.All(char.IsAsciiLetter) && Enum.TryParse<Comparator>(t, ignoreCase: true, out var c) ? c : null,
        };
    }

    /// <summary>The target, or null with the errors added.</summary>
    public static Target? Read(ApiErrors errors, string? text, string? comparator, decimal? value, string? unit)
    {
        var cleaned = VietnameseText.Clean(text);
        if (cleaned.Length > MaxText)
        {
            errors.Add("target", $"Chỉ tiêu dài quá {ApiErrors.Number(MaxText)} ký tự.");
            return null;
        }

        var pair = comparator is not null || value is not null;
        if (cleaned.Length > 0 && pair)
        {
            errors.Add("target", "Hãy gửi chỉ tiêu dạng chữ (target) hoặc dạng phép so sánh và con số (comparator, value), không gửi cả hai.");
            return null;
        }

        if (cleaned.Length > 0)
        {
            var parsed = TargetParser.Parse(cleaned, unit);
            if (parsed.Value is null)
            {
                errors.Add("target", $"Chỉ tiêu «{cleaned}» không có con số; hãy viết như «≥ 70», «100%» hoặc «17,5».");
                return null;
            }

            return CheckValue(errors, "target", parsed);
        }

        if (!pair)
        {
            return new Target(string.Empty, Comparator.Exactly, null, unit);
        }

        var c = Comparator.Exactly;
        if (comparator is not null)
        {
            if (ParseComparator(comparator) is { } known)
            {
                c = known;
            }
            else
            {
                errors.Add("comparator", $"Phép so sánh «{comparator}» không hợp lệ: dùng ≥, ≤, =, > hoặc < (hay atLeast, atMost, exactly, moreThan, lessThan).");
            }
        }

        if (value is not { } v)
        {
            errors.Add("value", "Hãy nhập con số của chỉ tiêu.");
            return null;
        }

        var number = v.ToString("0.####", Vietnamese) + (unit == "%" ? "%" : string.Empty);
        return CheckValue(errors, "value", new Target(c == Comparator.Exactly ? number : $"{Written(c)} {number}", c, v, unit));
    }

    /// <summary>The comparator as plans write it, for the target's text.</summary>
    private static string Written(Comparator comparator) => comparator switch
    {
        Comparator.AtLeast => "≥",
        Comparator.AtMost => "≤",
        Comparator.Exactly => string.Empty,
        Comparator.MoreThan => ">",
        Comparator.LessThan => "<",
        _ => throw new InvalidOperationException(),
    };

    private static Target? CheckValue(ApiErrors errors, string field, Target target)
    {
        if (target.Value is not { } v)
        {
            return target;
        }

        if (Math.Abs(v) > MaxValue)
        {
            errors.Add(field, "Con số của chỉ tiêu quá lớn.");
            return null;
        }

        if (decimal.Round(v, 4) != v)
        {
            errors.Add(field, "Con số của chỉ tiêu có tối đa 4 chữ số sau dấu phẩy.");
            return null;
        }

        return target;
    }
}
