using System.Globalization;

namespace SauRo.Features.Dashboards;

/// <summary>How dashboard figures read: rates as "66,7%", "—" when there is nothing to rate.</summary>
public static class DashboardText
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public static string Rate(decimal? rate) => rate is { } r ? (r * 100m).ToString("0.#", Vietnamese) + "%" : "—";

    public static string Date(DateOnly? date) => date is { } d ? d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) : "—";
}
