using System.Net;

namespace SauRo.Tests.Web;

public abstract class SearchTests(WebAppFixture app) : WebTest(app)
{
    [Fact]
    public async Task Search_IgnoresTonePlacementAndDiacritics()
    {
        var (_, commune, _) = await App.NewCommuneAsync();
        var planId = await PlanSeed.ImportAsync(App, commune.Id);
        var digitize = await PlanSeed.TaskAsync(App, planId, "3");
        var propaganda = await PlanSeed.TaskAsync(App, planId, "8");
        var client = await PlanSeed.OfficerAsync(App, commune.Id);

        // The plan writes "Số hóa hồ sơ"; the user types the other tone placement.
        var html = await client.GetStringAsync("/Search?q=" + Uri.EscapeDataString("số hoá hồ sơ"));
        html.ShouldContain($"<a href=\"/Plans/{planId}#task-{digitize.Id}\">Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực</a>");

        var bare = await client.GetStringAsync("/Search?q=" + Uri.EscapeDataString("chuyen doi so tren he thong"));
        bare.ShouldContain($"/Plans/{planId}#task-{propaganda.Id}");
        bare.ShouldContain(commune.Name);

        var plans = await client.GetStringAsync("/Search?q=" + Uri.EscapeDataString("CHUYEN DOI SO"));
        plans.ShouldContain($"<a href=\"/Plans/{planId}\">Phát triển khoa học");
        plans.ShouldContain("15/KH-UBND");

        var indicators = await client.GetStringAsync("/Search?q=" + Uri.EscapeDataString("bình dân học vụ"));
        indicators.ShouldContain("Chỉ tiêu (1)");
        indicators.ShouldContain("Tỷ lệ dân số trưởng thành có kỹ năng số cơ bản");
    }

    [Fact]
    public async Task Search_OnlyFindsTheVisibleUnitsItems()
    {
        var (_, mine, _) = await App.NewCommuneAsync();
        var (_, other, _) = await App.NewCommuneAsync();
        var tag = Guid.NewGuid().ToString("N")[..8];
        await PlanSeed.BuildAsync(App, mine.Id, tasks: 1, indicators: 0, title: $"Kế hoạch {tag} của tôi");
        await PlanSeed.BuildAsync(App, other.Id, tasks: 1, indicators: 0, title: $"Kế hoạch {tag} xã khác");
        var client = await PlanSeed.OfficerAsync(App, mine.Id);

        var html = await client.GetStringAsync($"/Search?q={tag}");

        html.ShouldContain($"Kế hoạch {tag} của tôi");
        html.ShouldNotContain($"Kế hoạch {tag} xã khác");
    }

    [Fact]
    public async Task Search_PercentAndUnderscoreAreLiteral()
    {
        var (_, commune, _) = await App.NewCommuneAsync();
        await PlanSeed.ImportAsync(App, commune.Id);
        var client = await PlanSeed.OfficerAsync(App, commune.Id);

        (await client.GetStringAsync("/Search?q=" + Uri.EscapeDataString("so%ho"))).ShouldContain("Không tìm thấy");
        (await client.GetStringAsync("/Search?q=" + Uri.EscapeDataString("so_hoa"))).ShouldContain("Không tìm thấy");
        (await client.GetStringAsync("/Search?q=" + Uri.EscapeDataString("so hoa"))).ShouldNotContain("Không tìm thấy");
    }

    [Theory]
    [InlineData("")]
    [InlineData(" a ")]
    [InlineData("long")]
    public async Task Search_EmptyOrTooLongQuery_GivesAVietnameseHint(string query)
    {
        var client = await App.AdminClientAsync();
        var q = query == "long" ? new string('a', 201) : query;

        var response = await client.GetAsync("/Search?q=" + Uri.EscapeDataString(q));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain(query == "long" ? "Từ khóa dài quá 200 ký tự" : "Hãy nhập ít nhất 2 ký tự");
        html.ShouldNotContain("Không tìm thấy");
    }

    [Fact]
    public async Task Search_Anonymous_RedirectsToLogin()
    {
        var response = await App.CreateClient(new() { AllowAutoRedirect = false }).GetAsync("/Search?q=so");
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/Account/Login");
    }
}

public sealed class SearchTests_Sqlite(SqliteWebApp app) : SearchTests(app), IClassFixture<SqliteWebApp>;

public sealed class SearchTests_Postgres(PostgresWebApp app) : SearchTests(app), IClassFixture<PostgresWebApp>;
