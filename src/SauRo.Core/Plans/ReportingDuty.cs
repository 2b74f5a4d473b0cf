namespace SauRo.Core.Plans;

/// <summary>How often a report is due.</summary>
public enum ReportingFrequency
{
    Monthly,
    Quarterly,
    HalfYearly,
    Yearly,
}

/// <summary>Who reports to whom in the plan's reporting calendar.</summary>
public enum ReportingParty
{
    /// <summary>The offices and members, reporting to the standing body.</summary>
    Offices,

    /// <summary>The commune, reporting to the province.</summary>
    Commune,
}

/// <summary>
/// A reporting duty stated in the plan: "Báo cáo tháng trước ngày 05 của tháng báo cáo",
/// "báo cáo năm gửi trước ngày 05/12 hằng năm". <see cref="DueMonth"/> is set for a yearly report due on a fixed date.
/// </summary>
public sealed record ReportingDuty(ReportingParty From, string? To, ReportingFrequency Frequency, int DueDay, int? DueMonth, string Text)
{
    public string FromContract => From switch
    {
        ReportingParty.Offices => "offices",
        ReportingParty.Commune => "commune",
        _ => throw new InvalidOperationException(),
    };

    public string FrequencyContract => Frequency switch
    {
        ReportingFrequency.Monthly => "monthly",
        ReportingFrequency.Quarterly => "quarterly",
        ReportingFrequency.HalfYearly => "half-yearly",
        ReportingFrequency.Yearly => "yearly",
        _ => throw new InvalidOperationException(),
    };
}
