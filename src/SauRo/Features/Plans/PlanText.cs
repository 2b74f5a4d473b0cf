using System.Globalization;
using SauRo.Core.Plans;

namespace SauRo.Features.Plans;

/// <summary>How plans, numbers, dates and targets read on the pages: Vietnamese, dd/MM/yyyy, Vietnam time.</summary>
public static class PlanText
{
    private static readonly NumberFormatInfo VietnameseNumbers = new() { NumberDecimalSeparator = ",", NumberGroupSeparator = "." };

    private static readonly TimeZoneInfo VietnamZone = FindVietnamZone();

    /// <summary>"01/KH-UBND", or "chưa có số" for a draft.</summary>
    public static string Number(string? number) => string.IsNullOrWhiteSpace(number) ? "chưa có số" : number;

    /// <summary>A stored ISO date, possibly partial: "20/03/2026", "tháng 4/2026", "năm 2026"; empty when unknown.</summary>
    public static string IssuedOn(string? iso)
    {
        if (string.IsNullOrEmpty(iso))
        {
            return string.Empty;
        }

        var parts = iso.Split('-');
        return parts.Length switch
        {
            3 => $"{parts[2]}/{parts[1]}/{parts[0]}",
            2 => $"tháng {int.Parse(parts[1], CultureInfo.InvariantCulture)}/{parts[0]}",
            _ => $"năm {parts[0]}",
        };
    }

    /// <summary>An instant as people in Vietnam read it: "22/11/2026 09:00".</summary>
    public static string LocalTime(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, VietnamZone).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);

    /// <summary>"1.250", "17,5": numbers as Vietnamese documents write them.</summary>
    public static string Decimal(decimal value) => value.ToString("#,##0.####", VietnameseNumbers);

    /// <summary>A number typed in a form ("17,5", "1.250", "80%") or null when it is not one.</summary>
    public static decimal? ParseDecimal(string? text)
    {
        var t = (text ?? string.Empty).Trim().TrimEnd('%').Trim();
        return t.Length == 0 ? null : TargetParser.ParseNumber(t);
    }

    public static Comparator ParseComparator(string? stored) => Enum.TryParse<Comparator>(stored, out var c) ? c : Comparator.Exactly;

    public static string Symbol(Comparator comparator) => comparator switch
    {
        Comparator.AtLeast => "≥",
        Comparator.AtMost => "≤",
        Comparator.MoreThan => ">",
        Comparator.LessThan => "<",
        Comparator.Exactly => "=",
        _ => throw new InvalidOperationException(),
    };

    /// <summary>The words for a comparator in a form's choice list.</summary>
    public static string Words(Comparator comparator) => comparator switch
    {
        Comparator.AtLeast => "≥ (tối thiểu, trở lên)",
        Comparator.AtMost => "≤ (tối đa, không quá)",
        Comparator.MoreThan => "> (trên, hơn)",
        Comparator.LessThan => "< (dưới)",
        Comparator.Exactly => "= (đạt)",
        _ => throw new InvalidOperationException(),
    };

    /// <summary>An indicator's target: "≥ 80%", "= 1.250 hộ" or the text as written when it has no number.</summary>
    public static string Target(string? comparator, decimal? value, string? text, string? unit)
    {
        if (value is not { } v)
        {
            return string.IsNullOrWhiteSpace(text) ? "—" : text;
        }

        var suffix = unit == "%" ? "%" : string.Empty;
        return $"{Symbol(ParseComparator(comparator))} {Decimal(v)}{suffix}";
    }

    /// <summary>
    /// A reporting duty of the plan: "Các cơ quan, đơn vị báo cáo Phòng Văn hóa - Xã hội: hằng tháng, trước ngày 5".
    /// </summary>
    public static string Duty(string fromParty, string? to, string frequency, int dueDay, int? dueMonth)
    {
        var from = Enum.TryParse<ReportingParty>(fromParty, out var party) && party == ReportingParty.Offices ? "Các cơ quan, đơn vị" : "UBND xã/phường";
        var when = Enum.TryParse<ReportingFrequency>(frequency, out var f) ? f switch
        {
            ReportingFrequency.Monthly => $"hằng tháng, trước ngày {dueDay}",
            ReportingFrequency.Quarterly => $"hằng quý, trước ngày {dueDay}",
            ReportingFrequency.HalfYearly => $"6 tháng, trước ngày {dueDay}",
            ReportingFrequency.Yearly => dueMonth is { } m ? $"hằng năm, trước ngày {dueDay}/{m}" : $"hằng năm, trước ngày {dueDay}",
            _ => throw new InvalidOperationException(),
        } : $"trước ngày {dueDay}";
        return $"{from} báo cáo {to ?? "(không nêu nơi nhận)"}: {when}";
    }

    private static TimeZoneInfo FindVietnamZone()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.CreateCustomTimeZone("Asia/Ho_Chi_Minh", TimeSpan.FromHours(7), "Giờ Việt Nam", "Giờ Việt Nam");
        }
    }
}
