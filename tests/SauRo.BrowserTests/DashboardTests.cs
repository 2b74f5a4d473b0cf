using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using SauRo.Features.Accounts;
using SauRo.Tests.Web;

namespace SauRo.BrowserTests;

/// <summary>
/// The leader's dashboard in the browser: opens it from the header, clicks the overdue count, lands on exactly those
/// tasks, then downloads the commune's report as .docx and .xlsx.
/// </summary>
public sealed class DashboardTests(BrowserApp browser) : BrowserTest(browser)
{
    [Fact]
    public Task Leader_ClicksTheOverdueCount_LandsOnThoseTasks_AndDownloadsBothReportFiles() => ScenarioAsync(async page =>
    {
        // 22/11/2026 in Vietnam: of the 10 tasks (due "Quý III/2026", every fifth not understood) 8 are overdue.
        Browser.App.Clock.Set(new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.FromHours(7)));
        var (_, commune, _) = await Browser.App.NewCommuneAsync();
        var planId = await BrowserSeed.PlanAsync(Browser.App, commune.Id);
        var overdue = await Browser.App.WithDbAsync(db =>
            db.Tasks.Where(t => t.PlanId == planId && !t.DueText.StartsWith("Theo")).Select(t => t.Id).ToListAsync());
        overdue.Count.ShouldBe(8);
        var leader = await Browser.App.NewUserAsync(Roles.Leader, commune.Id);

        await LogInAsync(page, leader, WebAppFixture.Password);
        await page.GetByRole(AriaRole.Link, new() { Name = "Bảng điều khiển", Exact = true }).First.ClickAsync();
        await page.WaitForURLAsync(new Regex($@"/Dashboards/{commune.Id}$"));
        (await page.Locator("h1").InnerTextAsync()).ShouldBe($"Bảng điều khiển: {commune.Name}");
        var count = page.Locator("table[data-counts=tasks] a[data-status=overdue]");
        (await count.InnerTextAsync()).ShouldBe("8");

        await count.ClickAsync();
        await page.WaitForURLAsync(new Regex($@"/Dashboards/{commune.Id}/Tasks\?.*status=overdue"));
        (await page.Locator("#task-list-summary").InnerTextAsync()).ShouldStartWith($"8 nhiệm vụ của {commune.Name}");
        var ids = await page.Locator("tr[data-task-id]").EvaluateAllAsync<int[]>("rows => rows.map(r => Number(r.dataset.taskId))");
        ids.ShouldBe(overdue, ignoreOrder: true);
        (await page.Locator("tr[data-task-id] [data-status]").AllInnerTextsAsync()).ShouldAllBe(s => s == "Quá hạn chưa hoàn thành");

        await page.GoBackAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Xuất báo cáo" }).ClickAsync();
        await page.WaitForURLAsync(new Regex(@"/ReportFiles\?"));
        foreach (var (button, extension) in new[] { ("#download-docx", ".docx"), ("#download-xlsx", ".xlsx") })
        {
            var download = await page.RunAndWaitForDownloadAsync(() => page.Locator(button).ClickAsync());
            download.SuggestedFilename.ShouldEndWith(extension);
            var path = Path.Combine(ScreenshotDirectory, "..", "downloads", download.SuggestedFilename);
            await download.SaveAsAsync(path);
            var bytes = await File.ReadAllBytesAsync(path);
            bytes.Length.ShouldBeGreaterThan(2000);
            (bytes[0], bytes[1]).ShouldBe(((byte)'P', (byte)'K')); // an Open XML package
        }
    });
}
