namespace SauRo.Core.Monitoring;

/// <summary>An indicator's colour, in the order lists show them (red first). See <see cref="IndicatorColourRule"/>.</summary>
public enum IndicatorColour
{
    /// <summary>Nguy cơ không đạt: at risk of missing the target.</summary>
    Red,

    /// <summary>Chậm so với tiến độ: behind the expected pace.</summary>
    Orange,

    /// <summary>Đúng tiến độ / đã đạt: on track or met.</summary>
    Green,

    /// <summary>Chưa đánh giá được: not assessable yet.</summary>
    Grey,
}

/// <summary>Vietnamese labels and CSS keys of <see cref="IndicatorColour"/>.</summary>
public static class IndicatorColourText
{
    public static string Label(this IndicatorColour colour) => colour switch
    {
        IndicatorColour.Red => "Nguy cơ không đạt",
        IndicatorColour.Orange => "Chậm so với tiến độ",
        IndicatorColour.Green => "Đúng tiến độ / đã đạt",
        IndicatorColour.Grey => "Chưa đánh giá được",
        _ => throw new ArgumentOutOfRangeException(nameof(colour), colour, null),
    };

    /// <summary>"red", "orange", "green", "grey".</summary>
    public static string CssKey(this IndicatorColour colour) => colour switch
    {
        IndicatorColour.Red => "red",
        IndicatorColour.Orange => "orange",
        IndicatorColour.Green => "green",
        IndicatorColour.Grey => "grey",
        _ => throw new ArgumentOutOfRangeException(nameof(colour), colour, null),
    };

    public static IndicatorColour? FromCssKey(string? key) => key switch
    {
        "red" => IndicatorColour.Red,
        "orange" => IndicatorColour.Orange,
        "green" => IndicatorColour.Green,
        "grey" => IndicatorColour.Grey,
        _ => null,
    };
}
