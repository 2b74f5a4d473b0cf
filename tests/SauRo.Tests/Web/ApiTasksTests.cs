using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SauRo.Data.Entities;

namespace SauRo.Tests.Web;

public abstract class ApiTasksTests(WebAppFixture app) : ApiTests(app)
{
    [Fact]
    public async Task Create_ReadsTheDeadlineWithThePlansYear_AndComputesSixClear()
    {
        var a = await CommuneWithOfficerAsync();
        var planId = await CreatePlanAsync(a.Client, a.Id, year: 2026);
        var response = await a.Client.PostAsJsonAsync($"/api/v1/plans/{planId}/tasks", new
        {
            content = "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính",
            lead = new[] { "Trung tâm Phục vụ hành chính công" },
            cooperating = new[] { "Công an xã", "Các cơ quan, đơn vị" },
            accountable = "Giám đốc Trung tâm",
            product = "Hồ sơ được số hóa",
            due = "Quý II",
            basis = new[] { "Kế hoạch số 35/KH-UBND" },
            section = "Chính quyền số",
            ordinal = "3",
        });
        var task = await JsonAsync(response, HttpStatusCode.Created);
        var id = task.GetProperty("id").GetInt32();
        response.Headers.Location!.ToString().ShouldBe($"/api/v1/tasks/{id}");
        var deadline = task.GetProperty("deadline");
        deadline.GetProperty("text").GetString().ShouldBe("Quý II");
        deadline.GetProperty("kind").GetString().ShouldBe("quarter");
        deadline.GetProperty("start").GetString().ShouldBe("2026-04-01");
        deadline.GetProperty("end").GetString().ShouldBe("2026-06-30");
        deadline.GetProperty("meaning").GetString().ShouldBe("Trong quý II/2026 (01/04/2026–30/06/2026)");
        var six = task.GetProperty("sixClear");
        six.GetProperty("complete").GetBoolean().ShouldBeTrue();
        foreach (var point in new[] { "who", "what", "when", "responsibility", "product", "authority" })
        {
            six.GetProperty(point).GetBoolean().ShouldBeTrue(point);
        }

        Strings(six.GetProperty("missing")).ShouldBeEmpty();
        var center = a.Office("Trung tâm Phục vụ hành chính công");
        task.GetProperty("lead")[0].GetProperty("unitId").GetInt32().ShouldBe(center.Id);
        task.GetProperty("cooperating")[0].GetProperty("unitId").GetInt32().ShouldBe(a.Office("Công an xã").Id);
        task.GetProperty("cooperating")[1].GetProperty("unitId").ValueKind.ShouldBe(JsonValueKind.Null);

        var stored = await DbAsync(db => db.Tasks.Include(t => t.Units).Include(t => t.Bases).SingleAsync(t => t.Id == id));
        stored.PlanId.ShouldBe(planId);
        stored.DueText.ShouldBe("Quý II");
        stored.DueKind.ShouldBe("Quarter");
        stored.DueStart.ShouldBe(new DateOnly(2026, 4, 1));
        stored.DueEnd.ShouldBe(new DateOnly(2026, 6, 30));
        stored.AccountableExpected.ShouldBeTrue();
        stored.Accountable.ShouldBe("Giám đốc Trung tâm");
        stored.Product.ShouldBe("Hồ sơ được số hóa");
        stored.Section.ShouldBe("Chính quyền số");
        stored.Ordinal.ShouldBe("3");
        stored.Units.Where(u => u.Role == TaskUnitRole.Lead).Select(u => u.UnitId).ShouldBe([center.Id]);
        stored.Units.Count(u => u.Role == TaskUnitRole.Cooperating).ShouldBe(2);
        stored.Bases.Select(b => b.Text).ShouldBe(["Kế hoạch số 35/KH-UBND"]);
        stored.CreatedAt.ShouldBe(App.Clock.GetUtcNow());
    }

    [Fact]
    public async Task Create_WithWhatPlansOftenLack_ListsTheMissingPoints()
    {
        var a = await CommuneWithOfficerAsync();
        var planId = await CreatePlanAsync(a.Client, a.Id);
        var task = await JsonAsync(await a.Client.PostAsJsonAsync($"/api/v1/plans/{planId}/tasks", new
        {
            content = "Rà soát, đề xuất điều chỉnh các nhiệm vụ",
            lead = new[] { "Các cơ quan, đơn vị" },
            due = "Theo tiến độ của tỉnh",
        }), HttpStatusCode.Created);
        task.GetProperty("deadline").GetProperty("kind").GetString().ShouldBe("unknown");
        task.GetProperty("deadline").GetProperty("text").GetString().ShouldBe("Theo tiến độ của tỉnh");
        task.GetProperty("deadline").GetProperty("end").ValueKind.ShouldBe(JsonValueKind.Null);
        task.GetProperty("deadline").GetProperty("meaning").GetString()!.ShouldStartWith("Chưa hiểu thời hạn");
        Strings(task.GetProperty("sixClear").GetProperty("missing")).ShouldBe(["rõ người", "rõ thời gian", "rõ sản phẩm", "rõ thẩm quyền"]);
        task.GetProperty("sixClear").GetProperty("complete").GetBoolean().ShouldBeFalse();

        var recurring = await JsonAsync(await a.Client.PostAsJsonAsync($"/api/v1/plans/{planId}/tasks", new { content = "Tuyên truyền chuyển đổi số", due = "Hằng quý" }), HttpStatusCode.Created);
        recurring.GetProperty("deadline").GetProperty("kind").GetString().ShouldBe("recurring");
        recurring.GetProperty("deadline").GetProperty("every").GetString().ShouldBe("quarter");
        recurring.GetProperty("position").GetInt32().ShouldBe(1);
        (await DbAsync(db => db.Tasks.SingleAsync(t => t.Id == recurring.GetProperty("id").GetInt32()))).DueEvery.ShouldBe("Quarter");
    }

    [Fact]
    public async Task Update_ReplacesTheTask_AndRecomputesSixClear()
    {
        var a = await CommuneWithOfficerAsync();
        var planId = await CreatePlanAsync(a.Client, a.Id);
        var id = await CreateTaskAsync(a.Client, planId, new { content = "Nhiệm vụ", due = "Thường xuyên", lead = new[] { "Công an xã" }, cooperating = new[] { "Công an xã" } });
        var before = await JsonAsync(await a.Client.GetAsync($"/api/v1/tasks/{id}"), HttpStatusCode.OK);
        Strings(before.GetProperty("sixClear").GetProperty("missing")).ShouldContain("rõ trách nhiệm");

        App.Clock.Advance(TimeSpan.FromMinutes(3));
        var task = await JsonAsync(await a.Client.PutAsJsonAsync($"/api/v1/tasks/{id}", new
        {
            content = "Cập nhật dữ liệu dân cư trên VNeID",
            lead = new[] { "Công an xã" },
            cooperating = new[] { "Văn phòng HĐND và UBND xã" },
            accountable = "Trưởng Công an xã",
            product = "Báo cáo kết quả",
            due = "Trước ngày 30/4/2026. Thường xuyên duy trì",
            basis = new[] { "Đề án 06" },
        }), HttpStatusCode.OK);
        task.GetProperty("deadline").GetProperty("kind").GetString().ShouldBe("date");
        task.GetProperty("deadline").GetProperty("end").GetString().ShouldBe("2026-04-30");
        task.GetProperty("deadline").GetProperty("ongoingAfter").GetBoolean().ShouldBeTrue();
        task.GetProperty("sixClear").GetProperty("complete").GetBoolean().ShouldBeTrue();

        var stored = await DbAsync(db => db.Tasks.Include(t => t.Units).Include(t => t.Bases).SingleAsync(t => t.Id == id));
        stored.Content.ShouldBe("Cập nhật dữ liệu dân cư trên VNeID");
        stored.DueKind.ShouldBe("Date");
        stored.DueEnd.ShouldBe(new DateOnly(2026, 4, 30));
        stored.DueOngoingAfter.ShouldBeTrue();
        stored.UpdatedAt.ShouldBe(App.Clock.GetUtcNow());
        stored.Units.OrderBy(u => u.Role).Select(u => u.Name).ShouldBe(["Công an xã", "Văn phòng HĐND và UBND xã"]);
        (await DbAsync(db => db.TaskUnits.CountAsync(u => u.TaskId == id))).ShouldBe(2);
        stored.Bases.Select(b => b.Text).ShouldBe(["Đề án 06"]);
    }

    [Fact]
    public async Task ListGetAndDelete()
    {
        var a = await CommuneWithOfficerAsync();
        var planId = await CreatePlanAsync(a.Client, a.Id);
        var first = await CreateTaskAsync(a.Client, planId, new { content = "Nhiệm vụ một", due = "Tháng 5/2026" });
        var second = await CreateTaskAsync(a.Client, planId, new { content = "Nhiệm vụ hai", due = "Năm 2026", basis = new[] { "KH 01" } });
        var list = await JsonAsync(await a.Client.GetAsync($"/api/v1/plans/{planId}/tasks"), HttpStatusCode.OK);
        list.EnumerateArray().Select(t => t.GetProperty("id").GetInt32()).ShouldBe([first, second]);
        list[0].GetProperty("deadline").GetProperty("end").GetString().ShouldBe("2026-05-31");

        (await a.Client.DeleteAsync($"/api/v1/tasks/{second}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await DbAsync(db => db.Tasks.AnyAsync(t => t.Id == second))).ShouldBeFalse();
        (await DbAsync(db => db.TaskBases.AnyAsync(b => b.TaskId == second))).ShouldBeFalse();
        await ShouldBeProblemAsync(await a.Client.GetAsync($"/api/v1/tasks/{second}"), HttpStatusCode.NotFound, "Không có nhiệm vụ này");
        (await JsonAsync(await a.Client.GetAsync($"/api/v1/plans/{planId}/tasks"), HttpStatusCode.OK)).GetArrayLength().ShouldBe(1);
    }

    [Fact]
    public async Task InvalidBodies_Are400_AndWriteNothing()
    {
        var a = await CommuneWithOfficerAsync();
        var planId = await CreatePlanAsync(a.Client, a.Id);
        var id = await CreateTaskAsync(a.Client, planId, new { content = "Nhiệm vụ có sẵn" });
        var url = $"/api/v1/plans/{planId}/tasks";
        var before = await RowCountsAsync();

        await ShouldBeInvalidAsync(await a.Client.PostAsJsonAsync(url, new { content = " \n " }), "content", "Hãy nhập nội dung nhiệm vụ.");
        await ShouldBeInvalidAsync(await a.Client.PostAsJsonAsync(url, new { content = new string('n', 20_001) }), "content", "dài quá 20.000 ký tự");
        await ShouldBeInvalidAsync(await a.Client.PostAsJsonAsync(url, new { content = "Việc", due = new string('q', 1_001) }), "due", "Thời hạn dài quá");
        await ShouldBeInvalidAsync(await a.Client.PostAsJsonAsync(url, new { content = "Việc", lead = new[] { "" } }), "lead[0]", "Hãy nhập tên cơ quan chủ trì thứ 1.");
        await ShouldBeInvalidAsync(await a.Client.PostAsJsonAsync(url, new { content = "Việc", cooperating = Enumerable.Repeat("Phòng", 51) }), "cooperating", "Tối đa 50");
        await ShouldBeInvalidAsync(await a.Client.PostAsJsonAsync(url, new { content = "Việc", basis = new[] { new string('b', 2_001) } }), "basis[0]", "dài quá 2.000 ký tự");
        await ShouldBeInvalidAsync(await a.Client.PostAsync(url, Json("{\"content\": \"Việc\", \"lead\": \"Phòng Kinh tế\"}")), "lead", "không đúng kiểu");
        await ShouldBeInvalidAsync(await a.Client.PostAsync(url, Json("{\"content\": ")), "body", "không phải JSON hợp lệ");
        await ShouldBeInvalidAsync(await a.Client.PutAsJsonAsync($"/api/v1/tasks/{id}", new { content = "" }), "content", "Hãy nhập nội dung nhiệm vụ.");
        await ShouldBeProblemAsync(await a.Client.PostAsync(url, Json("{\"content\": \"" + new string('x', 1_100_000) + "\"}")), HttpStatusCode.RequestEntityTooLarge);

        (await RowCountsAsync()).ShouldBe(before);
        (await DbAsync(db => db.Tasks.SingleAsync(t => t.Id == id))).Content.ShouldBe("Nhiệm vụ có sẵn");
    }

    [Fact]
    public async Task AnotherCommunesOfficer_Reads404_Writes403()
    {
        var a = await CommuneWithOfficerAsync();
        var b = await CommuneWithOfficerAsync();
        var planId = await CreatePlanAsync(a.Client, a.Id);
        var id = await CreateTaskAsync(a.Client, planId, new { content = "Nhiệm vụ của xã A" });
        var before = await RowCountsAsync();

        await ShouldBeProblemAsync(await b.Client.GetAsync($"/api/v1/plans/{planId}/tasks"), HttpStatusCode.NotFound);
        await ShouldBeProblemAsync(await b.Client.GetAsync($"/api/v1/tasks/{id}"), HttpStatusCode.NotFound);
        await ShouldBeProblemAsync(await b.Client.PostAsJsonAsync($"/api/v1/plans/{planId}/tasks", new { content = "Chen vào" }), HttpStatusCode.Forbidden, "không được sửa");
        await ShouldBeProblemAsync(await b.Client.PutAsJsonAsync($"/api/v1/tasks/{id}", new { content = "Sửa trộm" }), HttpStatusCode.Forbidden);
        await ShouldBeProblemAsync(await b.Client.DeleteAsync($"/api/v1/tasks/{id}"), HttpStatusCode.Forbidden);

        (await RowCountsAsync()).ShouldBe(before);
        (await DbAsync(db => db.Tasks.SingleAsync(t => t.Id == id))).Content.ShouldBe("Nhiệm vụ của xã A");
    }

    [Fact]
    public async Task MissingIds_Are404()
    {
        var admin = await AdminApiAsync();
        await ShouldBeProblemAsync(await admin.GetAsync("/api/v1/plans/987654321/tasks"), HttpStatusCode.NotFound);
        await ShouldBeProblemAsync(await admin.PostAsJsonAsync("/api/v1/plans/987654321/tasks", new { content = "X" }), HttpStatusCode.NotFound);
        await ShouldBeProblemAsync(await admin.GetAsync("/api/v1/tasks/987654321"), HttpStatusCode.NotFound);
        await ShouldBeProblemAsync(await admin.PutAsJsonAsync("/api/v1/tasks/987654321", new { content = "X" }), HttpStatusCode.NotFound);
        await ShouldBeProblemAsync(await admin.DeleteAsync("/api/v1/tasks/987654321"), HttpStatusCode.NotFound);
    }
}

public sealed class ApiTasksTests_Sqlite(SqliteWebApp app) : ApiTasksTests(app), IClassFixture<SqliteWebApp>;

public sealed class ApiTasksTests_Postgres(PostgresWebApp app) : ApiTasksTests(app), IClassFixture<PostgresWebApp>;
