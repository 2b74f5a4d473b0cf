using Microsoft.EntityFrameworkCore;
using SauRo.Features.Accounts;
using SauRo.Features.Reminders;

namespace SauRo.Tests.Web;

/// <summary>
/// E-mail failures, on a database of their own (nothing else waits to be sent): the error is recorded, the next run
/// tries again and sends once, and after <see cref="ReminderJob.MaxEmailAttempts"/> failures the job gives up.
/// </summary>
public abstract class ReminderEmailRetryTests(WebAppFixture app) : WebTest(app)
{
    [Fact]
    public async Task ServerDown_ErrorIsRecorded_TheNextRunSendsOnce_AndRetriesStopAtTheCap()
    {
        SmtpServer.RequireAvailable();
        App.Clock.Set(ReminderWorld.At(2026, 11, 22));
        var c = await ReminderWorld.NewCommuneWithPlanAsync(App);
        await ReminderWorld.NewTaskAsync(App, c.PlanId, "Nâng cấp phần mềm một cửa", "Trước ngày 20/11/2026", c.Economy);
        await ReminderWorld.NewTaskAsync(App, c.PlanId, "Báo cáo sơ kết", "Trước ngày 21/11/2026", c.Police);
        var economy = await ReminderWorld.NewAccountAsync(App, Roles.OfficeOfficer, c.Economy.Id, "kinh-te");
        var police = await ReminderWorld.NewAccountAsync(App, Roles.OfficeOfficer, c.Police.Id, "cong-an");
        var port = SmtpServer.FreePort();
        var down = new SmtpSettings { Host = "127.0.0.1", Port = port, From = ReminderWorld.From, BaseUrl = ReminderWorld.BaseUrl };

        var failed = await ReminderWorld.RunAsync(App, down);

        // The server does not answer: the first try fails and the others wait for the next run.
        failed.EmailsSent.ShouldBe(0);
        failed.EmailsFailed.ShouldBe(1);
        failed.Summary().ShouldContain("1 thư gửi không được, sẽ thử lại ở lần chạy sau.");
        var afterFailure = await ReminderWorld.NotificationsAsync(App, economy.Id, police.Id);
        afterFailure.Count.ShouldBe(2);
        afterFailure[0].EmailError.ShouldNotBeNullOrEmpty();
        afterFailure[0].EmailAttempts.ShouldBe(1);
        afterFailure.ShouldAllBe(n => n.EmailedAt == null);
        afterFailure[1].EmailAttempts.ShouldBe(0);

        using (var smtp = await SmtpServer.StartAsync(port))
        {
            var retried = await ReminderWorld.RunAsync(App, down);
            await ReminderWorld.RunAsync(App, down);

            retried.EmailsSent.ShouldBe(2);
            smtp.MessagesTo(economy.Email!).Count.ShouldBe(1);
            smtp.MessagesTo(police.Email!).Count.ShouldBe(1);
            var sent = await ReminderWorld.NotificationsAsync(App, economy.Id, police.Id);
            sent.ShouldAllBe(n => n.EmailedAt != null && n.EmailError == null);
            sent[0].EmailAttempts.ShouldBe(2);
        }

        // A new reminder while the server stays down: tried at each run until the cap, then no more.
        App.Clock.Set(ReminderWorld.At(2026, 11, 23));
        await ReminderWorld.NewTaskAsync(App, c.PlanId, "Khai trương điểm hỗ trợ dịch vụ công", "Trước ngày 22/11/2026", c.Economy);
        for (var run = 0; run < ReminderJob.MaxEmailAttempts + 2; run++)
        {
            await ReminderWorld.RunAsync(App, down);
        }

        var given = (await ReminderWorld.NotificationsAsync(App, economy.Id)).Last();
        given.Subject.ShouldBe("Quá hạn: Khai trương điểm hỗ trợ dịch vụ công");
        given.EmailAttempts.ShouldBe(ReminderJob.MaxEmailAttempts);
        given.EmailedAt.ShouldBeNull();
        given.EmailError.ShouldNotBeNullOrEmpty();
        (await App.WithDbAsync(db => db.Notifications.CountAsync(n => n.EmailAttempts > ReminderJob.MaxEmailAttempts))).ShouldBe(0);
    }
}

public sealed class ReminderEmailRetryTests_Sqlite(SqliteWebApp app) : ReminderEmailRetryTests(app), IClassFixture<SqliteWebApp>;

public sealed class ReminderEmailRetryTests_Postgres(PostgresWebApp app) : ReminderEmailRetryTests(app), IClassFixture<PostgresWebApp>;
