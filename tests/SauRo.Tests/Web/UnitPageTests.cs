using System.Net;
using Microsoft.EntityFrameworkCore;
using SauRo.Core.Plans;
using SauRo.Data.Entities;
using SauRo.Features.Accounts;

namespace SauRo.Tests.Web;

public abstract class UnitPageTests(WebAppFixture app) : WebTest(app)
{
    private Task<Unit> UnitAsync(int id) => App.WithDbAsync(db => db.Units.AsNoTracking().Include(u => u.Aliases).SingleAsync(u => u.Id == id));

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, int unitId, string handler, Dictionary<string, string> fields) =>
        WebAppFixture.PostFormAsync(client, $"/Units/{unitId}?handler={handler}", fields, formPage: $"/Units/{unitId}");

    [Fact]
    public async Task Tree_ShowsTheOfficersCommuneWithItsOfficesAndNotOthers()
    {
        var (_, mine, offices) = await App.NewCommuneAsync();
        var (_, other, _) = await App.NewCommuneAsync();
        var client = await PlanSeed.OfficerAsync(App, mine.Id);

        var html = await client.GetStringAsync("/Units");

        html.ShouldContain($"<a href=\"/Units/{mine.Id}\">{mine.Name}</a>");
        html.ShouldContain($"<a href=\"/Units/{offices[2].Id}\">{offices[2].Name}</a>");
        html.ShouldNotContain(other.Name);
    }

    [Fact]
    public async Task Tree_ForTheAdministrator_GoesFromTheNationDown()
    {
        var (nation, province) = await NationAndProvinceAsync();
        var (_, commune, _) = await App.NewCommuneAsync();
        await App.WithDbAsync(async db =>
        {
            var c = await db.Units.SingleAsync(u => u.Id == commune.Id);
            c.ParentId = province.Id;
            return await db.SaveChangesAsync();
        });
        var client = await App.AdminClientAsync();

        var html = await client.GetStringAsync("/Units");

        var n = html.IndexOf(nation.Name, StringComparison.Ordinal);
        var p = html.IndexOf(province.Name, StringComparison.Ordinal);
        var c = html.IndexOf(commune.Name, StringComparison.Ordinal);
        n.ShouldBeGreaterThan(0);
        p.ShouldBeGreaterThan(n);
        c.ShouldBeGreaterThan(p);
    }

    [Fact]
    public async Task CommunePage_ListsOfficesWithAliasesAndPlans()
    {
        var (_, commune, offices) = await App.NewCommuneAsync();
        await App.WithDbAsync(db =>
        {
            db.UnitAliases.Add(new UnitAlias { UnitId = offices[0].Id, Alias = "Phòng VHXH", AliasKey = OfficeNames.Key("Phòng VHXH") });
            return db.SaveChangesAsync();
        });
        await PlanSeed.BuildAsync(App, commune.Id, tasks: 1, indicators: 0, title: "Kế hoạch của xã");
        var client = await PlanSeed.OfficerAsync(App, commune.Id);

        var html = await client.GetStringAsync($"/Units/{commune.Id}");

        html.ShouldContain(offices[0].Name);
        html.ShouldContain("Phòng VHXH");
        html.ShouldContain("Kế hoạch của xã");
        html.ShouldContain($"/Plans?unitId={commune.Id}");
        html.ShouldContain("Thêm cơ quan, đơn vị");
        html.ShouldNotContain("Thêm xã, phường");
    }

    [Fact]
    public async Task AnotherCommune_Is404ForEveryHandlerAndNothingChanges()
    {
        var (_, mine, _) = await App.NewCommuneAsync();
        var (province, other, offices) = await App.NewCommuneAsync();
        var client = await PlanSeed.OfficerAsync(App, mine.Id);

        (await client.GetAsync($"/Units/{other.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetAsync($"/Units/{offices[0].Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetAsync($"/Units/{province.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        foreach (var (unit, handler, field) in new[]
                 {
                     (other.Id, "Rename", "NewName"), (other.Id, "AddChild", "ChildName"), (offices[0].Id, "AddAlias", "Alias"),
                     (offices[1].Id, "Delete", "x"), (province.Id, "AddChild", "ChildName"),
                 })
        {
            var token = await WebAppFixture.AntiforgeryTokenAsync(client, $"/Units/{mine.Id}");
            var response = await client.PostAsync($"/Units/{unit}?handler={handler}",
                new FormUrlEncodedContent(new Dictionary<string, string> { [field] = "Tên chen vào", ["__RequestVerificationToken"] = token }));
            response.StatusCode.ShouldBe(HttpStatusCode.NotFound, handler);
        }

        (await UnitAsync(other.Id)).Name.ShouldBe(other.Name);
        (await UnitAsync(offices[0].Id)).Aliases.ShouldBeEmpty();
        (await App.WithDbAsync(db => db.Units.CountAsync(u => u.ParentId == other.Id))).ShouldBe(5);
        (await App.WithDbAsync(db => db.Units.CountAsync(u => u.ParentId == province.Id))).ShouldBe(1);
    }

    [Fact]
    public async Task AddOffice_CreatesItWithItsKey_AndRefusesADuplicateName()
    {
        var (_, commune, _) = await App.NewCommuneAsync();
        var client = await PlanSeed.OfficerAsync(App, commune.Id);

        var added = await PostAsync(client, commune.Id, "AddChild", new() { ["ChildName"] = "Trạm Y tế xã" });
        added.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var office = await App.WithDbAsync(db => db.Units.SingleAsync(u => u.ParentId == commune.Id && u.Name == "Trạm Y tế xã"));
        office.Kind.ShouldBe(UnitKind.Office);
        office.NameKey.ShouldBe(OfficeNames.Key("Trạm Y tế xã"));
        office.SortOrder.ShouldBe(5);

        var duplicate = await PostAsync(client, commune.Id, "AddChild", new() { ["ChildName"] = "phòng Văn hoá - Xã hội" });
        duplicate.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await duplicate.Content.ReadAsStringAsync()).ShouldContain("Đã có «Phòng Văn hóa - Xã hội» trùng tên này trong cùng đơn vị.");
        var empty = await PostAsync(client, commune.Id, "AddChild", new() { ["ChildName"] = "  " });
        (await empty.Content.ReadAsStringAsync()).ShouldContain("Hãy nhập tên.");
        (await App.WithDbAsync(db => db.Units.CountAsync(u => u.ParentId == commune.Id))).ShouldBe(6);
    }

    [Fact]
    public async Task Rename_UpdatesNameAndKey_AndRefusesATooLongName()
    {
        var (_, commune, offices) = await App.NewCommuneAsync();
        var client = await PlanSeed.OfficerAsync(App, commune.Id);

        var response = await PostAsync(client, offices[4].Id, "Rename", new() { ["NewName"] = "Phòng Kinh tế, Hạ tầng và Đô thị" });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var office = await UnitAsync(offices[4].Id);
        office.Name.ShouldBe("Phòng Kinh tế, Hạ tầng và Đô thị");
        office.NameKey.ShouldBe(OfficeNames.Key("Phòng Kinh tế, Hạ tầng và Đô thị"));

        var tooLong = await PostAsync(client, offices[4].Id, "Rename", new() { ["NewName"] = new string('P', 201) });
        tooLong.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await tooLong.Content.ReadAsStringAsync()).ShouldContain("Tên dài quá 200 ký tự.");
        (await UnitAsync(offices[4].Id)).Name.ShouldBe("Phòng Kinh tế, Hạ tầng và Đô thị");
    }

    [Fact]
    public async Task Aliases_AddAndRemove_RefusingDuplicatesWithAVietnameseMessage()
    {
        var (_, commune, offices) = await App.NewCommuneAsync();
        var culture = offices.Single(o => o.Name == "Phòng Văn hóa - Xã hội");
        var economy = offices.Single(o => o.Name == "Phòng Kinh tế");
        var client = await PlanSeed.OfficerAsync(App, commune.Id);

        (await PostAsync(client, culture.Id, "AddAlias", new() { ["Alias"] = "Cơ quan thường trực" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var alias = (await UnitAsync(culture.Id)).Aliases.Single();
        alias.Alias.ShouldBe("Cơ quan thường trực");
        alias.AliasKey.ShouldBe(OfficeNames.Key("Cơ quan thường trực"));

        var cases = new (int Unit, string Alias, string Message)[]
        {
            (economy.Id, "Phòng VHXH", "«Phòng VHXH» đã là tên hoặc tên gọi khác của «Phòng Văn hóa - Xã hội» trong cùng đơn vị"),
            (economy.Id, "cơ quan thường trực", "đã là tên hoặc tên gọi khác của «Phòng Văn hóa - Xã hội»"),
            (culture.Id, "CƠ QUAN THƯỜNG TRỰC", "Cơ quan đã có tên gọi khác «CƠ QUAN THƯỜNG TRỰC»."),
            (culture.Id, "phòng Văn hoá - Xã hội xã", "trùng với tên của chính cơ quan này"),
            (economy.Id, "Các cơ quan, đơn vị", "là tên gọi chung của nhiều cơ quan"),
        };
        foreach (var (unit, text, message) in cases)
        {
            var refused = await PostAsync(client, unit, "AddAlias", new() { ["Alias"] = text });
            refused.StatusCode.ShouldBe(HttpStatusCode.OK, text);
            (await refused.Content.ReadAsStringAsync()).ShouldContain(message);
        }

        (await App.WithDbAsync(db => db.UnitAliases.CountAsync(a => a.UnitId == culture.Id || a.UnitId == economy.Id))).ShouldBe(1);

        var removed = await PostAsync(client, culture.Id, "RemoveAlias", new() { ["aliasId"] = alias.Id.ToString() });
        removed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await UnitAsync(culture.Id)).Aliases.ShouldBeEmpty();
    }

    [Fact]
    public async Task DeleteOffice_RefusedWhileATaskNamesIt_AllowedOtherwise()
    {
        var (_, commune, offices) = await App.NewCommuneAsync();
        await PlanSeed.BuildAsync(App, commune.Id, tasks: 1, indicators: 0); // the first task is led by the first office
        var client = await PlanSeed.OfficerAsync(App, commune.Id);

        var refused = await PostAsync(client, offices[0].Id, "Delete", new());
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await refused.Content.ReadAsStringAsync()).ShouldContain($"Không xóa được «{offices[0].Name}»: cơ quan đang gắn với 1 nhiệm vụ.");
        (await App.WithDbAsync(db => db.Units.CountAsync(u => u.Id == offices[0].Id))).ShouldBe(1);

        var deleted = await PostAsync(client, offices[3].Id, "Delete", new());
        deleted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        deleted.Headers.Location!.ToString().ShouldBe($"/Units/{commune.Id}");
        (await App.WithDbAsync(db => db.Units.CountAsync(u => u.Id == offices[3].Id))).ShouldBe(0);
    }

    [Fact]
    public async Task Administrator_AddsAProvinceUnderTheNationAndACommuneUnderAProvince()
    {
        var (nation, province) = await NationAndProvinceAsync();
        var admin = await App.AdminClientAsync();
        var name = $"Tỉnh Mới {Guid.NewGuid():N}"[..16];

        (await PostAsync(admin, nation.Id, "AddChild", new() { ["ChildName"] = name })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await PostAsync(admin, province.Id, "AddChild", new() { ["ChildName"] = "Phường Bắc Sơn" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        (await App.WithDbAsync(db => db.Units.SingleAsync(u => u.ParentId == nation.Id && u.Name == name))).Kind.ShouldBe(UnitKind.Province);
        (await App.WithDbAsync(db => db.Units.SingleAsync(u => u.ParentId == province.Id && u.Name == "Phường Bắc Sơn"))).Kind.ShouldBe(UnitKind.Commune);
    }

    [Fact]
    public async Task ProvinceOfficer_MayNotAddACommune()
    {
        var (_, province) = await NationAndProvinceAsync();
        var client = await App.SignedInClientAsync(await App.NewUserAsync(Roles.ProvinceOfficer, province.Id));

        (await client.GetStringAsync($"/Units/{province.Id}")).ShouldNotContain("Thêm xã, phường");
        var response = await WebAppFixture.PostFormAsync(client, $"/Units/{province.Id}?handler=AddChild", new() { ["ChildName"] = "Xã Tự Lập" }, formPage: "/Account/Logout");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/Account/AccessDenied");
        (await App.WithDbAsync(db => db.Units.CountAsync(u => u.ParentId == province.Id))).ShouldBe(0);
    }

    [Fact]
    public async Task Post_WithoutAntiforgeryToken_Is400()
    {
        var (_, commune, _) = await App.NewCommuneAsync();
        var client = await PlanSeed.OfficerAsync(App, commune.Id);

        var response = await client.PostAsync($"/Units/{commune.Id}?handler=Rename", new FormUrlEncodedContent(new Dictionary<string, string> { ["NewName"] = "Giả mạo" }));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await UnitAsync(commune.Id)).Name.ShouldBe(commune.Name);
    }

    [Fact]
    public async Task UnitPages_Anonymous_RedirectToLogin()
    {
        var (_, commune, _) = await App.NewCommuneAsync();
        var client = App.CreateClient(new() { AllowAutoRedirect = false });
        foreach (var url in new[] { "/Units", $"/Units/{commune.Id}" })
        {
            var response = await client.GetAsync(url);
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect, url);
            response.Headers.Location!.ToString().ShouldContain("/Account/Login");
        }
    }

    private Task<(Unit Nation, Unit Province)> NationAndProvinceAsync() => App.WithDbAsync(async db =>
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var now = App.Clock.GetUtcNow();
        var nation = new Unit { Name = $"Quốc gia {tag}", NameKey = OfficeNames.Key($"Quốc gia {tag}"), Kind = UnitKind.Nation, CreatedAt = now };
        var province = new Unit { Name = $"Tỉnh Gốc {tag}", NameKey = OfficeNames.Key($"Tỉnh Gốc {tag}"), Kind = UnitKind.Province, Parent = nation, CreatedAt = now };
        db.Units.AddRange(nation, province);
        await db.SaveChangesAsync();
        return (nation, province);
    });
}

public sealed class UnitPageTests_Sqlite(SqliteWebApp app) : UnitPageTests(app), IClassFixture<SqliteWebApp>;

public sealed class UnitPageTests_Postgres(PostgresWebApp app) : UnitPageTests(app), IClassFixture<PostgresWebApp>;
