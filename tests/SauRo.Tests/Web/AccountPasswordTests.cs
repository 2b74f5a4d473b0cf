using System.Net;
using SauRo.Features.Accounts;

namespace SauRo.Tests.Web;

/// <summary>A user changes their own password: the rules in Vietnamese, the other sessions signed out, this one kept.</summary>
public abstract class AccountPasswordTests(WebAppFixture app) : WebTest(app)
{
    private const string NewPassword = "mat-khau-moi-2026";

    private static Task<HttpResponseMessage> ChangeAsync(HttpClient client, string current, string next, string? confirm = null) =>
        WebAppFixture.PostFormAsync(client, "/Account/ChangePassword", new()
        {
            ["Input.CurrentPassword"] = current,
            ["Input.NewPassword"] = next,
            ["Input.ConfirmPassword"] = confirm ?? next,
        });

    [Fact]
    public async Task ChangePassword_KeepsThisSessionAndSignsOutTheOthersAndTheTokens()
    {
        var (_, _, offices) = await App.NewCommuneAsync();
        var user = await App.NewUserAsync(Roles.OfficeOfficer, offices[0].Id);
        var here = await App.SignedInClientAsync(user);
        var elsewhere = await App.SignedInClientAsync(user);
        var (bearer, _) = await AccountSteps.BearerClientAsync(App, user);

        var form = await here.GetStringAsync("/Account/ChangePassword");
        form.ShouldContain(AccountText.PasswordRules);
        var response = await ChangeAsync(here, WebAppFixture.Password, NewPassword);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        response.Headers.Location!.ToString().ShouldBe("/");
        var home = await here.GetAsync("/");
        home.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await home.Content.ReadAsStringAsync()).ShouldContain("Đã đổi mật khẩu.");
        var other = await elsewhere.GetAsync("/");
        other.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        other.Headers.Location!.ToString().ShouldContain("/Account/Login");
        (await bearer.GetAsync("/api/v1/units")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await AccountSteps.LoginStatusAsync(App, user, WebAppFixture.Password)).ShouldBe(HttpStatusCode.OK);
        (await AccountSteps.LoginStatusAsync(App, user, NewPassword)).ShouldBe(HttpStatusCode.Redirect);
    }

    [Theory]
    [InlineData("sai-mat-khau-9", NewPassword, null, "Mật khẩu hiện tại không đúng.")]
    [InlineData(WebAppFixture.Password, NewPassword, "mat-khau-khac-2026", "Hai lần nhập mật khẩu mới không khớp nhau.")]
    [InlineData(WebAppFixture.Password, "ngan-1", null, "Mật khẩu phải có ít nhất 10 ký tự.")]
    [InlineData(WebAppFixture.Password, "khong-co-chu-so", null, "Mật khẩu phải có ít nhất một chữ số.")]
    [InlineData(WebAppFixture.Password, "CHU-HOA-1234", null, "Mật khẩu phải có ít nhất một chữ thường.")]
    [InlineData(WebAppFixture.Password, WebAppFixture.Password, null, "Mật khẩu mới phải khác mật khẩu hiện tại.")]
    [InlineData("", NewPassword, null, "Hãy nhập mật khẩu hiện tại.")]
    [InlineData(WebAppFixture.Password, "", null, "Hãy nhập mật khẩu mới.")]
    public async Task ChangePassword_Refusals_SayWhyInVietnameseAndChangeNothing(string current, string next, string? confirm, string expected)
    {
        var user = await App.NewUserAsync(Roles.Admin, null);
        var client = await App.SignedInClientAsync(user);
        var elsewhere = await App.SignedInClientAsync(user);

        var response = await ChangeAsync(client, current, next, confirm);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        html.ShouldContain(expected);
        if (current.Length > 0)
        {
            html.ShouldNotContain($"value=\"{current}\"");
        }

        (await elsewhere.GetAsync("/")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await AccountSteps.LoginStatusAsync(App, user, WebAppFixture.Password)).ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task ChangePassword_WrongCurrentPasswordFiveTimes_LocksTheAccountLikeFailedLogins()
    {
        var user = await App.NewUserAsync(Roles.Admin, null);
        var client = await App.SignedInClientAsync(user);

        for (var i = 0; i < 4; i++)
        {
            (await (await ChangeAsync(client, $"sai-mat-khau-{i}", NewPassword)).Content.ReadAsStringAsync()).ShouldContain("Mật khẩu hiện tại không đúng.");
        }

        var fifth = System.Net.WebUtility.HtmlDecode(await (await ChangeAsync(client, "sai-mat-khau-5", NewPassword)).Content.ReadAsStringAsync());

        fifth.ShouldContain("tài khoản tạm bị khóa đăng nhập 15 phút");
        (await AccountSteps.LoginStatusAsync(App, user, WebAppFixture.Password)).ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task ChangePassword_Anonymous_GoesToLogin()
    {
        var response = await App.CreateClient(new() { AllowAutoRedirect = false }).GetAsync("/Account/ChangePassword");
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/Account/Login");
    }

    [Fact]
    public async Task Layout_OffersChangePasswordToEveryone()
    {
        var (_, commune, _) = await App.NewCommuneAsync();
        var client = await App.SignedInClientAsync(await App.NewUserAsync(Roles.Leader, commune.Id));
        (await client.GetStringAsync("/")).ShouldContain("<a href=\"/Account/ChangePassword\">Đổi mật khẩu</a>");
    }
}

public sealed class AccountPasswordTests_Sqlite(SqliteWebApp app) : AccountPasswordTests(app), IClassFixture<SqliteWebApp>;

public sealed class AccountPasswordTests_Postgres(PostgresWebApp app) : AccountPasswordTests(app), IClassFixture<PostgresWebApp>;
