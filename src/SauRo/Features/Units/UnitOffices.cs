using Microsoft.EntityFrameworkCore;
using SauRo.Core.Import;
using SauRo.Core.Plans;
using SauRo.Data;
using SauRo.Data.Entities;

namespace SauRo.Features.Units;

/// <summary>An office a form lets the user pick.</summary>
public sealed record OfficeOption(int Id, string Name);

/// <summary>An office named on a task or an indicator: as written, linked to an office when one matches.</summary>
public sealed record NamedOffice(string Name, int? UnitId);

/// <summary>
/// The offices of a commune (or of any unit: its children of kind office, with their aliases), for the forms that
/// name offices: the user ticks offices from the list or types names one per line; every name is linked to an office
/// through <see cref="OfficeMatcher"/> (ignoring diacritics, tone placement, abbreviations), the same way imports do.
/// </summary>
public sealed class UnitOffices
{
    private readonly OfficeMatcher _matcher;

    private UnitOffices(IReadOnlyList<OfficeOption> options, OfficeMatcher matcher)
    {
        Options = options;
        _matcher = matcher;
    }

    public IReadOnlyList<OfficeOption> Options { get; }

    public static async Task<UnitOffices> LoadAsync(SauRoDbContext db, int unitId, CancellationToken cancellation)
    {
        var offices = await db.Units.AsNoTracking()
            .Where(u => u.ParentId == unitId && u.Kind == UnitKind.Office)
            .OrderBy(u => u.SortOrder).ThenBy(u => u.Name)
            .Select(u => new { u.Id, u.Name, Aliases = u.Aliases.Select(a => a.Alias).ToList() })
            .ToListAsync(cancellation);
        return new UnitOffices(
            offices.Select(o => new OfficeOption(o.Id, o.Name)).ToList(),
            new OfficeMatcher(offices.Select(o => new KnownOffice(o.Id, o.Name, o.Aliases))));
    }

    /// <summary>Names typed one per line (a ';' also separates), cleaned, empty lines dropped.</summary>
    public static List<string> Lines(string? text) =>
        (text ?? string.Empty).Split(['\n', ';'], StringSplitOptions.RemoveEmptyEntries)
            .Select(CellLists.CleanItem)
            .Where(l => l.Length > 0)
            .ToList();

    /// <summary>
    /// The offices named by a form: the ticked ones (in the list's order), then the typed names that are not one of
    /// them, each linked when it matches an office. Ids that are not offices of the unit are ignored.
    /// </summary>
    public List<NamedOffice> Resolve(IEnumerable<int>? picked, string? lines)
    {
        var ids = (picked ?? []).ToHashSet();
        var result = Options.Where(o => ids.Contains(o.Id)).Select(o => new NamedOffice(o.Name, o.Id)).ToList();
        foreach (var line in Lines(lines))
        {
            var unitId = _matcher.Match(line);
            if (result.Any(r => (unitId is not null && r.UnitId == unitId) || OfficeNames.SameOffice(r.Name, line)))
            {
                continue;
            }

            result.Add(new NamedOffice(line, unitId));
        }

        return result;
    }

    /// <summary>The offices a form names, as one line of text ("—" when none).</summary>
    public string Describe(IEnumerable<int>? picked, string? lines)
    {
        var names = Resolve(picked, lines).Select(o => o.Name).ToList();
        return names.Count == 0 ? "—" : string.Join("; ", names);
    }

    /// <summary>
    /// How stored names show in the form: a name that is exactly an office's name and linked to it is ticked; every
    /// other name is a typed line, as written.
    /// </summary>
    public (List<int> Picked, string Lines) Split(IEnumerable<NamedOffice> names)
    {
        var picked = new List<int>();
        var lines = new List<string>();
        foreach (var n in names)
        {
            if (n.UnitId is { } id && Options.Any(o => o.Id == id && o.Name == n.Name))
            {
                picked.Add(id);
            }
            else
            {
                lines.Add(n.Name);
            }
        }

        return (picked, string.Join('\n', lines));
    }
}
