using System.Globalization;

namespace SauRo.Core.Monitoring;

/// <summary>An inclusive range of days.</summary>
public readonly record struct DateWindow(DateOnly Start, DateOnly End)
{
    public bool Contains(DateOnly day) => day >= Start && day <= End;

    /// <summary>"15/03/2026 – 14/04/2026".</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Start:dd/MM/yyyy} – {End:dd/MM/yyyy}");
}
