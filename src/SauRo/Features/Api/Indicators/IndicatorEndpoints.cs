using Microsoft.EntityFrameworkCore;
using SauRo.Data;
using SauRo.Data.Entities;
using SauRo.Features.Accounts;
using SauRo.Features.Api.Plans;

namespace SauRo.Features.Api.Indicators;

/// <summary>/api/v1/plans/{planId}/indicators and /api/v1/indicators/{id}: a plan's indicators (chỉ tiêu).</summary>
public static class IndicatorEndpoints
{
    private const string NotFoundMessage = "Không có chỉ tiêu này, hoặc bạn không được xem.";

    public static void MapIndicators(this RouteGroupBuilder api)
    {
        var group = api.MapGroup(string.Empty).WithTags("Chỉ tiêu");
        group.MapGet("/plans/{planId:int}/indicators", ListAsync).WithName("ListIndicators")
            .WithSummary("Các chỉ tiêu của kế hoạch")
            .WithDescription("Theo thứ tự trong kế hoạch. 404 khi không có kế hoạch hoặc không được xem.")
            .Produces<List<IndicatorDto>>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/plans/{planId:int}/indicators", CreateAsync).WithName("CreateIndicator")
            .WithSummary("Thêm chỉ tiêu")
            .WithDescription("Chỉ tiêu gửi dạng chữ (target: \"≥ 70\", \"17,5%\") hoặc phép so sánh và con số (comparator, value); cơ quan chủ trì (leads) ghi theo tên, được nối với cơ quan của xã/phường khi nhận ra. Thêm vào cuối kế hoạch.")
            .WithJsonBody<IndicatorRequest>()
            .Produces<IndicatorDto>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/indicators/{id:int}", GetAsync).WithName("GetIndicator")
            .WithSummary("Một chỉ tiêu")
            .Produces<IndicatorDto>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPut("/indicators/{id:int}", UpdateAsync).WithName("UpdateIndicator")
            .WithSummary("Sửa chỉ tiêu")
            .WithDescription("Thay toàn bộ nội dung chỉ tiêu (giữ vị trí trong kế hoạch); trường bỏ trống thành trống.")
            .WithJsonBody<IndicatorRequest>()
            .Produces<IndicatorDto>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapDelete("/indicators/{id:int}", DeleteAsync).WithName("DeleteIndicator")
            .WithSummary("Xóa chỉ tiêu")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> ListAsync(int planId, SauRoDbContext db, UnitScope scope, CancellationToken cancellation)
    {
        var unitId = await db.Plans.Where(p => p.Id == planId).Select(p => (int?)p.UnitId).SingleOrDefaultAsync(cancellation);
        if (unitId is null || !await scope.CanSeeAsync(unitId.Value, cancellation))
        {
            return ApiResults.NotFound(PlanAccess.PlanNotFound);
        }

        var indicators = await Query(db).AsNoTracking().Where(i => i.PlanId == planId).OrderBy(i => i.Position).ToListAsync(cancellation);
        return TypedResults.Ok(indicators.Select(IndicatorDto.From).ToList());
    }

    private static async Task<IResult> GetAsync(int id, SauRoDbContext db, UnitScope scope, CancellationToken cancellation)
    {
        var indicator = await Query(db).AsNoTracking().SingleOrDefaultAsync(i => i.Id == id, cancellation);
        if (indicator is null)
        {
            return ApiResults.NotFound(NotFoundMessage);
        }

        return await PlanAccess.ReadAsync(scope, indicator.Plan!.UnitId, NotFoundMessage, cancellation)
            ?? TypedResults.Ok(IndicatorDto.From(indicator));
    }

    private static async Task<IResult> CreateAsync(
        int planId, HttpContext http, SauRoDbContext db, UnitScope scope, TimeProvider clock, CancellationToken cancellation)
    {
        var (body, refusal) = await ApiBody.ReadAsync<IndicatorRequest>(http, cancellation);
        if (body is null)
        {
            return refusal!;
        }

        var errors = new ApiErrors();
        if (body.Validate(errors) is not { } input)
        {
            return errors.Problem();
        }

        var plan = await db.Plans.SingleOrDefaultAsync(p => p.Id == planId, cancellation);
        if (plan is null)
        {
            return ApiResults.NotFound(PlanAccess.PlanNotFound);
        }

        if (await PlanAccess.WriteAsync(scope, plan.UnitId, cancellation) is { } forbidden)
        {
            return forbidden;
        }

        var last = await db.Indicators.Where(i => i.PlanId == planId).MaxAsync(i => (int?)i.Position, cancellation);
        var indicator = new Indicator
        {
            PlanId = planId,
            Position = (last ?? -1) + 1,
            Name = string.Empty,
            Comparator = string.Empty,
            Origin = "Manual",
            SearchKey = string.Empty,
        };
        input.ApplyTo(indicator, await OfficeLinks.ForUnitAsync(db, plan.UnitId, cancellation));
        db.Indicators.Add(indicator);
        plan.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellation);
        return TypedResults.Created($"/api/v1/indicators/{indicator.Id}", IndicatorDto.From(await ReloadAsync(db, indicator.Id, cancellation)));
    }

    private static async Task<IResult> UpdateAsync(
        int id, HttpContext http, SauRoDbContext db, UnitScope scope, TimeProvider clock, CancellationToken cancellation)
    {
        var (body, refusal) = await ApiBody.ReadAsync<IndicatorRequest>(http, cancellation);
        if (body is null)
        {
            return refusal!;
        }

        var errors = new ApiErrors();
        if (body.Validate(errors) is not { } input)
        {
            return errors.Problem();
        }

        var indicator = await Query(db).SingleOrDefaultAsync(i => i.Id == id, cancellation);
        if (indicator is null)
        {
            return ApiResults.NotFound(NotFoundMessage);
        }

        if (await PlanAccess.WriteAsync(scope, indicator.Plan!.UnitId, cancellation) is { } forbidden)
        {
            return forbidden;
        }

        input.ApplyTo(indicator, await OfficeLinks.ForUnitAsync(db, indicator.Plan.UnitId, cancellation));
        indicator.Plan.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellation);
        return TypedResults.Ok(IndicatorDto.From(await ReloadAsync(db, id, cancellation)));
    }

    private static async Task<IResult> DeleteAsync(int id, SauRoDbContext db, UnitScope scope, TimeProvider clock, CancellationToken cancellation)
    {
        var indicator = await db.Indicators.Include(i => i.Plan).SingleOrDefaultAsync(i => i.Id == id, cancellation);
        if (indicator is null)
        {
            return ApiResults.NotFound(NotFoundMessage);
        }

        if (await PlanAccess.WriteAsync(scope, indicator.Plan!.UnitId, cancellation) is { } forbidden)
        {
            return forbidden;
        }

        db.Indicators.Remove(indicator);
        indicator.Plan.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellation);
        return TypedResults.NoContent();
    }

    private static IQueryable<Indicator> Query(SauRoDbContext db) =>
        db.Indicators.Include(i => i.Plan).Include(i => i.Leads).ThenInclude(l => l.Unit).AsSplitQuery();

    private static async Task<Indicator> ReloadAsync(SauRoDbContext db, int id, CancellationToken cancellation)
    {
        db.ChangeTracker.Clear();
        return await Query(db).AsNoTracking().SingleAsync(i => i.Id == id, cancellation);
    }
}
