using System.Globalization;
using SauRo.Core.Monitoring;
using SauRo.Core.Plans;
using SauRo.Data.Entities;

namespace SauRo.Features.Reporting;

/// <summary>A stored reporting duty read back as the rules see it, and how its parts read in Vietnamese.</summary>
public static class DutyText
{
    /// <summary>The reporting party of a stored duty; null when the stored text is not one.</summary>
    public static ReportingParty? Party(string? stored) =>
        Enum.TryParse<ReportingParty>(stored, out var p) && Enum.IsDefined(p) && !int.TryParse(stored, out _) ? p : null;

    /// <summary>A stored frequency ("Monthly"…); null when the stored text is not one.</summary>
    public static ReportingFrequency? Frequency(string? stored) =>
        Enum.TryParse<ReportingFrequency>(stored, out var f) && Enum.IsDefined(f) && !int.TryParse(stored, out _) ? f : null;

    /// <summary>The duty's calendar, or null when it is stored with a frequency or day the rules do not accept.</summary>
    public static ReportingCalendar? Calendar(PlanReportingDuty duty)
    {
        ArgumentNullException.ThrowIfNull(duty);
        return Frequency(duty.Frequency) is { } f && duty.DueDay is >= 1 and <= 31 && duty.DueMonth is null or (>= 1 and <= 12)
            ? new ReportingCalendar(f, duty.DueDay, duty.DueMonth)
            : null;
    }

    /// <summary>"Các cơ quan, đơn vị" or "UBND xã/phường".</summary>
    public static string PartyLabel(ReportingParty party) => party switch
    {
        ReportingParty.Offices => "Các cơ quan, đơn vị",
        ReportingParty.Commune => "UBND xã/phường",
        _ => throw new ArgumentOutOfRangeException(nameof(party), party, null),
    };

    /// <summary>Who is expected to report under a duty of this party.</summary>
    public static string PartyExplained(ReportingParty party) => party switch
    {
        ReportingParty.Offices => "Mỗi cơ quan chủ trì ít nhất một nhiệm vụ hoặc chỉ tiêu của kế hoạch",
        ReportingParty.Commune => "UBND xã/phường (cơ quan thường trực lập)",
        _ => throw new ArgumentOutOfRangeException(nameof(party), party, null),
    };

    /// <summary>"Hằng tháng", "Hằng quý", "6 tháng", "Hằng năm".</summary>
    public static string FrequencyLabel(ReportingFrequency frequency) => frequency switch
    {
        ReportingFrequency.Monthly => "Hằng tháng",
        ReportingFrequency.Quarterly => "Hằng quý",
        ReportingFrequency.HalfYearly => "6 tháng",
        ReportingFrequency.Yearly => "Hằng năm",
        _ => throw new ArgumentOutOfRangeException(nameof(frequency), frequency, null),
    };

    /// <summary>"trước ngày 5" (inclusive, see ReportingCalendar), or "trước ngày 10/12" for a yearly duty with a month.</summary>
    public static string Due(int dueDay, int? dueMonth) => dueMonth is { } m
        ? string.Create(CultureInfo.InvariantCulture, $"trước ngày {dueDay:D2}/{m:D2}")
        : string.Create(CultureInfo.InvariantCulture, $"trước ngày {dueDay:D2}");

    /// <summary>A calendar date as pages show it.</summary>
    public static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
