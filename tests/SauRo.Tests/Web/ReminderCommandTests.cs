using Microsoft.Extensions.DependencyInjection;
using SauRo.Cli;
using SauRo.Core.Monitoring;
using SauRo.Data;
using SauRo.Features.Accounts;

namespace SauRo.Tests.Web;

/// <summary>
/// <c>SauRo remind --db …</c> on a database of its own, judged by the real clock: it prints what it did in Vietnamese,
/// and a second run creates nothing.
/// </summary>
public abstract class ReminderCommandTests(WebAppFixture app) : WebTest(app)
{
    [Fact]
    public async Task Remind_RunsOnce_PrintsItsSummary_AndASecondRunCreatesNothing()
    {
        var today = VietnamTime.Today(TimeProvider.System);
        var c = await ReminderWorld.NewCommuneWithPlanAsync(App);
        var due = today.AddDays(-3);
        await ReminderWorld.NewTaskAsync(App, c.PlanId, "Nhiệm vụ quá hạn theo đồng hồ thật", $"Trước ngày {due:dd/MM/yyyy}", c.Economy);
        var economy = await ReminderWorld.NewAccountAsync(App, Roles.OfficeOfficer, c.Economy.Id, "kinh-te");
        await ReminderWorld.NewAccountAsync(App, Roles.StandingOfficer, c.Unit.Id, email: null);
        var database = App.Services.GetRequiredService<DatabaseSettings>().ConnectionString;

        var (exit, output, error) = Run("remind", "--db", database);

        exit.ShouldBe(CommandLine.Ok, error);
        output.Trim().ShouldBe(
            $"Nhắc việc ngày {today:dd/MM/yyyy}: 1 lời nhắc; đã tạo 2 thông báo, đã gửi 0 thư điện tử. "
            + "Chưa cấu hình máy chủ thư (mục Smtp): nhắc việc chỉ hiện trong ứng dụng.");
        (await ReminderWorld.NotificationsAsync(App, economy.Id)).ShouldHaveSingleItem().Kind.ShouldBe("TaskOverdue");

        var again = Run("remind", "--db", database);
        again.Exit.ShouldBe(CommandLine.Ok);
        again.Out.ShouldContain("1 lời nhắc; đã tạo 0 thông báo, đã gửi 0 thư điện tử.");
    }

    [Fact]
    public void Remind_UnknownArguments_PrintsItsUsage()
    {
        var (exit, output, error) = Run("remind", "--lan", "2");
        exit.ShouldBe(CommandLine.Failed);
        output.ShouldBeEmpty();
        error.ShouldContain("Cách dùng: SauRo remind [--db <tệp SQLite | chuỗi kết nối PostgreSQL>]");
        Run("--help").Out.ShouldContain("SauRo remind [--db");
    }

    private static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = CommandLine.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }
}

public sealed class ReminderCommandTests_Sqlite(SqliteWebApp app) : ReminderCommandTests(app), IClassFixture<SqliteWebApp>;

public sealed class ReminderCommandTests_Postgres(PostgresWebApp app) : ReminderCommandTests(app), IClassFixture<PostgresWebApp>;
