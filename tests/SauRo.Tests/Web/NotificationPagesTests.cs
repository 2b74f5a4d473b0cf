using System.Net;
using Microsoft.EntityFrameworkCore;
using SauRo.Data.Entities;
using SauRo.Features.Accounts;

namespace SauRo.Tests.Web;

/// <summary>The notifications page, the bell of the layout, marking read, and the e-mail address on the profile and account pages.</summary>
public abstract class NotificationPagesTests(WebAppFixture app) : WebTest(app)
{
    [Fact]
    public async Task Page_ListsOnlyTheUsersOwnNotifications_NewestFirst_UnreadMarked_WithLinks()
    {
        var (_, _, offices) = await App.NewCommuneAsync();
        var me = await ReminderWorld.NewAccountAsync(App, Roles.OfficeOfficer, offices[0].Id, email: null);
        var other = await ReminderWorld.NewAccountAsync(App, Roles.OfficeOfficer, offices[0].Id, email: null);
        await NewNotificationAsync(me.Id, "Sắp đến hạn: nhiệm vụ thứ nhất", "/Tasks/101", read: true);
        await NewNotificationAsync(me.Id, "Quá hạn: nhiệm vụ thứ hai", "/Tasks/102");
        await NewNotificationAsync(me.Id, "Chậm nộp báo cáo tháng 10/2026", null);
        await NewNotificationAsync(other.Id, "Thông báo của người khác", "/Tasks/103");

        var client = await App.SignedInClientAsync(me.Name);
        var html = await client.GetStringAsync("/Notifications");

        html.ShouldContain("Thông báo (2)");
        html.ShouldContain("2 thông báo chưa đọc.");
        html.ShouldNotContain("Thông báo của người khác");
        var third = html.IndexOf("Chậm nộp báo cáo tháng 10/2026", StringComparison.Ordinal);
        var second = html.IndexOf("Quá hạn: nhiệm vụ thứ hai", StringComparison.Ordinal);
        var first = html.IndexOf("Sắp đến hạn: nhiệm vụ thứ nhất", StringComparison.Ordinal);
        third.ShouldBeGreaterThan(0);
        third.ShouldBeLessThan(second);
        second.ShouldBeLessThan(first);
        html.ShouldContain("<a href=\"/Tasks/102\" class=\"notification-subject\">Quá hạn: nhiệm vụ thứ hai</a>");
        CountOf(html, "class=\"unread\"").ShouldBe(2);
        CountOf(html, "Đánh dấu đã đọc</button>").ShouldBe(2);
        html.ShouldContain("Đánh dấu tất cả đã đọc");
        (await client.GetStringAsync("/Units")).ShouldContain("Thông báo (2)");
    }

    [Fact]
    public async Task MarkRead_MarksOne_AndTheBellCountsOneLess()
    {
        var (_, _, offices) = await App.NewCommuneAsync();
        var me = await ReminderWorld.NewAccountAsync(App, Roles.OfficeOfficer, offices[0].Id, email: null);
        var read = await NewNotificationAsync(me.Id, "Quá hạn: đọc tôi", "/Tasks/1");
        await NewNotificationAsync(me.Id, "Quá hạn: chưa đọc", "/Tasks/2");
        var client = await App.SignedInClientAsync(me.Name);

        var response = await WebAppFixture.PostFormAsync(client, $"/Notifications?handler=Read&id={read}", [], "/Notifications");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await ReadAtAsync(read)).ShouldNotBeNull();
        var html = await client.GetStringAsync("/Notifications");
        html.ShouldContain("Thông báo (1)");
        CountOf(html, "class=\"unread\"").ShouldBe(1);
    }

    [Fact]
    public async Task MarkAllRead_MarksEveryUnreadNotificationOfTheUserOnly()
    {
        var (_, _, offices) = await App.NewCommuneAsync();
        var me = await ReminderWorld.NewAccountAsync(App, Roles.OfficeOfficer, offices[0].Id, email: null);
        var other = await ReminderWorld.NewAccountAsync(App, Roles.OfficeOfficer, offices[0].Id, email: null);
        var mine = new[] { await NewNotificationAsync(me.Id, "Một", null), await NewNotificationAsync(me.Id, "Hai", null) };
        var theirs = await NewNotificationAsync(other.Id, "Của người khác", null);
        var client = await App.SignedInClientAsync(me.Name);

        var response = await WebAppFixture.PostFormAsync(client, "/Notifications?handler=ReadAll", [], "/Notifications");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        foreach (var id in mine)
        {
            (await ReadAtAsync(id)).ShouldNotBeNull();
        }

        (await ReadAtAsync(theirs)).ShouldBeNull();
        var html = await client.GetStringAsync("/Notifications");
        html.ShouldContain("Đã đánh dấu 2 thông báo là đã đọc.");
        html.ShouldContain("Thông báo (0)");
        html.ShouldContain("Không có thông báo chưa đọc.");
    }

    [Fact]
    public async Task MarkRead_AnotherUsersNotification_Is404AndStaysUnread()
    {
        var (_, _, offices) = await App.NewCommuneAsync();
        var me = await ReminderWorld.NewAccountAsync(App, Roles.StandingOfficer, offices[0].Id, email: null);
        var other = await ReminderWorld.NewAccountAsync(App, Roles.OfficeOfficer, offices[0].Id, email: null);
        var theirs = await NewNotificationAsync(other.Id, "Không phải của bạn", null);
        var client = await App.SignedInClientAsync(me.Name);

        // The page has no form when nothing is unread: the session's token comes from another page.
        var response = await WebAppFixture.PostFormAsync(client, $"/Notifications?handler=Read&id={theirs}", [], "/Account/Profile");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await ReadAtAsync(theirs)).ShouldBeNull();
    }

    [Fact]
    public async Task Notifications_Anonymous_GoesToLogin()
    {
        var client = App.CreateClient(new() { AllowAutoRedirect = false });
        var response = await client.GetAsync("/Notifications");
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/Account/Login");
    }

    [Fact]
    public async Task Profile_SetsChecksAndClearsTheUsersOwnEmail()
    {
        var (_, _, offices) = await App.NewCommuneAsync();
        var me = await ReminderWorld.NewAccountAsync(App, Roles.OfficeOfficer, offices[2].Id, email: null);
        var client = await App.SignedInClientAsync(me.Name);

        var page = await client.GetStringAsync("/Account/Profile");
        page.ShouldContain("Tài khoản của tôi");
        page.ShouldContain(offices[2].Name);
        page.ShouldContain("Cán bộ cơ quan, đơn vị");

        var bad = await WebAppFixture.PostFormAsync(client, "/Account/Profile", new() { ["Input.Email"] = "khong-phai-dia-chi" });
        bad.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await bad.Content.ReadAsStringAsync()).ShouldContain("«khong-phai-dia-chi» không phải địa chỉ thư điện tử");
        (await EmailAsync(me.Id)).ShouldBeNull();

        var good = await WebAppFixture.PostFormAsync(client, "/Account/Profile", new() { ["Input.Email"] = "  can-bo@xa-an-binh.gov.vn " });
        good.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await EmailAsync(me.Id)).ShouldBe("can-bo@xa-an-binh.gov.vn");
        (await client.GetStringAsync("/Account/Profile")).ShouldContain("value=\"can-bo@xa-an-binh.gov.vn\"");

        var cleared = await WebAppFixture.PostFormAsync(client, "/Account/Profile", new() { ["Input.Email"] = string.Empty });
        cleared.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await EmailAsync(me.Id)).ShouldBeNull();
    }

    [Fact]
    public async Task CreateAccount_WithAnEmail_StoresIt_AndRefusesAnInvalidOne()
    {
        var (_, _, offices) = await App.NewCommuneAsync();
        var admin = await App.AdminClientAsync();
        var name = $"tk{Guid.NewGuid():N}"[..12];
        Dictionary<string, string> Form(string email) => new()
        {
            ["Input.UserName"] = name,
            ["Input.FullName"] = "Nguyễn Văn Thư",
            ["Input.Email"] = email,
            ["Input.UnitId"] = $"{offices[1].Id}",
            ["Input.Role"] = Roles.OfficeOfficer,
        };

        var bad = await WebAppFixture.PostFormAsync(admin, "/Accounts/Create", Form("thu@"));
        (await bad.Content.ReadAsStringAsync()).ShouldContain("«thu@» không phải địa chỉ thư điện tử");
        (await App.WithDbAsync(db => db.Users.AnyAsync(u => u.UserName == name))).ShouldBeFalse();

        var good = await WebAppFixture.PostFormAsync(admin, "/Accounts/Create", Form("thu.nv@xa-thu.gov.vn"));
        good.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await App.WithDbAsync(db => db.Users.Where(u => u.UserName == name).Select(u => u.Email).SingleAsync())).ShouldBe("thu.nv@xa-thu.gov.vn");
    }

    private Task<int> NewNotificationAsync(string userId, string subject, string? link, bool read = false) => App.WithDbAsync(async db =>
    {
        var notification = new Notification
        {
            Key = $"thu:{Guid.NewGuid():N}",
            UserId = userId,
            Kind = "TaskOverdue",
            Subject = subject,
            Body = $"Nội dung: {subject}",
            Link = link,
            CreatedAt = App.Clock.GetUtcNow(),
            ReadAt = read ? App.Clock.GetUtcNow() : null,
        };
        db.Notifications.Add(notification);
        await db.SaveChangesAsync();
        return notification.Id;
    });

    private Task<DateTimeOffset?> ReadAtAsync(int id) => App.WithDbAsync(db => db.Notifications.Where(n => n.Id == id).Select(n => n.ReadAt).SingleAsync());

    private Task<string?> EmailAsync(string userId) => App.WithDbAsync(db => db.Users.Where(u => u.Id == userId).Select(u => u.Email).SingleAsync());

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}

public sealed class NotificationPagesTests_Sqlite(SqliteWebApp app) : NotificationPagesTests(app), IClassFixture<SqliteWebApp>;

public sealed class NotificationPagesTests_Postgres(PostgresWebApp app) : NotificationPagesTests(app), IClassFixture<PostgresWebApp>;
