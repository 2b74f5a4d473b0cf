using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SauRo.Core.Import;
using SauRo.Core.Tests.Fixtures;
using SauRo.Features.Accounts;
using SauRo.Features.Import;
using SauRo.Tests.Web;

namespace SauRo.BrowserTests;

/// <summary>
/// Makes the README's screenshot (the demo plan's page) when SAURO_README_SCREENSHOT names the file to write:
/// <c>SAURO_README_SCREENSHOT=docs/screenshot-plan.png dotnet test tests/SauRo.BrowserTests --filter ReadmeScreenshot</c>.
/// </summary>
public sealed class ReadmeScreenshotTests(BrowserApp browser) : BrowserTest(browser)
{
    [Fact]
    public Task ReadmeScreenshot_PlanPage() => ScenarioAsync(async page =>
    {
        var target = Environment.GetEnvironmentVariable("SAURO_README_SCREENSHOT");
        if (string.IsNullOrEmpty(target))
        {
            Assert.Skip("Chỉ chạy khi đặt SAURO_README_SCREENSHOT (đường dẫn ảnh cần ghi).");
        }

        var (_, commune, _) = await Browser.App.NewCommuneAsync("Xã An Bình");
        var bytes = await File.ReadAllBytesAsync(Path.Combine(SampleFiles.DemoDirectory, "ke-hoach-xa-an-binh-2026.md"));
        int planId;
        await using (var scope = Browser.App.Services.CreateAsyncScope())
        {
            var parsed = PlanFileReader.Read(bytes, "ke-hoach-xa-an-binh-2026.md").Value!;
            planId = await scope.ServiceProvider.GetRequiredService<PlanImporter>().ApplyAsync(commune.Id, parsed, "ke-hoach-xa-an-binh-2026.md", bytes, "demo", []);
        }

        var user = await Browser.App.NewUserAsync(Roles.StandingOfficer, commune.Id);
        await LogInAsync(page, user, WebAppFixture.Password);
        await page.SetViewportSizeAsync(1280, 1400);
        await page.GotoAsync($"/Plans/{planId}");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.GetFullPath(target, SampleFiles.RepositoryRoot) });
        File.Exists(Path.GetFullPath(target, SampleFiles.RepositoryRoot)).ShouldBeTrue();
    });
}
