using SauRo.Data.Entities;

namespace SauRo.Features.Api.Units;

/// <summary>Một tên gọi khác của đơn vị.</summary>
public sealed record UnitAliasDto(int Id, string Alias)
{
    public static UnitAliasDto From(UnitAlias a) => new(a.Id, a.Alias);
}

/// <summary>Một đơn vị; kind là nation (cả nước), province (tỉnh), commune (xã/phường) hoặc office (cơ quan, đơn vị).</summary>
public sealed record UnitDto(int Id, int? ParentId, string Kind, string Name, int SortOrder, IReadOnlyList<UnitAliasDto> Aliases)
{
    public static UnitDto From(Unit u) =>
        new(u.Id, u.ParentId, ApiNames.Of(u.Kind), u.Name, u.SortOrder, u.Aliases.OrderBy(a => a.Id).Select(UnitAliasDto.From).ToList());
}

/// <summary>Một đơn vị cùng các đơn vị trực thuộc (children).</summary>
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
