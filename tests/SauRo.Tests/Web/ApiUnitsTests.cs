using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using SauRo.Core.Plans;
using SauRo.Data.Entities;
using SauRo.Features.Accounts;

namespace SauRo.Tests.Web;

public abstract class ApiUnitsTests(WebAppFixture app) : ApiTests(app)
{
    [Fact]
    public async Task List_ShowsTheUnitsInScope_FlatWithAliases()
    {
        var a = await CommuneWithOfficerAsync();
        var (_, other, _) = await App.NewCommuneAsync();
        var vhxh = a.Office("Phòng Văn hóa - Xã hội");
        await DbAsync(async db =>
        {
            db.UnitAliases.Add(new UnitAlias { UnitId = vhxh.Id, Alias = "Phòng VHXH", AliasKey = OfficeNames.Key("Phòng VHXH") });
            return await db.SaveChangesAsync();
        });

        var units = await JsonAsync(await a.Client.GetAsync("/api/v1/units"), HttpStatusCode.OK);

        var ids = units.EnumerateArray().Select(u => u.GetProperty("id").GetInt32()).ToList();
        ids.ShouldBe(new[] { a.Id }.Concat(a.Offices.Select(o => o.Id)), ignoreOrder: true);
        ids.ShouldNotContain(other.Id);
        ids.ShouldNotContain(a.Province.Id);
        ids[0].ShouldBe(a.Id); // the commune before its offices
        var office = units.EnumerateArray().Single(u => u.GetProperty("id").GetInt32() == vhxh.Id);
        office.GetProperty("parentId").GetInt32().ShouldBe(a.Id);
        office.GetProperty("kind").GetString().ShouldBe("office");
        office.GetProperty("name").GetString().ShouldBe("Phòng Văn hóa - Xã hội");
        office.GetProperty("aliases")[0].GetProperty("alias").GetString().ShouldBe("Phòng VHXH");
        units[0].GetProperty("kind").GetString().ShouldBe("commune");
    }

    [Fact]
    public async Task List_Admin_SeesEveryCommune()
    {
        var (province, one, _) = await App.NewCommuneAsync();
        var (_, two, _) = await App.NewCommuneAsync();
        var admin = await AdminApiAsync();
        var units = await JsonAsync(await admin.GetAsync("/api/v1/units"), HttpStatusCode.OK);
        var ids = units.EnumerateArray().Select(u => u.GetProperty("id").GetInt32()).ToList();
        ids.ShouldContain(one.Id);
        ids.ShouldContain(two.Id);
        units.EnumerateArray().Single(u => u.GetProperty("id").GetInt32() == province.Id).GetProperty("kind").GetString().ShouldBe("province");
    }

    [Fact]
    public async Task Get_ReturnsTheUnitWithItsChildren()
    {
        var a = await CommuneWithOfficerAsync();
        var unit = await JsonAsync(await a.Client.GetAsync($"/api/v1/units/{a.Id}"), HttpStatusCode.OK);
        unit.GetProperty("name").GetString().ShouldBe(a.Unit.Name);
        unit.GetProperty("parentId").GetInt32().ShouldBe(a.Province.Id);
        unit.GetProperty("children").EnumerateArray().Select(c => c.GetProperty("name").GetString())
            .ShouldBe(a.Offices.OrderBy(o => o.SortOrder).Select(o => o.Name));
    }

    [Fact]
    public async Task Get_OtherCommuneOrMissing_Is404()
    {
        var a = await CommuneWithOfficerAsync();
        var (_, other, offices) = await App.NewCommuneAsync();
        await ShouldBeProblemAsync(await a.Client.GetAsync($"/api/v1/units/{other.Id}"), HttpStatusCode.NotFound, "Không có đơn vị này");
        await ShouldBeProblemAsync(await a.Client.GetAsync($"/api/v1/units/{offices[0].Id}"), HttpStatusCode.NotFound);
        await ShouldBeProblemAsync(await a.Client.GetAsync($"/api/v1/units/{a.Province.Id}"), HttpStatusCode.NotFound);
        await ShouldBeProblemAsync(await a.Client.GetAsync("/api/v1/units/987654321"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task CreateOffice_ByTheCommunesOfficer_IsStored()
    {
        var a = await CommuneWithOfficerAsync();
        var response = await a.Client.PostAsJsonAsync("/api/v1/units", new { parentId = a.Id, kind = "office", name = "  Trạm Y tế   xã " });
        var unit = await JsonAsync(response, HttpStatusCode.Created);
        var id = unit.GetProperty("id").GetInt32();
        response.Headers.Location!.ToString().ShouldBe($"/api/v1/units/{id}");
        unit.GetProperty("name").GetString().ShouldBe("Trạm Y tế xã");
        unit.GetProperty("kind").GetString().ShouldBe("office");
        unit.GetProperty("parentId").GetInt32().ShouldBe(a.Id);
        unit.GetProperty("createdAt").GetDateTimeOffset().ShouldBe(App.Clock.GetUtcNow());

        var stored = await DbAsync(db => db.Units.SingleAsync(u => u.Id == id));
        stored.ParentId.ShouldBe(a.Id);
        stored.Kind.ShouldBe(UnitKind.Office);
        stored.Name.ShouldBe("Trạm Y tế xã");
        stored.NameKey.ShouldBe(OfficeNames.Key("Trạm Y tế xã"));
        stored.SortOrder.ShouldBe(a.Offices.Max(o => o.SortOrder) + 1);
    }

    [Fact]
    public async Task CreateProvinceAndCommune_ByTheAdministrator()
    {
        var admin = await AdminApiAsync();
        var province = await JsonAsync(await admin.PostAsJsonAsync("/api/v1/units", new { kind = "Province", name = "Tỉnh Mới Lập" }), HttpStatusCode.Created);
        var provinceId = province.GetProperty("id").GetInt32();
        var commune = await JsonAsync(await admin.PostAsJsonAsync("/api/v1/units", new { parentId = provinceId, kind = "commune", name = "Xã Hòa Thuận" }), HttpStatusCode.Created);

        var stored = await DbAsync(db => db.Units.SingleAsync(u => u.Id == commune.GetProperty("id").GetInt32()));
        stored.Kind.ShouldBe(UnitKind.Commune);
        stored.ParentId.ShouldBe(provinceId);
        stored.Name.ShouldBe("Xã Hòa Thuận");
        (await DbAsync(db => db.Units.SingleAsync(u => u.Id == provinceId))).ParentId.ShouldBeNull();
    }

    [Fact]
    public async Task Create_Refusals_WriteNothing()
    {
        var a = await CommuneWithOfficerAsync();
        var (_, other, otherOffices) = await App.NewCommuneAsync();
        var before = await RowCountsAsync();

        await ShouldBeProblemAsync(await a.Client.PostAsJsonAsync("/api/v1/units", new { parentId = a.Province.Id, kind = "commune", name = "Xã Lạ" }), HttpStatusCode.Forbidden, "quản trị");
        await ShouldBeProblemAsync(await a.Client.PostAsJsonAsync("/api/v1/units", new { kind = "province", name = "Tỉnh Lạ" }), HttpStatusCode.Forbidden);
        await ShouldBeProblemAsync(await a.Client.PostAsJsonAsync("/api/v1/units", new { parentId = other.Id, kind = "office", name = "Phòng Lạ" }), HttpStatusCode.Forbidden);
        await ShouldBeProblemAsync(await a.Client.PostAsJsonAsync("/api/v1/units", new { parentId = 987654321, kind = "office", name = "Phòng Lạ" }), HttpStatusCode.NotFound);
        await ShouldBeInvalidAsync(await a.Client.PostAsJsonAsync("/api/v1/units", new { parentId = a.Id, kind = "office", name = "  " }), "name", "Hãy nhập tên đơn vị.");
        await ShouldBeInvalidAsync(await a.Client.PostAsJsonAsync("/api/v1/units", new { parentId = a.Id, kind = "office", name = new string('x', 301) }), "name", "dài quá 300 ký tự");
        await ShouldBeInvalidAsync(await a.Client.PostAsJsonAsync("/api/v1/units", new { parentId = a.Id, kind = "phòng", name = "Phòng Lạ" }), "kind", "Loại đơn vị");
        await ShouldBeInvalidAsync(await a.Client.PostAsJsonAsync("/api/v1/units", new { parentId = a.Id, kind = "office", name = "phòng Văn hoá - Xã hội xã" }), "name", "Đã có đơn vị");
        await ShouldBeInvalidAsync(await a.Client.PostAsJsonAsync("/api/v1/units", new { parentId = a.Offices[0].Id, kind = "office", name = "Tổ con" }), "parentId", "xã/phường");
        await ShouldBeInvalidAsync(await a.Client.PostAsync("/api/v1/units", Json("{\"name\": \"Phòng\", ")), "body", "không phải JSON hợp lệ");
        await ShouldBeInvalidAsync(await a.Client.PostAsync("/api/v1/units", Json("{\"name\": 12, \"kind\": \"office\"}")), "name", "không đúng kiểu");
        await ShouldBeProblemAsync(await a.Client.PostAsync("/api/v1/units", new StringContent("name=Phòng")), HttpStatusCode.UnsupportedMediaType);
        otherOffices.ShouldNotBeEmpty();

        (await RowCountsAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task RenameOffice_KeepsTheOldNameAsAlias()
    {
        var a = await CommuneWithOfficerAsync();
        var office = a.Office("Phòng Kinh tế");
        var unit = await JsonAsync(await a.Client.PutAsJsonAsync($"/api/v1/units/{office.Id}", new { name = "Phòng Kinh tế, Hạ tầng và Đô thị" }), HttpStatusCode.OK);
        unit.GetProperty("name").GetString().ShouldBe("Phòng Kinh tế, Hạ tầng và Đô thị");
        unit.GetProperty("aliases")[0].GetProperty("alias").GetString().ShouldBe("Phòng Kinh tế");

        var stored = await DbAsync(db => db.Units.Include(u => u.Aliases).SingleAsync(u => u.Id == office.Id));
        stored.Name.ShouldBe("Phòng Kinh tế, Hạ tầng và Đô thị");
        stored.NameKey.ShouldBe(OfficeNames.Key("Phòng Kinh tế, Hạ tầng và Đô thị"));
        stored.Aliases.Select(x => x.Alias).ShouldBe(["Phòng Kinh tế"]);
    }

    [Fact]
    public async Task Rename_Refusals()
    {
        var a = await CommuneWithOfficerAsync();
        var (_, _, otherOffices) = await App.NewCommuneAsync();
        var before = await RowCountsAsync();
        await ShouldBeProblemAsync(await a.Client.PutAsJsonAsync($"/api/v1/units/{otherOffices[0].Id}", new { name = "Tên mới" }), HttpStatusCode.Forbidden);
        await ShouldBeProblemAsync(await a.Client.PutAsJsonAsync($"/api/v1/units/{a.Id}", new { name = "Xã Đổi Tên" }), HttpStatusCode.Forbidden, "quản trị");
        await ShouldBeProblemAsync(await a.Client.PutAsJsonAsync("/api/v1/units/987654321", new { name = "Tên mới" }), HttpStatusCode.NotFound);
        await ShouldBeInvalidAsync(await a.Client.PutAsJsonAsync($"/api/v1/units/{a.Offices[0].Id}", new { name = "" }), "name", "Hãy nhập tên đơn vị.");
        await ShouldBeInvalidAsync(await a.Client.PutAsJsonAsync($"/api/v1/units/{a.Offices[0].Id}", new { name = a.Offices[1].Name }), "name", "Đã có đơn vị");
        (await RowCountsAsync()).ShouldBe(before);
        (await DbAsync(db => db.Units.SingleAsync(u => u.Id == otherOffices[0].Id))).Name.ShouldBe(otherOffices[0].Name);
    }

    [Fact]
    public async Task Aliases_AddThenDelete()
    {
        var a = await CommuneWithOfficerAsync();
        var office = a.Office("Trung tâm Phục vụ hành chính công");
        var response = await a.Client.PostAsJsonAsync($"/api/v1/units/{office.Id}/aliases", new { alias = "Bộ phận Một cửa" });
        var alias = await JsonAsync(response, HttpStatusCode.Created);
        alias.GetProperty("alias").GetString().ShouldBe("Bộ phận Một cửa");
        var aliasId = alias.GetProperty("id").GetInt32();
        (await DbAsync(db => db.UnitAliases.SingleAsync(x => x.Id == aliasId))).UnitId.ShouldBe(office.Id);

        await ShouldBeInvalidAsync(await a.Client.PostAsJsonAsync($"/api/v1/units/{office.Id}/aliases", new { alias = "bo phan mot cua" }), "alias", "trùng");
        await ShouldBeInvalidAsync(await a.Client.PostAsJsonAsync($"/api/v1/units/{office.Id}/aliases", new { alias = "" }), "alias", "Hãy nhập tên gọi khác.");

        (await a.Client.DeleteAsync($"/api/v1/units/{office.Id}/aliases/{aliasId}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await DbAsync(db => db.UnitAliases.AnyAsync(x => x.Id == aliasId))).ShouldBeFalse();
        await ShouldBeProblemAsync(await a.Client.DeleteAsync($"/api/v1/units/{office.Id}/aliases/{aliasId}"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Aliases_OfAnotherCommune_Are403()
    {
        var a = await CommuneWithOfficerAsync();
        var b = await CommuneWithOfficerAsync();
        var office = b.Offices[0];
        var alias = await JsonAsync(await b.Client.PostAsJsonAsync($"/api/v1/units/{office.Id}/aliases", new { alias = "Tên cũ" }), HttpStatusCode.Created);
        var before = await RowCountsAsync();
        await ShouldBeProblemAsync(await a.Client.PostAsJsonAsync($"/api/v1/units/{office.Id}/aliases", new { alias = "Tên khác" }), HttpStatusCode.Forbidden);
        await ShouldBeProblemAsync(await a.Client.DeleteAsync($"/api/v1/units/{office.Id}/aliases/{alias.GetProperty("id").GetInt32()}"), HttpStatusCode.Forbidden);
        await ShouldBeProblemAsync(await a.Client.PostAsJsonAsync("/api/v1/units/987654321/aliases", new { alias = "Tên khác" }), HttpStatusCode.NotFound);
        (await RowCountsAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task OfficeOfficer_CannotAddOfficesToTheCommune()
    {
        var (_, commune, offices) = await App.NewCommuneAsync();
        var client = await BearerClientAsync(await App.NewUserAsync(Roles.OfficeOfficer, offices[0].Id));
        await ShouldBeProblemAsync(await client.PostAsJsonAsync("/api/v1/units", new { parentId = commune.Id, kind = "office", name = "Phòng Lạ" }), HttpStatusCode.Forbidden);
    }
}

public sealed class ApiUnitsTests_Sqlite(SqliteWebApp app) : ApiUnitsTests(app), IClassFixture<SqliteWebApp>;

public sealed class ApiUnitsTests_Postgres(PostgresWebApp app) : ApiUnitsTests(app), IClassFixture<PostgresWebApp>;
