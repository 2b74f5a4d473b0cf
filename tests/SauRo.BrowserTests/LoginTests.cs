using Microsoft.Playwright;
using SauRo.Features.Accounts;
using SauRo.Tests.Web;

namespace SauRo.BrowserTests;

public sealed class LoginTests(BrowserApp browser) : BrowserTest(browser)
{
    [Fact]
    public Task LogIn_WithTheRightPassword_ShowsTheCommunesPlans() => ScenarioAsync(async page =>
    {
        var (_, commune, _) = await Browser.App.NewCommuneAsync();
        var user = await Browser.App.NewUserAsync(Roles.Admin, null);

        await LogInAsync(page, user, WebAppFixture.Password);

        (await page.Locator("h1").InnerTextAsync()).ShouldBe("Kế hoạch theo đơn vị");
        (await page.Locator("main").InnerTextAsync()).ShouldContain(commune.Name);
        (await page.GetByRole(AriaRole.Button, new() { Name = "Đăng xuất" }).IsVisibleAsync()).ShouldBeTrue();
    });

    [Fact]
    public Task LogIn_WithAWrongPassword_SaysSoInVietnamese() => ScenarioAsync(async page =>
    {
        var user = await Browser.App.NewUserAsync(Roles.StandingOfficer, null);
        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("Tên đăng nhập").FillAsync(user);
        await page.GetByLabel("Mật khẩu").FillAsync("khong-phai-mat-khau");
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();

        (await page.Locator(".errors").InnerTextAsync()).ShouldContain("Tên đăng nhập hoặc mật khẩu không đúng.");
        page.Url.ShouldContain("/Account/Login");
    });
}
