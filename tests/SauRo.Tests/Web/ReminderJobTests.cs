using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using SauRo.Core.Plans;
using SauRo.Data;
using SauRo.Data.Entities;
using SauRo.Features.Accounts;
using SauRo.Features.Import;
using SauRo.Features.Reminders;

namespace SauRo.Tests.Web;

/// <summary>
/// The reminder job against a real SMTP server on loopback: each reminder is sent once however often the job runs,
/// a later day sends only what is new, missed runs catch up, no e-mail without SMTP settings or an address.
/// </summary>
public abstract class ReminderJobTests(WebAppFixture app) : WebTest(app)
{
    [Fact]
    public async Task RunTwice_SendsEachReminderExactlyOnce_ToTheOfficeAndForOverdueToTheStandingBody()
    {
        App.Clock.Set(ReminderWorld.At(2026, 11, 22));
        using var smtp = await SmtpServer.StartAsync();
        var c = await ReminderWorld.NewCommuneWithPlanAsync(App);
        var dueSoon = await ReminderWorld.NewTaskAsync(App, c.PlanId, "Xây dựng kế hoạch chuyển đổi số năm 2027", "Trước ngày 25/11/2026", c.Economy);
        var overdue = await ReminderWorld.NewTaskAsync(App, c.PlanId, "Triển khai định danh điện tử VNeID cho người dân", "Trước ngày 15/11/2026", c.Police);
        await ReminderWorld.NewTaskAsync(App, c.PlanId, "Tổng kết năm", "Trước ngày 31/12/2026", c.Economy);
        var standing = await ReminderWorld.NewAccountAsync(App, Roles.StandingOfficer, c.Unit.Id, "thuong-truc");
        var economy = await ReminderWorld.NewAccountAsync(App, Roles.OfficeOfficer, c.Economy.Id, "kinh-te");
        var police = await ReminderWorld.NewAccountAsync(App, Roles.OfficeOfficer, c.Police.Id, "cong-an");
        var locked = await ReminderWorld.NewAccountAsync(App, Roles.OfficeOfficer, c.Economy.Id, "da-khoa", deactivated: true);

        var first = await ReminderWorld.RunAsync(App, ReminderWorld.Smtp(smtp));
        var second = await ReminderWorld.RunAsync(App, ReminderWorld.Smtp(smtp));

        first.EmailConfigured.ShouldBeTrue();
        second.NotificationsCreated.ShouldBe(0);
        second.EmailsSent.ShouldBe(0);
        var toEconomy = smtp.MessagesTo(economy.Email!).ShouldHaveSingleItem();
        toEconomy.Subject.ShouldBe("[Sáu Rõ] Sắp đến hạn: Xây dựng kế hoạch chuyển đổi số năm 2027");
        toEconomy.From.ShouldContain("Sáu Rõ");
        toEconomy.From.ShouldContain(ReminderWorld.From);
        toEconomy.ContentType.ShouldContain("charset=utf-8", Case.Insensitive);
        toEconomy.Raw.ShouldContain("Subject: =?utf-8?", Case.Insensitive);
        toEconomy.Body.ShouldContain("Kính gửi Cán bộ kinh-te,");
        toEconomy.Body.ShouldContain("Nhiệm vụ “Xây dựng kế hoạch chuyển đổi số năm 2027” sắp đến hạn ngày 25/11/2026");
        toEconomy.Body.ShouldContain($"Xem chi tiết: {ReminderWorld.BaseUrl}/Tasks/{dueSoon}");
        var toPolice = smtp.MessagesTo(police.Email!).ShouldHaveSingleItem();
        toPolice.Subject.ShouldBe("[Sáu Rõ] Quá hạn: Triển khai định danh điện tử VNeID cho người dân");
        toPolice.Body.ShouldContain("đã quá hạn ngày 15/11/2026");
        toPolice.Body.ShouldContain($"{ReminderWorld.BaseUrl}/Tasks/{overdue}");
        var toStanding = smtp.MessagesTo(standing.Email!).ShouldHaveSingleItem();
        toStanding.Subject.ShouldBe("[Sáu Rõ] Quá hạn: Triển khai định danh điện tử VNeID cho người dân — Công an xã");
        toStanding.Body.ShouldContain("Đơn vị: Công an xã.");
        smtp.MessagesTo(locked.Email!).ShouldBeEmpty();

        var notifications = await ReminderWorld.NotificationsAsync(App, standing.Id, economy.Id, police.Id, locked.Id);
        notifications.Select(n => (n.UserId, n.Kind)).OrderBy(x => x.UserId, StringComparer.Ordinal).ShouldBe(
            new[] { (standing.Id, "TaskOverdue"), (economy.Id, "TaskDueSoon"), (police.Id, "TaskOverdue") }.OrderBy(x => x.Item1, StringComparer.Ordinal));
        notifications.ShouldAllBe(n => n.EmailedAt != null && n.EmailError == null && n.EmailAttempts == 1);
        notifications.Single(n => n.UserId == economy.Id).Link.ShouldBe($"/Tasks/{dueSoon}");
    }

    [Fact]
    public async Task LaterDay_SendsOnlyTheNewReminders_DueSoonThenOverdue()
    {
        App.Clock.Set(ReminderWorld.At(2026, 11, 22));
        using var smtp = await SmtpServer.StartAsync();
        var c = await ReminderWorld.NewCommuneWithPlanAsync(App);
        await ReminderWorld.NewTaskAsync(App, c.PlanId, "Số hóa hồ sơ thủ tục hành chính", "Trước ngày 26/11/2026", c.Economy);
        var standing = await ReminderWorld.NewAccountAsync(App, Roles.StandingOfficer, c.Unit.Id, "thuong-truc");
        var economy = await ReminderWorld.NewAccountAsync(App, Roles.OfficeOfficer, c.Economy.Id, "kinh-te");

        await ReminderWorld.RunAsync(App, ReminderWorld.Smtp(smtp));
        smtp.MessagesTo(economy.Email!).Select(m => m.Subject).ShouldBe(["[Sáu Rõ] Sắp đến hạn: Số hóa hồ sơ thủ tục hành chính"]);
        smtp.MessagesTo(standing.Email!).ShouldBeEmpty();

        App.Clock.Set(ReminderWorld.At(2026, 11, 27));
        await ReminderWorld.RunAsync(App, ReminderWorld.Smtp(smtp));
        await ReminderWorld.RunAsync(App, ReminderWorld.Smtp(smtp));

        smtp.MessagesTo(economy.Email!).Select(m => m.Subject).ShouldBe(
            ["[Sáu Rõ] Sắp đến hạn: Số hóa hồ sơ thủ tục hành chính", "[Sáu Rõ] Quá hạn: Số hóa hồ sơ thủ tục hành chính"]);
        smtp.MessagesTo(standing.Email!).Select(m => m.Subject).ShouldBe(["[Sáu Rõ] Quá hạn: Số hóa hồ sơ thủ tục hành chính — Phòng Kinh tế"]);
        (await ReminderWorld.NotificationsAsync(App, economy.Id)).Select(n => n.Kind).ShouldBe(["TaskDueSoon", "TaskOverdue"]);
    }

    [Fact]
    public async Task MissedRuns_TheNextRunCatchesUpWithWhatAppliesNow()
    {
        App.Clock.Set(ReminderWorld.At(2026, 11, 22));
        using var smtp = await SmtpServer.StartAsync();
        var c = await ReminderWorld.NewCommuneWithPlanAsync(App);
        await ReminderWorld.NewTaskAsync(App, c.PlanId, "Rà soát hạ tầng mạng", "Trước ngày 30/11/2026", c.Economy);
        await ReminderWorld.NewTaskAsync(App, c.PlanId, "Tập huấn kỹ năng số", "Trước ngày 08/12/2026", c.Economy);
        var economy = await ReminderWorld.NewAccountAsync(App, Roles.OfficeOfficer, c.Economy.Id, "kinh-te");
        await ReminderWorld.RunAsync(App, ReminderWorld.Smtp(smtp));
        smtp.MessagesTo(economy.Email!).ShouldBeEmpty();

        // Eleven days without a run: the first task went through "due soon" and is overdue now, the second is due soon.
        App.Clock.Set(ReminderWorld.At(2026, 12, 3));
        await ReminderWorld.RunAsync(App, ReminderWorld.Smtp(smtp));

        smtp.MessagesTo(economy.Email!).Select(m => m.Subject).Order(StringComparer.Ordinal).ShouldBe(
            ["[Sáu Rõ] Quá hạn: Rà soát hạ tầng mạng", "[Sáu Rõ] Sắp đến hạn: Tập huấn kỹ năng số"]);
        var overdue = smtp.MessagesTo(economy.Email!).Single(m => m.Subject.Contains("Quá hạn", StringComparison.Ordinal));
        overdue.Body.ShouldContain("đã quá hạn ngày 30/11/2026");
    }

    [Fact]
    public async Task SmtpNotConfigured_CreatesNotificationsAndSendsNothing_UntilItIs()
    {
        App.Clock.Set(ReminderWorld.At(2026, 11, 22));
        using var smtp = await SmtpServer.StartAsync();
        var c = await ReminderWorld.NewCommuneWithPlanAsync(App);
        await ReminderWorld.NewTaskAsync(App, c.PlanId, "Cập nhật cổng thông tin điện tử", "Trước ngày 24/11/2026", c.Economy);
        var economy = await ReminderWorld.NewAccountAsync(App, Roles.OfficeOfficer, c.Economy.Id, "kinh-te");

        var result = await ReminderWorld.RunAsync(App, new SmtpSettings());

        result.EmailConfigured.ShouldBeFalse();
        result.EmailsSent.ShouldBe(0);
        result.Summary().ShouldContain("Chưa cấu hình máy chủ thư (mục Smtp): nhắc việc chỉ hiện trong ứng dụng.");
        smtp.Messages().ShouldBeEmpty();
        var pending = (await ReminderWorld.NotificationsAsync(App, economy.Id)).ShouldHaveSingleItem();
        pending.EmailedAt.ShouldBeNull();
        pending.Subject.ShouldBe("Sắp đến hạn: Cập nhật cổng thông tin điện tử");

        await ReminderWorld.RunAsync(App, ReminderWorld.Smtp(smtp));
        await ReminderWorld.RunAsync(App, ReminderWorld.Smtp(smtp));

        smtp.MessagesTo(economy.Email!).Select(m => m.Subject).ShouldBe(["[Sáu Rõ] Sắp đến hạn: Cập nhật cổng thông tin điện tử"]);
    }

    [Fact]
    public async Task UserWithoutEmail_GetsOnlyTheInAppNotification()
    {
        App.Clock.Set(ReminderWorld.At(2026, 11, 22));
        using var smtp = await SmtpServer.StartAsync();
        var c = await ReminderWorld.NewCommuneWithPlanAsync(App);
        var task = await ReminderWorld.NewTaskAsync(App, c.PlanId, "Lắp đặt camera an ninh", "Trước ngày 10/11/2026", c.Police);
        var withEmail = await ReminderWorld.NewAccountAsync(App, Roles.OfficeOfficer, c.Police.Id, "cong-an");
        var withoutEmail = await ReminderWorld.NewAccountAsync(App, Roles.OfficeOfficer, c.Police.Id, email: null);

        await ReminderWorld.RunAsync(App, ReminderWorld.Smtp(smtp));

        smtp.MessagesTo(withEmail.Email!).ShouldHaveSingleItem();
        smtp.Messages().Where(m => m.Subject.Contains("Lắp đặt camera an ninh", StringComparison.Ordinal)).SelectMany(m => m.To).ShouldBe([withEmail.Email!]);
        var inApp = (await ReminderWorld.NotificationsAsync(App, withoutEmail.Id)).ShouldHaveSingleItem();
        inApp.Kind.ShouldBe("TaskOverdue");
        inApp.EmailedAt.ShouldBeNull();
        inApp.EmailAttempts.ShouldBe(0);

        var client = await App.SignedInClientAsync(withoutEmail.Name);
        var html = await client.GetStringAsync("/Notifications");
        html.ShouldContain("Quá hạn: Lắp đặt camera an ninh");
        html.ShouldContain($"href=\"/Tasks/{task}\"");
        html.ShouldContain("Thông báo (1)");
    }

    [Fact]
    public async Task TaskWithoutALinkedLeadOffice_RemindsTheStandingBody()
    {
        App.Clock.Set(ReminderWorld.At(2026, 11, 22));
        using var smtp = await SmtpServer.StartAsync();
        var c = await ReminderWorld.NewCommuneWithPlanAsync(App);
        await ReminderWorld.NewTaskAsync(App, c.PlanId, "Rà soát thủ tục hành chính trực tuyến", "Trước ngày 28/11/2026", null);
        var standing = await ReminderWorld.NewAccountAsync(App, Roles.StandingOfficer, c.Vhxh.Id, "thuong-truc");

        await ReminderWorld.RunAsync(App, ReminderWorld.Smtp(smtp));

        smtp.MessagesTo(standing.Email!).Select(m => m.Subject).ShouldBe(["[Sáu Rõ] Sắp đến hạn: Rà soát thủ tục hành chính trực tuyến"]);
    }

    [Fact]
    public async Task DoneTask_IsNotReminded()
    {
        App.Clock.Set(ReminderWorld.At(2026, 11, 22));
        var c = await ReminderWorld.NewCommuneWithPlanAsync(App);
        var task = await ReminderWorld.NewTaskAsync(App, c.PlanId, "Ban hành quy chế", "Trước ngày 20/11/2026", c.Economy);
        var economy = await ReminderWorld.NewAccountAsync(App, Roles.OfficeOfficer, c.Economy.Id, email: null);
        await App.WithDbAsync(async db =>
        {
            db.TaskUpdates.Add(new TaskUpdate
            {
                TaskId = task,
                OfficeId = c.Economy.Id,
                UserId = economy.Id,
                UserName = economy.Name,
                At = ReminderWorld.At(2026, 11, 19),
                State = TaskProgressState.Done,
                PercentDone = 100,
                CompletedOn = new DateOnly(2026, 11, 19),
            });
            return await db.SaveChangesAsync();
        });

        await ReminderWorld.RunAsync(App, new SmtpSettings());

        (await ReminderWorld.NotificationsAsync(App, economy.Id)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Reports_LateAndDueSoon_RemindTheReportingUnit_AndForLateOnesTheStandingBody()
    {
        App.Clock.Set(ReminderWorld.At(2026, 11, 22));
        using var smtp = await SmtpServer.StartAsync();
        var c = await ReminderWorld.NewCommuneWithPlanAsync(App);
        await ReminderWorld.NewTaskAsync(App, c.PlanId, "Tổng kết chuyển đổi số", "Trước ngày 31/12/2026", c.Economy);
        var offices = await ReminderWorld.NewDutyAsync(App, c.PlanId, ReportingParty.Offices, dueDay: 5);
        await ReminderWorld.NewDutyAsync(App, c.PlanId, ReportingParty.Commune, dueDay: 10);
        await App.WithDbAsync(async db =>
        {
            // September's report of the economy office is in; October's is not.
            db.Reports.Add(new Report
            {
                PlanId = c.PlanId,
                DutyId = offices,
                UnitId = c.Economy.Id,
                Frequency = nameof(ReportingFrequency.Monthly),
                PeriodKey = "2026-M09",
                DueDate = new DateOnly(2026, 10, 5),
                State = ReportState.Submitted,
                SubmittedAt = ReminderWorld.At(2026, 10, 3),
                FirstSubmittedAt = ReminderWorld.At(2026, 10, 3),
            });
            return await db.SaveChangesAsync();
        });
        var economy = await ReminderWorld.NewAccountAsync(App, Roles.OfficeOfficer, c.Economy.Id, "kinh-te");
        var police = await ReminderWorld.NewAccountAsync(App, Roles.OfficeOfficer, c.Police.Id, "cong-an");
        var standing = await ReminderWorld.NewAccountAsync(App, Roles.StandingOfficer, c.Unit.Id, "thuong-truc");

        await ReminderWorld.RunAsync(App, ReminderWorld.Smtp(smtp));

        var late = smtp.MessagesTo(economy.Email!).ShouldHaveSingleItem();
        late.Subject.ShouldBe("[Sáu Rõ] Chậm nộp báo cáo tháng 10/2026");
        late.Body.ShouldContain("Báo cáo tháng 10/2026 đã quá hạn nộp (hạn 05/11/2026). Đề nghị đơn vị nộp ngay trên hệ thống.");
        late.Body.ShouldContain($"Xem chi tiết: {ReminderWorld.BaseUrl}/Reports/Open?dutyId={offices}&unitId={c.Economy.Id}&period=2026-M10");
        smtp.MessagesTo(police.Email!).ShouldBeEmpty(); // the police lead nothing in this plan: no report is expected of them
        smtp.MessagesTo(standing.Email!).Select(m => m.Subject).Order(StringComparer.Ordinal).ShouldBe(
        [
            "[Sáu Rõ] Chậm nộp báo cáo tháng 10/2026",
            "[Sáu Rõ] Chậm nộp báo cáo tháng 10/2026 — Phòng Kinh tế",
            "[Sáu Rõ] Chậm nộp báo cáo tháng 9/2026",
        ]);

        App.Clock.Set(ReminderWorld.At(2026, 11, 29));
        await ReminderWorld.RunAsync(App, ReminderWorld.Smtp(smtp));
        await ReminderWorld.RunAsync(App, ReminderWorld.Smtp(smtp));

        var dueSoon = smtp.MessagesTo(economy.Email!).Select(m => m.Subject).ToList();
        dueSoon.ShouldBe(["[Sáu Rõ] Chậm nộp báo cáo tháng 10/2026", "[Sáu Rõ] Sắp đến hạn nộp báo cáo tháng 11/2026"]);
        smtp.MessagesTo(standing.Email!).Count.ShouldBe(3);
        (await ReminderWorld.NotificationsAsync(App, economy.Id)).Select(n => n.Kind).ShouldBe(["ReportLate", "ReportDue"]);
    }

    [Fact]
    public async Task UniqueIndex_RefusesASecondNotificationForTheSameKeyAndUser_AndTheJobRecognisesTheRefusal()
    {
        var (_, _, offices) = await App.NewCommuneAsync();
        var user = await ReminderWorld.NewAccountAsync(App, Roles.OfficeOfficer, offices[0].Id, email: null);
        var key = $"task-overdue:{Guid.NewGuid():N}";
        Notification New() => new() { Key = key, UserId = user.Id, Kind = "TaskOverdue", Subject = "Quá hạn", Body = "Quá hạn", CreatedAt = App.Clock.GetUtcNow() };
        await App.WithDbAsync(db =>
        {
            db.Notifications.Add(New());
            return db.SaveChangesAsync();
        });

        var refusal = await App.WithDbAsync(async db =>
        {
            db.Notifications.Add(New());
            return await Should.ThrowAsync<DbUpdateException>(() => db.SaveChangesAsync());
        });

        DatabaseErrors.IsUniqueViolation(refusal).ShouldBeTrue();
        DatabaseErrors.IsBusy(refusal).ShouldBeFalse();
        (await ReminderWorld.NotificationsAsync(App, user.Id)).Count.ShouldBe(1);
    }

    [Fact]
    public async Task ConcurrentRuns_InsertAndSendEachReminderOnce()
    {
        App.Clock.Set(ReminderWorld.At(2026, 11, 22));
        using var smtp = await SmtpServer.StartAsync();
        var c = await ReminderWorld.NewCommuneWithPlanAsync(App);
        for (var i = 1; i <= 6; i++)
        {
            await ReminderWorld.NewTaskAsync(App, c.PlanId, $"Nhiệm vụ chạy song song số {i}", $"Trước ngày {i:00}/11/2026", c.Economy);
        }

        var economy = await ReminderWorld.NewAccountAsync(App, Roles.OfficeOfficer, c.Economy.Id, "kinh-te");
        var standing = await ReminderWorld.NewAccountAsync(App, Roles.StandingOfficer, c.Unit.Id, "thuong-truc");

        var runs = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => ReminderWorld.RunAsync(App, ReminderWorld.Smtp(smtp))));

        runs.Sum(r => r.EmailsFailed).ShouldBe(0);
        (await ReminderWorld.NotificationsAsync(App, economy.Id, standing.Id)).Count.ShouldBe(12);
        var subjects = smtp.MessagesTo(economy.Email!).Select(m => m.Subject).ToList();
        subjects.Count.ShouldBe(6);
        subjects.Distinct(StringComparer.Ordinal).Count().ShouldBe(6);
        smtp.MessagesTo(standing.Email!).Count.ShouldBe(6);
    }
}

public sealed class ReminderJobTests_Sqlite(SqliteWebApp app) : ReminderJobTests(app), IClassFixture<SqliteWebApp>;

public sealed class ReminderJobTests_Postgres(PostgresWebApp app) : ReminderJobTests(app), IClassFixture<PostgresWebApp>;

/// <summary>Data and runs for the reminder tests: a commune with a plan, its tasks and accounts, the job with given SMTP settings.</summary>
public static class ReminderWorld
{
    public const string From = "nhac-viec@sauro.test";
    public const string BaseUrl = "https://sauro.test";

    public sealed record Place(Unit Unit, Unit Vhxh, Unit Police, Unit Economy, int PlanId);

    public sealed record Account(string Id, string Name, string? Email);

    /// <summary>09:00 in Vietnam on that day.</summary>
    public static DateTimeOffset At(int year, int month, int day) => new(year, month, day, 2, 0, 0, TimeSpan.Zero);

    public static async Task<Place> NewCommuneWithPlanAsync(WebAppFixture app)
    {
        var (_, commune, offices) = await app.NewCommuneAsync();
        var planId = await app.WithDbAsync(async db =>
        {
            var now = app.Clock.GetUtcNow();
            var plan = new Plan
            {
                UnitId = commune.Id, Title = "Kế hoạch chuyển đổi số năm 2026", Year = 2026, IssuedOn = "2026-09-01", SearchKey = string.Empty, CreatedAt = now, UpdatedAt = now,
            };
            plan.SearchKey = PlanMapping.PlanSearchKey(plan);
            db.Plans.Add(plan);
            await db.SaveChangesAsync();
            return plan.Id;
        });
        return new Place(commune, offices.Single(o => o.Name == "Phòng Văn hóa - Xã hội"), offices.Single(o => o.Name == "Công an xã"), offices.Single(o => o.Name == "Phòng Kinh tế"), planId);
    }

    /// <summary>A task led by <paramref name="lead"/>, or by "Các cơ quan, đơn vị" linked to no unit when null.</summary>
    public static Task<int> NewTaskAsync(WebAppFixture app, int planId, string content, string due, Unit? lead) => app.WithDbAsync(async db =>
    {
        var now = app.Clock.GetUtcNow();
        var task = new PlanTask
        {
            PlanId = planId,
            Position = await db.Tasks.CountAsync(t => t.PlanId == planId),
            Ordinal = "1",
            Content = content,
            DueText = string.Empty,
            DueKind = string.Empty,
            SearchKey = string.Empty,
            CreatedAt = now,
            UpdatedAt = now,
        };
        PlanMapping.SetDue(task, DeadlineParser.Parse(due, 2026));
        task.Units.Add(new TaskUnit { Role = TaskUnitRole.Lead, Position = 0, Name = lead?.Name ?? "Các cơ quan, đơn vị", UnitId = lead?.Id });
        task.SearchKey = PlanMapping.TaskSearchKey(task);
        db.Tasks.Add(task);
        await db.SaveChangesAsync();
        return task.Id;
    });

    /// <summary>A monthly reporting duty of the plan: the offices to the standing body, or the commune to the province.</summary>
    public static Task<int> NewDutyAsync(WebAppFixture app, int planId, ReportingParty party, int dueDay) => app.WithDbAsync(async db =>
    {
        var duty = new PlanReportingDuty
        {
            PlanId = planId,
            FromParty = party.ToString(),
            ToText = party == ReportingParty.Offices ? "Phòng Văn hóa - Xã hội" : "Sở Khoa học và Công nghệ",
            Frequency = nameof(ReportingFrequency.Monthly),
            DueDay = dueDay,
            Text = $"Báo cáo hằng tháng trước ngày {dueDay}",
        };
        db.PlanReportingDuties.Add(duty);
        await db.SaveChangesAsync();
        return duty.Id;
    });

    /// <summary>
    /// An account that can sign in (password <see cref="WebAppFixture.Password"/>), full name "Cán bộ {label}", with a
    /// unique e-mail address built from <paramref name="email"/> ("kinh-te" → "kinh-te.1a2b3c@xa-thu.vn"), or none.
    /// </summary>
    public static async Task<Account> NewAccountAsync(WebAppFixture app, string role, int unitId, string? email, bool deactivated = false)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var tag = Guid.NewGuid().ToString("N")[..8];
        var user = new AppUser
        {
            UserName = $"nv{tag}",
            FullName = $"Cán bộ {email ?? tag}",
            UnitId = unitId,
            Email = email is null ? null : $"{email}.{tag}@xa-thu.vn",
            LockoutEnabled = true,
            LockoutEnd = deactivated ? AccountRules.DeactivatedUntil : null,
        };
        var result = await users.CreateAsync(user, WebAppFixture.Password);
        if (result.Succeeded)
        {
            result = await users.AddToRoleAsync(user, role);
        }

        return result.Succeeded ? new Account(user.Id, user.UserName, user.Email) : throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
    }

    public static SmtpSettings Smtp(SmtpServer server) => new() { Host = "127.0.0.1", Port = server.Port, From = From, BaseUrl = BaseUrl };

    public static async Task<ReminderRunResult> RunAsync(WebAppFixture app, SmtpSettings smtp)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var mailer = new ReminderMailer(smtp, NullLogger<ReminderMailer>.Instance);
        var job = ActivatorUtilities.CreateInstance<ReminderJob>(scope.ServiceProvider, mailer);
        return await job.RunOnceAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>The notifications of these users, oldest first.</summary>
    public static Task<List<Notification>> NotificationsAsync(WebAppFixture app, params string[] userIds) =>
        app.WithDbAsync(db => db.Notifications.AsNoTracking().Where(n => userIds.Contains(n.UserId)).OrderBy(n => n.Id).ToListAsync());
}
