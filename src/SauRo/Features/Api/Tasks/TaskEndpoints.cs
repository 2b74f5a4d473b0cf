using Microsoft.EntityFrameworkCore;
using SauRo.Data;
using SauRo.Data.Entities;
using SauRo.Features.Accounts;
using SauRo.Features.Api.Plans;

namespace SauRo.Features.Api.Tasks;

/// <summary>/api/v1/plans/{planId}/tasks and /api/v1/tasks/{id}: a plan's tasks (nhiệm vụ) with their deadline and 06-rõ.</summary>
public static class TaskEndpoints
{
    private const string NotFoundMessage = "Không có nhiệm vụ này, hoặc bạn không được xem.";

    public static void MapTasks(this RouteGroupBuilder api)
    {
        var group = api.MapGroup(string.Empty).WithTags("Nhiệm vụ");
        group.MapGet("/plans/{planId:int}/tasks", ListAsync).WithName("ListTasks")
            .WithSummary("Các nhiệm vụ của kế hoạch")
            .WithDescription("Theo thứ tự trong kế hoạch, mỗi nhiệm vụ kèm thời hạn đã hiểu và kết quả kiểm tra 06 rõ. 404 khi không có kế hoạch hoặc không được xem.")
            .Produces<List<TaskDto>>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/plans/{planId:int}/tasks", CreateAsync).WithName("CreateTask")
            .WithSummary("Thêm nhiệm vụ")
            .WithDescription("Thời hạn (due) ghi như trong văn bản (\"Quý II năm 2026\", \"Trước ngày 30/4/2026\", \"Thường xuyên\") và được hiểu theo năm của kế hoạch; thời hạn không hiểu được vẫn giữ nguyên văn và bị đánh dấu thiếu rõ thời gian. Cơ quan chủ trì, phối hợp ghi theo tên. Thêm vào cuối kế hoạch.")
            .WithJsonBody<TaskRequest>()
            .Produces<TaskDto>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/tasks/{id:int}", GetAsync).WithName("GetTask")
            .WithSummary("Một nhiệm vụ")
            .Produces<TaskDto>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPut("/tasks/{id:int}", UpdateAsync).WithName("UpdateTask")
            .WithSummary("Sửa nhiệm vụ")
            .WithDescription("Thay toàn bộ nội dung nhiệm vụ (giữ vị trí và thời hạn điều chỉnh); trường bỏ trống thành trống. Trả về nhiệm vụ với 06 rõ tính lại.")
            .WithJsonBody<TaskRequest>()
            .Produces<TaskDto>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapDelete("/tasks/{id:int}", DeleteAsync).WithName("DeleteTask")
            .WithSummary("Xóa nhiệm vụ")
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

        var tasks = await Query(db).AsNoTracking().Where(t => t.PlanId == planId).OrderBy(t => t.Position).ToListAsync(cancellation);
        return TypedResults.Ok(tasks.Select(TaskDto.From).ToList());
    }

    private static async Task<IResult> GetAsync(int id, SauRoDbContext db, UnitScope scope, CancellationToken cancellation)
    {
        var task = await Query(db).AsNoTracking().SingleOrDefaultAsync(t => t.Id == id, cancellation);
        if (task is null)
        {
            return ApiResults.NotFound(NotFoundMessage);
        }

        return await PlanAccess.ReadAsync(scope, task.Plan!.UnitId, NotFoundMessage, cancellation) ?? TypedResults.Ok(TaskDto.From(task));
    }

    private static async Task<IResult> CreateAsync(
        int planId, HttpContext http, SauRoDbContext db, UnitScope scope, TimeProvider clock, CancellationToken cancellation)
    {
        var (body, refusal) = await ApiBody.ReadAsync<TaskRequest>(http, cancellation);
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

        var now = clock.GetUtcNow();
        var last = await db.Tasks.Where(t => t.PlanId == planId).MaxAsync(t => (int?)t.Position, cancellation);
        var task = new PlanTask
        {
            PlanId = planId,
            Position = (last ?? -1) + 1,
            Content = string.Empty,
            DueText = string.Empty,
            DueKind = string.Empty,
            SearchKey = string.Empty,
            AccountableExpected = true,
            CreatedAt = now,
        };
        input.ApplyTo(task, plan.Year, await OfficeLinks.ForUnitAsync(db, plan.UnitId, cancellation), now);
        db.Tasks.Add(task);
        plan.UpdatedAt = now;
        await db.SaveChangesAsync(cancellation);
        return TypedResults.Created($"/api/v1/tasks/{task.Id}", TaskDto.From(await ReloadAsync(db, task.Id, cancellation)));
    }

    private static async Task<IResult> UpdateAsync(
        int id, HttpContext http, SauRoDbContext db, UnitScope scope, TimeProvider clock, CancellationToken cancellation)
    {
        var (body, refusal) = await ApiBody.ReadAsync<TaskRequest>(http, cancellation);
        if (body is null)
        {
            return refusal!;
        }

        var errors = new ApiErrors();
        if (body.Validate(errors) is not { } input)
        {
            return errors.Problem();
        }

        var task = await Query(db).SingleOrDefaultAsync(t => t.Id == id, cancellation);
        if (task is null)
        {
            return ApiResults.NotFound(NotFoundMessage);
        }

        // The plan's editors, and an officer of an office that leads the task.
        if (await PlanAccess.WriteAsync(scope, task.Plan!.UnitId, cancellation) is { } forbidden && !await scope.CanUpdateTaskAsync(id, cancellation))
        {
            return forbidden;
        }

        // An officer of the lead office updates the task but does not hand it to other offices.
        if (!await scope.CanEditAsync(task.Plan.UnitId, cancellation) && !SameOffices(task, input))
        {
            return ApiResults.Forbidden("Chỉ cơ quan thường trực được đổi cơ quan chủ trì, phối hợp của nhiệm vụ.");
        }

        var now = clock.GetUtcNow();
        input.ApplyTo(task, task.Plan.Year, await OfficeLinks.ForUnitAsync(db, task.Plan.UnitId, cancellation), now);
        task.Plan.UpdatedAt = now;
        await db.SaveChangesAsync(cancellation);
        return TypedResults.Ok(TaskDto.From(await ReloadAsync(db, id, cancellation)));
    }

    private static async Task<IResult> DeleteAsync(int id, SauRoDbContext db, UnitScope scope, TimeProvider clock, CancellationToken cancellation)
    {
        var task = await db.Tasks.Include(t => t.Plan).SingleOrDefaultAsync(t => t.Id == id, cancellation);
        if (task is null)
        {
            return ApiResults.NotFound(NotFoundMessage);
        }

        if (await PlanAccess.WriteAsync(scope, task.Plan!.UnitId, cancellation) is { } forbidden)
        {
            return forbidden;
        }

        db.Tasks.Remove(task);
        task.Plan.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellation);
        return TypedResults.NoContent();
    }

    private static IQueryable<PlanTask> Query(SauRoDbContext db) =>
        db.Tasks.Include(t => t.Plan).Include(t => t.Units).ThenInclude(u => u.Unit).Include(t => t.Bases).AsSplitQuery();

    private static async Task<PlanTask> ReloadAsync(SauRoDbContext db, int id, CancellationToken cancellation)
    {
        db.ChangeTracker.Clear();
        return await Query(db).AsNoTracking().SingleAsync(t => t.Id == id, cancellation);
    }

    private static bool SameOffices(PlanTask task, TaskInput input)
    {
        static List<string> Keys(IEnumerable<string> names) => names.Select(SauRo.Core.Plans.OfficeNames.Key).Order(StringComparer.Ordinal).ToList();
        return Keys(task.Units.Where(u => u.Role == TaskUnitRole.Lead).Select(u => u.Name)).SequenceEqual(Keys(input.Lead))
            && Keys(task.Units.Where(u => u.Role == TaskUnitRole.Cooperating).Select(u => u.Name)).SequenceEqual(Keys(input.Cooperating));
    }
}
