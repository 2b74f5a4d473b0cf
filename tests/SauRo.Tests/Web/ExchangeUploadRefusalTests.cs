using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using SauRo.Core.Exchange;
using SauRo.Core.Tests.Exchange;

namespace SauRo.Tests.Web;

/// <summary>Hostile and bad files sent to a province: each refused with a Vietnamese reason, and not one row written.</summary>
public abstract class ExchangeUploadRefusalTests(WebAppFixture app) : WebTest(app)
{
    /// <summary>A bad file, by name: the API's answer names the field with its reason.</summary>
    public static TheoryData<string, string, string> ApiCases => new()
    {
        { "not-json", "file", "không phải dữ liệu trao đổi JSON" },
        { "truncated", "file", "bị cắt cụt" },
        { "version-2", "file", "chỉ đọc phiên bản 1" },
        { "nesting-bomb", "file", "lồng quá sâu" },
        { "too-many-tasks", "plans[0].tasks", "tối đa 5.000 nhiệm vụ" },
        { "missing-content", "plans[0].tasks[1].content", "thiếu nội dung nhiệm vụ (bắt buộc)" },
        { "invalid-date", "plans[0].tasks[0].updates[0].completedOn", "«2026-02-30» không phải ngày hợp lệ" },
        { "bad-period", "plans[0].indicators[0].values[0].period", "kỳ «2026-Q5» không hợp lệ" },
        { "duplicate-ids", "plans[0].tasks[1].id", "trùng mã nhiệm vụ «101»" },
        { "control-chars", "plans[0].title", "ký tự điều khiển" },
        { "long-string", "plans[0].tasks[0].content", "dài quá 20.000 ký tự" },
        { "instant-without-offset", "plans[0].tasks[0].updates[0].at", "kèm múi giờ" },
    };

    [Theory]
    [MemberData(nameof(ApiCases))]
    public async Task Api_RefusesTheFile_NamesWhere_AndWritesNothing(string kind, string field, string message)
    {
        var (client, province) = await ProvinceAsync();
        var before = await ExchangeSeed.CountsAsync(App);

        var response = await PostAsync(client, province.Id, Bad(kind, province.Name));

        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, body);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        using var json = JsonDocument.Parse(body);
        json.RootElement.GetProperty("errors").GetProperty(field).EnumerateArray().Select(e => e.GetString()).ShouldContain(m => m!.Contains(message), body);
        (await ExchangeSeed.CountsAsync(App)).ShouldBe(before);
    }

    [Fact]
    public async Task Api_HugeFile_Is413_AndWritesNothing()
    {
        var (client, province) = await ProvinceAsync();
        var before = await ExchangeSeed.CountsAsync(App);
        var huge = new byte[ExchangeLimits.MaxFileBytes + 1];
        Array.Fill(huge, (byte)' ');
        huge[0] = (byte)'{';

        var response = await PostAsync(client, province.Id, huge);

        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        (await response.Content.ReadAsStringAsync()).ShouldContain("Sáu Rõ nhận tệp tới 20 MB");
        (await ExchangeSeed.CountsAsync(App)).ShouldBe(before);
    }

    [Fact]
    public async Task Page_NotJson_SaysSo_AndKeepsNothing()
    {
        var (client, province) = await ProvinceAsync();
        var before = await ExchangeSeed.CountsAsync(App);

        var response = await ExchangeSeed.UploadAsync(client, province.Id, Bad("not-json", province.Name), "ke-hoach.docx");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        html.ShouldContain("Tệp không phải dữ liệu trao đổi JSON (phải bắt đầu bằng «{»).");
        html.ShouldContain(">Tải lên và xem trước</button>");
        (await ExchangeSeed.CountsAsync(App)).ShouldBe(before);
    }

    [Fact]
    public async Task Page_ListsEveryFaultWithItsPath_AndKeepsNothing()
    {
        var (client, province) = await ProvinceAsync();
        var before = await ExchangeSeed.CountsAsync(App);
        var tree = Valid(province.Name);
        tree["plans"]![0]!["tasks"]![1]!.AsObject().Remove("content");
        tree["plans"]![0]!["tasks"]![0]!["updates"]![0]!["completedOn"] = "30/09/2026";

        var response = await ExchangeSeed.UploadAsync(client, province.Id, Encoding.UTF8.GetBytes(tree.ToJsonString()));

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        html.ShouldContain("có lỗi nên chưa nhập gì.");
        html.ShouldContain("<li><code>plans[0].tasks[1].content</code>: thiếu nội dung nhiệm vụ (bắt buộc).</li>");
        html.ShouldContain("<li><code>plans[0].tasks[0].updates[0].completedOn</code>: ngày hoàn thành «30/09/2026» không phải ngày hợp lệ; ngày viết dạng yyyy-MM-dd, ví dụ 2026-04-30.</li>");
        (await ExchangeSeed.CountsAsync(App)).ShouldBe(before);
    }

    [Fact]
    public async Task Page_HugeFile_IsRefusedWithAVietnameseMessage()
    {
        var (client, province) = await ProvinceAsync();
        var before = await ExchangeSeed.CountsAsync(App);
        var huge = new byte[ExchangeLimits.MaxFileBytes + 1];
        huge[0] = (byte)'{';

        var response = await ExchangeSeed.UploadAsync(client, province.Id, huge);

        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()).ShouldContain("quá lớn (20,0 MB); Sáu Rõ nhận tệp trao đổi tới 20 MB.");
        (await ExchangeSeed.CountsAsync(App)).ShouldBe(before);
    }

    [Fact]
    public async Task Preview_OfAnotherUsersUpload_IsNotFound_AndCancelLeavesItAlone()
    {
        var (owner, province) = await ProvinceAsync();
        var upload = await ExchangeSeed.UploadAsync(owner, province.Id, Encoding.UTF8.GetBytes(Valid(province.Name).ToJsonString()));
        var url = upload.Headers.Location!.OriginalString;
        var other = await App.AdminClientAsync();

        (await other.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var token = await WebAppFixture.AntiforgeryTokenAsync(other, "/Exchange/Import");
        await other.PostAsync($"{url}?handler=Cancel", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        (await owner.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var cancelled = await WebAppFixture.PostFormAsync(owner, $"{url}?handler=Cancel", [], url);
        cancelled.Headers.Location!.OriginalString.ShouldBe("/Exchange/Import");
        (await owner.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private async Task<(HttpClient Client, Data.Entities.Unit Province)> ProvinceAsync()
    {
        var province = await ExchangeSeed.NewProvinceAsync(App, $"Tỉnh Nhận {Guid.NewGuid():N}"[..16]);
        var client = await App.SignedInClientAsync(await App.NewUserAsync(Features.Accounts.Roles.ProvinceOfficer, province.Id));
        return (client, province);
    }

    /// <summary>The contract's example, for a commune of <paramref name="province"/>, exported on the fixtures' day.</summary>
    private static JsonNode Valid(string province)
    {
        var tree = ExchangeExample.Tree();
        tree["commune"]!["province"] = province;
        tree["commune"]!["name"] = $"Xã Mẫu {Guid.NewGuid():N}"[..14];
        tree["exportedAt"] = "2026-11-22T08:00:00+07:00";
        return tree;
    }

    private static byte[] Bad(string kind, string province)
    {
        var tree = Valid(province);
        var plan = tree["plans"]![0]!;
        switch (kind)
        {
            case "not-json":
                return Encoding.UTF8.GetBytes("Xin chào, đây là kế hoạch của xã.");
            case "truncated":
                var text = tree.ToJsonString();
                return Encoding.UTF8.GetBytes(text[..(text.Length * 2 / 3)]);
            case "version-2":
                tree["version"] = 2;
                break;
            case "nesting-bomb":
                return Encoding.UTF8.GetBytes("{\"format\":\"sauro-exchange\",\"plans\":" + new string('[', 50_000) + new string(']', 50_000) + "}");
            case "too-many-tasks":
                plan["tasks"] = new JsonArray(Enumerable.Range(0, ExchangeLimits.MaxTasksPerPlan + 1).Select(_ => (JsonNode)new JsonObject { ["content"] = "Việc" }).ToArray());
                break;
            case "missing-content":
                plan["tasks"]![1]!.AsObject().Remove("content");
                break;
            case "invalid-date":
                plan["tasks"]![0]!["updates"]![0]!["completedOn"] = "2026-02-30";
                break;
            case "bad-period":
                plan["indicators"]![0]!["values"]![0]!["period"] = "2026-Q5";
                break;
            case "duplicate-ids":
                plan["tasks"]![1]!["id"] = "101";
                break;
            case "control-chars":
                plan["title"] = "Kế hoạch\u001b[31m đỏ";
                break;
            case "long-string":
                plan["tasks"]![0]!["content"] = new string('x', ExchangeLimits.LongText + 1);
                break;
            case "instant-without-offset":
                plan["tasks"]![0]!["updates"]![0]!["at"] = "2026-09-25 16:00";
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, null);
        }

        return Encoding.UTF8.GetBytes(tree.ToJsonString());
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, int provinceId, byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return client.PostAsync($"/api/v1/exchange/import?provinceId={provinceId}", content);
    }
}

public sealed class ExchangeUploadRefusalTests_Sqlite(SqliteWebApp app) : ExchangeUploadRefusalTests(app), IClassFixture<SqliteWebApp>;

public sealed class ExchangeUploadRefusalTests_Postgres(PostgresWebApp app) : ExchangeUploadRefusalTests(app), IClassFixture<PostgresWebApp>;
