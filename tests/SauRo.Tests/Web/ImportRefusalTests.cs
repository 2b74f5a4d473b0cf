using System.IO.Compression;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SauRo.Core.Import;
using SauRo.Data.Entities;
using SauRo.Features.Import;
using SauRo.Features.Accounts;
using SauRo.Hosting;
using static SauRo.Tests.Web.ImportSteps;

namespace SauRo.Tests.Web;

/// <summary>Every way an import is refused: a Vietnamese message, and nothing written.</summary>
public abstract class ImportRefusalTests(WebAppFixture app) : WebTest(app)
{
    private const string SmallPlan = """
        ỦY BAN NHÂN DÂN
        XÃ THỬ

        Số: 30/KH-UBND

        KẾ HOẠCH

        Thử từ chối năm 2026

        PHỤ LỤC: NHIỆM VỤ

        STT	Nội dung	Cơ quan chủ trì	Cơ quan phối hợp	Sản phẩm	Thời hạn	Căn cứ
        1	Việc thứ nhất	Phòng Văn hóa - Xã hội	Bộ phận một cửa	Báo cáo	Quý II/2026	42/KH-UBND
        """;

    private async Task<(HttpClient Client, int CommuneId)> StandingOfficerAsync()
    {
        var (_, commune, _) = await App.NewCommuneAsync();
        return (await App.SignedInClientAsync(await App.NewUserAsync(Roles.StandingOfficer, commune.Id)), commune.Id);
    }

    /// <summary>Uploads and checks the form came back with the message and that no row changed anywhere.</summary>
    private async Task RefusedAsync(HttpClient client, int? unitId, byte[]? content, string fileName, string message, HttpStatusCode status = HttpStatusCode.OK)
    {
        var before = await CountsAsync(App);

        var response = await UploadAsync(client, unitId, content, fileName);

        var html = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(status, html);
        html.ShouldContain(message, customMessage: html[html.IndexOf("<main>", StringComparison.Ordinal)..]);
        html.ShouldContain(">Tải lên và xem trước</button>");
        (await CountsAsync(App)).ShouldBe(before);
    }

    [Fact]
    public async Task NoFile_AsksForOne()
    {
        var (client, unit) = await StandingOfficerAsync();
        await RefusedAsync(client, unit, null, "x", "Hãy chọn tệp kế hoạch (.docx, .md hoặc .txt).");
    }

    [Fact]
    public async Task NoUnit_AsksForOne()
    {
        var (client, _) = await StandingOfficerAsync();
        await RefusedAsync(client, null, Utf8(SmallPlan), "kh.md", "Hãy chọn xã/phường (hoặc tỉnh) nhận kế hoạch.");
    }

    [Fact]
    public async Task FileOver20MB_IsRefused()
    {
        var (client, unit) = await StandingOfficerAsync();
        var content = new byte[WebApp.MaxUploadBytes + 1];
        Array.Fill(content, (byte)'a');
        await RefusedAsync(client, unit, content, "rat-lon.txt", "Tệp «rat-lon.txt» quá lớn (20,0 MB); chỉ nhận tệp tới 20 MB.");
    }

    [Fact]
    public async Task Pdf_IsRefused()
    {
        var (client, unit) = await StandingOfficerAsync();
        await RefusedAsync(client, unit, Utf8("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF"), "ke-hoach.pdf", "Tệp «ke-hoach.pdf» là PDF");
    }

    [Fact]
    public async Task Png_IsRefused()
    {
        var (client, unit) = await StandingOfficerAsync();
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52];
        await RefusedAsync(client, unit, png, "anh-chup.docx", "Tệp «anh-chup.docx» là ảnh");
    }

    [Fact]
    public async Task SpreadsheetZip_IsRefused()
    {
        var (client, unit) = await StandingOfficerAsync();
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, body) in new[]
            {
                ("[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"),
                ("xl/workbook.xml", "<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"/>"),
                ("xl/worksheets/sheet1.xml", "<?xml version=\"1.0\"?><worksheet/>"),
            })
            {
                await using var entry = await zip.CreateEntry(name).OpenAsync();
                await entry.WriteAsync(Utf8(body));
            }
        }

        await RefusedAsync(client, unit, buffer.ToArray(), "bang-chi-tieu.docx", "Tệp này là bảng tính Excel (.xlsx), không phải tài liệu Word (.docx)");
    }

    [Fact]
    public async Task Binary_IsRefused()
    {
        var (client, unit) = await StandingOfficerAsync();
        var content = new byte[4096];
        new Random(7).NextBytes(content);
        content[0] = 0x01;
        await RefusedAsync(client, unit, content, "du-lieu.txt", "Tệp «du-lieu.txt» không phải văn bản Unicode (UTF-8)");
    }

    [Fact]
    public async Task EmptyFile_IsRefused()
    {
        var (client, unit) = await StandingOfficerAsync();
        await RefusedAsync(client, unit, [], "trong.txt", "Tệp «trong.txt» rỗng: không có nội dung để đọc.");
    }

    [Fact]
    public async Task WhitespaceOnly_IsRefused()
    {
        var (client, unit) = await StandingOfficerAsync();
        await RefusedAsync(client, unit, Utf8("   \n\t \n"), "trong.txt", "Tệp «trong.txt» rỗng: chỉ có khoảng trắng.");
    }

    [Fact]
    public async Task TextThatIsNotAPlan_IsRefused()
    {
        var (client, unit) = await StandingOfficerAsync();
        await RefusedAsync(client, unit, Utf8("Kính mời các đồng chí dự họp giao ban vào sáng thứ Hai.\nTrân trọng."), "giay-moi.txt",
            "Tệp «giay-moi.txt» không phải kế hoạch");
    }

    [Fact]
    public async Task UnitOfAnotherProvince_IsForbiddenForANonAdmin()
    {
        var (client, _) = await StandingOfficerAsync();
        var (_, elsewhere, _) = await App.NewCommuneAsync();
        await RefusedAsync(client, elsewhere.Id, Utf8(SmallPlan), "kh.md", "Bạn không có quyền nhập kế hoạch cho đơn vị này.", HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task UnitThatIsAnOffice_IsRefused()
    {
        var (_, commune, offices) = await App.NewCommuneAsync();
        var client = await App.SignedInClientAsync(await App.NewUserAsync(Roles.StandingOfficer, commune.Id));
        await RefusedAsync(client, offices[0].Id, Utf8(SmallPlan), "kh.md", "Bạn không có quyền nhập kế hoạch cho đơn vị này.", HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task SomeoneElsesPendingImport_IsNotFoundAndCannotBeConfirmedOrCancelled()
    {
        var (owner, unit) = await StandingOfficerAsync();
        var id = await UploadOkAsync(owner, unit, Utf8(SmallPlan));
        var intruder = await App.SignedInClientAsync(await App.NewUserAsync(Roles.StandingOfficer, unit));
        var admin = await App.AdminClientAsync();
        var before = await CountsAsync(App);

        foreach (var client in new[] { intruder, admin })
        {
            var get = await client.GetAsync($"/Import/Preview/{id}");
            get.StatusCode.ShouldBe(HttpStatusCode.NotFound);
            var html = await get.Content.ReadAsStringAsync();
            html.ShouldContain("Không tìm thấy bản tải lên này");
            html.ShouldNotContain("Thử từ chối năm 2026");

            var confirm = await ConfirmAsync(client, id, []);
            confirm.StatusCode.ShouldBe(HttpStatusCode.NotFound);
            (await confirm.Content.ReadAsStringAsync()).ShouldContain("Không còn bản tải lên này");

            var cancel = await WebAppFixture.PostFormAsync(client, $"/Import/Preview/{id}?handler=Cancel", [], formPage: "/Import");
            cancel.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        (await CountsAsync(App)).ShouldBe(before);
        (await App.WithDbAsync(db => db.PendingImports.AnyAsync(p => p.Id == id))).ShouldBeTrue();
        (await owner.GetAsync($"/Import/Preview/{id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task UnknownPendingId_IsNotFound()
    {
        var (client, _) = await StandingOfficerAsync();
        var response = await client.GetAsync($"/Import/Preview/{Guid.NewGuid()}");
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).ShouldContain("Không tìm thấy bản tải lên này");
    }

    [Fact]
    public async Task ConfirmTwice_ImportsOnce()
    {
        var (client, unit) = await StandingOfficerAsync();
        var id = await UploadOkAsync(client, unit, Utf8(SmallPlan));
        var fields = ConfirmFields(await PreviewAsync(client, id));

        var first = await ConfirmAsync(client, id, new(fields));
        first.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var after = await CountsAsync(App);

        var second = await ConfirmAsync(client, id, new(fields));

        second.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await second.Content.ReadAsStringAsync()).ShouldContain("Không còn bản tải lên này: kế hoạch đã được nhập");
        (await CountsAsync(App)).ShouldBe(after);
        (await App.WithDbAsync(db => db.Plans.CountAsync(p => p.UnitId == unit))).ShouldBe(1);
        (await App.WithDbAsync(db => db.PlanImports.CountAsync(i => db.Plans.Any(p => p.Id == i.PlanId && p.UnitId == unit)))).ShouldBe(1);
    }

    [Fact]
    public async Task UploadGoneBetweenCheckAndTransaction_IsRefusedInsideTheTransaction()
    {
        // Two confirmations racing: both found the upload, the first deleted it; the second must write nothing.
        var (_, unit) = await StandingOfficerAsync();
        var gone = new PendingImport
        {
            Id = Guid.NewGuid(),
            UnitId = unit,
            UserId = "x",
            FileName = "kh.md",
            Content = Utf8(SmallPlan),
            Sha256 = "00",
            CreatedAt = App.Clock.GetUtcNow(),
        };
        var parsed = PlanFileReader.Read(gone.Content, gone.FileName).Value!;
        var before = await CountsAsync(App);

        await using var scope = App.Services.CreateAsyncScope();
        var importer = scope.ServiceProvider.GetRequiredService<PlanImporter>();
        var refused = await Should.ThrowAsync<ImportRefusedException>(() => importer.ApplyPendingAsync(gone, parsed, "ai đó", []));

        refused.Message.ShouldBe(PlanImporter.GoneMessage);
        (await CountsAsync(App)).ShouldBe(before);
    }

    [Fact]
    public async Task OfficeOfAnotherCommune_IsRefusedAndNothingIsWritten()
    {
        var (client, unit) = await StandingOfficerAsync();
        var (_, _, foreignOffices) = await App.NewCommuneAsync();
        var id = await UploadOkAsync(client, unit, Utf8(SmallPlan));
        var html = await PreviewAsync(client, id);
        var before = await CountsAsync(App);

        // Every decision is checked before anything is written: "Bộ phận một cửa" is not created either.
        var response = await ConfirmAsync(client, id, ConfirmFields(html, new()
        {
            ["Bộ phận một cửa"] = "new",
            ["Phòng Văn hóa - Xã hội"] = foreignOffices[0].Id.ToString(),
        }));

        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        body.ShouldContain("Cơ quan được chọn cho «Phòng Văn hóa - Xã hội» không thuộc đơn vị nhận kế hoạch.");
        body.ShouldContain(">Xác nhận nhập</button>");
        (await CountsAsync(App)).ShouldBe(before);
    }

    [Fact]
    public async Task NonsenseChoice_IsRefused()
    {
        var (client, unit) = await StandingOfficerAsync();
        var id = await UploadOkAsync(client, unit, Utf8(SmallPlan));
        var html = await PreviewAsync(client, id);
        var before = await CountsAsync(App);

        var response = await ConfirmAsync(client, id, ConfirmFields(html, new() { ["Bộ phận một cửa"] = "xoa-het" }));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("Lựa chọn cho «Bộ phận một cửa» không hợp lệ.");
        (await CountsAsync(App)).ShouldBe(before);
    }

    [Fact]
    public async Task CreatingADuplicateOfAMatchedOffice_IsRefused()
    {
        var (client, unit) = await StandingOfficerAsync();
        var id = await UploadOkAsync(client, unit, Utf8(SmallPlan));
        var html = await PreviewAsync(client, id);
        var before = await CountsAsync(App);

        var response = await ConfirmAsync(client, id, ConfirmFields(html, new() { ["Phòng Văn hóa - Xã hội"] = "new" }));

        (await response.Content.ReadAsStringAsync()).ShouldContain("«Phòng Văn hóa - Xã hội» chính là cơ quan «Phòng Văn hóa - Xã hội» đã có");
        (await CountsAsync(App)).ShouldBe(before);
    }
}

public sealed class ImportRefusalTests_Sqlite(SqliteWebApp app) : ImportRefusalTests(app), IClassFixture<SqliteWebApp>;

public sealed class ImportRefusalTests_Postgres(PostgresWebApp app) : ImportRefusalTests(app), IClassFixture<PostgresWebApp>;
