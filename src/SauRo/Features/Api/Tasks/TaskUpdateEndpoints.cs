using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using SauRo.Core.Access;
using SauRo.Core.Monitoring;
using SauRo.Data;
using SauRo.Data.Entities;
using SauRo.Features.Accounts;
using SauRo.Features.Monitoring;

namespace SauRo.Features.Api.Tasks;

/// <summary>/api/v1/tasks/{id}/updates: a task's progress updates (newest first), and filing a new one.</summary>
public static class TaskUpdateEndpoints
{
    private const string NotFoundMessage = "Không có nhiệm vụ này, hoặc bạn không được xem.";

    public static void MapTaskUpdates(this RouteGroupBuilder api)
    {
        var group = api.MapGroup(string.Empty).WithTags("Tiến độ nhiệm vụ");
        group.MapGet("/tasks/{id:int}/updates", ListAsync).WithName("ListTaskUpdates")
            .WithSummary("Các lần cập nhật tiến độ của nhiệm vụ")
            .WithDescription("Mới nhất trước: ai cập nhật, lúc nào, tình trạng, tỷ lệ, kết quả, văn bản minh chứng, tệp đính kèm (url tải về), khó khăn, kiến nghị, và cập nhật đã bị khóa vì báo cáo đã duyệt hay chưa. 404 khi không có nhiệm vụ hoặc không được xem.")
            .Produces<List<TaskUpdateDto>>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/tasks/{id:int}/updates", CreateAsync).WithName("CreateTaskUpdate")
            .WithSummary("Cập nhật tiến độ nhiệm vụ")
            .WithDescription("Cán bộ cơ quan chủ trì nhiệm vụ, cơ quan thường trực hoặc quản trị ghi một lần cập nhật (không kèm tệp). Đã hoàn thành thì tỷ lệ là 100 và có ngày hoàn thành (bỏ trống: hôm nay theo giờ Việt Nam; không được sau hôm nay). 403 khi được xem nhưng không được cập nhật nhiệm vụ.")
            .WithJsonBody<TaskUpdateRequest>()
            .Produces<TaskUpdateDto>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
    }

    private static async Task<IResult> ListAsync(int id, SauRoDbContext db, UnitScope scope, CancellationToken cancellation)
    {
        if (await PlanUnitAsync(db, id, cancellation) is not { } unitId || !await scope.CanSeeAsync(unitId, cancellation))
        {
            return ApiResults.NotFound(NotFoundMessage);
        }

        var rows = await TaskMonitoring.UpdateRowsAsync(db, id, cancellation);
        return TypedResults.Ok(rows.Select(TaskUpdateDto.From).ToList());
    }

    private static async Task<IResult> CreateAsync(
        int id, HttpContext http, SauRoDbContext db, UnitScope scope, TaskUpdateWriter writer, TimeProvider clock, CancellationToken cancellation)
    {
        var (body, refusal) = await ApiBody.ReadAsync<TaskUpdateRequest>(http, cancellation);
        if (body is null)
        {
            return refusal!;
        }

        var errors = new ApiErrors();
        if (body.Validate(errors, VietnamTime.Today(clock)) is not { } values)
        {
            return errors.Problem();
        }

        // Where the task's plan sits and the task's lead offices, in one query: the access check and the office of the
        // update. The writer saves the update with others filed at the same time.
        var task = await ReadTaskAsync(db, id, cancellation);
        if (task is null || !await scope.CanSeeAsync(scope.Remember(task.Place).Id, cancellation))
        {
            return ApiResults.NotFound(NotFoundMessage);
        }

        var leads = task.Leads.Select(u => u.Id).ToList();
        if (!await scope.CanUpdateTaskAsync(task.Place.Id, leads, cancellation))
        {
            return ApiResults.Forbidden("Chỉ cơ quan chủ trì nhiệm vụ, cơ quan thường trực hoặc quản trị được cập nhật tiến độ.");
        }

        var office = (await scope.ActorAsync(cancellation)).OfficeId is { } o ? task.Leads.FirstOrDefault(u => u.Id == o) : null;
        var update = new TaskUpdate
        {
            TaskId = id,
            OfficeId = office?.Id,
            UserId = scope.UserId!,
            UserName = scope.UserName ?? "?",

            // In UTC and to a tenth of a millisecond, as both databases keep it: the answer below shows what was stored.
            At = AsStored(clock.GetUtcNow()),
        };
        values.ApplyTo(update);
        try
        {
            await writer.SaveAsync(update, cancellation);
        }
        catch (DbUpdateException)
        {
            if (await db.Tasks.AnyAsync(t => t.Id == id, CancellationToken.None))
            {
                throw;
            }

            return ApiResults.NotFound(NotFoundMessage); // deleted meanwhile
        }
        catch (System.Threading.Channels.ChannelClosedException)
        {
            // The app is stopping (a restart, an update): nothing was saved, and the caller may send it again.
            http.Response.Headers.RetryAfter = "30";
            return ApiResults.Unavailable("Máy chủ đang dừng để khởi động lại nên cập nhật chưa được lưu. Vui lòng gửi lại sau ít phút.");
        }

        // The row just saved: no attachment (the API takes none), no report yet, so not locked.
        var row = new TaskMonitoring.UpdateRow(update, office?.Name, null, false);
        return TypedResults.Created($"/api/v1/tasks/{id}/updates", TaskUpdateDto.From(row));
    }

    private sealed record LeadOffice(int Id, string Name);

    /// <summary>Where the task's plan sits, and the task's lead offices.</summary>
    private sealed record TaskPlace(UnitPlace Place, List<LeadOffice> Leads);

    /// <summary>A row of the task's read: where its plan sits, and one of its lead offices (none: nulls).</summary>
    private sealed record TaskRow(int UnitId, UnitKind Kind, int? ParentId, UnitKind? ParentKind, int? GrandParentId, UnitKind? GrandParentKind, int? LeadId, string? LeadName);

    // Compiled once per database provider (a compiled query keeps the first provider's SQL; the tests run both in one
    // process): the busiest write of the API skips translating its query on every call. The lead offices are joined
    // row by row (one row per lead office): as a collection of the task's row, SQLite built the join of every lead office
    // of the country with its unit before picking this task's (100 ms a request at national size).
    private static readonly ConcurrentDictionary<string, Func<SauRoDbContext, int, IAsyncEnumerable<TaskRow>>> Readers = new(StringComparer.Ordinal);

    private static async Task<TaskPlace?> ReadTaskAsync(SauRoDbContext db, int id, CancellationToken cancellation)
    {
        var read = Readers.GetOrAdd(db.Database.ProviderName ?? string.Empty, _ => EF.CompileAsyncQuery(
            (SauRoDbContext db, int id) =>
                from t in db.Tasks.AsNoTracking()
                where t.Id == id
                from u in t.Units.Where(u => u.Role == TaskUnitRole.Lead && u.UnitId != null).DefaultIfEmpty()
                select new TaskRow(
                    t.Plan!.UnitId,
                    t.Plan.Unit!.Kind,
                    t.Plan.Unit.ParentId,
                    (UnitKind?)t.Plan.Unit.Parent!.Kind,
                    t.Plan.Unit.Parent!.ParentId,
                    (UnitKind?)t.Plan.Unit.Parent!.Parent!.Kind,
                    u == null ? null : u.UnitId,
                    u == null ? null : u.Unit!.Name)));
        TaskPlace? place = null;
        await foreach (var row in read(db, id).WithCancellation(cancellation))
        {
            place ??= new TaskPlace(UnitScope.Place(row.UnitId, row.Kind, row.ParentId, row.ParentKind, row.GrandParentId, row.GrandParentKind), []);
            if (row.LeadId is { } lead)
            {
                place.Leads.Add(new LeadOffice(lead, row.LeadName ?? string.Empty));
            }
        }

        return place;
    }

    /// <summary>The instant as read back: UTC (PostgreSQL), in whole units of 1,000 ticks (SQLite's binary form; PostgreSQL keeps microseconds).</summary>
    private static DateTimeOffset AsStored(DateTimeOffset at)
    {
        var utc = at.ToUniversalTime();
        return utc.AddTicks(-(utc.Ticks % 1000));
    }

    private static Task<int?> PlanUnitAsync(SauRoDbContext db, int taskId, CancellationToken cancellation) =>
        db.Tasks.Where(t => t.Id == taskId).Select(t => (int?)t.Plan!.UnitId).SingleOrDefaultAsync(cancellation);
}
