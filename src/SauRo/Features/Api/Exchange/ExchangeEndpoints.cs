using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SauRo.Core.Exchange;
using SauRo.Data;
using SauRo.Data.Entities;
using SauRo.Features.Accounts;
using SauRo.Features.Exchange;

namespace SauRo.Features.Api.Exchange;

/// <summary>
/// /api/v1/exchange: a commune's exchange file (docs/exchange-json.md) for download, and its import into a province,
/// previewed (?dryRun=true) or written.
/// </summary>
public static class ExchangeEndpoints
{
    public static void MapExchange(this RouteGroupBuilder api)
    {
        var exchange = api.MapGroup("/exchange").WithTags("Trao đổi dữ liệu");
        exchange.MapGet("/communes/{id:int}", ExportAsync).WithName("ExportCommune")
            .WithSummary("Tải dữ liệu trao đổi của một xã/phường")
            .WithDescription("Tệp JSON theo docs/exchange-json.md (format \"sauro-exchange\", version 1): mọi kế hoạch của xã/phường với chế độ báo cáo, "
                + "chỉ tiêu và giá trị theo kỳ, nhiệm vụ và các cập nhật tiến độ (tệp đính kèm chỉ nêu tên, cỡ, kiểu), báo cáo định kỳ; trạng thái hôm nay chỉ để tham khảo. "
                + "Trả về dạng tải xuống (Content-Disposition: attachment). 404 khi không có xã/phường này hoặc người dùng không được xem.")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status404NotFound);
        exchange.MapPost("/import", ImportAsync).WithName("ImportExchange")
            .WithSummary("Nhập dữ liệu trao đổi của một xã/phường vào tỉnh")
            .WithDescription("?provinceId= là tỉnh nhận dữ liệu (quản trị hệ thống: mọi tỉnh; cán bộ tỉnh: tỉnh của mình, nếu không: 403). Gửi nguyên tệp JSON "
                + "(Content-Type: application/json) hoặc biểu mẫu multipart/form-data có trường file; tối đa 20 MB (413). Với ?dryRun=true chỉ trả về bản xem trước. "
                + "Không có dryRun: ghi trong một giao dịch (xã/phường tìm theo tên trong tỉnh hoặc tạo mới; kế hoạch cùng số và năm đã nhập từ bản xuất trước được thay), "
                + "trả về 201; cùng bản xuất đã nhập rồi: 200 với nothingChanged. Tệp sai: 400, errors nêu đường dẫn JSON của từng lỗi (ví dụ plans[0].tasks[3].content).")
            .WithMetadata(new RequestBodyMetadata(typeof(ExchangeUpload), "multipart/form-data"))
            .Produces<ExchangePreviewDto>()
            .Produces<ExchangeImportResultDto>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
    }

    private static async Task<IResult> ExportAsync(int id, UnitScope scope, ExchangeExporter exporter, CancellationToken cancellation)
    {
        if (!await scope.CanSeeAsync(id, cancellation) || await exporter.ExportAsync(id, cancellation) is not { } doc)
        {
            return ApiResults.NotFound("Không có xã/phường này, hoặc bạn không được xem.");
        }

        return TypedResults.File(ExchangeJson.Write(doc), "application/json; charset=utf-8", ExchangeExporter.FileName(doc));
    }

    private static async Task<IResult> ImportAsync(
        HttpContext http, int? provinceId, bool? dryRun, SauRoDbContext db, UnitScope scope, ExchangeImporter importer, TimeProvider clock,
        CancellationToken cancellation)
    {
        var (content, fileName, refusal) = await ReadBodyAsync(http.Request, cancellation);
        if (refusal is not null)
        {
            return refusal;
        }

        if (provinceId is not { } pid)
        {
            return ApiResults.Invalid("provinceId", "Hãy chọn tỉnh nhận dữ liệu (?provinceId=).");
        }

        var province = await db.Units.AsNoTracking().Where(u => u.Id == pid).Select(u => new { u.Kind }).SingleOrDefaultAsync(cancellation);
        if (province is null)
        {
            return ApiResults.NotFound("Không có tỉnh này.");
        }

        if (!await scope.CanImportExchangeAsync(pid, cancellation))
        {
            return province.Kind != UnitKind.Province && await scope.CanSeeAsync(pid, cancellation)
                ? ApiResults.Invalid("provinceId", "Dữ liệu trao đổi được nhập vào một tỉnh, không vào xã/phường hay cơ quan.")
                : ApiResults.Forbidden("Bạn không được nhập dữ liệu trao đổi vào tỉnh này.");
        }

        var read = ExchangeReader.Read(content!, clock.GetUtcNow());
        if (!read.IsSuccess)
        {
            return ExchangeProblems.From(read);
        }

        var preview = await importer.PreviewAsync(pid, read.Document!, cancellation);
        if (preview.Refusal is { } refused)
        {
            return ApiResults.Invalid("file", refused, refused);
        }

        if (dryRun == true)
        {
            return TypedResults.Ok(ExchangePreviewDto.From(preview));
        }

        ExchangeImportResult result;
        try
        {
            result = await importer.ApplyAsync(pid, read.Document!, fileName!, scope.UserName, null, cancellation);
        }
        catch (ExchangeRefusedException e)
        {
            return ApiResults.Invalid("file", e.Message, e.Message);
        }

        var dto = ExchangeImportResultDto.From(result);
        return result.NothingChanged ? TypedResults.Ok(dto) : TypedResults.Created($"/api/v1/units/{result.CommuneId}", dto);
    }

    /// <summary>The file: the whole body when it is JSON, or the "file" field of a multipart form; at most 20 MB.</summary>
    private static async Task<(byte[]? Content, string? FileName, IResult? Refusal)> ReadBodyAsync(HttpRequest request, CancellationToken cancellation)
    {
        if (request.ContentLength > ExchangeLimits.MaxFileBytes + (1024 * 1024))
        {
            return (null, null, TooLarge());
        }

        if (request.HasFormContentType)
        {
            IFormCollection form;
            try
            {
                form = await request.ReadFormAsync(cancellation);
            }
            catch (Exception e) when (e is InvalidDataException or BadHttpRequestException)
            {
                return (null, null, e is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge }
                    ? TooLarge()
                    : ApiResults.Invalid("file", "Biểu mẫu tải lên bị hỏng hoặc không trọn vẹn."));
            }

            if (form.Files.GetFile("file") is not { } file)
            {
                return (null, null, ApiResults.Invalid("file", "Hãy gửi tệp trao đổi (trường file)."));
            }

            if (file.Length > ExchangeLimits.MaxFileBytes)
            {
                return (null, null, TooLarge());
            }

            var bytes = new byte[file.Length];
            await using (var stream = file.OpenReadStream())
            {
                await stream.ReadExactlyAsync(bytes, cancellation);
            }

            return (bytes, ExchangeUploads.SafeFileName(file.FileName), null);
        }

        if (!request.HasJsonContentType())
        {
            return (null, null, ApiResults.UnsupportedMediaType("Hãy gửi tệp trao đổi dạng JSON (Content-Type: application/json) hoặc biểu mẫu multipart/form-data có trường file."));
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[64 * 1024];
        int read;
        try
        {
            while ((read = await request.Body.ReadAsync(chunk, cancellation)) > 0)
            {
                if (buffer.Length + read > ExchangeLimits.MaxFileBytes)
                {
                    return (null, null, TooLarge());
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, null, TooLarge());
        }

        return (buffer.ToArray(), "du-lieu-trao-doi.json", null);
    }

    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult TooLarge() => ApiResults.TooLarge(string.Create(CultureInfo.InvariantCulture,
        $"Tệp trao đổi quá lớn; Sáu Rõ nhận tệp tới {ExchangeLimits.MaxFileBytes / 1024 / 1024} MB."));
}
