using SauRo.Core.Text;

namespace SauRo.Core.Import;

/// <summary>An indicator or task reduced to what a new version of a plan may change: its place and its fields.</summary>
/// <param name="Appendix">Appendix it sits in (numbering restarts per appendix).</param>
/// <param name="Section">Section heading above it (numbering may restart per section).</param>
/// <param name="Ordinal">Its number, when it has one.</param>
/// <param name="Fields">Field name → value as the user would read it; compared one by one.</param>
/// <param name="Tag">The caller's own object (an entity id, a parsed item), carried through.</param>
public sealed record DiffItem(string? Appendix, string? Section, string? Ordinal, IReadOnlyDictionary<string, string?> Fields, object? Tag)
{
    /// <summary>"Phụ lục II / CHUYỂN ĐỔI SỐ / 3", folded so that writing differences do not matter.</summary>
    public string PlaceKey => VietnameseText.Fold($"{Appendix}|{Section}|{Ordinal}");

    /// <summary>The main text (content or name), folded.</summary>
    public string TextKey => VietnameseText.Fold(Fields.TryGetValue("Nội dung", out var c) ? c : Fields.GetValueOrDefault("Tên"));
}

public enum DiffKind
{
    Added,
    Changed,
    Removed,
    Unchanged,
}

/// <summary>One item of the comparison, with the names of the fields that changed.</summary>
public sealed record DiffEntry(DiffKind Kind, DiffItem? Current, DiffItem? Incoming, IReadOnlyList<string> ChangedFields);

/// <summary>
/// Compares the items of a plan as stored with those of a new version of its document. Items are paired by their
/// place (appendix, section, number); items without a number, or whose place is taken twice, are paired by their
/// text. What is paired and differs is "changed"; the rest is "added" or "removed".
/// </summary>
public static class PlanDiff
{
    public static IReadOnlyList<DiffEntry> Compare(IReadOnlyList<DiffItem> current, IReadOnlyList<DiffItem> incoming)
    {
        var result = new List<DiffEntry>();
        var unmatchedCurrent = new List<DiffItem>(current);
        var unmatchedIncoming = new List<DiffItem>();

        var currentByPlace = current.Where(c => c.Ordinal is not null).GroupBy(c => c.PlaceKey)
            .Where(g => g.Count() == 1).ToDictionary(g => g.Key, g => g.Single(), StringComparer.Ordinal);
        var incomingPlaces = incoming.Where(i => i.Ordinal is not null).GroupBy(i => i.PlaceKey)
            .Where(g => g.Count() == 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);

        var pairs = new List<(DiffItem Current, DiffItem Incoming)>();
        foreach (var item in incoming)
        {
            if (item.Ordinal is not null && incomingPlaces.Contains(item.PlaceKey) && currentByPlace.TryGetValue(item.PlaceKey, out var match))
            {
                pairs.Add((match, item));
                unmatchedCurrent.Remove(match);
            }
            else
            {
                unmatchedIncoming.Add(item);
            }
        }

        // Second pass: by text, for items without a number or with a shared place.
        foreach (var item in unmatchedIncoming.ToList())
        {
            var match = unmatchedCurrent.FirstOrDefault(c => c.TextKey.Length > 0 && c.TextKey == item.TextKey);
            if (match is not null)
            {
                pairs.Add((match, item));
                unmatchedCurrent.Remove(match);
                unmatchedIncoming.Remove(item);
            }
        }

        foreach (var (c, i) in pairs)
        {
            var changed = i.Fields.Keys.Union(c.Fields.Keys)
                .Where(k => VietnameseText.Clean(c.Fields.GetValueOrDefault(k)) != VietnameseText.Clean(i.Fields.GetValueOrDefault(k)))
                .ToList();
            result.Add(new DiffEntry(changed.Count == 0 ? DiffKind.Unchanged : DiffKind.Changed, c, i, changed));
        }

        result.AddRange(unmatchedIncoming.Select(i => new DiffEntry(DiffKind.Added, null, i, [])));
        result.AddRange(unmatchedCurrent.Select(c => new DiffEntry(DiffKind.Removed, c, null, [])));
        return result;
    }
}
