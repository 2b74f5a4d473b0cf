using System.Globalization;
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
/// The monthly report round trip in the browser: an office officer files the April report (a task update, then the
/// summary) and submits it; the leader returns it with a comment; the officer reads the comment, adds the missing
/// indicator value and submits again; the leader approves; the completeness page shows 100% for that office and period
/// (and 0% for the office that never reported, whose due date has passed).
/// </summary>
public sealed partial class MonthlyReportTests(BrowserApp browser) : BrowserTest(browser)
{
    private const string April = "2026-M04";

    private const string Comment = "Bổ sung số liệu chỉ tiêu hồ sơ được số hóa của tháng 4.";

    [Fact]
    public Task MonthlyReport_FiledReturnedFixedApproved_CompletenessShows100Percent() => ScenarioAsync(async page =>
    {
        // 04/05/2026 in Vietnam: April's data (15/03–14/04) is in, its report is due 05/05.
        Browser.App.Clock.Set(Vietnam(2026, 5, 4, 9, 0));
        var (_, commune, offices) = await Browser.App.NewCommuneAsync();
        var (mine, silent) = (offices[0], offices[1]);
        var world = await PlanAsync(commune, mine, silent);
        var officer = await Browser.App.NewUserAsync(Roles.OfficeOfficer, mine.Id);
        var leader = await Browser.App.NewUserAsync(Roles.Leader, commune.Id);

        await LogInAsync(page, officer, WebAppFixture.Password);
        await page.GotoAsync("/Reports");
        var row = page.Locator($"tr[data-period=\"{April}\"][data-unit-id=\"{mine.Id}\"]");
        (await row.GetAttributeAsync("data-state")).ShouldBe("not-started");
        await row.GetByRole(AriaRole.Link, new() { Name = "Mở" }).ClickAsync();
        await page.WaitForURLAsync(ReportUrl());
        var reportId = int.Parse(ReportUrl().Match(page.Url).Groups[1].Value, CultureInfo.InvariantCulture);
        (await page.Locator("h1").InnerTextAsync()).ShouldBe($"Báo cáo tháng 4/2026 — {mine.Name}");
        (await page.Locator("#report-state").GetAttributeAsync("data-state")).ShouldBe("draft");

        // The task update, added from the report.
        var taskRow = page.Locator($"tr[data-task-id=\"{world.TaskId}\"]");
        (await taskRow.GetAttributeAsync("data-updated")).ShouldBe("false");
        await page.Locator($"tr.update-row:has(#state-{world.TaskId}) summary").ClickAsync();
        await page.Locator($"#state-{world.TaskId}").SelectOptionAsync("InProgress");
        await page.Locator($"#percent-{world.TaskId}").FillAsync("60");
        await page.Locator($"#result-{world.TaskId}").FillAsync("Đã số hóa 600/1.000 hồ sơ một cửa");
        await page.Locator($"#difficulties-{world.TaskId}").FillAsync("Thiếu máy quét tài liệu");
        await page.Locator($"tr.update-row:has(#state-{world.TaskId})").GetByRole(AriaRole.Button, new() { Name = "Lưu cập nhật" }).ClickAsync();
        await page.Locator("p.flash").GetByText("Đã cập nhật tiến độ nhiệm vụ vào báo cáo.").WaitForAsync();
        (await taskRow.GetAttributeAsync("data-updated")).ShouldBe("true");
        (await taskRow.InnerTextAsync()).ShouldContain("Đang thực hiện, 60%");

        // The summary, and submit without the indicator's value.
        await page.GetByLabel("Tóm tắt kết quả, đề xuất").FillAsync("Tháng 4: số hóa được 600 hồ sơ; chưa có máy quét thứ hai.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Nộp báo cáo" }).ClickAsync();
        await page.Locator("p.flash").GetByText("Đã nộp báo cáo tháng 4/2026.").WaitForAsync();
        (await page.Locator("#report-state").GetAttributeAsync("data-state")).ShouldBe("submitted");
        (await page.Locator("#report-timeliness").InnerTextAsync()).Trim().ShouldBe("Nộp đúng hạn");
        (await ReportAsync(reportId)).State.ShouldBe(ReportState.Submitted);
        await LogOutAsync(page);

        // The leader finds it waiting, and returns it with a comment.
        Browser.App.Clock.Set(Vietnam(2026, 5, 4, 14, 0));
        await LogInAsync(page, leader, WebAppFixture.Password);
        await page.GotoAsync("/Reports");
        (await page.Locator("#waiting-for-review").InnerTextAsync()).ShouldBe("Có 1 báo cáo chờ duyệt.");
        await page.Locator($"tr[data-state=\"submitted\"][data-unit-id=\"{mine.Id}\"]").GetByRole(AriaRole.Link, new() { Name = "Mở" }).ClickAsync();
        await page.WaitForURLAsync(new Regex($@"/Reports/{reportId}$"));
        (await page.Locator(".report-summary").InnerTextAsync()).ShouldBe("Tháng 4: số hóa được 600 hồ sơ; chưa có máy quét thứ hai.");
        await page.Locator("#Comment").FillAsync(Comment);
        await page.GetByRole(AriaRole.Button, new() { Name = "Trả lại" }).ClickAsync();
        await page.Locator("p.flash").GetByText($"Đã trả lại báo cáo tháng 4/2026 của {mine.Name}.").WaitForAsync();
        (await page.Locator("#report-state").GetAttributeAsync("data-state")).ShouldBe("returned");
        var returned = await ReportAsync(reportId);
        (returned.State, returned.ReviewComment).ShouldBe((ReportState.Returned, Comment));
        await LogOutAsync(page);

        // 06/05, past the due date: the officer sees the comment, adds the value and submits again.
        Browser.App.Clock.Set(Vietnam(2026, 5, 6, 8, 30));
        await LogInAsync(page, officer, WebAppFixture.Password);
        await page.GotoAsync("/Reports");
        await page.Locator($"tr[data-state=\"returned\"][data-period=\"{April}\"]").GetByRole(AriaRole.Link, new() { Name = "Mở" }).ClickAsync();
        await page.WaitForURLAsync(new Regex($@"/Reports/{reportId}$"));
        (await page.Locator("#review-comment").InnerTextAsync()).ShouldContain("Lý do trả lại:");
        (await page.Locator("#review-comment .comment-text").InnerTextAsync()).ShouldBe(Comment);
        await page.GetByLabel($"Giá trị: {world.IndicatorName}").FillAsync("62,5");
        await page.GetByRole(AriaRole.Button, new() { Name = "Nộp báo cáo" }).ClickAsync();
        await page.Locator("p.flash").GetByText("Đã nộp báo cáo tháng 4/2026.").WaitForAsync();
        (await page.Locator("#report-state").GetAttributeAsync("data-state")).ShouldBe("submitted");
        (await page.Locator("#report-timeliness").InnerTextAsync()).Trim().ShouldBe("Nộp đúng hạn"); // judged by the first submission
        var value = await Browser.App.WithDbAsync(db => db.IndicatorValues.AsNoTracking().SingleAsync(v => v.IndicatorId == world.IndicatorId));
        (value.PeriodKey, value.Value, value.ReportId).ShouldBe((April, 62.5m, (int?)reportId));
        await LogOutAsync(page);

        // The leader approves.
        Browser.App.Clock.Set(Vietnam(2026, 5, 6, 10, 0));
        await LogInAsync(page, leader, WebAppFixture.Password);
        await page.GotoAsync($"/Reports/{reportId}");
        (await page.Locator($"tr[data-indicator-id=\"{world.IndicatorId}\"]").InnerTextAsync()).ShouldContain("62,5");
        await page.GetByRole(AriaRole.Button, new() { Name = "Duyệt", Exact = true }).ClickAsync();
        await page.Locator("p.flash").GetByText($"Đã duyệt báo cáo tháng 4/2026 của {mine.Name}.").WaitForAsync();
        (await page.Locator("#report-state").InnerTextAsync()).ShouldBe("Đã duyệt");
        var approved = await ReportAsync(reportId);
        approved.State.ShouldBe(ReportState.Approved);
        approved.FirstSubmittedAt.ShouldBe(Vietnam(2026, 5, 4, 9, 0));

        // Completeness of the commune for April: the office that reported 100%, the silent one 0%, 1 of 2 overall.
        await page.GotoAsync("/Reports");
        await page.GetByRole(AriaRole.Link, new() { Name = "Tình hình nộp báo cáo" }).ClickAsync();
        await page.WaitForURLAsync(new Regex(@"/Reports/Completeness\?"));
        await page.Locator("#Period").SelectOptionAsync(April);
        await page.GetByRole(AriaRole.Button, new() { Name = "Xem" }).ClickAsync();
        await page.WaitForURLAsync(new Regex($"period={April}", RegexOptions.IgnoreCase));
        var office = page.Locator($"table.completeness tbody tr[data-unit-id=\"{mine.Id}\"]");
        (await office.Locator("td").First.InnerTextAsync()).ShouldBe(mine.Name);
        (await office.GetAttributeAsync("data-expected")).ShouldBe("1");
        (await office.GetAttributeAsync("data-submitted")).ShouldBe("1");
        (await office.Locator(".submitted-rate").InnerTextAsync()).ShouldBe("100%");
        (await office.Locator(".on-time-rate").InnerTextAsync()).ShouldBe("100%");
        (await office.Locator(".approved-rate").InnerTextAsync()).ShouldBe("100%");
        var other = page.Locator($"table.completeness tbody tr[data-unit-id=\"{silent.Id}\"]");
        (await other.Locator(".submitted-rate").InnerTextAsync()).ShouldBe("0%");
        (await page.Locator("#completeness-overall .submitted-rate").InnerTextAsync()).ShouldBe("50%");
        (await page.Locator("table.missing-reports tbody tr").CountAsync()).ShouldBe(1);
        (await page.Locator("table.missing-reports tbody tr").GetAttributeAsync("data-unit-id")).ShouldBe($"{silent.Id}");
    });

    private sealed record World(int PlanId, int TaskId, int IndicatorId, string IndicatorName);

    private static DateTimeOffset Vietnam(int year, int month, int day, int hour, int minute) =>
        new DateTimeOffset(year, month, day, hour, minute, 0, TimeSpan.FromHours(7)).ToUniversalTime();

    private static async Task LogOutAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng xuất" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/Account/Login$"));
    }

    private Task<Report> ReportAsync(int id) => Browser.App.WithDbAsync(db => db.Reports.AsNoTracking().SingleAsync(r => r.Id == id));

    /// <summary>
    /// A plan of the commune issued 20/03/2026 with a task and an indicator (≥ 80%) led by <paramref name="mine"/>, a
    /// task led by <paramref name="silent"/>, and the duty "the offices report monthly before the 5th".
    /// </summary>
    private Task<World> PlanAsync(Unit commune, Unit mine, Unit silent) => Browser.App.WithDbAsync(async db =>
    {
        var now = Browser.App.Clock.GetUtcNow();
        var plan = new Plan { UnitId = commune.Id, Number = "15/KH-UBND", Title = "Kế hoạch chuyển đổi số năm 2026", Year = 2026, IssuedOn = "2026-03-20", SearchKey = string.Empty, CreatedAt = now, UpdatedAt = now };
        plan.SearchKey = PlanMapping.PlanSearchKey(plan);
        var task = NewTask(0, "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", mine, "Quý III/2026");
        plan.Tasks.Add(task);
        plan.Tasks.Add(NewTask(1, "Tuyên truyền chuyển đổi số trên hệ thống truyền thanh", silent, "Quý II/2026"));
        var indicator = new Indicator
        {
            Position = 0,
            Ordinal = "1",
            Name = "Tỷ lệ hồ sơ thủ tục hành chính được số hóa",
            Unit = "%",
            Comparator = nameof(Comparator.AtLeast),
            TargetValue = 80,
            TargetText = "≥ 80",
            Origin = "Table",
            SearchKey = string.Empty,
        };
        indicator.Leads.Add(new IndicatorLead { Position = 0, Name = mine.Name, UnitId = mine.Id });
        indicator.SearchKey = PlanMapping.IndicatorSearchKey(indicator);
        plan.Indicators.Add(indicator);
        db.Plans.Add(plan);
        await db.SaveChangesAsync();
        db.PlanReportingDuties.Add(new PlanReportingDuty
        {
            PlanId = plan.Id, FromParty = nameof(ReportingParty.Offices), ToText = "Phòng Văn hóa - Xã hội",
            Frequency = nameof(ReportingFrequency.Monthly), DueDay = 5, Text = "Báo cáo tháng trước ngày 05",
        });
        await db.SaveChangesAsync();
        return new World(plan.Id, task.Id, indicator.Id, indicator.Name);

        PlanTask NewTask(int position, string content, Unit lead, string due)
        {
            var t = new PlanTask
            {
                Position = position,
                Ordinal = (position + 1).ToString(CultureInfo.InvariantCulture),
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
            PlanMapping.SetDue(t, DeadlineParser.Parse(due, 2026));
            t.Units.Add(new TaskUnit { Role = TaskUnitRole.Lead, Position = 0, Name = lead.Name, UnitId = lead.Id });
            t.SearchKey = PlanMapping.TaskSearchKey(t);
            return t;
        }
    });

    [GeneratedRegex(@"/Reports/(\d+)$")]
    private static partial Regex ReportUrl();
}
