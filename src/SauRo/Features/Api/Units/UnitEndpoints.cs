using Microsoft.EntityFrameworkCore;
using SauRo.Core.Plans;
using SauRo.Data;
using SauRo.Data.Entities;
using SauRo.Features.Accounts;

namespace SauRo.Features.Api.Units;

/// <summary>/api/v1/units: the unit tree the user may see, new units, names and the other ways plans write them.</summary>
public static class UnitEndpoints
{
    public static void MapUnits(this RouteGroupBuilder api)
    {
        var units = api.MapGroup("/units").WithTags("Đơn vị");
        units.MapGet("/", ListAsync).WithName("ListUnits")
            .WithSummary("Các đơn vị được xem")
            .WithDescription("Danh sách phẳng các đơn vị người dùng được xem (quản trị: tất cả), mỗi đơn vị có parentId, kind (nation, province, commune, office), tên và các tên gọi khác.")
            .Produces<List<UnitDto>>();
        units.MapGet("/{id:int}", GetAsync).WithName("GetUnit")
            .WithSummary("Một đơn vị và các đơn vị trực thuộc")
            .WithDescription("404 khi không có đơn vị này hoặc người dùng không được xem.")
            .Produces<UnitDetailDto>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        units.MapPost("/", CreateAsync).WithName("CreateUnit")
            .WithSummary("Thêm đơn vị")
            .WithDescription("Quản trị hệ thống thêm tỉnh (thuộc cả nước hoặc không có đơn vị cha) và xã/phường (thuộc tỉnh); người sửa được một xã/phường thêm cơ quan, đơn vị của xã/phường đó. 403 khi không có quyền, 404 khi không có đơn vị cha, 400 khi tên trống, quá dài hay trùng.")
            .WithJsonBody<CreateUnitRequest>()
            .Produces<UnitDetailDto>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        units.MapPut("/{id:int}", RenameAsync).WithName("RenameUnit")
            .WithSummary("Đổi tên đơn vị")
            .WithDescription("Đổi tên một cơ quan, đơn vị (tỉnh, xã/phường: chỉ quản trị). Tên cũ của cơ quan được giữ làm tên gọi khác để các kế hoạch viết theo tên cũ vẫn nhận ra.")
            .WithJsonBody<RenameUnitRequest>()
            .Produces<UnitDetailDto>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        units.MapPost("/{id:int}/aliases", AddAliasAsync).WithName("AddUnitAlias")
            .WithSummary("Thêm tên gọi khác")
            .WithDescription("Thêm một cách viết khác của tên đơn vị (\"VHXH\", \"phòng Văn hoá - Xã hội xã\"), dùng để nhận ra cơ quan khi nhập kế hoạch.")
            .WithJsonBody<AddAliasRequest>()
            .Produces<UnitAliasDto>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        units.MapDelete("/{id:int}/aliases/{aliasId:int}", RemoveAliasAsync).WithName("RemoveUnitAlias")
            .WithSummary("Xóa tên gọi khác")
            .WithDescription("204 khi đã xóa; 404 khi đơn vị không có tên gọi này.")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> ListAsync(UnitScope scope, CancellationToken cancellation)
    {
        var units = await (await scope.UnitsAsync(cancellation)).AsNoTracking().Include(u => u.Aliases).ToListAsync(cancellation);
        return TypedResults.Ok(units
            .OrderBy(u => u.Kind).ThenBy(u => u.ParentId).ThenBy(u => u.SortOrder).ThenBy(u => u.Name, StringComparer.Ordinal)
            .Select(UnitDto.From)
            .ToList());
    }

    private static async Task<IResult> GetAsync(int id, SauRoDbContext db, UnitScope scope, CancellationToken cancellation)
    {
        if (!await scope.CanSeeAsync(id, cancellation))
        {
            return NotFound();
        }

        var unit = await LoadAsync(db, id, cancellation);
        return unit is null ? NotFound() : TypedResults.Ok(UnitDetailDto.From(unit));
    }

    private static async Task<IResult> CreateAsync(HttpContext http, SauRoDbContext db, UnitScope scope, TimeProvider clock, CancellationToken cancellation)
    {
        var (body, refusal) = await ApiBody.ReadAsync<CreateUnitRequest>(http, cancellation);
        if (body is null)
        {
            return refusal!;
        }

        var errors = new ApiErrors();
        if (body.Validate(errors) is not { } input)
        {
            return errors.Problem();
        }

        var (parentId, kind, name) = input;

        Unit? parent = null;
        if (parentId is { } pid)
        {
            parent = await db.Units.SingleOrDefaultAsync(u => u.Id == pid, cancellation);
            if (parent is null)
            {
                return ApiResults.NotFound("Không có đơn vị cha này.");
            }
        }

        if (kind is UnitKind.Province or UnitKind.Commune && !scope.IsAdmin)
        {
            return ApiResults.Forbidden("Chỉ quản trị hệ thống được thêm tỉnh hoặc xã/phường.");
        }

        if (kind == UnitKind.Office && !await scope.CanAddOfficeAsync(parent!.Id, cancellation) && !await scope.CanManageUnitAsync(parent.Id, cancellation))
        {
            return ApiResults.Forbidden("Bạn không được thêm cơ quan, đơn vị vào đơn vị này.");
        }

        if (ParentProblem(kind, parent) is { } parentProblem)
        {
            return ApiResults.Invalid("parentId", parentProblem);
        }

        var key = OfficeNames.Key(name);
        if (key.Length == 0)
        {
            return ApiResults.Invalid("name", "Tên đơn vị phải có chữ hoặc số.");
        }

        if (await db.Units.AnyAsync(u => u.ParentId == parentId && u.NameKey == key, cancellation))
        {
            return ApiResults.Invalid("name", $"Đã có đơn vị «{name}» ở cùng cấp.");
        }

        var last = await db.Units.Where(u => u.ParentId == parentId).MaxAsync(u => (int?)u.SortOrder, cancellation);
        var unit = new Unit
        {
            ParentId = parentId,
            Kind = kind,
            Name = name,
            NameKey = key,
            SortOrder = (last ?? -1) + 1,
            CreatedAt = clock.GetUtcNow(),
        };
        db.Units.Add(unit);
        await db.SaveChangesAsync(cancellation);
        return TypedResults.Created($"/api/v1/units/{unit.Id}", UnitDetailDto.From(unit));
    }

    private static async Task<IResult> RenameAsync(int id, HttpContext http, SauRoDbContext db, UnitScope scope, CancellationToken cancellation)
    {
        var (body, refusal) = await ApiBody.ReadAsync<RenameUnitRequest>(http, cancellation);
        if (body is null)
        {
            return refusal!;
        }

        var errors = new ApiErrors();
        if (body.Validate(errors) is not { } name)
        {
            return errors.Problem();
        }

        var unit = await db.Units.Include(u => u.Aliases).SingleOrDefaultAsync(u => u.Id == id, cancellation);
        if (unit is null)
        {
            return NotFound();
        }

        if (await MayChangeAsync(scope, unit, cancellation) is { } forbidden)
        {
            return forbidden;
        }

        var key = OfficeNames.Key(name);
        if (key.Length == 0)
        {
            return ApiResults.Invalid("name", "Tên đơn vị phải có chữ hoặc số.");
        }

        if (await db.Units.AnyAsync(u => u.ParentId == unit.ParentId && u.Id != unit.Id && u.NameKey == key, cancellation))
        {
            return ApiResults.Invalid("name", $"Đã có đơn vị «{name}» ở cùng cấp.");
        }

        if (unit.Kind == UnitKind.Office && unit.NameKey != key && unit.Aliases.All(a => a.AliasKey != unit.NameKey))
        {
            unit.Aliases.Add(new UnitAlias { Alias = unit.Name, AliasKey = unit.NameKey });
        }

        unit.Name = name;
        unit.NameKey = key;
        await db.SaveChangesAsync(cancellation);
        return TypedResults.Ok(UnitDetailDto.From((await LoadAsync(db, id, cancellation))!));
    }

    private static async Task<IResult> AddAliasAsync(int id, HttpContext http, SauRoDbContext db, UnitScope scope, CancellationToken cancellation)
    {
        var (body, refusal) = await ApiBody.ReadAsync<AddAliasRequest>(http, cancellation);
        if (body is null)
        {
            return refusal!;
        }

        var errors = new ApiErrors();
        if (body.Validate(errors) is not { } text)
        {
            return errors.Problem();
        }

        var unit = await db.Units.Include(u => u.Aliases).SingleOrDefaultAsync(u => u.Id == id, cancellation);
        if (unit is null)
        {
            return NotFound();
        }

        if (await MayChangeAsync(scope, unit, cancellation) is { } forbidden)
        {
            return forbidden;
        }

        var key = OfficeNames.Key(text);
        if (key.Length == 0)
        {
            return ApiResults.Invalid("alias", "Tên gọi khác phải có chữ hoặc số.");
        }

        if (key == unit.NameKey || unit.Aliases.Any(a => a.AliasKey == key))
        {
            return ApiResults.Invalid("alias", $"«{text}» trùng với tên hoặc một tên gọi khác của đơn vị này.");
        }

        var alias = new UnitAlias { UnitId = unit.Id, Alias = text, AliasKey = key };
        db.UnitAliases.Add(alias);
        await db.SaveChangesAsync(cancellation);
        return TypedResults.Created($"/api/v1/units/{unit.Id}", UnitAliasDto.From(alias));
    }

    private static async Task<IResult> RemoveAliasAsync(int id, int aliasId, SauRoDbContext db, UnitScope scope, CancellationToken cancellation)
    {
        var unit = await db.Units.Include(u => u.Aliases).SingleOrDefaultAsync(u => u.Id == id, cancellation);
        if (unit is null)
        {
            return NotFound();
        }

        if (await MayChangeAsync(scope, unit, cancellation) is { } forbidden)
        {
            return forbidden;
        }

        var alias = unit.Aliases.FirstOrDefault(a => a.Id == aliasId);
        if (alias is null)
        {
            return ApiResults.NotFound("Đơn vị không có tên gọi khác này.");
        }

        db.UnitAliases.Remove(alias);
        await db.SaveChangesAsync(cancellation);
        return TypedResults.NoContent();
    }

    /// <summary>Offices are changed by whoever may edit them; provinces, communes and the nation by the administrator.</summary>
    private static async Task<IResult?> MayChangeAsync(UnitScope scope, Unit unit, CancellationToken cancellation)
    {
        if (scope.IsAdmin)
        {
            return null;
        }

        if (unit.Kind != UnitKind.Office)
        {
            return ApiResults.Forbidden("Chỉ quản trị hệ thống được sửa tên tỉnh, xã/phường.");
        }

        return await scope.CanManageUnitAsync(unit.Id, cancellation) ? null : ApiResults.Forbidden("Bạn không được sửa đơn vị này.");
    }

    private static string? ParentProblem(UnitKind kind, Unit? parent) => kind switch
    {
        UnitKind.Province when parent is not null && parent.Kind != UnitKind.Nation => "Tỉnh chỉ thuộc cả nước (hoặc không có đơn vị cha).",
        UnitKind.Commune when parent!.Kind != UnitKind.Province => "Xã/phường phải thuộc một tỉnh.",
        UnitKind.Office when parent!.Kind is not (UnitKind.Commune or UnitKind.Province) => "Cơ quan, đơn vị phải thuộc một xã/phường hoặc một tỉnh.",
        _ => null,
    };

    private static Task<Unit?> LoadAsync(SauRoDbContext db, int id, CancellationToken cancellation) =>
        db.Units.AsNoTracking()
            .Include(u => u.Aliases)
            .Include(u => u.Children).ThenInclude(c => c.Aliases)
            .AsSplitQuery()
            .SingleOrDefaultAsync(u => u.Id == id, cancellation);

    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult NotFound() => ApiResults.NotFound("Không có đơn vị này, hoặc bạn không được xem.");
}
