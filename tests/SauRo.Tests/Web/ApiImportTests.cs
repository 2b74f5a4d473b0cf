using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using SauRo.Core.Import;

namespace SauRo.Tests.Web;

public abstract class ApiImportTests(WebAppFixture app) : ApiTests(app)
{
    private const string DemoFile = "ke-hoach-xa-an-binh-2026.md";

    private static byte[] Demo => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "DemoData", DemoFile));

    [Fact]
    public async Task DryRun_ReturnsThePreview_AndWritesNothing()
    {
        var a = await CommuneWithOfficerAsync();
        var parsed = PlanFileReader.Read(Demo, DemoFile).Value!;
        var before = await RowCountsAsync();

        var preview = await JsonAsync(await UploadAsync(a.Client, a.Id, Demo, DemoFile, dryRun: true), HttpStatusCode.OK);

        preview.GetProperty("unitId").GetInt32().ShouldBe(a.Id);
        preview.GetProperty("isNewVersion").GetBoolean().ShouldBeFalse();
        preview.GetProperty("plan").GetProperty("title").GetString().ShouldBe(parsed.Header.Title);
        preview.GetProperty("plan").GetProperty("year").GetInt32().ShouldBe(2026);
        var counts = preview.GetProperty("counts");
        counts.GetProperty("indicators").GetInt32().ShouldBe(9);
        counts.GetProperty("tasks").GetInt32().ShouldBe(10);
        counts.GetProperty("sixClearTasks").GetInt32().ShouldBe(parsed.Tasks.Count(t => t.SixClear.IsComplete));
        counts.GetProperty("reportingDuties").GetInt32().ShouldBe(parsed.Reporting.Count);
        Strings(preview.GetProperty("warnings")).ShouldBe(parsed.Warnings);
        var offices = preview.GetProperty("offices").EnumerateArray().ToDictionary(o => o.GetProperty("writtenName").GetString()!);
        var vhxh = offices["Phòng Văn hóa - Xã hội"];
        vhxh.GetProperty("proposed").GetString().ShouldBe("existing");
        vhxh.GetProperty("matchedUnitId").GetInt32().ShouldBe(a.Office("Phòng Văn hóa - Xã hội").Id);
        offices.Values.ShouldContain(o => o.GetProperty("proposed").GetString() == "createNew");
        var changes = preview.GetProperty("changes");
        changes.GetProperty("added").GetInt32().ShouldBe(19);
        changes.GetProperty("changed").GetInt32().ShouldBe(0);
        changes.GetProperty("removed").GetInt32().ShouldBe(0);
        changes.GetProperty("items").GetArrayLength().ShouldBe(19);
        changes.GetProperty("items")[0].GetProperty("item").GetString().ShouldBe("indicator");
        changes.GetProperty("items")[0].GetProperty("kind").GetString().ShouldBe("added");

        (await RowCountsAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task Apply_Returns201_AndStoresThePlan_ThenASecondUploadIsANewVersion()
    {
        var a = await CommuneWithOfficerAsync();
        var preview = await JsonAsync(await UploadAsync(a.Client, a.Id, Demo, DemoFile, dryRun: true), HttpStatusCode.OK);
        var toCreate = preview.GetProperty("offices").EnumerateArray().Count(o => o.GetProperty("proposed").GetString() == "createNew");

        var response = await UploadAsync(a.Client, a.Id, Demo, DemoFile);
        var result = await JsonAsync(response, HttpStatusCode.Created);
        var planId = result.GetProperty("planId").GetInt32();
        response.Headers.Location!.ToString().ShouldBe($"/api/v1/plans/{planId}");
        result.GetProperty("isNewVersion").GetBoolean().ShouldBeFalse();
        result.GetProperty("added").GetInt32().ShouldBe(19);

        var stored = await DbAsync(async db => new
        {
            Plan = await db.Plans.SingleAsync(p => p.Id == planId),
            Tasks = await db.Tasks.CountAsync(t => t.PlanId == planId),
            Indicators = await db.Indicators.CountAsync(i => i.PlanId == planId),
            Import = await db.PlanImports.SingleAsync(i => i.PlanId == planId),
            Offices = await db.Units.CountAsync(u => u.ParentId == a.Id),
        });
        stored.Plan.UnitId.ShouldBe(a.Id);
        stored.Plan.Year.ShouldBe(2026);
        stored.Tasks.ShouldBe(10);
        stored.Indicators.ShouldBe(9);
        stored.Import.FileName.ShouldBe(DemoFile);
        stored.Import.Added.ShouldBe(19);
        stored.Import.ImportedBy.ShouldNotBeNullOrEmpty();
        stored.Offices.ShouldBe(a.Offices.Count + toCreate);
        var plan = await JsonAsync(await a.Client.GetAsync($"/api/v1/plans/{planId}"), HttpStatusCode.OK);
        plan.GetProperty("tasks").GetArrayLength().ShouldBe(10);
        plan.GetProperty("tasks")[0].GetProperty("lead")[0].GetProperty("unitId").GetInt32().ShouldBe(a.Office("Phòng Văn hóa - Xã hội").Id);

        var again = await JsonAsync(await UploadAsync(a.Client, a.Id, Demo, DemoFile), HttpStatusCode.Created);
        again.GetProperty("planId").GetInt32().ShouldBe(planId);
        again.GetProperty("isNewVersion").GetBoolean().ShouldBeTrue();
        (again.GetProperty("added").GetInt32() + again.GetProperty("changed").GetInt32() + again.GetProperty("removed").GetInt32()).ShouldBe(0);
        (await DbAsync(db => db.Plans.CountAsync(p => p.UnitId == a.Id))).ShouldBe(1);
        (await DbAsync(db => db.PlanImports.CountAsync(i => i.PlanId == planId))).ShouldBe(2);
    }

    [Fact]
    public async Task UnreadableFiles_Are400WithTheReason_AndWriteNothing()
    {
        var a = await CommuneWithOfficerAsync();
        var before = await RowCountsAsync();

        await ShouldBeInvalidAsync(await UploadAsync(a.Client, a.Id, [], "trong.md"), "file", "rỗng");
        await ShouldBeInvalidAsync(await UploadAsync(a.Client, a.Id, Encoding.ASCII.GetBytes("%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n"), "ke-hoach.pdf"), "file", "là PDF");
        await ShouldBeInvalidAsync(await UploadAsync(a.Client, a.Id, Encoding.UTF8.GetBytes("Kính mời các đồng chí dự họp lúc 8 giờ sáng thứ Hai.\nTrân trọng."), "giay-moi.txt"), "file", "không phải kế hoạch");
        await ShouldBeInvalidAsync(await UploadAsync(a.Client, a.Id, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0], "anh.md"), "file", "là ảnh");
        await ShouldBeInvalidAsync(await UploadAsync(a.Client, a.Id, null, null), "file", "Hãy chọn tệp kế hoạch");
        await ShouldBeInvalidAsync(await UploadAsync(a.Client, null, Demo, DemoFile), "unitId", "Hãy chọn đơn vị");
        await ShouldBeInvalidAsync(await UploadAsync(a.Client, a.Offices[0].Id, Demo, DemoFile), "unitId", "xã/phường hoặc một tỉnh");
        await ShouldBeProblemAsync(await a.Client.PostAsJsonAsync("/api/v1/plans/import", new { unitId = a.Id }), HttpStatusCode.UnsupportedMediaType, "multipart/form-data");

        (await RowCountsAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task FileOver20MB_Is413_AndWritesNothing()
    {
        var a = await CommuneWithOfficerAsync();
        var before = await RowCountsAsync();
        var big = new byte[(20 * 1024 * 1024) + 1];
        Demo.CopyTo(big, 0);
        Array.Fill(big, (byte)' ', Demo.Length, big.Length - Demo.Length);

        await ShouldBeProblemAsync(await UploadAsync(a.Client, a.Id, big, "lon.md"), HttpStatusCode.RequestEntityTooLarge, "tới 20 MB");

        (await RowCountsAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task IntoAnotherCommune_Is403_MissingUnit404_AndWriteNothing()
    {
        var a = await CommuneWithOfficerAsync();
        var b = await CommuneWithOfficerAsync();
        var before = await RowCountsAsync();

        await ShouldBeProblemAsync(await UploadAsync(b.Client, a.Id, Demo, DemoFile), HttpStatusCode.Forbidden);
        await ShouldBeProblemAsync(await UploadAsync(b.Client, a.Id, Demo, DemoFile, dryRun: true), HttpStatusCode.Forbidden);
        await ShouldBeProblemAsync(await UploadAsync(b.Client, 987654321, Demo, DemoFile), HttpStatusCode.NotFound);

        (await RowCountsAsync()).ShouldBe(before);
    }

    private static Task<HttpResponseMessage> UploadAsync(HttpClient client, int? unitId, byte[]? content, string? fileName, bool dryRun = false)
    {
        var form = new MultipartFormDataContent();
        if (unitId is not null)
        {
            form.Add(new StringContent(unitId.Value.ToString(CultureInfo.InvariantCulture)), "unitId");
        }

        if (content is not null)
        {
            form.Add(new ByteArrayContent(content), "file", fileName!);
        }

        return client.PostAsync(dryRun ? "/api/v1/plans/import?dryRun=true" : "/api/v1/plans/import", form);
    }
}

public sealed class ApiImportTests_Sqlite(SqliteWebApp app) : ApiImportTests(app), IClassFixture<SqliteWebApp>;

public sealed class ApiImportTests_Postgres(PostgresWebApp app) : ApiImportTests(app), IClassFixture<PostgresWebApp>;
