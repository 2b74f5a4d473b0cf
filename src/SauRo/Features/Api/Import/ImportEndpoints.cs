using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SauRo.Core.Import;
using SauRo.Data;
using SauRo.Data.Entities;
using SauRo.Features.Accounts;
using SauRo.Features.Api.Plans;
using SauRo.Features.Import;
using SauRo.Hosting;

namespace SauRo.Features.Api.Import;

/// <summary>POST /api/v1/plans/import: a plan file read, previewed (?dryRun=true) or written.</summary>
public static class ImportEndpoints
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public static void MapPlanImport(this RouteGroupBuilder api)
    {
        api.MapPost("/plans/import", ImportAsync).WithTags("Kế hoạch").WithName("ImportPlan")
            .WithSummary("Nhập kế hoạch từ tệp")
            .WithDescription("Biểu mẫu multipart/form-data gồm unitId (xã/phường hoặc tỉnh) và file (.docx, .md hoặc .txt, tối đa 20 MB). "
                + "Với ?dryRun=true chỉ đọc và trả về bản xem trước (số chỉ tiêu, nhiệm vụ, cảnh báo, đề xuất nối cơ quan, những gì thêm/sửa/bỏ so với bản đã lưu), không ghi gì. "
                + "Không có dryRun: ghi kế hoạch (mới, hoặc phiên bản mới của kế hoạch cùng số/tiêu đề) theo các đề xuất nối cơ quan, trả về 201 với mã kế hoạch. "
                + "Tệp không đọc được (rỗng, PDF, ảnh, không phải kế hoạch): 400 với lý do; tệp quá 20 MB: 413.")
            .WithMetadata(new RequestBodyMetadata(typeof(ImportUpload), "multipart/form-data"))
            .Produces<ImportPreviewDto>()
            .Produces<ImportResultDto>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
    }

    private static async Task<IResult> ImportAsync(
        HttpContext http, bool? dryRun, SauRoDbContext db, UnitScope scope, PlanImporter importer, CancellationToken cancellation)
    {
        var request = http.Request;
        if (!request.HasFormContentType)
        {
            return ApiResults.UnsupportedMediaType("Hãy gửi biểu mẫu multipart/form-data gồm unitId và file.");
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(cancellation);
        }
        catch (Exception e) when (e is InvalidDataException or BadHttpRequestException)
        {
            return e is BadHttpRequestException { StatusCode: not StatusCodes.Status413PayloadTooLarge }
                ? ApiResults.Invalid("file", "Biểu mẫu tải lên bị hỏng hoặc không trọn vẹn.")
                : ApiResults.TooLarge(TooLargeMessage(null, null));
        }

        var errors = new ApiErrors();
        var unitText = form["unitId"].ToString();
        int? unitId = int.TryParse(unitText, NumberStyles.None, CultureInfo.InvariantCulture, out var parsedId) ? parsedId : null;
        if (unitId is null)
        {
            errors.Add("unitId", "Hãy chọn đơn vị (unitId) của kế hoạch.");
        }

        var file = form.Files.GetFile("file");
        if (file is null)
        {
            errors.Add("file", "Hãy chọn tệp kế hoạch (file).");
        }

        if (!errors.IsEmpty)
        {
            return errors.Problem();
        }

        var fileName = FileName(file!.FileName);
        if (file.Length > WebApp.MaxUploadBytes)
        {
            return ApiResults.TooLarge(TooLargeMessage(fileName, file.Length));
        }

        var unit = await db.Units.SingleOrDefaultAsync(u => u.Id == unitId, cancellation);
        if (unit is null)
        {
            return ApiResults.NotFound("Không có đơn vị này.");
        }

        // Outside the user's sight: refused without saying more. Inside: a wrong kind of unit is a mistake to explain
        // (400) before the right to write there is checked (403).
        if (!await scope.CanSeeAsync(unit.Id, cancellation))
        {
            return ApiResults.Forbidden("Bạn không được sửa kế hoạch của đơn vị này.");
        }

        if (unit.Kind is not (UnitKind.Commune or UnitKind.Province))
        {
            return ApiResults.Invalid("unitId", "Kế hoạch thuộc một xã/phường hoặc một tỉnh, không thuộc cơ quan hay cả nước.");
        }

        if (await PlanAccess.WriteAsync(scope, unit.Id, cancellation) is { } forbidden)
        {
            return forbidden;
        }

        var content = new byte[file.Length];
        await using (var stream = file.OpenReadStream())
        {
            await stream.ReadExactlyAsync(content, cancellation);
        }

        var read = PlanFileReader.Read(content, fileName);
        if (!read.IsSuccess)
        {
            return ApiResults.Invalid("file", read.Error!, read.Error);
        }

        var parsed = read.Value!;
        var preview = await importer.PreviewAsync(unit.Id, parsed, cancellation);
        if (dryRun == true)
        {
            return TypedResults.Ok(ImportPreviewDto.From(preview));
        }

        int planId;
        try
        {
            planId = await importer.ApplyAsync(unit.Id, parsed, fileName, content, scope.UserName, [], cancellation);
        }
        catch (ImportRefusedException e)
        {
            return ApiResults.Invalid("file", e.Message, e.Message);
        }

        var record = await db.PlanImports.AsNoTracking().Where(i => i.PlanId == planId).OrderByDescending(i => i.Id).FirstAsync(cancellation);
        return TypedResults.Created(
            $"/api/v1/plans/{planId}",
            new ImportResultDto(planId, preview.IsNewVersion, record.Added, record.Changed, record.Removed, parsed.Warnings));
    }

    /// <summary>The name without any folder, bounded; "kế hoạch" when the client sent none.</summary>
    private static string FileName(string? sent)
    {
        var name = Path.GetFileName((sent ?? string.Empty).Replace('\\', '/')).Trim();
        if (name.Length == 0)
        {
            return "kế hoạch";
        }

        return name.Length > 200 ? name[..100] + "…" + name[^99..] : name;
    }

    private static string TooLargeMessage(string? fileName, long? bytes) =>
        (fileName is null ? "Tệp tải lên" : $"Tệp «{fileName}»")
        + (bytes is { } b ? string.Create(Vietnamese, $" quá lớn ({b / 1024.0 / 1024.0:0.0} MB)") : " quá lớn")
        + $"; Sáu Rõ nhận tệp kế hoạch tới {WebApp.MaxUploadBytes / 1024 / 1024} MB.";
}
