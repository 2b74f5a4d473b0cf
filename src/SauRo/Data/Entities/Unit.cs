namespace SauRo.Data.Entities;

/// <summary>Level of a unit in the one tree nation → provinces → communes/wards → offices.</summary>
public enum UnitKind
{
    Nation,
    Province,
    Commune,
    Office,
}

/// <summary>A body in the tree: the nation, a province, a commune or ward, or one of its offices.</summary>
public class Unit
{
    public int Id { get; set; }

    public int? ParentId { get; set; }

    public Unit? Parent { get; set; }

    public List<Unit> Children { get; set; } = [];

    public UnitKind Kind { get; set; }

    public required string Name { get; set; }

    /// <summary>Folded name (no diacritics, lower case, abbreviations expanded) used to match imported office names.</summary>
    public required string NameKey { get; set; }

    public int SortOrder { get; set; }

    public List<UnitAlias> Aliases { get; set; } = [];

    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>Another way a plan writes an office's name ("VHXH", "phòng Văn hoá - Xã hội xã").</summary>
public class UnitAlias
{
    public int Id { get; set; }

    public int UnitId { get; set; }

    public Unit? Unit { get; set; }

    public required string Alias { get; set; }

    public required string AliasKey { get; set; }
}
