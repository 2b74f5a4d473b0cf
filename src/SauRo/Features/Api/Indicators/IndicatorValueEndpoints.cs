using Microsoft.EntityFrameworkCore;
using SauRo.Core.Monitoring;
using SauRo.Data;
using SauRo.Data.Entities;
using SauRo.Features.Accounts;
using SauRo.Features.Indicators.Values;
using SauRo.Features.Monitoring;

namespace SauRo.Features.Api.Indicators;

/// <summary>/api/v1/indicators/{id}/values: an indicator's values per reporting period, and its colour.</summary>
public static class IndicatorValueEndpoints
{
    private const string NotFoundMessage = "Không có chỉ tiêu này, hoặc bạn không được xem.";

    public static void MapIndicatorValues(this RouteGroupBuilder api)
    {
        var group = api.MapGroup(string.Empty).WithTags("Số liệu chỉ tiêu");
        group.MapGet("/indicators/{id:int}/values", ListAsync).WithName("ListIndicatorValues")
            .WithSummary("Số liệu theo kỳ và màu của chỉ tiêu")
            .WithDescription("Các số liệu đã ghi trong năm của kế hoạch (theo thứ tự kỳ), kỳ báo cáo số liệu của chỉ tiêu (monthly, quarterly, halfYearly, yearly) và màu hôm nay với lời giải thích. 404 khi không có chỉ tiêu hoặc không được xem.")
            .Produces<IndicatorValuesDto>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/indicators/{id:int}/values/{periodKey}", GetAsync).WithName("GetIndicatorValue")
            .WithSummary("Số liệu của chỉ tiêu trong một kỳ")
            .WithDescription("periodKey: \"2026-M04\" (tháng), \"2026-Q2\" (quý), \"2026-H1\" (6 tháng), \"2026-Y\" (năm). 400 khi kỳ không hợp lệ; 404 khi kỳ này chưa có số liệu.")
            .Produces<IndicatorValueDto>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPut("/indicators/{id:int}/values/{periodKey}", PutAsync).WithName("PutIndicatorValue")
            .WithSummary("Ghi số liệu của chỉ tiêu trong một kỳ")
            .WithDescription("Cơ quan chủ trì chỉ tiêu, cơ quan thường trực hoặc quản trị ghi (hoặc thay) số liệu của một kỳ thuộc năm của kế hoạch, theo kỳ báo cáo số liệu của chỉ tiêu (mặc định hằng tháng): một giá trị, hoặc tử số và mẫu số. 409 khi số liệu kỳ này nằm trong báo cáo đã được duyệt.")
            .WithJsonBody<IndicatorValueRequest>()
            .Produces<IndicatorValueDto>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<IResult> ListAsync(int id, SauRoDbContext db, UnitScope scope, TimeProvider clock, MonitoringSettings settings, CancellationToken cancellation)
    {
        if (await FindAsync(db, scope, id, cancellation) is not { } found)
        {
            return ApiResults.NotFound(NotFoundMessage);
        }

        var (indicator, year) = found;
        var frequency = IndicatorPeriods.Frequency(indicator.ValueFrequency);
        var values = await db.IndicatorValues.AsNoTracking().Where(v => v.IndicatorId == id).ToListAsync(cancellation);
        var locked = await LockedReportsAsync(db, values, cancellation);
        var colour = IndicatorColours.Assess([indicator], values, year, VietnamTime.Today(clock), settings.CutOffDay)[id];
        var rows = values
            .Select(v => (Value: v, Ok: ReportingPeriod.TryParse(v.PeriodKey, out var p), Period: p))
            .Where(x => x.Ok)
            .OrderBy(x => x.Period.DataWindow(settings.CutOffDay).End).ThenBy(x => x.Period.Frequency)
            .Select(x => IndicatorValueDto.From(x.Value, x.Period, settings.CutOffDay, x.Value.ReportId is { } r && locked.Contains(r)))
            .ToList();
        return TypedResults.Ok(new IndicatorValuesDto(id, year, ApiNames.Of(frequency), IndicatorColourDto.From(colour), rows));
    }

    private static async Task<IResult> GetAsync(int id, string periodKey, SauRoDbContext db, UnitScope scope, MonitoringSettings settings, CancellationToken cancellation)
    {
        if (await FindAsync(db, scope, id, cancellation) is not { } found)
        {
            return ApiResults.NotFound(NotFoundMessage);
        }

        if (Period(found.Indicator, found.Year, periodKey, settings) is not { } period)
        {
            return InvalidPeriod(found.Indicator, found.Year, periodKey);
        }

        var value = await db.IndicatorValues.AsNoTracking().SingleOrDefaultAsync(v => v.IndicatorId == id && v.PeriodKey == period.Key, cancellation);
        if (value is null)
        {
            return ApiResults.NotFound($"Chỉ tiêu chưa có số liệu kỳ {period.Label}.");
        }

        var locked = await LockedReportsAsync(db, [value], cancellation);
        return TypedResults.Ok(IndicatorValueDto.From(value, period, settings.CutOffDay, value.ReportId is { } r && locked.Contains(r)));
    }

    private static async Task<IResult> PutAsync(
        int id, string periodKey, HttpContext http, SauRoDbContext db, UnitScope scope, TimeProvider clock, MonitoringSettings settings, CancellationToken cancellation)
    {
        var (body, refusal) = await ApiBody.ReadAsync<IndicatorValueRequest>(http, cancellation);
        if (body is null)
        {
            return refusal!;
        }

        if (await FindAsync(db, scope, id, cancellation) is not { } found)
        {
            return ApiResults.NotFound(NotFoundMessage);
        }

        if (Period(found.Indicator, found.Year, periodKey, settings) is not { } period)
        {
            return InvalidPeriod(found.Indicator, found.Year, periodKey);
        }

        var errors = new ApiErrors();
        if (body.Validate(errors, found.Indicator.Unit) is not { } value)
        {
            return errors.Problem();
        }

        if (!await scope.CanUpdateIndicatorAsync(id, cancellation))
        {
            return ApiResults.Forbidden("Chỉ cơ quan chủ trì chỉ tiêu, cơ quan thường trực hoặc quản trị được ghi số liệu.");
        }

        var stored = await ValueWriter.FindAsync(db, id, period, cancellation);
        if (await ValueWriter.LockedAsync(db, stored, period, cancellation) is { } locked)
        {
            return TypedResults.Problem(locked, statusCode: StatusCodes.Status409Conflict, title: "Số liệu đã khóa");
        }

        var actor = await scope.ActorAsync(cancellation);
        var row = ValueWriter.Write(db, stored, id, period, value, scope.UserName ?? "?", actor.OfficeId, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellation);
        return TypedResults.Ok(IndicatorValueDto.From(row, period, settings.CutOffDay, locked: false));
    }

    /// <summary>The indicator and its plan's year when the user may see it.</summary>
    private static async Task<(Indicator Indicator, int Year)?> FindAsync(SauRoDbContext db, UnitScope scope, int id, CancellationToken cancellation)
    {
        var indicator = await db.Indicators.AsNoTracking().Include(i => i.Plan).SingleOrDefaultAsync(i => i.Id == id, cancellation);
        if (indicator is null || !await scope.CanSeeAsync(indicator.Plan!.UnitId, cancellation))
        {
            return null;
        }

        var plan = indicator.Plan;
        var year = Reporting.PlanYear.Of(plan.Year, plan.IssuedOn, plan.CreatedAt).Year;
        return (indicator, year);
    }

    private static ReportingPeriod? Period(Indicator indicator, int year, string periodKey, MonitoringSettings settings) =>
        IndicatorPeriods.Find(periodKey, IndicatorPeriods.Frequency(indicator.ValueFrequency), year, settings.CutOffDay);

    private static Microsoft.AspNetCore.Http.HttpResults.ValidationProblem InvalidPeriod(Indicator indicator, int year, string periodKey)
    {
        var frequency = IndicatorPeriods.Frequency(indicator.ValueFrequency);
        var example = IndicatorPeriods.OfYear(frequency, year, ReportingPeriod.DefaultCutOffDay)[0].Key;
        return ApiResults.Invalid("periodKey",
            $"Kỳ «{periodKey}» không phải một kỳ báo cáo số liệu của chỉ tiêu trong năm {year} ({Reporting.DutyText.FrequencyLabel(frequency).ToLower(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"))}, ví dụ «{example}»).");
    }

    private static async Task<HashSet<int>> LockedReportsAsync(SauRoDbContext db, IEnumerable<IndicatorValue> values, CancellationToken cancellation)
    {
        var ids = values.Select(v => v.ReportId).OfType<int>().Distinct().ToList();
        return ids.Count == 0
            ? []
            : (await db.Reports.AsNoTracking().Where(r => ids.Contains(r.Id) && r.State == ReportState.Approved).Select(r => r.Id).ToListAsync(cancellation)).ToHashSet();
    }
}
