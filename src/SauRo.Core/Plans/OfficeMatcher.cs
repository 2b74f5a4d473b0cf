namespace SauRo.Core.Plans;

/// <summary>An office known to the system: its name and the other ways plans write it.</summary>
public sealed record KnownOffice(int Id, string Name, IReadOnlyList<string> Aliases);

/// <summary>
/// Links an office name as written in a plan to a known office: by name or alias, ignoring diacritics, tone placement
/// (hóa/hoá), case, punctuation, common abbreviations (VHXH) and the "xã/phường" suffix. Vague groups
/// ("Các cơ quan, đơn vị") are never linked.
/// </summary>
public sealed class OfficeMatcher
{
    private readonly Dictionary<string, int> _byKey = new(StringComparer.Ordinal);

    public OfficeMatcher(IEnumerable<KnownOffice> offices)
    {
        foreach (var office in offices)
        {
            _byKey.TryAdd(OfficeNames.Key(office.Name), office.Id);
            foreach (var alias in office.Aliases)
            {
                _byKey.TryAdd(OfficeNames.Key(alias), office.Id);
            }
        }
    }

    /// <summary>The matching office's id, or null (a new office to propose, or a group that is not one office).</summary>
    public int? Match(string writtenName)
    {
        if (OfficeNames.IsVagueGroup(writtenName))
        {
            return null;
        }

        return _byKey.TryGetValue(OfficeNames.Key(writtenName), out var id) ? id : null;
    }
}
