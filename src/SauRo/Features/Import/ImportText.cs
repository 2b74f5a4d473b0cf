using System.Globalization;
using SauRo.Core.Import;
using SauRo.Core.Plans;

namespace SauRo.Features.Import;

/// <summary>How the import pages write times, item places and office choices.</summary>
public static class ImportText
{
    /// <summary>Value of the office choice "create a new office".</summary>
    public const string CreateNew = "new";

    /// <summary>Value of the office choice "keep the name as written".</summary>
    public const string KeepText = "keep";

    private static readonly TimeZoneInfo VietnamZone = FindVietnamZone();

    /// <summary>"22/11/2026 09:00", Vietnam time.</summary>
    public static string LocalTime(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, VietnamZone).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);

    /// <summary>"Phụ lục II · I. Hạ tầng số · STT 3": where an item sits in the document.</summary>
    public static string Place(DiffItem item) => string.Join(" · ", new[]
    {
        item.Appendix,
        item.Section,
        item.Ordinal is null ? null : "STT " + item.Ordinal,
    }.Where(p => !string.IsNullOrWhiteSpace(p)));

    /// <summary>The main text of an item: a task's content or an indicator's name.</summary>
    public static string Text(DiffItem item) =>
        item.Fields.GetValueOrDefault("Nội dung") ?? item.Fields.GetValueOrDefault("Tên") ?? string.Empty;

    /// <summary>"Các cơ quan, đơn vị báo cáo Phòng Văn hóa - Xã hội: hằng tháng, trước ngày 5".</summary>
    public static string Reporting(ReportingDuty duty)
    {
        var from = duty.From == ReportingParty.Offices ? "Các cơ quan, đơn vị" : "UBND xã/phường";
        var when = duty.Frequency switch
        {
            ReportingFrequency.Monthly => $"hằng tháng, trước ngày {duty.DueDay}",
            ReportingFrequency.Quarterly => $"hằng quý, trước ngày {duty.DueDay}",
            ReportingFrequency.HalfYearly => $"6 tháng, trước ngày {duty.DueDay}",
            ReportingFrequency.Yearly => duty.DueMonth is { } m ? $"hằng năm, trước ngày {duty.DueDay}/{m}" : $"hằng năm, trước ngày {duty.DueDay}",
            _ => duty.Text,
        };
        return $"{from} báo cáo {duty.To ?? "(không nêu nơi nhận)"}: {when}";
    }

    /// <summary>The value a select sends for an office decision.</summary>
    public static string ChoiceValue(OfficeChoice choice, int? unitId) => choice switch
    {
        OfficeChoice.Existing => unitId?.ToString(CultureInfo.InvariantCulture) ?? KeepText,
        OfficeChoice.CreateNew => CreateNew,
        OfficeChoice.KeepText => KeepText,
        _ => KeepText,
    };

    /// <summary>The decision a select's value stands for, or null when the value is not one of the choices.</summary>
    public static OfficeDecision? Decision(string writtenName, string? value) => value switch
    {
        CreateNew => new OfficeDecision(writtenName, OfficeChoice.CreateNew, null),
        KeepText => new OfficeDecision(writtenName, OfficeChoice.KeepText, null),
        _ when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var id) => new OfficeDecision(writtenName, OfficeChoice.Existing, id),
        _ => null,
    };

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
