using SauRo.Core.Monitoring;

namespace SauRo.Features.ReportFiles;

/// <summary>The fills of the report files (RGB hex, the same in .docx and .xlsx): header rows and indicator colours.</summary>
public static class ReportColours
{
    public const string Header = "D9E2F3";

    public static string Fill(IndicatorColour colour) => colour switch
    {
        IndicatorColour.Red => "FF7C80",
        IndicatorColour.Orange => "FFC000",
        IndicatorColour.Green => "92D050",
        IndicatorColour.Grey => "D9D9D9",
        _ => throw new ArgumentOutOfRangeException(nameof(colour), colour, null),
    };
}
