using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;

namespace SauRo.Tests.Web;

public abstract class ApiIndicatorsTests(WebAppFixture app) : ApiTests(app)
{
    [Fact]
    public async Task Create_WithTargetText_ReadsComparatorAndValue_AndLinksLeads()
    {
        var a = await CommuneWithOfficerAsync();
        var planId = await CreatePlanAsync(a.Client, a.Id);
        var response = await a.Client.PostAsJsonAsync($"/api/v1/plans/{planId}/indicators", new
        {
            name = "Tỷ lệ hồ sơ thủ tục hành chính trực tuyến toàn trình",
            unit = "%",
            target = "≥ 70",
            leads = new[] { "Phòng VHXH", "Các cơ quan, đơn vị" },
            source = "Kế hoạch số 42/KH-UBND",
            group = "CHÍNH QUYỀN SỐ",
            ordinal = "1",
        });
        var indicator = await JsonAsync(response, HttpStatusCode.Created);
        var id = indicator.GetProperty("id").GetInt32();
        response.Headers.Location!.ToString().ShouldBe($"/api/v1/indicators/{id}");
        var target = indicator.GetProperty("target");
        target.GetProperty("text").GetString().ShouldBe("≥ 70");
        target.GetProperty("comparator").GetString().ShouldBe(">=");
        target.GetProperty("value").GetDecimal().ShouldBe(70m);
        indicator.GetProperty("unit").GetString().ShouldBe("%");
        indicator.GetProperty("origin").GetString().ShouldBe("manual");
        var vhxh = a.Office("Phòng Văn hóa - Xã hội");
        indicator.GetProperty("leads")[0].GetProperty("unitId").GetInt32().ShouldBe(vhxh.Id);
        indicator.GetProperty("leads")[0].GetProperty("unitName").GetString().ShouldBe(vhxh.Name);
        indicator.GetProperty("leads")[1].GetProperty("unitId").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);

        var stored = await DbAsync(db => db.Indicators.Include(i => i.Leads).SingleAsync(i => i.Id == id));
        stored.PlanId.ShouldBe(planId);
        stored.Position.ShouldBe(0);
        stored.Comparator.ShouldBe("AtLeast");
        stored.TargetValue.ShouldBe(70m);
        stored.TargetText.ShouldBe("≥ 70");
        stored.Unit.ShouldBe("%");
        stored.Origin.ShouldBe("Manual");
        stored.GroupName.ShouldBe("CHÍNH QUYỀN SỐ");
        stored.Source.ShouldBe("Kế hoạch số 42/KH-UBND");
        stored.Leads.OrderBy(l => l.Position).Select(l => (l.Name, l.UnitId)).ShouldBe([("Phòng VHXH", (int?)vhxh.Id), ("Các cơ quan, đơn vị", null)]);
        stored.SearchKey.ShouldContain("ty le ho so");
    }

    [Fact]
    public async Task Create_DecimalComma_AndComparatorWithValue()
    {
        var a = await CommuneWithOfficerAsync();
        var planId = await CreatePlanAsync(a.Client, a.Id);
        var share = await JsonAsync(await a.Client.PostAsJsonAsync($"/api/v1/plans/{planId}/indicators", new { name = "Tỷ trọng kinh tế số", target = "17,5%" }), HttpStatusCode.Created);
        share.GetProperty("target").GetProperty("value").GetDecimal().ShouldBe(17.5m);
        share.GetProperty("target").GetProperty("comparator").GetString().ShouldBe("=");
        share.GetProperty("unit").GetString().ShouldBe("%");

        var days = await JsonAsync(await a.Client.PostAsJsonAsync($"/api/v1/plans/{planId}/indicators", new { name = "Thời gian giải quyết hồ sơ", unit = "ngày", comparator = "<=", value = 5 }), HttpStatusCode.Created);
        days.GetProperty("target").GetProperty("text").GetString().ShouldBe("≤ 5");
        days.GetProperty("target").GetProperty("comparator").GetString().ShouldBe("<=");
        days.GetProperty("position").GetInt32().ShouldBe(1);

        var named = await JsonAsync(await a.Client.PostAsJsonAsync($"/api/v1/plans/{planId}/indicators", new { name = "Tỷ lệ phủ sóng 5G", unit = "%", comparator = "moreThan", value = 90.25m }), HttpStatusCode.Created);
        named.GetProperty("target").GetProperty("text").GetString().ShouldBe("> 90,25%");

        var stored = await DbAsync(db => db.Indicators.Where(i => i.PlanId == planId).OrderBy(i => i.Position).Select(i => new { i.Comparator, i.TargetValue }).ToListAsync());
        stored.Select(s => s.Comparator).ShouldBe(["Exactly", "AtMost", "MoreThan"]);
        stored.Select(s => s.TargetValue).ShouldBe([17.5m, 5m, 90.25m]);
    }

    [Fact]
    public async Task ListAndGet_ReturnThePlansIndicatorsInOrder()
    {
        var a = await CommuneWithOfficerAsync();
        var planId = await CreatePlanAsync(a.Client, a.Id);
        var first = await CreateIndicatorAsync(a.Client, planId, new { name = "Chỉ tiêu một", target = "100%" });
        var second = await CreateIndicatorAsync(a.Client, planId, new { name = "Chỉ tiêu hai", target = "tối thiểu 80%" });
        var list = await JsonAsync(await a.Client.GetAsync($"/api/v1/plans/{planId}/indicators"), HttpStatusCode.OK);
        list.EnumerateArray().Select(i => i.GetProperty("id").GetInt32()).ShouldBe([first, second]);
        var one = await JsonAsync(await a.Client.GetAsync($"/api/v1/indicators/{second}"), HttpStatusCode.OK);
        one.GetProperty("name").GetString().ShouldBe("Chỉ tiêu hai");
        one.GetProperty("planId").GetInt32().ShouldBe(planId);
        one.GetProperty("target").GetProperty("comparator").GetString().ShouldBe(">=");
        one.GetProperty("target").GetProperty("value").GetDecimal().ShouldBe(80m);
    }

    [Fact]
    public async Task Update_ReplacesTheIndicator()
    {
        var a = await CommuneWithOfficerAsync();
        var planId = await CreatePlanAsync(a.Client, a.Id);
        var id = await CreateIndicatorAsync(a.Client, planId, new { name = "Chỉ tiêu cũ", target = "50%", leads = new[] { "Công an xã" }, source = "Nguồn cũ" });
        var updated = await JsonAsync(await a.Client.PutAsJsonAsync($"/api/v1/indicators/{id}", new { name = "Chỉ tiêu mới", target = "≥ 95", unit = "%", leads = new[] { "Phòng Kinh tế" } }), HttpStatusCode.OK);
        updated.GetProperty("name").GetString().ShouldBe("Chỉ tiêu mới");
        updated.GetProperty("source").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);

        var stored = await DbAsync(db => db.Indicators.Include(i => i.Leads).SingleAsync(i => i.Id == id));
        stored.Name.ShouldBe("Chỉ tiêu mới");
        stored.Comparator.ShouldBe("AtLeast");
        stored.TargetValue.ShouldBe(95m);
        stored.Source.ShouldBeNull();
        stored.Leads.Select(l => (l.Name, l.UnitId)).ShouldBe([("Phòng Kinh tế", (int?)a.Office("Phòng Kinh tế").Id)]);
        (await DbAsync(db => db.IndicatorLeads.CountAsync(l => l.IndicatorId == id))).ShouldBe(1);
    }

    [Fact]
    public async Task Delete_RemovesIt()
    {
        var a = await CommuneWithOfficerAsync();
        var planId = await CreatePlanAsync(a.Client, a.Id);
        var id = await CreateIndicatorAsync(a.Client, planId, new { name = "Chỉ tiêu bỏ", target = "10", leads = new[] { "Công an xã" } });
        (await a.Client.DeleteAsync($"/api/v1/indicators/{id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await DbAsync(db => db.Indicators.AnyAsync(i => i.Id == id))).ShouldBeFalse();
        (await DbAsync(db => db.IndicatorLeads.AnyAsync(l => l.IndicatorId == id))).ShouldBeFalse();
        await ShouldBeProblemAsync(await a.Client.GetAsync($"/api/v1/indicators/{id}"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task InvalidBodies_Are400_AndWriteNothing()
    {
        var a = await CommuneWithOfficerAsync();
        var planId = await CreatePlanAsync(a.Client, a.Id);
        var id = await CreateIndicatorAsync(a.Client, planId, new { name = "Chỉ tiêu", target = "100%" });
        var url = $"/api/v1/plans/{planId}/indicators";
        var before = await RowCountsAsync();

        await ShouldBeInvalidAsync(await a.Client.PostAsJsonAsync(url, new { name = "", target = "100%" }), "name", "Hãy nhập tên chỉ tiêu.");
        await ShouldBeInvalidAsync(await a.Client.PostAsJsonAsync(url, new { name = "Chỉ tiêu", target = "abc" }), "target", "không có con số");
        await ShouldBeInvalidAsync(await a.Client.PostAsJsonAsync(url, new { name = "Chỉ tiêu", comparator = "≈", value = 5 }), "comparator", "Phép so sánh «≈» không hợp lệ");
        await ShouldBeInvalidAsync(await a.Client.PostAsJsonAsync(url, new { name = "Chỉ tiêu", comparator = "1", value = 5 }), "comparator", "không hợp lệ");
        await ShouldBeInvalidAsync(await a.Client.PostAsJsonAsync(url, new { name = "Chỉ tiêu", comparator = ">=" }), "value", "Hãy nhập con số");
        await ShouldBeInvalidAsync(await a.Client.PostAsJsonAsync(url, new { name = "Chỉ tiêu", target = "≥ 70", comparator = ">=", value = 70 }), "target", "không gửi cả hai");
        await ShouldBeInvalidAsync(await a.Client.PostAsJsonAsync(url, new { name = "Chỉ tiêu", comparator = ">=", value = 1.23456m }), "value", "4 chữ số");
        await ShouldBeInvalidAsync(await a.Client.PostAsJsonAsync(url, new { name = new string('c', 2001) }), "name", "dài quá 2.000 ký tự");
        await ShouldBeInvalidAsync(await a.Client.PostAsJsonAsync(url, new { name = "Chỉ tiêu", leads = Enumerable.Repeat("Phòng", 21) }), "leads", "Tối đa 20");
        await ShouldBeInvalidAsync(await a.Client.PostAsJsonAsync(url, new { name = "Chỉ tiêu", leads = new[] { "Phòng Kinh tế", " " } }), "leads[1]", "Hãy nhập tên cơ quan chủ trì thứ 2.");
        await ShouldBeInvalidAsync(await a.Client.PostAsync(url, Json("{\"name\": \"Chỉ tiêu\", \"value\": \"nhiều\"}")), "value", "không đúng kiểu");
        await ShouldBeInvalidAsync(await a.Client.PostAsync(url, Json("{name: 1}")), "body", "không phải JSON hợp lệ");
        await ShouldBeInvalidAsync(await a.Client.PutAsJsonAsync($"/api/v1/indicators/{id}", new { name = "Chỉ tiêu", target = "abc" }), "target", "không có con số");

        (await RowCountsAsync()).ShouldBe(before);
        (await DbAsync(db => db.Indicators.SingleAsync(i => i.Id == id))).TargetText.ShouldBe("100%");
    }

    [Fact]
    public async Task AnotherCommunesOfficer_Reads404_Writes403()
    {
        var a = await CommuneWithOfficerAsync();
        var b = await CommuneWithOfficerAsync();
        var planId = await CreatePlanAsync(a.Client, a.Id);
        var id = await CreateIndicatorAsync(a.Client, planId, new { name = "Chỉ tiêu của xã A", target = "100%" });
        var before = await RowCountsAsync();

        await ShouldBeProblemAsync(await b.Client.GetAsync($"/api/v1/plans/{planId}/indicators"), HttpStatusCode.NotFound);
        await ShouldBeProblemAsync(await b.Client.GetAsync($"/api/v1/indicators/{id}"), HttpStatusCode.NotFound, "Không có chỉ tiêu này");
        await ShouldBeProblemAsync(await b.Client.PostAsJsonAsync($"/api/v1/plans/{planId}/indicators", new { name = "Chen vào", target = "1" }), HttpStatusCode.Forbidden);
        await ShouldBeProblemAsync(await b.Client.PutAsJsonAsync($"/api/v1/indicators/{id}", new { name = "Sửa trộm", target = "1" }), HttpStatusCode.Forbidden);
        await ShouldBeProblemAsync(await b.Client.DeleteAsync($"/api/v1/indicators/{id}"), HttpStatusCode.Forbidden);

        (await RowCountsAsync()).ShouldBe(before);
        (await DbAsync(db => db.Indicators.SingleAsync(i => i.Id == id))).Name.ShouldBe("Chỉ tiêu của xã A");
    }

    [Fact]
    public async Task MissingIds_Are404()
    {
        var admin = await AdminApiAsync();
        await ShouldBeProblemAsync(await admin.GetAsync("/api/v1/plans/987654321/indicators"), HttpStatusCode.NotFound);
        await ShouldBeProblemAsync(await admin.PostAsJsonAsync("/api/v1/plans/987654321/indicators", new { name = "X", target = "1" }), HttpStatusCode.NotFound);
        await ShouldBeProblemAsync(await admin.GetAsync("/api/v1/indicators/987654321"), HttpStatusCode.NotFound);
        await ShouldBeProblemAsync(await admin.PutAsJsonAsync("/api/v1/indicators/987654321", new { name = "X", target = "1" }), HttpStatusCode.NotFound);
        await ShouldBeProblemAsync(await admin.DeleteAsync("/api/v1/indicators/987654321"), HttpStatusCode.NotFound);
    }
}

public sealed class ApiIndicatorsTests_Sqlite(SqliteWebApp app) : ApiIndicatorsTests(app), IClassFixture<SqliteWebApp>;

public sealed class ApiIndicatorsTests_Postgres(PostgresWebApp app) : ApiIndicatorsTests(app), IClassFixture<PostgresWebApp>;
