using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using SauRo.Core.Plans;
using SauRo.Data.Entities;
using SauRo.Features.Accounts;
using SauRo.Features.Import;
using SauRo.Tests.Web;

namespace SauRo.BrowserTests;

/// <summary>
/// An office officer's rights in the browser: the task their office leads has the edit action and their change is
/// saved; the task another office leads has none, and a forged edit of it is refused and changes nothing.
/// </summary>
public sealed class OfficeOfficerTests(BrowserApp browser) : BrowserTest(browser)
{
    [Fact]
    public Task OfficeOfficer_EditsTheirOfficesTask_AndCannotEditAnotherOfficesTask() => ScenarioAsync(async page =>
    {
        var (_, commune, offices) = await Browser.App.NewCommuneAsync();
        var (mine, theirs) = (offices[0], offices[1]);
        var (planId, ownTask, otherTask) = await PlanWithTwoTasksAsync(commune, mine, theirs);
        var officer = await Browser.App.NewUserAsync(Roles.OfficeOfficer, mine.Id);
        await LogInAsync(page, officer, WebAppFixture.Password);

        // The plan page: "Sửa" on the row of the task the office leads, none on the other office's row.
        await page.GotoAsync($"/Plans/{planId}");
        var ownRow = page.Locator($"tr[data-task-id=\"{ownTask}\"]");
        var otherRow = page.Locator($"tr[data-task-id=\"{otherTask}\"]");
        (await ownRow.GetByRole(AriaRole.Link, new() { Name = "Sửa", Exact = true }).CountAsync()).ShouldBe(1);
        (await otherRow.GetByRole(AriaRole.Link, new() { Name = "Sửa", Exact = true }).CountAsync()).ShouldBe(0);
        (await otherRow.Locator($"a[href=\"/Tasks/{otherTask}/Edit\"]").CountAsync()).ShouldBe(0);
        (await page.Locator("main").InnerTextAsync()).ShouldContain("Nhiệm vụ của phòng khác");

        // Their own task: change the deadline and see it on the plan page.
        await ownRow.GetByRole(AriaRole.Link, new() { Name = "Sửa", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(new Regex($@"/Tasks/{ownTask}/Edit$"));
        await page.Locator("#Input_DueText").FillAsync("Quý IV/2026");
        await page.Locator("#due-preview").GetByText("31/12/2026").WaitForAsync();
        await page.Locator("form button.primary").ClickAsync();
        await page.WaitForURLAsync(new Regex($@"/Plans/{planId}"));
        (await page.Locator($"tr[data-task-id=\"{ownTask}\"]").InnerTextAsync()).ShouldContain("Quý IV/2026");
        (await DueTextAsync(ownTask)).ShouldBe("Quý IV/2026");

        // A forged POST for the other office's task, with the token and fields of their own task's edit form.
        await page.GotoAsync($"/Tasks/{ownTask}/Edit");
        var fields = await page.EvaluateAsync<string[][]>(
            "() => [...new FormData(document.querySelector('form.form'))].map(([name, value]) => [name, String(value)])");
        fields.ShouldContain(f => f[0] == "__RequestVerificationToken");
        var form = page.APIRequest.CreateFormData();
        foreach (var field in fields)
        {
            form.Append(field[0], field[0] switch
            {
                "Input.DueText" => "Quý I/2026",
                "Input.Content" => "Nội dung bị sửa trái phép",
                _ => field[1],
            });
        }

        var before = await TaskAsync(otherTask);
        var forged = await page.APIRequest.PostAsync($"/Tasks/{otherTask}/Edit", new() { Form = form, MaxRedirects = 0 });
        var refused = forged.Status == 403
            || (forged.Status == 302 && forged.Headers.TryGetValue("location", out var location) && location.Contains("/Account/AccessDenied", StringComparison.Ordinal));
        refused.ShouldBeTrue($"trả lời {forged.Status}");

        var after = await TaskAsync(otherTask);
        after.Content.ShouldBe(before.Content);
        after.DueText.ShouldBe("Quý III/2026");
        after.UpdatedAt.ShouldBe(before.UpdatedAt);
        after.Units.Where(u => u.Role == TaskUnitRole.Lead).Select(u => u.UnitId).ShouldBe([theirs.Id]);

        // The same token and fields do save their own task: the refusal is about the task, not a broken form.
        var own = await page.APIRequest.PostAsync($"/Tasks/{ownTask}/Edit", new() { Form = form, MaxRedirects = 0 });
        own.Status.ShouldBe(302);
        (await DueTextAsync(ownTask)).ShouldBe("Quý I/2026");
    });

    private Task<PlanTask> TaskAsync(int id) =>
        Browser.App.WithDbAsync(db => db.Tasks.AsNoTracking().Include(t => t.Units).SingleAsync(t => t.Id == id));

    private async Task<string> DueTextAsync(int id) => (await TaskAsync(id)).DueText;

    /// <summary>A plan of the commune with a task led by <paramref name="mine"/> and one led by <paramref name="theirs"/>.</summary>
    private Task<(int PlanId, int Own, int Other)> PlanWithTwoTasksAsync(Unit commune, Unit mine, Unit theirs) => Browser.App.WithDbAsync(async db =>
    {
        var now = Browser.App.Clock.GetUtcNow();
        var plan = new Plan { UnitId = commune.Id, Number = "09/KH-UBND", Title = "Kế hoạch chuyển đổi số năm 2026", Year = 2026, IssuedOn = "2026-03-20", SearchKey = string.Empty, CreatedAt = now, UpdatedAt = now };
        plan.SearchKey = PlanMapping.PlanSearchKey(plan);
        var own = NewTask(0, "Nhiệm vụ của phòng mình: số hóa hồ sơ một cửa", mine);
        var other = NewTask(1, "Nhiệm vụ của phòng khác: tuyên truyền chuyển đổi số", theirs);
        plan.Tasks.AddRange([own, other]);
        db.Plans.Add(plan);
        await db.SaveChangesAsync();
        return (plan.Id, own.Id, other.Id);

        PlanTask NewTask(int position, string content, Unit lead)
        {
            var task = new PlanTask
            {
                Position = position,
                Ordinal = (position + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
                Content = content,
                Accountable = "Trưởng phòng",
                AccountableExpected = true,
                Product = "Báo cáo kết quả",
                DueText = string.Empty,
                DueKind = string.Empty,
                SearchKey = string.Empty,
                CreatedAt = now,
                UpdatedAt = now,
            };
            PlanMapping.SetDue(task, DeadlineParser.Parse("Quý III/2026", 2026));
            task.Units.Add(new TaskUnit { Role = TaskUnitRole.Lead, Position = 0, Name = lead.Name, UnitId = lead.Id });
            task.SearchKey = PlanMapping.TaskSearchKey(task);
            return task;
        }
    });
}
