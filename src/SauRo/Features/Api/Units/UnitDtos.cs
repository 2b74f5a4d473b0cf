using SauRo.Data.Entities;

namespace SauRo.Features.Api.Units;

/// <summary>Another way plans write a unit's name.</summary>
public sealed record UnitAliasDto(int Id, string Alias)
{
    public static UnitAliasDto From(UnitAlias a) => new(a.Id, a.Alias);
}

/// <summary>A unit in the flat list: kind is nation, province, commune or office.</summary>
public sealed record UnitDto(int Id, int? ParentId, string Kind, string Name, int SortOrder, IReadOnlyList<UnitAliasDto> Aliases)
{
    public static UnitDto From(Unit u) =>
        new(u.Id, u.ParentId, ApiNames.Of(u.Kind), u.Name, u.SortOrder, u.Aliases.OrderBy(a => a.Id).Select(UnitAliasDto.From).ToList());
}

/// <summary>A unit with the units directly below it.</summary>
public sealed record UnitDetailDto(
    int Id,
    int? ParentId,
    string Kind,
    string Name,
    int SortOrder,
    IReadOnlyList<UnitAliasDto> Aliases,
    IReadOnlyList<UnitDto> Children,
    DateTimeOffset CreatedAt)
{
    public static UnitDetailDto From(Unit u) => new(
        u.Id,
        u.ParentId,
        ApiNames.Of(u.Kind),
        u.Name,
        u.SortOrder,
        u.Aliases.OrderBy(a => a.Id).Select(UnitAliasDto.From).ToList(),
        u.Children.OrderBy(c => c.SortOrder).ThenBy(c => c.Name, StringComparer.Ordinal).Select(UnitDto.From).ToList(),
        u.CreatedAt);
}
