using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SauRo.Core.Plans;
using SauRo.Data;
using SauRo.Data.Entities;
using SauRo.Features.Accounts;
using SauRo.Features.Import;

namespace SauRo.Features.Api.Plans;

/// <summary>/api/v1/plans: plans of the units the user may see, with their indicators, tasks and 06-rõ.</summary>
public static class PlanEndpoints
{
    private static readonly StringComparer VietnameseOrder = StringComparer.Create(CultureInfo.GetCultureInfo("vi-VN"), ignoreCase: true);

    public static void MapPlans(this RouteGroupBuilder api)
    {
        var plans = api.MapGroup("/plans").WithTags("Kế hoạch");
        plans.MapGet("/", ListAsync).WithName("ListPlans")
            .WithSummary("Danh sách kế hoạch")
            .WithDescription("Các kế hoạch của những đơn vị người dùng được xem, hoặc của một đơn vị (?unitId=), kèm số chỉ tiêu, số nhiệm vụ và số nhiệm vụ đủ 06 rõ. 404 khi không có đơn vị đó hoặc không được xem.")
            .Produces<List<PlanSummaryDto>>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        plans.MapGet("/{id:int}", GetAsync).WithName("GetPlan")
            .WithSummary("Một kế hoạch đầy đủ")
            .WithDescription("Phần đầu (số, ngày, nơi, cơ quan ban hành, tiêu đề, người ký), căn cứ, chế độ báo cáo, chỉ tiêu, nhiệm vụ (thời hạn đã hiểu, 06 rõ) và các lần nhập văn bản.")
            .Produces<PlanDto>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        plans.MapPost("/", CreateAsync).WithName("CreatePlan")
            .WithSummary("Tạo kế hoạch")
            .WithDescription("Tạo kế hoạch trống cho một xã/phường hoặc tỉnh người dùng được sửa (403 nếu không), rồi thêm chỉ tiêu và nhiệm vụ. 404 khi không có đơn vị.")
            .WithJsonBody<CreatePlanRequest>()
            .Produces<PlanDto>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        plans.MapPut("/{id:int}", UpdateAsync).WithName("UpdatePlan")
            .WithSummary("Sửa phần đầu kế hoạch")
            .WithDescription("Thay toàn bộ phần đầu và căn cứ (trường bỏ trống thành trống). Khi đổi năm, thời hạn các nhiệm vụ được đọc lại theo năm mới.")
            .WithJsonBody<PlanRequest>()
            .Produces<PlanDto>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        plans.MapDelete("/{id:int}", DeleteAsync).WithName("DeletePlan")
            .WithSummary("Xóa kế hoạch")
            .WithDescription("Xóa kế hoạch cùng chỉ tiêu, nhiệm vụ, căn cứ, chế độ báo cáo và lịch sử nhập.")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> ListAsync(int? unitId, SauRoDbContext db, UnitScope scope, CancellationToken cancellation)
    {
        var query = db.Plans.AsNoTracking();
        if (unitId is { } only)
        {
            if (!await scope.CanSeeAsync(only, cancellation) || !await db.Units.AnyAsync(u => u.Id == only, cancellation))
            {
                return ApiResults.NotFound("Không có đơn vị này, hoặc bạn không được xem.");
            }

            query = query.Where(p => p.UnitId == only);
        }
        else if (await scope.VisibleUnitIdsAsync(cancellation) is { } visible)
        {
            query = query.Where(p => visible.Contains(p.UnitId));
        }

        var rows = await query
            .Select(p => new
            {
                p.Id, p.UnitId, UnitName = p.Unit!.Name, p.Number, p.Title, p.Year, p.IssuedOn, p.Issuer,
                Indicators = p.Indicators.Count, Tasks = p.Tasks.Count, p.UpdatedAt,
            })
            .ToListAsync(cancellation);
        var ids = rows.Select(r => r.Id).ToList();
        // Only what the 06-rõ rule reads.
        var tasks = await db.Tasks.Where(t => ids.Contains(t.PlanId))
            .Select(t => new PlanTask
            {
                PlanId = t.PlanId,
                Content = t.Content,
                Accountable = t.Accountable,
                AccountableExpected = t.AccountableExpected,
                Product = t.Product,
                DueText = t.DueText,
                DueKind = t.DueKind,
                SearchKey = string.Empty,
                Units = t.Units.Select(u => new TaskUnit { Role = u.Role, Position = u.Position, Name = u.Name }).ToList(),
                Bases = t.Bases.Select(b => new TaskBasis { Position = b.Position, Text = b.Text }).ToList(),
            })
            .AsSplitQuery()
            .ToListAsync(cancellation);
        var clear = tasks.Where(t => PlanMapping.SixClear(t).IsComplete).GroupBy(t => t.PlanId).ToDictionary(g => g.Key, g => g.Count());
        return TypedResults.Ok(rows
            .OrderBy(r => r.UnitName, VietnameseOrder).ThenByDescending(r => r.Year).ThenBy(r => r.Title, VietnameseOrder)
            .Select(r => new PlanSummaryDto(
                r.Id, r.UnitId, r.UnitName, r.Number, r.Title, r.Year, r.IssuedOn, r.Issuer, r.Indicators, r.Tasks,
                clear.GetValueOrDefault(r.Id), r.UpdatedAt))
            .ToList());
    }

    private static async Task<IResult> GetAsync(int id, SauRoDbContext db, UnitScope scope, CancellationToken cancellation)
    {
        var plan = await LoadAsync(db, id, cancellation);
        if (plan is null)
        {
            return ApiResults.NotFound(PlanAccess.PlanNotFound);
        }

        return await PlanAccess.ReadAsync(scope, plan.UnitId, PlanAccess.PlanNotFound, cancellation) ?? TypedResults.Ok(PlanDto.From(plan));
    }

    private static async Task<IResult> CreateAsync(HttpContext http, SauRoDbContext db, UnitScope scope, TimeProvider clock, CancellationToken cancellation)
    {
        var (body, refusal) = await ApiBody.ReadAsync<CreatePlanRequest>(http, cancellation);
        if (body is null)
        {
            return refusal!;
        }

        var errors = new ApiErrors();
        if (body.Validate(errors) is not { } valid)
        {
            return errors.Problem();
        }

        var (unitId, input) = valid;

        var unit = await db.Units.SingleOrDefaultAsync(u => u.Id == unitId, cancellation);
        if (unit is null)
        {
            return ApiResults.NotFound("Không có đơn vị này.");
        }

        // Outside the user's sight: refused without saying more. Inside: a wrong kind of unit is a mistake to explain
        // (400) before the right to write there is checked (403).
        if (!await scope.CanSeeAsync(unitId, cancellation))
        {
            return ApiResults.Forbidden("Bạn không được sửa kế hoạch của đơn vị này.");
        }

        if (unit.Kind is not (UnitKind.Commune or UnitKind.Province))
        {
            return ApiResults.Invalid("unitId", "Kế hoạch thuộc một xã/phường hoặc một tỉnh, không thuộc cơ quan hay cả nước.");
        }

        if (await PlanAccess.WriteAsync(scope, unitId, cancellation) is { } forbidden)
        {
            return forbidden;
        }

        var now = clock.GetUtcNow();
        var plan = new Plan { UnitId = unitId, Title = string.Empty, SearchKey = string.Empty, CreatedAt = now, UpdatedAt = now };
        input.ApplyTo(plan);
        db.Plans.Add(plan);
        await db.SaveChangesAsync(cancellation);
        return TypedResults.Created($"/api/v1/plans/{plan.Id}", PlanDto.From((await LoadAsync(db, plan.Id, cancellation))!));
    }

    private static async Task<IResult> UpdateAsync(int id, HttpContext http, SauRoDbContext db, UnitScope scope, TimeProvider clock, CancellationToken cancellation)
    {
        var (body, refusal) = await ApiBody.ReadAsync<PlanRequest>(http, cancellation);
        if (body is null)
        {
            return refusal!;
        }

        var errors = new ApiErrors();
        if (body.Validate(errors) is not { } input)
        {
            return errors.Problem();
        }

        var plan = await db.Plans.Include(p => p.Bases).SingleOrDefaultAsync(p => p.Id == id, cancellation);
        if (plan is null)
        {
            return ApiResults.NotFound(PlanAccess.PlanNotFound);
        }

        if (await PlanAccess.WriteAsync(scope, plan.UnitId, cancellation) is { } forbidden)
        {
            return forbidden;
        }

        if (plan.Year != input.Year)
        {
            // Deadlines without a year ("Quý II", "Trước ngày 30/4") were read with the old year.
            foreach (var task in await db.Tasks.Where(t => t.PlanId == id).ToListAsync(cancellation))
            {
                PlanMapping.SetDue(task, DeadlineParser.Parse(task.DueText, input.Year));
                if (task.AdjustedDueText is not null)
                {
                    PlanMapping.SetAdjustedDue(task, DeadlineParser.Parse(task.AdjustedDueText, input.Year));
                }
            }
        }

        input.ApplyTo(plan);
        plan.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellation);
        db.ChangeTracker.Clear();
        return TypedResults.Ok(PlanDto.From((await LoadAsync(db, id, cancellation))!));
    }

    private static async Task<IResult> DeleteAsync(int id, SauRoDbContext db, UnitScope scope, CancellationToken cancellation)
    {
        var unitId = await db.Plans.Where(p => p.Id == id).Select(p => (int?)p.UnitId).SingleOrDefaultAsync(cancellation);
        if (unitId is null)
        {
            return ApiResults.NotFound(PlanAccess.PlanNotFound);
        }

        if (await PlanAccess.WriteAsync(scope, unitId.Value, cancellation) is { } forbidden)
        {
            return forbidden;
        }

        // Through the change tracker, so that the audit trail records it; indicators, tasks and everything under them
        // go with the plan (ON DELETE CASCADE).
        if (await db.Plans.FindAsync([id], cancellation) is { } plan)
        {
            db.Plans.Remove(plan);
            await db.SaveChangesAsync(cancellation);
        }

        return TypedResults.NoContent();
    }

    /// <summary>A plan with everything <see cref="PlanDto"/> shows.</summary>
    public static Task<Plan?> LoadAsync(SauRoDbContext db, int id, CancellationToken cancellation) =>
        db.Plans.AsNoTracking()
            .Include(p => p.Unit)
            .Include(p => p.Bases)
            .Include(p => p.ReportingDuties)
            .Include(p => p.Imports)
            .Include(p => p.Indicators).ThenInclude(i => i.Leads).ThenInclude(l => l.Unit)
            .Include(p => p.Tasks).ThenInclude(t => t.Units).ThenInclude(u => u.Unit)
            .Include(p => p.Tasks).ThenInclude(t => t.Bases)
            .AsSplitQuery()
            .SingleOrDefaultAsync(p => p.Id == id, cancellation);
}
