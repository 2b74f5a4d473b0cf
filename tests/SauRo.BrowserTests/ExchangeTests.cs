using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SauRo.Core.Text;
using SauRo.Data.Entities;
using SauRo.Features.Accounts;
using SauRo.Tests.Web;

namespace SauRo.BrowserTests;

/// <summary>
/// Upward exchange in the browser: an administrator downloads a commune's exchange file from its unit page, uploads it
/// into a province that does not have that commune yet, reads the preview, confirms, and finds the new commune with
/// its overdue tasks in the province's dashboard.
/// </summary>
public sealed class ExchangeTests(BrowserApp browser) : BrowserTest(browser)
{
    [Fact]
    public Task Admin_DownloadsACommunesFile_ImportsItIntoAProvince_AndSeesItOnTheDashboard() => ScenarioAsync(async page =>
    {
        // 22/11/2026 in Vietnam: of the seed's 10 tasks (due "Quý III/2026", every fifth not understood) 8 are overdue.
        Browser.App.Clock.Set(new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.FromHours(7)));
        var (_, commune, _) = await Browser.App.NewCommuneAsync();
        await BrowserSeed.PlanAsync(Browser.App, commune.Id);
        var tag = Guid.NewGuid().ToString("N")[..6];
        var province = await Browser.App.WithDbAsync(async db =>
        {
            var unit = new Unit { Name = $"Tỉnh Nhận {tag}", NameKey = VietnameseText.Fold($"Tỉnh Nhận {tag}"), Kind = UnitKind.Province, CreatedAt = Browser.App.Clock.GetUtcNow() };
            db.Units.Add(unit);
            await db.SaveChangesAsync();
            return unit;
        });
        var admin = await Browser.App.NewUserAsync(Roles.Admin, null);
        await LogInAsync(page, admin, WebAppFixture.Password);

        await page.GotoAsync($"/Units/{commune.Id}");
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#exchange-download").ClickAsync());
        download.SuggestedFilename.ShouldEndWith(".json");
        var path = Path.Combine(ScreenshotDirectory, "..", "downloads", download.SuggestedFilename);
        await download.SaveAsAsync(path);

        // The same commune's data, as another province's commune that the receiving province does not have yet.
        var json = JsonNode.Parse(await File.ReadAllTextAsync(path))!;
        json["commune"]!["name"] = $"Xã Mới {tag}";
        json["commune"]!["province"] = province.Name;
        await File.WriteAllTextAsync(path, json.ToJsonString());

        await page.GotoAsync("/Exchange/Import");
        await page.SelectOptionAsync("#ProvinceId", province.Id.ToString(CultureInfo.InvariantCulture));
        await page.SetInputFilesAsync("#File", path);
        await page.GetByRole(AriaRole.Button, new() { Name = "Tải lên và xem trước" }).ClickAsync();
        await page.WaitForURLAsync(new Regex(@"/Exchange/Preview/[0-9a-f-]+$"));
        (await page.Locator("#exchange-commune").InnerTextAsync()).ShouldContain("sẽ tạo xã mới");
        (await page.Locator("[data-count=plans]").InnerTextAsync()).ShouldBe("1");
        (await page.Locator("[data-count=tasks]").InnerTextAsync()).ShouldBe("10");
        (await page.Locator("[data-count=indicators]").InnerTextAsync()).ShouldBe("0");

        await page.GetByRole(AriaRole.Button, new() { Name = "Xác nhận nhập" }).ClickAsync();
        await page.WaitForURLAsync(new Regex(@"/Units/\d+$"));
        var newId = int.Parse(new Uri(page.Url).Segments[^1], CultureInfo.InvariantCulture);
        newId.ShouldNotBe(commune.Id);
        (await page.Locator("h1").InnerTextAsync()).ShouldContain($"Xã Mới {tag}");

        await page.GotoAsync($"/Dashboards/{province.Id}");
        var row = page.Locator($"tr[data-commune-id='{newId}']");
        (await row.Locator("td").First.InnerTextAsync()).ShouldBe($"Xã Mới {tag}");
        (await row.Locator("a[data-status=overdue]").InnerTextAsync()).ShouldBe("8");
        (await page.Locator("tr[data-commune-id]").CountAsync()).ShouldBe(1);
    });
}
