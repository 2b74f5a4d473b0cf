using System.Net;

namespace SauRo.Tests.Web;

public abstract class DeadlineExplainTests(WebAppFixture app) : WebTest(app)
{
    [Theory]
    [InlineData("Quý III/2026", null, "Trong quý", "Trong quý III/2026 (01/07/2026–30/09/2026)")]
    [InlineData("Trước ngày 30/4/2026", null, "Hạn một ngày", "Hạn 30/04/2026")]
    [InlineData("Trong tháng 5", 2026, "Trong tháng", "Trong tháng 05/2026 (hạn 31/05/2026)")]
    [InlineData("Từ quý II đến quý III năm 2026", null, "Trong khoảng thời gian", "Từ 01/04/2026 đến 30/09/2026")]
    [InlineData("Hằng quý", null, "Định kỳ, thường xuyên", "Hằng quý")]
    [InlineData("bắt đầu từ ngày 10/4/2026", null, "Thường xuyên từ một ngày", "Thường xuyên, bắt đầu từ 10/04/2026")]
    [InlineData("Báo cáo khi có văn bản yêu cầu", null, "Khi có yêu cầu", "Khi có yêu cầu (không có hạn cố định)")]
    public async Task Explain_UnderstoodForms_ShowKindAndDates(string text, int? year, string kind, string meaning)
    {
        var client = await App.AdminClientAsync();
        var url = "/Deadlines/Explain?Input.DueText=" + Uri.EscapeDataString(text) + (year is null ? "" : $"&year={year}");

        var response = await client.GetAsync(url);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = (await response.Content.ReadAsStringAsync()).Trim();
        html.ShouldBe($"<span class=\"badge ok\">{kind}</span> <span>{meaning}</span>");
    }

    [Theory]
    [InlineData("Theo tiến độ của tỉnh", "Chưa hiểu thời hạn: không nhận ra dạng thời hạn")]
    [InlineData("", "Chưa hiểu thời hạn: không có thời hạn")]
    [InlineData("Trong tháng 5", "Chưa hiểu thời hạn")]
    public async Task Explain_NotUnderstood_WarnsThatRoThoiGianWillBeMissing(string text, string message)
    {
        var client = await App.AdminClientAsync();

        var html = await client.GetStringAsync("/Deadlines/Explain?Input.DueText=" + Uri.EscapeDataString(text));

        html.ShouldContain($"<strong class=\"due-warn\">{message}");
        html.ShouldContain("nhiệm vụ sẽ thiếu «rõ thời gian»");
        html.ShouldNotContain("<html");
    }

    [Fact]
    public async Task Explain_AdjustedDeadlineField_IsUnderstoodToo()
    {
        var client = await App.AdminClientAsync();

        var html = await client.GetStringAsync("/Deadlines/Explain?Input.AdjustedDueText=" + Uri.EscapeDataString("Quý II/2026"));

        html.ShouldContain("Trong quý II/2026 (01/04/2026–30/06/2026)");
    }

    [Fact]
    public async Task Explain_Anonymous_RedirectsToLogin()
    {
        var response = await App.CreateClient(new() { AllowAutoRedirect = false }).GetAsync("/Deadlines/Explain?Input.DueText=Qu%C3%BD%20I");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/Account/Login");
    }
}

public sealed class DeadlineExplainTests_Sqlite(SqliteWebApp app) : DeadlineExplainTests(app), IClassFixture<SqliteWebApp>;

public sealed class DeadlineExplainTests_Postgres(PostgresWebApp app) : DeadlineExplainTests(app), IClassFixture<PostgresWebApp>;
