using System.Runtime.CompilerServices;
using Microsoft.Playwright;

namespace SauRo.BrowserTests;

/// <summary>Runs a browser scenario and, when it fails, saves a screenshot of the page to TestResults/screenshots.</summary>
public abstract class BrowserTest(BrowserApp browser) : IClassFixture<BrowserApp>
{
    protected BrowserApp Browser { get; } = browser;

    public static string ScreenshotDirectory
    {
        get
        {
            var dir = Environment.GetEnvironmentVariable("SAURO_SCREENSHOTS")
                ?? Path.Combine(SauRo.Core.Tests.Fixtures.SampleFiles.RepositoryRoot, "TestResults", "screenshots");
            Directory.CreateDirectory(dir);
            return dir;
        }
    }

    protected async Task ScenarioAsync(Func<IPage, Task> scenario, [CallerMemberName] string name = "")
    {
        var page = await Browser.NewPageAsync();
        try
        {
            await scenario(page);
        }
        catch
        {
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotDirectory, $"{GetType().Name}.{name}.png"), FullPage = true });
            throw;
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    protected static async Task LogInAsync(IPage page, string userName, string password)
    {
        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("Tên đăng nhập").FillAsync(userName);
        await page.GetByLabel("Mật khẩu").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/Account/Login", StringComparison.Ordinal));
    }
}
