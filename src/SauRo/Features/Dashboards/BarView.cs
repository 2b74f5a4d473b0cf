using System.Globalization;
using SauRo.Core.Dashboards;
using SauRo.Core.Monitoring;
using SauRo.Core.Reporting;
using SauRo.Features.Monitoring;

namespace SauRo.Features.Dashboards;

/// <summary>A horizontal stacked bar drawn as SVG on the server, each part a link to what it counts.</summary>
public sealed record BarView(string Title, IReadOnlyList<BarView.Part> Parts)
{
    public sealed record Part(string Label, int Count, string CssClass, string Href);

    public int Total => Parts.Sum(p => p.Count);

    /// <summary>The parts with their x offset and width in percent of the bar.</summary>
    public IEnumerable<(Part Part, string X, string Width)> Layout()
    {
        var total = Total;
        if (total == 0)
        {
            yield break;
        }

        var x = 0m;
        foreach (var part in Parts.Where(p => p.Count > 0))
        {
            var width = 100m * part.Count / total;
            yield return (part, Number(x), Number(width));
            x += width;
        }
    }

    public static BarView Tasks(StatusCounts counts, Func<PlanTaskStatus, string> href)
    {
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentNullException.ThrowIfNull(href);
        return new BarView(
            "Nhiệm vụ theo tình trạng",
            StatusCounts.Order.Select(s => new Part(s.Label(), counts.Of(s), "bar-" + TaskStatusText.Badge(s) + " bar-" + s.CssKey(), href(s))).ToList());
    }

    public static BarView Indicators(ColourCounts counts, Func<IndicatorColour, string> href)
    {
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentNullException.ThrowIfNull(href);
        return new BarView(
            "Chỉ tiêu theo màu",
            ColourCounts.Order.Select(c => new Part(c.Label(), counts.Of(c), "bar-colour-" + c.CssKey(), href(c))).ToList());
    }

    private static string Number(decimal value) => Math.Round(value, 3).ToString(CultureInfo.InvariantCulture);
}
