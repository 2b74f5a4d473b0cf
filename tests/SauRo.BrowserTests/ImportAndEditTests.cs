using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SauRo.Core.Tests.Fixtures;
using SauRo.Features.Accounts;
using SauRo.Tests.Web;

namespace SauRo.BrowserTests;

/// <summary>
/// The standing body's first day: log in, upload the commune's plan, confirm the preview, see the tasks with their
/// 06-rõ flags, fix a deadline the document left vague and see the flags change.
/// </summary>
public sealed partial class ImportAndEditTests(BrowserApp browser) : BrowserTest(browser)
{
    private static readonly string DemoPlan = Path.Combine(SampleFiles.DemoDirectory, "ke-hoach-xa-an-binh-2026.md");

    [Fact]
    public Task ImportPreviewConfirmThenEditADeadline_UpdatesThe06RoFlags() => ScenarioAsync(async page =>
    {
        var (_, commune, _) = await Browser.App.NewCommuneAsync("Xã An Bình");
        var user = await Browser.App.NewUserAsync(Roles.StandingOfficer, commune.Id);
        await LogInAsync(page, user, WebAppFixture.Password);

        await page.GotoAsync("/Import");
        await page.Locator("select[name=UnitId]").SelectOptionAsync(commune.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.Locator("input[name=File]").SetInputFilesAsync(DemoPlan);
        await page.GetByRole(AriaRole.Button, new() { Name = "Tải lên và xem trước" }).ClickAsync();

        await page.WaitForURLAsync(new Regex("/Import/Preview/"));
        var preview = await page.Locator("main").InnerTextAsync();
        preview.ShouldContain("15/KH-UBND");
        preview.ShouldContain("Theo tiến độ của tỉnh");
        await page.GetByRole(AriaRole.Button, new() { Name = "Xác nhận nhập" }).ClickAsync();

        await page.WaitForURLAsync(new Regex(@"/Plans/\d+"));
        (await page.Locator("tr[data-task-id]").CountAsync()).ShouldBe(10);
        (await page.Locator("#six-clear-summary").InnerTextAsync()).ShouldContain("7/10 nhiệm vụ đủ 06 rõ");
        var vague = page.Locator("tr[data-task-id]", new() { HasText = "Rà soát, đề xuất điều chỉnh các nhiệm vụ chậm tiến độ" });
        (await vague.Locator(".six").GetAttributeAsync("data-missing"))!.ShouldContain("rõ thời gian");

        await vague.GetByRole(AriaRole.Link, new() { Name = "Sửa" }).ClickAsync();
        await page.WaitForURLAsync(new Regex(@"/Tasks/\d+/Edit"));
        var due = page.Locator("#Input_DueText");
        await due.FillAsync("Quý III/2026");
        await page.Locator("#due-preview").GetByText("30/09/2026").WaitForAsync();
        (await page.Locator("#due-preview").InnerTextAsync()).ShouldContain("Trong quý III/2026");
        await page.Locator("form button.primary").ClickAsync();

        await page.WaitForURLAsync(new Regex(@"/Plans/\d+"));
        var row = page.Locator("tr[data-task-id]", new() { HasText = "Rà soát, đề xuất điều chỉnh các nhiệm vụ chậm tiến độ" });
        var missing = await row.Locator(".six").GetAttributeAsync("data-missing");
        missing!.ShouldNotContain("rõ thời gian");
        missing!.ShouldContain("rõ người");
        (await row.InnerTextAsync()).ShouldContain("Quý III/2026");
        (await page.Locator("main").InnerTextAsync()).ShouldNotContain("Thiếu rõ thời gian");
    });
}
