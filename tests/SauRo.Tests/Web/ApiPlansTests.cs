using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SauRo.Data.Entities;

namespace SauRo.Tests.Web;

public abstract class ApiPlansTests(WebAppFixture app) : ApiTests(app)
{
    [Fact]
    public async Task Create_StoresTheHeader_AndReturnsThePlan()
    {
        var a = await CommuneWithOfficerAsync();
        var response = await a.Client.PostAsJsonAsync("/api/v1/plans", new
        {
            unitId = a.Id,
            title = "Kế hoạch  chuyển đổi số năm 2026",
            number = "12/KH-BCĐ",
            place = "An Bình",
            issuedOn = "2026-04-15",
            issuer = "BAN CHỈ ĐẠO",
            signer = "Nguyễn Văn A",
            signerRole = "TRƯỞNG BAN",
            bases = new[] { "Nghị quyết số 57-NQ/TW", "Kế hoạch số 35/KH-UBND" },
        });
        var plan = await JsonAsync(response, HttpStatusCode.Created);
        var id = plan.GetProperty("id").GetInt32();
        response.Headers.Location!.ToString().ShouldBe($"/api/v1/plans/{id}");
        plan.GetProperty("title").GetString().ShouldBe("Kế hoạch chuyển đổi số năm 2026");
        plan.GetProperty("unitName").GetString().ShouldBe(a.Unit.Name);
        plan.GetProperty("issuedOn").GetString().ShouldBe("2026-04-15");
        plan.GetProperty("year").GetInt32().ShouldBe(2026); // from the date
        Strings(plan.GetProperty("bases")).ShouldBe(["Nghị quyết số 57-NQ/TW", "Kế hoạch số 35/KH-UBND"]);
        plan.GetProperty("tasks").GetArrayLength().ShouldBe(0);
        plan.GetProperty("sixClearCount").GetInt32().ShouldBe(0);
        plan.GetProperty("createdAt").GetDateTimeOffset().ShouldBe(App.Clock.GetUtcNow());

        var stored = await DbAsync(db => db.Plans.Include(p => p.Bases).SingleAsync(p => p.Id == id));
        stored.UnitId.ShouldBe(a.Id);
        stored.Number.ShouldBe("12/KH-BCĐ");
        stored.Place.ShouldBe("An Bình");
        stored.IssuedOn.ShouldBe("2026-04-15");
        stored.Issuer.ShouldBe("BAN CHỈ ĐẠO");
        stored.Signer.ShouldBe("Nguyễn Văn A");
        stored.SignerRole.ShouldBe("TRƯỞNG BAN");
        stored.Year.ShouldBe(2026);
        stored.SearchKey.ShouldContain("chuyen doi so");
        stored.Bases.OrderBy(b => b.Position).Select(b => b.Text).ShouldBe(["Nghị quyết số 57-NQ/TW", "Kế hoạch số 35/KH-UBND"]);
    }

    [Fact]
    public async Task Get_ReturnsHeaderBasesDutiesIndicatorsTasksAndSixClear()
    {
        var a = await CommuneWithOfficerAsync();
        var id = await SeedPlanAsync(a);

        var plan = await JsonAsync(await a.Client.GetAsync($"/api/v1/plans/{id}"), HttpStatusCode.OK);

        plan.GetProperty("number").GetString().ShouldBe("05/KH-BCĐ");
        plan.GetProperty("issuedOn").GetString().ShouldBe("2026-04");
        Strings(plan.GetProperty("bases")).ShouldBe(["Nghị quyết số 57-NQ/TW"]);
        var duty = plan.GetProperty("reportingDuties")[0];
        duty.GetProperty("from").GetString().ShouldBe("offices");
        duty.GetProperty("frequency").GetString().ShouldBe("monthly");
        duty.GetProperty("dueDay").GetInt32().ShouldBe(5);

        var indicator = plan.GetProperty("indicators")[0];
        indicator.GetProperty("name").GetString().ShouldBe("Tỷ lệ hồ sơ trực tuyến");
        indicator.GetProperty("target").GetProperty("comparator").GetString().ShouldBe(">=");
        indicator.GetProperty("target").GetProperty("value").GetDecimal().ShouldBe(70m);
        indicator.GetProperty("leads")[0].GetProperty("unitId").GetInt32().ShouldBe(a.Office("Phòng Văn hóa - Xã hội").Id);
        indicator.GetProperty("leads")[0].GetProperty("unitName").GetString().ShouldBe("Phòng Văn hóa - Xã hội");

        var tasks = plan.GetProperty("tasks");
        tasks.GetArrayLength().ShouldBe(2);
        var complete = tasks[0];
        complete.GetProperty("content").GetString().ShouldBe("Số hóa hồ sơ thủ tục hành chính");
        var deadline = complete.GetProperty("deadline");
        deadline.GetProperty("text").GetString().ShouldBe("Quý II năm 2026");
        deadline.GetProperty("kind").GetString().ShouldBe("quarter");
        deadline.GetProperty("start").GetString().ShouldBe("2026-04-01");
        deadline.GetProperty("end").GetString().ShouldBe("2026-06-30");
        deadline.GetProperty("every").ValueKind.ShouldBe(JsonValueKind.Null);
        deadline.GetProperty("ongoingAfter").GetBoolean().ShouldBeFalse();
        deadline.GetProperty("meaning").GetString().ShouldBe("Trong quý II/2026 (01/04/2026–30/06/2026)");
        complete.GetProperty("sixClear").GetProperty("complete").GetBoolean().ShouldBeTrue();
        Strings(complete.GetProperty("sixClear").GetProperty("missing")).ShouldBeEmpty();
        complete.GetProperty("lead")[0].GetProperty("unitId").GetInt32().ShouldBe(a.Office("Phòng Văn hóa - Xã hội").Id);
        complete.GetProperty("cooperating")[0].GetProperty("name").GetString().ShouldBe("Công an xã");
        Strings(complete.GetProperty("basis")).ShouldBe(["08-TB/CQTT"]);

        var vague = tasks[1];
        vague.GetProperty("deadline").GetProperty("kind").GetString().ShouldBe("unknown");
        var six = vague.GetProperty("sixClear");
        six.GetProperty("who").GetBoolean().ShouldBeFalse();
        six.GetProperty("what").GetBoolean().ShouldBeTrue();
        Strings(six.GetProperty("missing")).ShouldBe(["rõ người", "rõ thời gian", "rõ sản phẩm", "rõ thẩm quyền"]);
        plan.GetProperty("sixClearCount").GetInt32().ShouldBe(1);

        var import = plan.GetProperty("imports")[0];
        import.GetProperty("fileName").GetString().ShouldBe("ke-hoach.docx");
        Strings(import.GetProperty("warnings")).ShouldBe(["Cảnh báo một", "Cảnh báo hai"]);
    }

    [Fact]
    public async Task List_CountsIndicatorsTasksAndSixClear_OfTheUnitsInScope()
    {
        var a = await CommuneWithOfficerAsync();
        var b = await CommuneWithOfficerAsync();
        var seeded = await SeedPlanAsync(a);
        var empty = await CreatePlanAsync(a.Client, a.Id, "Kế hoạch trống");
        var theirs = await CreatePlanAsync(b.Client, b.Id, "Kế hoạch của xã khác");

        var list = await JsonAsync(await a.Client.GetAsync("/api/v1/plans"), HttpStatusCode.OK);
        list.EnumerateArray().Select(p => p.GetProperty("id").GetInt32()).ShouldBe([seeded, empty], ignoreOrder: true);
        var row = list.EnumerateArray().Single(p => p.GetProperty("id").GetInt32() == seeded);
        row.GetProperty("indicatorCount").GetInt32().ShouldBe(1);
        row.GetProperty("taskCount").GetInt32().ShouldBe(2);
        row.GetProperty("sixClearCount").GetInt32().ShouldBe(1);
        row.GetProperty("unitId").GetInt32().ShouldBe(a.Id);
        row.GetProperty("title").GetString().ShouldBe("Kế hoạch thử");

        var byUnit = await JsonAsync(await b.Client.GetAsync($"/api/v1/plans?unitId={b.Id}"), HttpStatusCode.OK);
        byUnit.EnumerateArray().Select(p => p.GetProperty("id").GetInt32()).ShouldBe([theirs]);
        await ShouldBeProblemAsync(await a.Client.GetAsync($"/api/v1/plans?unitId={b.Id}"), HttpStatusCode.NotFound);
        await ShouldBeProblemAsync(await a.Client.GetAsync("/api/v1/plans?unitId=987654321"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Update_ReplacesTheHeader_AndRereadsDeadlinesWhenTheYearChanges()
    {
        var a = await CommuneWithOfficerAsync();
        var id = await CreatePlanAsync(a.Client, a.Id);
        var taskId = await CreateTaskAsync(a.Client, id, new { content = "Rà soát hồ sơ", due = "Quý III" });
        App.Clock.Advance(TimeSpan.FromMinutes(5));
        var response = await a.Client.PutAsJsonAsync($"/api/v1/plans/{id}", new
        {
            title = "Kế hoạch năm 2027",
            number = "02/KH-BCĐ",
            year = 2027,
            bases = new[] { "Chương trình 02-CTr/BCĐTW" },
        });
        var plan = await JsonAsync(response, HttpStatusCode.OK);
        plan.GetProperty("title").GetString().ShouldBe("Kế hoạch năm 2027");
        plan.GetProperty("tasks")[0].GetProperty("deadline").GetProperty("end").GetString().ShouldBe("2027-09-30");

        var stored = await DbAsync(db => db.Plans.Include(p => p.Bases).SingleAsync(p => p.Id == id));
        stored.Title.ShouldBe("Kế hoạch năm 2027");
        stored.Number.ShouldBe("02/KH-BCĐ");
        stored.Year.ShouldBe(2027);
        stored.Place.ShouldBeNull();
        stored.Bases.Select(b => b.Text).ShouldBe(["Chương trình 02-CTr/BCĐTW"]);
        stored.UpdatedAt.ShouldBe(App.Clock.GetUtcNow());
        var task = await DbAsync(db => db.Tasks.SingleAsync(t => t.Id == taskId));
        task.DueStart.ShouldBe(new DateOnly(2027, 7, 1));
        task.DueEnd.ShouldBe(new DateOnly(2027, 9, 30));
    }

    [Fact]
    public async Task Delete_RemovesThePlanAndEverythingUnderIt()
    {
        var a = await CommuneWithOfficerAsync();
        var doomed = await SeedPlanAsync(a);
        var kept = await SeedPlanAsync(a);
        (await a.Client.DeleteAsync($"/api/v1/plans/{doomed}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var left = await DbAsync(async db => new
        {
            Plan = await db.Plans.AnyAsync(p => p.Id == doomed),
            Tasks = await db.Tasks.CountAsync(t => t.PlanId == doomed),
            Indicators = await db.Indicators.CountAsync(i => i.PlanId == doomed),
            Bases = await db.PlanBases.CountAsync(b => b.PlanId == doomed),
            Imports = await db.PlanImports.CountAsync(i => i.PlanId == doomed),
            Orphans = await db.TaskUnits.CountAsync(u => !db.Tasks.Any(t => t.Id == u.TaskId))
                + await db.IndicatorLeads.CountAsync(l => !db.Indicators.Any(i => i.Id == l.IndicatorId)),
            KeptTasks = await db.Tasks.CountAsync(t => t.PlanId == kept),
        });
        left.Plan.ShouldBeFalse();
        (left.Tasks + left.Indicators + left.Bases + left.Imports + left.Orphans).ShouldBe(0);
        left.KeptTasks.ShouldBe(2);
        await ShouldBeProblemAsync(await a.Client.GetAsync($"/api/v1/plans/{doomed}"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task AnotherCommunesOfficer_Reads404_Writes403_AndChangesNothing()
    {
        var a = await CommuneWithOfficerAsync();
        var b = await CommuneWithOfficerAsync();
        var id = await SeedPlanAsync(a);
        var before = await RowCountsAsync();

        await ShouldBeProblemAsync(await b.Client.GetAsync($"/api/v1/plans/{id}"), HttpStatusCode.NotFound, "Không có kế hoạch này");
        await ShouldBeProblemAsync(await b.Client.PutAsJsonAsync($"/api/v1/plans/{id}", new { title = "Chiếm quyền" }), HttpStatusCode.Forbidden);
        await ShouldBeProblemAsync(await b.Client.DeleteAsync($"/api/v1/plans/{id}"), HttpStatusCode.Forbidden);
        await ShouldBeProblemAsync(await b.Client.PostAsJsonAsync("/api/v1/plans", new { unitId = a.Id, title = "Kế hoạch lạ" }), HttpStatusCode.Forbidden);
        (await JsonAsync(await b.Client.GetAsync("/api/v1/plans"), HttpStatusCode.OK)).GetArrayLength().ShouldBe(0);

        (await RowCountsAsync()).ShouldBe(before);
        (await DbAsync(db => db.Plans.SingleAsync(p => p.Id == id))).Title.ShouldBe("Kế hoạch thử");
    }

    [Fact]
    public async Task MissingIds_Are404()
    {
        var admin = await AdminApiAsync();
        await ShouldBeProblemAsync(await admin.GetAsync("/api/v1/plans/987654321"), HttpStatusCode.NotFound);
        await ShouldBeProblemAsync(await admin.PutAsJsonAsync("/api/v1/plans/987654321", new { title = "X" }), HttpStatusCode.NotFound);
        await ShouldBeProblemAsync(await admin.DeleteAsync("/api/v1/plans/987654321"), HttpStatusCode.NotFound);
        await ShouldBeProblemAsync(await admin.PostAsJsonAsync("/api/v1/plans", new { unitId = 987654321, title = "X" }), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task InvalidBodies_Are400WithVietnameseMessages_AndWriteNothing()
    {
        var a = await CommuneWithOfficerAsync();
        var id = await CreatePlanAsync(a.Client, a.Id);
        var before = await RowCountsAsync();

        await ShouldBeInvalidAsync(await a.Client.PostAsJsonAsync("/api/v1/plans", new { unitId = a.Id, title = "   " }), "title", "Hãy nhập tiêu đề kế hoạch.");
        await ShouldBeInvalidAsync(await a.Client.PostAsJsonAsync("/api/v1/plans", new { title = "Kế hoạch" }), "unitId", "Hãy chọn đơn vị");
        await ShouldBeInvalidAsync(await a.Client.PostAsJsonAsync("/api/v1/plans", new { unitId = a.Id, title = new string('k', 1001) }), "title", "dài quá 1.000 ký tự");
        await ShouldBeInvalidAsync(await a.Client.PostAsJsonAsync("/api/v1/plans", new { unitId = a.Id, title = "Kế hoạch", issuedOn = "2026-02-30" }), "issuedOn", "ngày có thật");
        await ShouldBeInvalidAsync(await a.Client.PostAsJsonAsync("/api/v1/plans", new { unitId = a.Id, title = "Kế hoạch", year = 3026 }), "year", "1900–2200");
        await ShouldBeInvalidAsync(await a.Client.PostAsJsonAsync("/api/v1/plans", new { unitId = a.Id, title = "Kế hoạch", bases = new[] { "Nghị quyết 57", "" } }), "bases[1]", "Hãy nhập căn cứ thứ 2.");
        await ShouldBeInvalidAsync(await a.Client.PostAsJsonAsync("/api/v1/plans", new { unitId = a.Offices[0].Id, title = "Kế hoạch" }), "unitId", "xã/phường hoặc một tỉnh");
        await ShouldBeInvalidAsync(await a.Client.PostAsync("/api/v1/plans", Json("{\"unitId\": 1, \"title\": \"Kế hoạch\"")), "body", "không phải JSON hợp lệ");
        await ShouldBeInvalidAsync(await a.Client.PostAsync("/api/v1/plans", Json("[1, 2]")), "body", "đối tượng JSON");
        await ShouldBeInvalidAsync(await a.Client.PostAsync("/api/v1/plans", Json("{\"unitId\": \"một\", \"title\": \"Kế hoạch\"}")), "unitId", "không đúng kiểu");
        await ShouldBeInvalidAsync(await a.Client.PutAsJsonAsync($"/api/v1/plans/{id}", new { title = "" }), "title", "Hãy nhập tiêu đề kế hoạch.");

        var huge = new StringBuilder("{\"title\": \"").Append('x', 2 * 1024 * 1024).Append("\"}").ToString();
        await ShouldBeProblemAsync(await a.Client.PostAsync("/api/v1/plans", Json(huge)), HttpStatusCode.RequestEntityTooLarge, "vượt quá");
        await ShouldBeProblemAsync(await a.Client.PutAsync($"/api/v1/plans/{id}", Json(huge)), HttpStatusCode.RequestEntityTooLarge);
        await ShouldBeProblemAsync(await a.Client.PostAsync("/api/v1/plans", new StringContent("title=Kế hoạch", Encoding.UTF8, "application/x-www-form-urlencoded")), HttpStatusCode.UnsupportedMediaType);

        (await RowCountsAsync()).ShouldBe(before);
    }

    /// <summary>A plan of the commune with a basis, a reporting duty, an indicator, a task clear on all six points, a vague one, and an import.</summary>
    private Task<int> SeedPlanAsync(Commune a) => DbAsync(async db =>
    {
        var now = App.Clock.GetUtcNow();
        var vhxh = a.Office("Phòng Văn hóa - Xã hội");
        var plan = new Plan
        {
            UnitId = a.Id, Number = "05/KH-BCĐ", NumberText = "05/KH-BCĐ", Title = "Kế hoạch thử", Year = 2026, IssuedOn = "2026-04",
            Issuer = "BAN CHỈ ĐẠO", SearchKey = "ke hoach thu", CreatedAt = now, UpdatedAt = now,
        };
        plan.Bases.Add(new PlanBasis { Position = 0, Text = "Nghị quyết số 57-NQ/TW" });
        plan.ReportingDuties.Add(new PlanReportingDuty
        {
            FromParty = "Offices", ToText = "Phòng Văn hóa - Xã hội", Frequency = "Monthly", DueDay = 5, Text = "Các cơ quan, đơn vị báo cáo hằng tháng trước ngày 5",
        });
        var indicator = new Indicator
        {
            Position = 0, Name = "Tỷ lệ hồ sơ trực tuyến", Unit = "%", Comparator = "AtLeast", TargetValue = 70, TargetText = "≥ 70",
            Origin = "Table", SearchKey = "ty le",
        };
        indicator.Leads.Add(new IndicatorLead { Position = 0, Name = "Phòng VHXH", UnitId = vhxh.Id });
        plan.Indicators.Add(indicator);
        var complete = new PlanTask
        {
            Position = 0, Content = "Số hóa hồ sơ thủ tục hành chính", Accountable = "Trưởng phòng Văn hóa - Xã hội", AccountableExpected = true,
            Product = "Hồ sơ được số hóa", DueText = "Quý II năm 2026", DueKind = "Quarter", DueStart = new DateOnly(2026, 4, 1),
            DueEnd = new DateOnly(2026, 6, 30), SearchKey = "so hoa", CreatedAt = now, UpdatedAt = now,
        };
        complete.Units.Add(new TaskUnit { Role = TaskUnitRole.Lead, Position = 0, Name = "Phòng Văn hóa - Xã hội", UnitId = vhxh.Id });
        complete.Units.Add(new TaskUnit { Role = TaskUnitRole.Cooperating, Position = 0, Name = "Công an xã", UnitId = a.Office("Công an xã").Id });
        complete.Bases.Add(new TaskBasis { Position = 0, Text = "08-TB/CQTT" });
        var vague = new PlanTask
        {
            Position = 1, Content = "Rà soát các nhiệm vụ theo tiến độ của tỉnh", DueText = "Theo tiến độ của tỉnh", DueKind = "Unknown",
            SearchKey = "ra soat", CreatedAt = now, UpdatedAt = now,
        };
        vague.Units.Add(new TaskUnit { Role = TaskUnitRole.Lead, Position = 0, Name = "Các cơ quan, đơn vị" });
        plan.Tasks.Add(complete);
        plan.Tasks.Add(vague);
        plan.Imports.Add(new PlanImport
        {
            FileName = "ke-hoach.docx", Sha256 = "AB12", ImportedAt = now, ImportedBy = "thu", Added = 3, Warnings = "Cảnh báo một\nCảnh báo hai",
        });
        db.Plans.Add(plan);
        await db.SaveChangesAsync();
        return plan.Id;
    });
}

public sealed class ApiPlansTests_Sqlite(SqliteWebApp app) : ApiPlansTests(app), IClassFixture<SqliteWebApp>;

public sealed class ApiPlansTests_Postgres(PostgresWebApp app) : ApiPlansTests(app), IClassFixture<PostgresWebApp>;
