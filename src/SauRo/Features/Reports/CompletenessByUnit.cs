using System.Globalization;
using System.Text;
using SauRo.Core.Monitoring;

namespace SauRo.Features.Reports;

/// <summary>
/// The per-unit figures kept with a plan's report completeness (<see cref="Data.Entities.ReportCompletenessSnapshot.ByUnit"/>):
/// <c>unit:expected,submitted,onTime,approved</c> separated by <c>;</c>, in invariant digits. Written and read only
/// here; a value that does not read back is a fault of the store, not of the user, and says so.
/// </summary>
public static class CompletenessByUnit
{
    public static string Format(IEnumerable<UnitCompleteness> units)
    {
        ArgumentNullException.ThrowIfNull(units);
        var text = new StringBuilder();
        foreach (var u in units)
        {
            var f = u.Figures;
            text.Append(text.Length == 0 ? "" : ";")
                .Append(CultureInfo.InvariantCulture, $"{u.UnitId}:{f.Expected},{f.Submitted},{f.OnTime},{f.Approved}");
        }

        return text.ToString();
    }

    /// <summary>Adds the figures of <paramref name="text"/> to <paramref name="sums"/>, unit by unit.</summary>
    public static void AddTo(Dictionary<int, CompletenessFigures> sums, string text)
    {
        ArgumentNullException.ThrowIfNull(sums);
        ArgumentNullException.ThrowIfNull(text);
        foreach (var part in text.Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            var colon = part.IndexOf(':', StringComparison.Ordinal);
            var numbers = colon < 0 ? [] : part[(colon + 1)..].Split(',');
            if (colon < 0 || numbers.Length != 4 || !Int(part[..colon], out var unit)
                || !Int(numbers[0], out var expected) || !Int(numbers[1], out var submitted) || !Int(numbers[2], out var onTime) || !Int(numbers[3], out var approved))
            {
                throw new FormatException($"Số liệu báo cáo lưu theo đơn vị bị hỏng: «{part}».");
            }

            sums[unit] = sums.GetValueOrDefault(unit, CompletenessFigures.Empty).Add(new CompletenessFigures(expected, submitted, onTime, approved));
        }
    }

    private static bool Int(string text, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
}
