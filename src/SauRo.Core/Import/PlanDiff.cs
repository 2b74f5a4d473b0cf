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
/// Compares the items of a plan as stored with those of a new version of its document, in three passes:
/// <list type="number">
/// <item>same place (appendix, section, number) and same text: the item did not move;</item>
/// <item>same text anywhere, preferring the same appendix and section: the item was renumbered or moved (a row
/// inserted above it shifts every number below);</item>
/// <item>same place, when that place is taken once on each side among what is left: the item was edited in place.</item>
/// </list>
/// What is paired and differs in a field is "changed"; the rest is "added" or "removed". Entries come in the order
/// of the new version, then the removed items in their stored order.
/// </summary>
public static class PlanDiff
{
    public static IReadOnlyList<DiffEntry> Compare(IReadOnlyList<DiffItem> current, IReadOnlyList<DiffItem> incoming)
    {
        var pairOf = new Dictionary<DiffItem, DiffItem>(ReferenceEqualityComparer.Instance);
        var freeCurrent = new List<DiffItem>(current);

        void Pair(DiffItem c, DiffItem i)
        {
            pairOf[i] = c;
            freeCurrent.Remove(c);
        }

        foreach (var item in incoming)
        {
            var match = freeCurrent.Find(c => c.Ordinal is not null && c.PlaceKey == item.PlaceKey && c.TextKey.Length > 0 && c.TextKey == item.TextKey);
            if (match is not null)
            {
                Pair(match, item);
            }
        }

        foreach (var item in incoming.Where(i => !pairOf.ContainsKey(i) && i.TextKey.Length > 0))
        {
            var sameText = freeCurrent.Where(c => c.TextKey == item.TextKey).ToList();
            var match = sameText.Find(c => SameFold(c.Appendix, item.Appendix) && SameFold(c.Section, item.Section))
                ?? sameText.Find(c => SameFold(c.Appendix, item.Appendix))
                ?? sameText.FirstOrDefault();
            if (match is not null)
            {
                Pair(match, item);
            }
        }

        var freePlaces = freeCurrent.Where(c => c.Ordinal is not null).GroupBy(c => c.PlaceKey, StringComparer.Ordinal)
            .Where(g => g.Count() == 1).ToDictionary(g => g.Key, g => g.Single(), StringComparer.Ordinal);
        var unpairedIncoming = incoming.Where(i => !pairOf.ContainsKey(i) && i.Ordinal is not null).ToList();
        foreach (var item in unpairedIncoming)
        {
            if (unpairedIncoming.Count(i => i.PlaceKey == item.PlaceKey) == 1 && freePlaces.TryGetValue(item.PlaceKey, out var match))
            {
                Pair(match, item);
            }
        }

        var result = new List<DiffEntry>(incoming.Count + freeCurrent.Count);
        foreach (var item in incoming)
        {
            if (pairOf.TryGetValue(item, out var c))
            {
                var changed = c.Fields.Keys.Union(item.Fields.Keys)
                    .Where(k => VietnameseText.Clean(c.Fields.GetValueOrDefault(k)) != VietnameseText.Clean(item.Fields.GetValueOrDefault(k)))
                    .ToList();
                result.Add(new DiffEntry(changed.Count == 0 ? DiffKind.Unchanged : DiffKind.Changed, c, item, changed));
            }
            else
            {
                result.Add(new DiffEntry(DiffKind.Added, null, item, []));
            }
        }

        result.AddRange(freeCurrent.Select(c => new DiffEntry(DiffKind.Removed, c, null, [])));
        return result;
    }

    private static bool SameFold(string? a, string? b) => VietnameseText.Fold(a) == VietnameseText.Fold(b);
}
