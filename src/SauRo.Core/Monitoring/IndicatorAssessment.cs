using System.Globalization;

namespace SauRo.Core.Monitoring;

/// <summary>Why an indicator got its colour.</summary>
public enum IndicatorColourReason
{
    /// <summary>Green: the latest value meets the target.</summary>
    Met,

    /// <summary>Green: at or ahead of the expected pace.</summary>
    OnPace,

    /// <summary>Orange: at 80–100% of the expected pace.</summary>
    BehindPace,

    /// <summary>Red: below 80% of the expected pace.</summary>
    AtRisk,

    /// <summary>Red: the target date has passed and the target is not met.</summary>
    Missed,

    /// <summary>Grey: the target has no number ("Hoàn thành", "Đạt chuẩn").</summary>
    NoNumericTarget,

    /// <summary>Grey: no value reported this year yet (e.g. an indicator reported only yearly).</summary>
    NoValue,

    /// <summary>Grey: the latest value is a ratio with a denominator of 0.</summary>
    NotComputable,

    /// <summary>Grey: a lower-is-better target with a single value and no baseline: no pace can be drawn.</summary>
    NoBaseline,
}

/// <summary>An indicator's colour with the numbers behind it, so that a page can explain it.</summary>
public sealed record IndicatorAssessment(IndicatorColour Colour, IndicatorColourReason Reason)
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>The latest value of the year (computed from numerator/denominator when reported so).</summary>
    public decimal? Latest { get; init; }

    /// <summary>The day <see cref="Latest"/> refers to; the expected pace is measured on that day.</summary>
    public DateOnly? LatestAsOf { get; init; }

    public decimal? Baseline { get; init; }

    /// <summary>The value expected on <see cref="LatestAsOf"/> on a straight line from the baseline to the target.</summary>
    public decimal? Expected { get; init; }

    /// <summary>Share of the year elapsed on <see cref="LatestAsOf"/>, 0–1.</summary>
    public decimal? ElapsedShare { get; init; }

    /// <summary>Progress made ÷ progress expected since the baseline (1 = exactly on pace).</summary>
    public decimal? PaceRatio { get; init; }

    /// <summary>One Vietnamese sentence explaining the colour.</summary>
    public string Explain() => Reason switch
    {
        IndicatorColourReason.Met => $"Đã đạt chỉ tiêu: giá trị mới nhất {N(Latest)} (số liệu đến {D(LatestAsOf)}).",
        IndicatorColourReason.Missed => $"Đã quá thời hạn mà chưa đạt chỉ tiêu: giá trị mới nhất {N(Latest)} (số liệu đến {D(LatestAsOf)}).",
        IndicatorColourReason.OnPace or IndicatorColourReason.BehindPace or IndicatorColourReason.AtRisk =>
            $"Giá trị {N(Latest)} (số liệu đến {D(LatestAsOf)}); theo tiến độ cần {N(Expected)} (từ mức đầu năm {N(Baseline)}); "
            + $"đạt {N(PaceRatio * 100m, "0")}% tiến độ.",
        IndicatorColourReason.NoNumericTarget => "Chỉ tiêu không có con số để so sánh.",
        IndicatorColourReason.NoValue => "Chưa có số liệu trong năm.",
        IndicatorColourReason.NotComputable => "Số liệu gần nhất có mẫu số bằng 0, không tính được tỷ lệ.",
        IndicatorColourReason.NoBaseline => "Chưa có mức đầu năm để tính tiến độ.",
        _ => throw new InvalidOperationException(),
    };

    private static string N(decimal? value, string format = "#,##0.##") => value?.ToString(format, Vietnamese) ?? "?";

    private static string D(DateOnly? day) => day?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? "?";
}
