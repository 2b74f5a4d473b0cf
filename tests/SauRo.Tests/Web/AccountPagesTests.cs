using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SauRo.Features.Accounts;

namespace SauRo.Tests.Web;

/// <summary>The account pages: list, create one, create for a commune's offices, refusals; nothing written on refusal.</summary>
public abstract class AccountPagesTests(WebAppFixture app) : WebTest(app)
{
    [Fact]
    public async Task Index_Admin_ListsAccountsWithUnitRolesAndState()
    {
        var (_, commune, offices) = await App.NewCommuneAsync();
        var officer = await App.NewUserAsync(Roles.OfficeOfficer, offices[1].Id);
        var client = await App.AdminClientAsync();

        var response = await client.GetAsync($"/Accounts?unitId={commune.Id}");
        var html = await response.Content.ReadAsStringAsync();

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var row = AccountSteps.Row(html, officer);
        row.ShouldContain($"{commune.Name} › {offices[1].Name}");
        row.ShouldContain("Cán bộ cơ quan, đơn vị");
        row.ShouldContain("Người thử");
        row.ShouldContain("<span class=\"badge ok\">hoạt động</span>");
        html.ShouldContain("href=\"/Accounts/Create\"");
        html.ShouldContain("href=\"/Accounts/Bulk\"");
    }

    [Fact]
    public async Task Index_StandingOfficer_ListsOnlyTheAccountsOfTheCommunesOffices()
    {
        var (_, mine, offices) = await App.NewCommuneAsync();
        var (_, other, otherOffices) = await App.NewCommuneAsync();
        var standing = await App.NewUserAsync(Roles.StandingOfficer, offices[0].Id);
        var officer = await App.NewUserAsync(Roles.OfficeOfficer, offices[2].Id);
        var leader = await App.NewUserAsync(Roles.Leader, mine.Id);
        var stranger = await App.NewUserAsync(Roles.OfficeOfficer, otherOffices[2].Id);
        var adminInOffice = await App.NewUserAsync(Roles.Admin, offices[3].Id);
        var client = await App.SignedInClientAsync(standing);

        var html = await client.GetStringAsync("/Accounts");

        AccountSteps.Row(html, officer).ShouldContain(offices[2].Name);
        html.ShouldNotContain($"data-account=\"{standing}\""); // a standing-body officer's account is not theirs to manage
        html.ShouldNotContain(leader);
        html.ShouldNotContain(stranger);
        html.ShouldNotContain(adminInOffice);
        html.ShouldNotContain(other.Name);
        html.ShouldContain("<a href=\"/Accounts\">Tài khoản</a>");
    }

    [Theory]
    [InlineData(Roles.OfficeOfficer)]
    [InlineData(Roles.Leader)]
    [InlineData(Roles.ProvinceOfficer)]
    public async Task Pages_NonManager_Are403AndShowNoAccountsLink(string role)
    {
        var (province, commune, offices) = await App.NewCommuneAsync();
        var unit = role switch { Roles.OfficeOfficer => offices[0].Id, Roles.Leader => commune.Id, _ => province.Id };
        var user = await App.NewUserAsync(role, unit);
        var victim = await App.NewUserAsync(Roles.OfficeOfficer, offices[1].Id);
        var victimId = await AccountSteps.IdAsync(App, victim);
        var client = await App.SignedInClientAsync(user);

        foreach (var url in new[] { "/Accounts", "/Accounts/Create", "/Accounts/Bulk", $"/Accounts/{victimId}/ResetPassword", $"/Accounts/{victimId}/Deactivate" })
        {
            var response = await client.GetAsync(url);
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect, url);
            response.Headers.Location!.ToString().ShouldContain("/Account/AccessDenied");
        }

        (await client.GetStringAsync("/")).ShouldNotContain("href=\"/Accounts\"");
    }

    [Fact]
    public async Task Create_Admin_CreatesTheAccountAndShowsItsPasswordOnceNotStored()
    {
        var (_, commune, _) = await App.NewCommuneAsync();
        var client = await App.AdminClientAsync();
        var name = AccountSteps.UniqueName("lanh-dao");

        var response = await WebAppFixture.PostFormAsync(client, "/Accounts/Create", new()
        {
            ["Input.UserName"] = name,
            ["Input.FullName"] = "  Trần   Thị Bình ",
            ["Input.UnitId"] = commune.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Role"] = Roles.Leader,
        });
        var html = await response.Content.ReadAsStringAsync();

        response.StatusCode.ShouldBe(HttpStatusCode.OK, html);
        response.Headers.CacheControl!.NoStore.ShouldBeTrue();
        html.ShouldContain($"Đã tạo tài khoản «{name}»");
        var password = AccountSteps.Password(html, name);
        password.Length.ShouldBe(12);
        var stored = await App.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.UserName == name));
        stored.FullName.ShouldBe("Trần Thị Bình");
        stored.UnitId.ShouldBe(commune.Id);
        stored.LockoutEnabled.ShouldBeTrue();
        stored.PasswordHash.ShouldNotBeNull();
        stored.PasswordHash.ShouldNotContain(password);
        (await AccountSteps.RolesAsync(App, name)).ShouldBe([Roles.Leader]);
        (await AccountSteps.LoginStatusAsync(App, name, password)).ShouldBe(HttpStatusCode.Redirect);
        (await client.GetStringAsync("/Accounts")).ShouldNotContain(password);
    }

    [Fact]
    public async Task Create_InvalidOrTakenNameAndMissingFields_ShowVietnameseMessagesAndWriteNothing()
    {
        var (_, commune, offices) = await App.NewCommuneAsync();
        var taken = await App.NewUserAsync(Roles.OfficeOfficer, offices[0].Id);
        var client = await App.AdminClientAsync();
        var before = await AccountSteps.CountAsync(App);

        var accented = await AccountSteps.CreateAsync(client, "nguyễn.văn.a", "Nguyễn Văn A", offices[0].Id, Roles.OfficeOfficer);
        var duplicate = await AccountSteps.CreateAsync(client, taken.ToUpperInvariant(), "Người khác", offices[0].Id, Roles.OfficeOfficer);
        var empty = await AccountSteps.CreateAsync(client, "", "", null, "");
        var misplaced = await AccountSteps.CreateAsync(client, AccountSteps.UniqueName("sai-cho"), "Cán bộ", commune.Id, Roles.OfficeOfficer);

        accented.ShouldContain("Tên đăng nhập «nguyễn.văn.a» chỉ được gồm chữ cái không dấu, chữ số và các dấu . _ -");
        duplicate.ShouldContain($"Tên đăng nhập «{taken.ToUpperInvariant()}» đã có người dùng.");
        empty.ShouldContain("Hãy nhập tên đăng nhập.");
        empty.ShouldContain("Hãy nhập họ và tên.");
        empty.ShouldContain("Hãy chọn đơn vị của tài khoản");
        empty.ShouldContain("Hãy chọn vai trò");
        misplaced.ShouldContain("Cán bộ cơ quan, đơn vị phải thuộc một cơ quan, đơn vị của xã/phường.");
        (await AccountSteps.CountAsync(App)).ShouldBe(before);
    }

    [Fact]
    public async Task Create_StandingOfficer_GivesOnlyOfficeOfficerInTheCommunesOffices()
    {
        var (_, mine, offices) = await App.NewCommuneAsync();
        var (_, _, otherOffices) = await App.NewCommuneAsync();
        var client = await App.SignedInClientAsync(await App.NewUserAsync(Roles.StandingOfficer, offices[0].Id));
        var before = await AccountSteps.CountAsync(App);

        var form = await client.GetStringAsync("/Accounts/Create");
        form.ShouldContain($"<option value=\"{offices[4].Id}\">{mine.Name} › {offices[4].Name}</option>");
        form.ShouldNotContain($"value=\"{otherOffices[0].Id}\"");
        form.ShouldNotContain($"value=\"{mine.Id}\"");
        form.ShouldContain($"<option value=\"{Roles.OfficeOfficer}\" selected=\"selected\">Cán bộ cơ quan, đơn vị</option>");
        form.ShouldNotContain($"value=\"{Roles.Admin}\"");

        var admin = await AccountSteps.CreateAsync(client, AccountSteps.UniqueName("leo-thang"), "Leo thang", offices[1].Id, Roles.Admin);
        var elsewhere = await AccountSteps.CreateAsync(client, AccountSteps.UniqueName("xa-khac"), "Xã khác", otherOffices[1].Id, Roles.OfficeOfficer);
        var commune = await AccountSteps.CreateAsync(client, AccountSteps.UniqueName("cap-xa"), "Cấp xã", mine.Id, Roles.OfficeOfficer);
        admin.ShouldContain("Hãy chọn vai trò (một vai trò bạn được giao).");
        elsewhere.ShouldContain("Hãy chọn đơn vị của tài khoản");
        commune.ShouldContain("Hãy chọn đơn vị của tài khoản");
        (await AccountSteps.CountAsync(App)).ShouldBe(before);

        var name = AccountSteps.UniqueName("ke-toan");
        var ok = await AccountSteps.CreateAsync(client, name, "Kế toán", offices[1].Id, Roles.OfficeOfficer);
        ok.ShouldContain($"Đã tạo tài khoản «{name}»");
        (await AccountSteps.RolesAsync(App, name)).ShouldBe([Roles.OfficeOfficer]);
    }

    [Fact]
    public async Task Bulk_SuggestsNamesAndCreatesEveryTickedOfficeWithPrintablePasswords()
    {
        var (_, commune, offices) = await App.NewCommuneAsync();
        await App.NewUserAsync(Roles.OfficeOfficer, offices[4].Id);
        var client = await App.SignedInClientAsync(await App.NewUserAsync(Roles.StandingOfficer, offices[0].Id));
        var slug = AccountRules.SuggestUserName(commune.Name, "x")[..^2];

        var form = await client.GetStringAsync("/Accounts/Bulk");
        form.ShouldContain($"Tài khoản cho các cơ quan của {commune.Name}");
        var rows = AccountSteps.BulkRows(form);
        rows.Count.ShouldBe(5);
        rows[offices[0].Id].UserName.ShouldBe($"{slug}.van-hoa-xa-hoi");
        rows[offices[2].Id].UserName.ShouldBe($"{slug}.trung-tam-phuc-vu-hanh-chinh-cong");
        rows[offices[3].Id].Selected.ShouldBeTrue();
        rows[offices[4].Id].Selected.ShouldBeFalse(); // already has an account

        var fields = AccountSteps.BulkFields(rows, [offices[1].Id, offices[2].Id, offices[3].Id]);
        fields["Rows[1].FullName"] = "Nguyễn Văn Bảy";
        var response = await WebAppFixture.PostFormAsync(client, "/Accounts/Bulk", fields);
        var html = await response.Content.ReadAsStringAsync();

        response.StatusCode.ShouldBe(HttpStatusCode.OK, html);
        response.Headers.CacheControl!.NoStore.ShouldBeTrue();
        html.ShouldContain("Đã tạo 3 tài khoản cho các cơ quan của");
        foreach (var id in new[] { offices[1].Id, offices[2].Id, offices[3].Id })
        {
            var name = rows[id].UserName;
            var password = AccountSteps.Password(html, name);
            (await AccountSteps.LoginStatusAsync(App, name, password)).ShouldBe(HttpStatusCode.Redirect);
            (await AccountSteps.RolesAsync(App, name)).ShouldBe([Roles.OfficeOfficer]);
            (await App.WithDbAsync(db => db.Users.SingleAsync(u => u.UserName == name))).UnitId.ShouldBe(id);
        }

        (await App.WithDbAsync(db => db.Users.SingleAsync(u => u.UserName == rows[offices[1].Id].UserName))).FullName.ShouldBe("Nguyễn Văn Bảy");
        (await App.WithDbAsync(db => db.Users.SingleAsync(u => u.UserName == rows[offices[2].Id].UserName))).FullName.ShouldBe($"Cán bộ {offices[2].Name}");
    }

    [Fact]
    public async Task Bulk_OneProblem_CreatesNothingAndShowsEachProblemNextToItsRow()
    {
        var (_, commune, offices) = await App.NewCommuneAsync();
        var client = await App.AdminClientAsync();
        var form = await client.GetStringAsync($"/Accounts/Bulk?communeId={commune.Id}");
        var rows = AccountSteps.BulkRows(form);
        await AccountSteps.NewUserNamedAsync(App, rows[offices[1].Id].UserName, offices[1].Id);
        rows[offices[2].Id] = rows[offices[2].Id] with { UserName = "trùng tên" };
        rows[offices[3].Id] = rows[offices[3].Id] with { UserName = rows[offices[4].Id].UserName };
        var before = await AccountSteps.CountAsync(App);

        var response = await WebAppFixture.PostFormAsync(client, "/Accounts/Bulk", AccountSteps.BulkFields(rows, offices.Select(o => o.Id).ToArray(), commune.Id), formPage: $"/Accounts/Bulk?communeId={commune.Id}");
        var html = await response.Content.ReadAsStringAsync();

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        html.ShouldContain("Chưa tạo tài khoản nào: 4 dòng cần sửa.");
        AccountSteps.RowError(html, offices[0].Id).ShouldBeNull();
        AccountSteps.RowError(html, offices[1].Id).ShouldBe($"Tên đăng nhập «{rows[offices[1].Id].UserName}» đã có người dùng.");
        AccountSteps.RowError(html, offices[2].Id)!.ShouldContain("chỉ được gồm chữ cái không dấu");
        AccountSteps.RowError(html, offices[3].Id)!.ShouldContain("được dùng cho nhiều cơ quan trong bảng này");
        AccountSteps.RowError(html, offices[4].Id)!.ShouldContain("được dùng cho nhiều cơ quan trong bảng này");
        html.ShouldContain("value=\"trùng tên\"");
        (await AccountSteps.CountAsync(App)).ShouldBe(before);
        (await App.WithDbAsync(db => db.Users.AnyAsync(u => u.UserName == rows[offices[0].Id].UserName))).ShouldBeFalse();
    }

    [Fact]
    public async Task Bulk_NothingTicked_AsksForAnOffice()
    {
        var (_, _, offices) = await App.NewCommuneAsync();
        var client = await App.SignedInClientAsync(await App.NewUserAsync(Roles.StandingOfficer, offices[0].Id));
        var rows = AccountSteps.BulkRows(await client.GetStringAsync("/Accounts/Bulk"));

        var response = await WebAppFixture.PostFormAsync(client, "/Accounts/Bulk", AccountSteps.BulkFields(rows, []));

        (await response.Content.ReadAsStringAsync()).ShouldContain("Hãy chọn ít nhất một cơ quan.");
    }

    [Fact]
    public async Task Bulk_AnotherCommune_Is404AndAForgedRowIs403()
    {
        var (_, _, offices) = await App.NewCommuneAsync();
        var (_, other, otherOffices) = await App.NewCommuneAsync();
        var client = await App.SignedInClientAsync(await App.NewUserAsync(Roles.StandingOfficer, offices[0].Id));
        var before = await AccountSteps.CountAsync(App);

        (await client.GetAsync($"/Accounts/Bulk?communeId={other.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var forged = await WebAppFixture.PostFormAsync(client, "/Accounts/Bulk", new()
        {
            ["Rows[0].UnitId"] = otherOffices[0].Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Rows[0].Selected"] = "true",
            ["Rows[0].UserName"] = AccountSteps.UniqueName("gia-mao"),
        });

        forged.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        forged.Headers.Location!.ToString().ShouldContain("/Account/AccessDenied");
        (await AccountSteps.CountAsync(App)).ShouldBe(before);
    }
}

public sealed class AccountPagesTests_Sqlite(SqliteWebApp app) : AccountPagesTests(app), IClassFixture<SqliteWebApp>;

public sealed class AccountPagesTests_Postgres(PostgresWebApp app) : AccountPagesTests(app), IClassFixture<PostgresWebApp>;

/// <summary>What the account tests do through HTTP and read back from the database.</summary>
internal static partial class AccountSteps
{
    public sealed record BulkRow(string UserName, bool Selected);

    public static string UniqueName(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 9)];

    public static Task<int> CountAsync(WebAppFixture app) => app.WithDbAsync(db => db.Users.CountAsync());

    public static Task<string> IdAsync(WebAppFixture app, string userName) =>
        app.WithDbAsync(db => db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync());

    public static Task<List<string>> RolesAsync(WebAppFixture app, string userName) => app.WithDbAsync(db =>
        db.UserRoles.Where(ur => db.Users.Any(u => u.Id == ur.UserId && u.UserName == userName))
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToListAsync());

    /// <summary>An office officer account with a chosen user name (and the fixture's password).</summary>
    public static async Task NewUserNamedAsync(WebAppFixture app, string userName, int unitId)
    {
        var generated = await app.NewUserAsync(Roles.OfficeOfficer, unitId);
        await app.WithDbAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.UserName == generated);
            user.UserName = userName;
            user.NormalizedUserName = userName.ToUpperInvariant();
            return await db.SaveChangesAsync();
        });
    }

    /// <summary>The status of a login through the page with a fresh client: 302 when it worked.</summary>
    public static async Task<HttpStatusCode> LoginStatusAsync(WebAppFixture app, string userName, string password)
    {
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        var response = await WebAppFixture.PostFormAsync(client, "/Account/Login", new() { ["Input.UserName"] = userName, ["Input.Password"] = password });
        return response.StatusCode;
    }

    public static async Task<HttpResponseMessage> ApiLoginAsync(WebAppFixture app, string userName, string password) =>
        await app.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { userName, password });

    /// <summary>A client carrying a bearer token of the account.</summary>
    public static async Task<(HttpClient Client, string Token)> BearerClientAsync(WebAppFixture app, string userName, string password = WebAppFixture.Password)
    {
        var login = await ApiLoginAsync(app, userName, password);
        login.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var json = JsonDocument.Parse(await login.Content.ReadAsStringAsync());
        var token = json.RootElement.GetProperty("accessToken").GetString()!;
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        return (client, token);
    }

    public static async Task<string> CreateAsync(HttpClient client, string userName, string fullName, int? unitId, string role)
    {
        var response = await WebAppFixture.PostFormAsync(client, "/Accounts/Create", new()
        {
            ["Input.UserName"] = userName,
            ["Input.FullName"] = fullName,
            ["Input.UnitId"] = unitId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty,
            ["Input.Role"] = role,
        });
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    /// <summary>The table row of an account (list or one-time passwords).</summary>
    public static string Row(string html, string userName)
    {
        var m = Regex.Match(html, $"<tr data-account=\"{Regex.Escape(userName)}\">(.*?)</tr>", RegexOptions.Singleline);
        m.Success.ShouldBeTrue($"không có dòng của {userName}");
        return WebUtility.HtmlDecode(m.Groups[1].Value);
    }

    public static string Password(string html, string userName)
    {
        var m = PasswordCell().Match(Row(html, userName));
        m.Success.ShouldBeTrue();
        return m.Groups[1].Value;
    }

    /// <summary>The rows of the bulk form, by office id.</summary>
    public static Dictionary<int, BulkRow> BulkRows(string html)
    {
        var rows = new Dictionary<int, BulkRow>();
        foreach (Match m in BulkRowPattern().Matches(html))
        {
            var row = m.Groups["row"].Value;
            var name = Regex.Match(row, "name=\"Rows\\[\\d+\\]\\.UserName\" value=\"([^\"]*)\"").Groups[1].Value;
            rows[int.Parse(m.Groups["id"].Value, System.Globalization.CultureInfo.InvariantCulture)] =
                new BulkRow(WebUtility.HtmlDecode(name), row.Contains("checked=\"checked\"", StringComparison.Ordinal));
        }

        return rows;
    }

    /// <summary>The fields of the bulk form with the given offices ticked.</summary>
    public static Dictionary<string, string> BulkFields(Dictionary<int, BulkRow> rows, int[] ticked, int? communeId = null)
    {
        var fields = new Dictionary<string, string>();
        if (communeId is not null)
        {
            fields["CommuneId"] = communeId.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var i = 0;
        foreach (var (id, row) in rows)
        {
            fields[$"Rows[{i}].UnitId"] = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
            fields[$"Rows[{i}].UserName"] = row.UserName;
            if (ticked.Contains(id))
            {
                fields[$"Rows[{i}].Selected"] = "true";
            }

            i++;
        }

        return fields;
    }

    /// <summary>The problem shown next to an office's row of the bulk form, or null.</summary>
    public static string? RowError(string html, int officeId)
    {
        var m = Regex.Match(html, $"<tr data-unit-id=\"{officeId}\"[^>]*>(.*?)</tr>", RegexOptions.Singleline);
        m.Success.ShouldBeTrue();
        var error = Regex.Match(m.Groups[1].Value, "<span class=\"error row-error\">(.*?)</span>", RegexOptions.Singleline);
        return error.Success ? WebUtility.HtmlDecode(error.Groups[1].Value) : null;
    }

    [GeneratedRegex("<code class=\"password\">([^<]+)</code>")]
    private static partial Regex PasswordCell();

    [GeneratedRegex("<tr data-unit-id=\"(?<id>\\d+)\"[^>]*>(?<row>.*?)</tr>", RegexOptions.Singleline)]
    private static partial Regex BulkRowPattern();
}
