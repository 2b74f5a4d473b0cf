using SauRo.Data.Entities;

namespace SauRo.Features.Api.Units;

/// <summary>A new unit: a province or commune (administrator), or an office of a commune or province.</summary>
/// <param name="ParentId">The unit above: a commune or province for an office, a province for a commune, the nation (or none) for a province.</param>
/// <param name="Kind">province, commune or office.</param>
/// <param name="Name">The name as people write it ("Phòng Văn hóa - Xã hội").</param>
public sealed record CreateUnitRequest(int? ParentId, string? Kind, string? Name)
{
    public const int MaxName = 300;

    internal (int? ParentId, UnitKind Kind, string Name)? Validate(ApiErrors errors)
    {
        var name = errors.Text("name", Name, "tên đơn vị", MaxName, required: true);
        UnitKind? kind = Enum.TryParse<UnitKind>(Kind?.Trim(), ignoreCase: true, out var k) && k is UnitKind.Province or UnitKind.Commune or UnitKind.Office
            && !Kind!.Trim().All(char.IsDigit)
            ? k
            : null;
        if (kind is null)
        {
            errors.Add("kind", "Loại đơn vị (kind) phải là province (tỉnh, thành phố), commune (xã, phường) hoặc office (cơ quan, đơn vị).");
        }

        if (kind is UnitKind.Commune or UnitKind.Office && ParentId is null)
        {
            errors.Add("parentId", kind == UnitKind.Office ? "Hãy chọn xã/phường (hoặc tỉnh) có cơ quan này." : "Hãy chọn tỉnh có xã/phường này.");
        }

        return errors.IsEmpty ? (ParentId, kind!.Value, name!) : null;
    }
}

/// <summary>A unit's new name.</summary>
public sealed record RenameUnitRequest(string? Name)
{
    internal string? Validate(ApiErrors errors) => errors.Text("name", Name, "tên đơn vị", CreateUnitRequest.MaxName, required: true);
}

/// <summary>Another way plans write the unit's name ("VHXH", "phòng Văn hoá - Xã hội xã").</summary>
public sealed record AddAliasRequest(string? Alias)
{
    internal string? Validate(ApiErrors errors) => errors.Text("alias", Alias, "tên gọi khác", CreateUnitRequest.MaxName, required: true);
}
