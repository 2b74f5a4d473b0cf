using SauRo.Data.Entities;

namespace SauRo.Features.Api.Units;

/// <summary>Đơn vị mới: tỉnh hoặc xã/phường (quản trị hệ thống), hoặc cơ quan, đơn vị của một xã/phường hay tỉnh.</summary>
/// <param name="Kind">Loại: province (tỉnh), commune (xã/phường) hoặc office (cơ quan, đơn vị).</param>
/// <param name="Name">Tên như thường viết ("Phòng Văn hóa - Xã hội"); tối đa 300 ký tự, không trùng đơn vị cùng cấp.</param>
/// <param name="ParentId">Đơn vị cấp trên: xã/phường hoặc tỉnh cho cơ quan, tỉnh cho xã/phường, cả nước (hoặc bỏ trống) cho tỉnh.</param>
public sealed record CreateUnitRequest(string? Kind, string? Name, int? ParentId = null)
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

/// <summary>Tên mới của đơn vị.</summary>
/// <param name="Name">Tên mới; tối đa 300 ký tự, không trùng đơn vị cùng cấp.</param>
public sealed record RenameUnitRequest(string? Name)
{
    internal string? Validate(ApiErrors errors) => errors.Text("name", Name, "tên đơn vị", CreateUnitRequest.MaxName, required: true);
}

/// <summary>Một cách viết khác của tên đơn vị trong các kế hoạch.</summary>
/// <param name="Alias">Tên gọi khác ("VHXH", "phòng Văn hoá - Xã hội xã"); tối đa 300 ký tự.</param>
public sealed record AddAliasRequest(string? Alias)
{
    internal string? Validate(ApiErrors errors) => errors.Text("alias", Alias, "tên gọi khác", CreateUnitRequest.MaxName, required: true);
}
