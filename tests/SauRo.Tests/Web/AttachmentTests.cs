using System.IO.Compression;
using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using SauRo.Data.Entities;
using SauRo.Features.Accounts;

namespace SauRo.Tests.Web;

/// <summary>
/// Evidence files of progress updates: accepted by content (PDF, DOCX, XLSX, JPEG, PNG) up to 10 MB whatever their name,
/// refused otherwise with nothing written, served only as downloads to those who may see the commune.
/// </summary>
public abstract class AttachmentTests(WebAppFixture app) : WebTest(app)
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");

    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];

    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0, 16, 0x4A, 0x46, 0x49, 0x46, 0];

    private static byte[] Zip(params string[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var name in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write("<x/>");
            }
        }

        return stream.ToArray();
    }

    private async Task<(MonitoringSeed.World World, int Task, HttpClient Client)> SetupAsync()
    {
        App.Clock.Set(MonitoringSeed.Vn(2026, 7, 10));
        var w = await MonitoringSeed.CommuneAsync(App);
        var task = await MonitoringSeed.TaskAsync(App, w, "Quý III/2026", w.Offices[0]);
        var (client, _) = await MonitoringSeed.SignInAsync(App, Roles.OfficeOfficer, w.Offices[0].Id);
        return (w, task, client);
    }

    private static Task<HttpResponseMessage> UploadAsync(HttpClient client, int task, string fileName, byte[] content)
    {
        var form = new MultipartFormDataContent
        {
            { new StringContent("InProgress"), "Update.State" },
            { new StringContent("50"), "Update.PercentDone" },
            { new StringContent("Kèm báo cáo"), "Update.Result" },
        };
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "Update.Attachment", fileName);
        return WebAppFixture.PostMultipartAsync(client, $"/Tasks/{task}/Updates/New", form, $"/Tasks/{task}");
    }

    private Task<Attachment?> AttachmentOfAsync(int task) => App.WithDbAsync(async db =>
    {
        var id = await db.TaskUpdates.Where(u => u.TaskId == task).Select(u => u.AttachmentId).SingleOrDefaultAsync();
        return id is null ? null : await db.Attachments.AsNoTracking().SingleAsync(a => a.Id == id);
    });

    [Theory]
    [InlineData("bao-cao.pdf", "pdf", "application/pdf", "bao-cao.pdf")]
    [InlineData("Báo cáo quý.docx", "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Báo cáo quý.docx")]
    [InlineData("so-lieu.xlsx", "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "so-lieu.xlsx")]
    [InlineData("anh.jpeg", "jpeg", "image/jpeg", "anh.jpeg")]
    [InlineData("anh-chup", "png", "image/png", "anh-chup.png")]
    [InlineData("bao-cao.txt", "pdf", "application/pdf", "bao-cao.txt.pdf")]
    public async Task Upload_AcceptedKindByContent_IsStoredWithItsTypeAndAnHonestName(string fileName, string kind, string contentType, string storedName)
    {
        var (_, task, client) = await SetupAsync();
        var content = kind switch
        {
            "pdf" => Pdf,
            "docx" => Zip("[Content_Types].xml", "_rels/.rels", "word/document.xml"),
            "xlsx" => Zip("[Content_Types].xml", "_rels/.rels", "xl/workbook.xml"),
            "jpeg" => Jpeg,
            _ => Png,
        };

        (await UploadAsync(client, task, fileName, content)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var stored = (await AttachmentOfAsync(task)).ShouldNotBeNull();
        stored.ContentType.ShouldBe(contentType);
        stored.FileName.ShouldBe(storedName);
        stored.Size.ShouldBe(content.Length);
        stored.Content.ShouldBe(content);
        await AuditAssert.HasEntryAsync(App, "Attachment", stored.Id, AuditAction.Create);
        (await client.GetStringAsync($"/Tasks/{task}")).ShouldContain($"href=\"/Attachments/{stored.Id}\"");
    }

    [Theory]
    [InlineData("chuong-trinh.pdf", "exe")]
    [InlineData("trang.pdf", "html")]
    [InlineData("macro.docx", "docm")]
    [InlineData("nen.zip", "zip")]
    public async Task Upload_OtherContent_IsRefusedWhateverItsNameAndNothingIsWritten(string fileName, string kind)
    {
        var (_, task, client) = await SetupAsync();
        var content = kind switch
        {
            "exe" => [0x4D, 0x5A, 0x90, 0, 3, 0, 0, 0],
            "html" => Encoding.UTF8.GetBytes("<html><script>alert(1)</script></html>"),
            "docm" => Zip("[Content_Types].xml", "word/document.xml", "word/vbaProject.bin"),
            _ => Zip("readme.txt"),
        };

        var response = await UploadAsync(client, task, fileName, content);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync())
            .ShouldContain($"Tệp «{fileName}» không phải loại được nhận. Chỉ nhận: PDF, Word (.docx), Excel (.xlsx), JPEG, PNG.");
        (await MonitoringSeed.UpdatesAsync(App, task)).ShouldBeEmpty();
        (await App.WithDbAsync(db => db.Attachments.CountAsync(a => a.FileName == fileName))).ShouldBe(0);
    }

    [Fact]
    public async Task Upload_Over10Megabytes_IsRefusedAndNothingIsWritten()
    {
        var (_, task, client) = await SetupAsync();
        var big = new byte[(10 * 1024 * 1024) + 1];
        Pdf.CopyTo(big, 0);

        var response = await UploadAsync(client, task, "lon.pdf", big);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()).ShouldContain("Tệp đính kèm vượt quá 10 MB.");
        (await MonitoringSeed.UpdatesAsync(App, task)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Download_IsAlwaysAnAttachmentWithSafeHeaders()
    {
        var (w, task, client) = await SetupAsync();
        await UploadAsync(client, task, "Báo cáo tháng 7.pdf", Pdf);
        var stored = (await AttachmentOfAsync(task)).ShouldNotBeNull();
        var (leader, _) = await MonitoringSeed.SignInAsync(App, Roles.Leader, w.Commune.Id);

        var response = await leader.GetAsync($"/Attachments/{stored.Id}");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsByteArrayAsync()).ShouldBe(Pdf);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        var disposition = response.Content.Headers.GetValues("Content-Disposition").ShouldHaveSingleItem();
        disposition.ShouldStartWith("attachment;");
        disposition.ShouldContain("filename=\"bao cao thang 7.pdf\"");
        disposition.ShouldContain("filename*=UTF-8''B%C3%A1o%20c%C3%A1o%20th%C3%A1ng%207.pdf");
        response.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
        response.Headers.GetValues("Content-Security-Policy").ShouldBe(["sandbox"]);
    }

    [Fact]
    public async Task Download_OtherCommuneIs404_AnonymousMustSignIn_DeletedUpdateTakesItsFile()
    {
        var (_, task, client) = await SetupAsync();
        await UploadAsync(client, task, "bao-cao.pdf", Pdf);
        var stored = (await AttachmentOfAsync(task)).ShouldNotBeNull();
        var elsewhere = await MonitoringSeed.CommuneAsync(App);
        var (stranger, _) = await MonitoringSeed.SignInAsync(App, Roles.StandingOfficer, elsewhere.Commune.Id);

        (await stranger.GetAsync($"/Attachments/{stored.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var anonymous = await App.CreateClient(new() { AllowAutoRedirect = false }).GetAsync($"/Attachments/{stored.Id}");
        anonymous.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        anonymous.Headers.Location!.OriginalString.ShouldContain("/Account/Login");

        var update = (await MonitoringSeed.UpdatesAsync(App, task)).Single();
        (await WebAppFixture.PostFormAsync(client, $"/TaskUpdates/{update.Id}/Delete", [])).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await App.WithDbAsync(db => db.Attachments.AnyAsync(a => a.Id == stored.Id))).ShouldBeFalse();
        await AuditAssert.HasEntryAsync(App, "Attachment", stored.Id, AuditAction.Delete);
        (await client.GetAsync($"/Attachments/{stored.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Edit_ReplacesOrRemovesTheAttachment()
    {
        var (_, task, client) = await SetupAsync();
        await UploadAsync(client, task, "cu.pdf", Pdf);
        var first = (await AttachmentOfAsync(task)).ShouldNotBeNull();
        var update = (await MonitoringSeed.UpdatesAsync(App, task)).Single();

        var form = new MultipartFormDataContent
        {
            { new StringContent("InProgress"), "Update.State" },
            { new StringContent("60"), "Update.PercentDone" },
            { new ByteArrayContent(Png), "Update.Attachment", "anh.png" },
        };
        (await WebAppFixture.PostMultipartAsync(client, $"/TaskUpdates/{update.Id}/Edit", form)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var second = (await AttachmentOfAsync(task)).ShouldNotBeNull();
        second.FileName.ShouldBe("anh.png");
        (await App.WithDbAsync(db => db.Attachments.AnyAsync(a => a.Id == first.Id))).ShouldBeFalse();

        var remove = new MultipartFormDataContent
        {
            { new StringContent("InProgress"), "Update.State" },
            { new StringContent("60"), "Update.PercentDone" },
            { new StringContent("true"), "Update.RemoveAttachment" },
        };
        (await WebAppFixture.PostMultipartAsync(client, $"/TaskUpdates/{update.Id}/Edit", remove)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await AttachmentOfAsync(task)).ShouldBeNull();
        (await App.WithDbAsync(db => db.Attachments.AnyAsync(a => a.Id == second.Id))).ShouldBeFalse();
    }
}

public sealed class AttachmentTests_Sqlite(SqliteWebApp app) : AttachmentTests(app), IClassFixture<SqliteWebApp>;

public sealed class AttachmentTests_Postgres(PostgresWebApp app) : AttachmentTests(app), IClassFixture<PostgresWebApp>;
