using System.Net;
using Microsoft.EntityFrameworkCore;
using SauRo.Features.Accounts;

namespace SauRo.Tests.Web;

/// <summary>Reset a password, deactivate and reactivate an account: what happens to its sessions, and the refusals.</summary>
public abstract class AccountActionsTests(WebAppFixture app) : WebTest(app)
{
    [Fact]
    public async Task ResetPassword_ShowsANewPasswordOnceAndTheOldOneAndTheOldSessionsStopWorking()
    {
        var (_, _, offices) = await App.NewCommuneAsync();
        var officer = await App.NewUserAsync(Roles.OfficeOfficer, offices[1].Id);
        var id = await AccountSteps.IdAsync(App, officer);
        var session = await App.SignedInClientAsync(officer);
        var (bearer, _) = await AccountSteps.BearerClientAsync(App, officer);
        var client = await App.SignedInClientAsync(await App.NewUserAsync(Roles.StandingOfficer, offices[0].Id));

        var confirm = await client.GetStringAsync($"/Accounts/{id}/ResetPassword");
        confirm.ShouldContain("Tạo mật khẩu mới cho tài khoản này?");
        confirm.ShouldContain(officer);
        var response = await WebAppFixture.PostFormAsync(client, $"/Accounts/{id}/ResetPassword", []);
        var html = await response.Content.ReadAsStringAsync();

        response.StatusCode.ShouldBe(HttpStatusCode.OK, html);
        response.Headers.CacheControl!.NoStore.ShouldBeTrue();
        html.ShouldContain($"Đã đặt lại mật khẩu của «{officer}»");
        var password = AccountSteps.Password(html, officer);
        password.ShouldNotBe(WebAppFixture.Password);
        (await AccountSteps.LoginStatusAsync(App, officer, WebAppFixture.Password)).ShouldBe(HttpStatusCode.OK);
        (await AccountSteps.LoginStatusAsync(App, officer, password)).ShouldBe(HttpStatusCode.Redirect);
        var old = await session.GetAsync("/");
        old.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        old.Headers.Location!.ToString().ShouldContain("/Account/Login");
        (await bearer.GetAsync("/api/v1/units")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await client.GetStringAsync($"/Accounts/{id}/ResetPassword")).ShouldNotContain(password);
    }

    [Fact]
    public async Task ResetPassword_LiftsATemporaryLockoutButNotADeactivation()
    {
        var (_, _, offices) = await App.NewCommuneAsync();
        var locked = await App.NewUserAsync(Roles.OfficeOfficer, offices[1].Id);
        var deactivated = await App.NewUserAsync(Roles.OfficeOfficer, offices[2].Id);
        var now = App.Clock.GetUtcNow() > DateTimeOffset.UtcNow ? App.Clock.GetUtcNow() : DateTimeOffset.UtcNow;
        await SetLockoutAsync(locked, now.AddMinutes(10), failures: 5);
        await SetLockoutAsync(deactivated, AccountRules.DeactivatedUntil, failures: 0);
        (await AccountSteps.LoginStatusAsync(App, locked, WebAppFixture.Password)).ShouldBe(HttpStatusCode.OK);
        var client = await App.AdminClientAsync();
        AccountSteps.Row(await client.GetStringAsync("/Accounts"), locked).ShouldContain("tạm khóa đến");

        var one = await WebAppFixture.PostFormAsync(client, $"/Accounts/{await AccountSteps.IdAsync(App, locked)}/ResetPassword", []);
        var two = await WebAppFixture.PostFormAsync(client, $"/Accounts/{await AccountSteps.IdAsync(App, deactivated)}/ResetPassword", []);

        (await AccountSteps.LoginStatusAsync(App, locked, AccountSteps.Password(await one.Content.ReadAsStringAsync(), locked))).ShouldBe(HttpStatusCode.Redirect);
        (await AccountSteps.LoginStatusAsync(App, deactivated, AccountSteps.Password(await two.Content.ReadAsStringAsync(), deactivated))).ShouldBe(HttpStatusCode.OK);
        AccountRules.IsDeactivated(await LockoutAsync(deactivated)).ShouldBeTrue();
    }

    [Fact]
    public async Task Actions_AnotherCommunesAccountIs404_AVisibleButUnmanagedOneIs403_NothingChanges()
    {
        var (_, mine, offices) = await App.NewCommuneAsync();
        var (_, _, otherOffices) = await App.NewCommuneAsync();
        var stranger = await App.NewUserAsync(Roles.OfficeOfficer, otherOffices[1].Id);
        var leader = await App.NewUserAsync(Roles.Leader, mine.Id);
        var adminInOffice = await App.NewUserAsync(Roles.Admin, offices[2].Id);
        var client = await App.SignedInClientAsync(await App.NewUserAsync(Roles.StandingOfficer, offices[0].Id));
        var stamps = await StampsAsync();

        foreach (var action in new[] { "ResetPassword", "Deactivate", "Reactivate" })
        {
            (await client.GetAsync($"/Accounts/{await AccountSteps.IdAsync(App, stranger)}/{action}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
            (await client.GetAsync($"/Accounts/no-such-id/{action}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
            foreach (var user in new[] { leader, adminInOffice })
            {
                var url = $"/Accounts/{await AccountSteps.IdAsync(App, user)}/{action}";
                var get = await client.GetAsync(url);
                get.StatusCode.ShouldBe(HttpStatusCode.Redirect, url);
                get.Headers.Location!.ToString().ShouldContain("/Account/AccessDenied");
                var post = await WebAppFixture.PostFormAsync(client, url, [], formPage: "/Account/ChangePassword");
                post.StatusCode.ShouldBe(HttpStatusCode.Redirect, url);
                post.Headers.Location!.ToString().ShouldContain("/Account/AccessDenied");
            }

            var forged = await WebAppFixture.PostFormAsync(client, $"/Accounts/{await AccountSteps.IdAsync(App, stranger)}/{action}", [], formPage: "/Account/ChangePassword");
            forged.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        }

        (await StampsAsync()).ShouldBe(stamps);
        (await AccountSteps.LoginStatusAsync(App, adminInOffice, WebAppFixture.Password)).ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task Deactivate_TheAccountCannotLogInAndItsCookieAndBearerTokenStopAtTheNextRequest()
    {
        var (_, _, offices) = await App.NewCommuneAsync();
        var officer = await App.NewUserAsync(Roles.OfficeOfficer, offices[1].Id);
        var id = await AccountSteps.IdAsync(App, officer);
        var session = await App.SignedInClientAsync(officer);
        var (bearer, _) = await AccountSteps.BearerClientAsync(App, officer);
        (await session.GetAsync("/")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await bearer.GetAsync("/api/v1/units")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var client = await App.SignedInClientAsync(await App.NewUserAsync(Roles.StandingOfficer, offices[0].Id));

        (await client.GetStringAsync($"/Accounts/{id}/Deactivate")).ShouldContain("Khóa tài khoản này?");
        var response = await WebAppFixture.PostFormAsync(client, $"/Accounts/{id}/Deactivate", []);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldBe("/Accounts");
        (await client.GetStringAsync("/Accounts")).ShouldContain($"Đã khóa tài khoản «{officer}»");
        AccountSteps.Row(await client.GetStringAsync("/Accounts"), officer).ShouldContain("<span class=\"badge bad\">đã khóa</span>");
        AccountRules.IsDeactivated(await LockoutAsync(officer)).ShouldBeTrue();

        var page = await session.GetAsync("/");
        page.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        page.Headers.Location!.ToString().ShouldContain("/Account/Login");
        page.Headers.GetValues("Set-Cookie").ShouldContain(c => c.StartsWith("sauro=;", StringComparison.Ordinal));
        (await bearer.GetAsync("/api/v1/units")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        var login = await WebAppFixture.PostFormAsync(App.CreateClient(new() { AllowAutoRedirect = false }), "/Account/Login",
            new() { ["Input.UserName"] = officer, ["Input.Password"] = WebAppFixture.Password });
        login.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await login.Content.ReadAsStringAsync()).ShouldContain("Tài khoản đã bị khóa. Hãy liên hệ cơ quan thường trực hoặc quản trị hệ thống.");
        var api = await AccountSteps.ApiLoginAsync(App, officer, WebAppFixture.Password);
        api.StatusCode.ShouldBe((HttpStatusCode)423);
        (await api.Content.ReadAsStringAsync()).ShouldContain("Tài khoản đã bị khóa.");

        (await client.GetStringAsync($"/Accounts/{id}/Reactivate")).ShouldContain("Mở khóa tài khoản này?");
        var reactivated = await WebAppFixture.PostFormAsync(client, $"/Accounts/{id}/Reactivate", []);
        reactivated.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await LockoutAsync(officer)).ShouldBeNull();
        (await AccountSteps.LoginStatusAsync(App, officer, WebAppFixture.Password)).ShouldBe(HttpStatusCode.Redirect);
        AccountSteps.Row(await client.GetStringAsync("/Accounts"), officer).ShouldContain("<span class=\"badge ok\">hoạt động</span>");
    }

    [Fact]
    public async Task Deactivate_Oneself_IsRefusedAndNothingChanges()
    {
        var admin = await App.NewUserAsync(Roles.Admin, null);
        var id = await AccountSteps.IdAsync(App, admin);
        var client = await App.SignedInClientAsync(admin);

        var response = await WebAppFixture.PostFormAsync(client, $"/Accounts/{id}/Deactivate", []);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("Bạn không thể tự khóa tài khoản của chính mình.");
        (await LockoutAsync(admin)).ShouldBeNull();
        var own = AccountSteps.Row(await client.GetStringAsync("/Accounts"), admin);
        own.ShouldContain("Đổi mật khẩu (tài khoản của bạn)");
        own.ShouldNotContain("/Deactivate");

        var reset = await WebAppFixture.PostFormAsync(client, $"/Accounts/{id}/ResetPassword", []);
        (await reset.Content.ReadAsStringAsync()).ShouldContain("hãy dùng «Đổi mật khẩu»");
        (await AccountSteps.LoginStatusAsync(App, admin, WebAppFixture.Password)).ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task Deactivate_TheLastActiveAdministrator_IsRefused()
    {
        // Every other administrator of this database is deactivated; the acting one lost the role after signing in.
        var last = await App.NewUserAsync(Roles.Admin, null);
        var acting = await App.NewUserAsync(Roles.Admin, null);
        var client = await App.SignedInClientAsync(acting);
        await App.WithDbAsync(async db =>
        {
            var lastId = await db.Users.Where(u => u.UserName == last).Select(u => u.Id).SingleAsync();
            var adminRole = await db.Roles.Where(r => r.Name == Roles.Admin).Select(r => r.Id).SingleAsync();
            var others = await db.Users.Where(u => u.Id != lastId && db.UserRoles.Any(ur => ur.UserId == u.Id && ur.RoleId == adminRole)).ToListAsync();
            foreach (var other in others.Where(o => o.UserName != acting))
            {
                other.LockoutEnd = AccountRules.DeactivatedUntil;
            }

            var actingId = others.Single(o => o.UserName == acting).Id;
            db.UserRoles.RemoveRange(db.UserRoles.Where(ur => ur.UserId == actingId && ur.RoleId == adminRole));
            return await db.SaveChangesAsync();
        });
        var id = await AccountSteps.IdAsync(App, last);

        var response = await WebAppFixture.PostFormAsync(client, $"/Accounts/{id}/Deactivate", []);

        (await response.Content.ReadAsStringAsync()).ShouldContain($"Không khóa được «{last}»: đây là tài khoản quản trị hệ thống cuối cùng còn hoạt động.");
        (await LockoutAsync(last)).ShouldBeNull();
    }

    private Task<DateTimeOffset?> LockoutAsync(string userName) =>
        App.WithDbAsync(db => db.Users.Where(u => u.UserName == userName).Select(u => u.LockoutEnd).SingleAsync());

    private Task SetLockoutAsync(string userName, DateTimeOffset until, int failures) => App.WithDbAsync(async db =>
    {
        var user = await db.Users.SingleAsync(u => u.UserName == userName);
        user.LockoutEnd = until;
        user.AccessFailedCount = failures;
        return await db.SaveChangesAsync();
    });

    private Task<Dictionary<string, string?>> StampsAsync() =>
        App.WithDbAsync(db => db.Users.ToDictionaryAsync(u => u.Id, u => u.SecurityStamp));
}

public sealed class AccountActionsTests_Sqlite(SqliteWebApp app) : AccountActionsTests(app), IClassFixture<SqliteWebApp>;

public sealed class AccountActionsTests_Postgres(PostgresWebApp app) : AccountActionsTests(app), IClassFixture<PostgresWebApp>;
