using SauRo.Data.Entities;

namespace SauRo.Features.Units;

/// <summary>Names of the levels of the unit tree.</summary>
public static class UnitText
{
    public static string Kind(UnitKind kind) => kind switch
    {
        UnitKind.Nation => "Toàn quốc",
        UnitKind.Province => "Tỉnh, thành phố",
        UnitKind.Commune => "Xã, phường",
        UnitKind.Office => "Cơ quan, đơn vị",
        _ => throw new InvalidOperationException(),
    };

    /// <summary>The level below, for "add a …" forms; null under an office.</summary>
    public static UnitKind? ChildKind(UnitKind kind) => kind switch
    {
        UnitKind.Nation => UnitKind.Province,
        UnitKind.Province => UnitKind.Commune,
        UnitKind.Commune => UnitKind.Office,
        UnitKind.Office => null,
        _ => throw new InvalidOperationException(),
    };

    public static string AddChild(UnitKind child) => child switch
    {
        UnitKind.Province => "Thêm tỉnh, thành phố",
        UnitKind.Commune => "Thêm xã, phường",
        UnitKind.Office => "Thêm cơ quan, đơn vị",
        UnitKind.Nation => throw new InvalidOperationException(),
        _ => throw new InvalidOperationException(),
    };
}
