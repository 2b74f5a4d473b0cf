using System.Net;
using Microsoft.EntityFrameworkCore;
using SauRo.Data.Entities;

namespace SauRo.Tests.Web;

public abstract class TaskFormTests(WebAppFixture app) : WebTest(app)
{
    /// <summary>Every field of a complete task, with an unclear deadline; the lead office ticked from the list.</summary>
    private static Dictionary<string, string> Fields(int leadOfficeId, string due) => new()
    {
        ["Input.Appendix"] = "Phụ lục II",
        ["Input.Section"] = "Theo dõi, đánh giá",
        ["Input.Ordinal"] = "11",
        ["Input.Content"] = "Tổng hợp báo cáo sơ kết chuyển đổi số",
        ["Input.LeadIds"] = leadOfficeId.ToString(),
        ["Input.CooperatingText"] = "Công an xã\nCác thôn",
        ["Input.Accountable"] = "Trưởng phòng Văn hóa - Xã hội",
        ["Input.Product"] = "Báo cáo sơ kết",
        ["Input.DueText"] = due,
        ["Input.BasisText"] = "08-TB/CQTT\n42/KH-UBND",
    };

    [Fact]
    public async Task EditDeadline_FromVagueToQuarter_ClearsRoThoiGianAndRaisesTheSummary()
    {
        var (_, commune, offices) = await App.NewCommuneAsync();
        var planId = await PlanSeed.ImportAsync(App, commune.Id);
        var client = await PlanSeed.OfficerAsync(App, commune.Id);

        var created = await WebAppFixture.PostFormAsync(client, $"/Tasks/Create?planId={planId}", Fields(offices[0].Id, "Theo tiến độ của tỉnh"));
        created.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var task = await PlanSeed.TaskAsync(App, planId, "11");
        created.Headers.Location!.ToString().ShouldBe($"/Plans/{planId}#task-{task.Id}");
        var before = await client.GetStringAsync($"/Plans/{planId}");
        PlanSeed.Missing(before, task.Id).ShouldBe("rõ thời gian");
        PlanSeed.Summary(before).ShouldBe("7/11 nhiệm vụ đủ 06 rõ");
        before.ShouldContain("Thiếu rõ thời gian: <strong>2</strong> nhiệm vụ");

        App.Clock.Advance(TimeSpan.FromMinutes(5));
        var edited = await WebAppFixture.PostFormAsync(client, $"/Tasks/{task.Id}/Edit", Fields(offices[0].Id, "Quý III/2026"));

        edited.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        edited.Headers.Location!.ToString().ShouldBe($"/Plans/{planId}#task-{task.Id}");
        var after = await client.GetStringAsync($"/Plans/{planId}");
        PlanSeed.Missing(after, task.Id).ShouldBe(string.Empty);
        PlanSeed.Summary(after).ShouldBe("8/11 nhiệm vụ đủ 06 rõ");
        after.ShouldContain("Thiếu rõ thời gian: <strong>1</strong> nhiệm vụ");
        after.ShouldContain("Trong quý III/2026 (01/07/2026–30/09/2026)");

        var stored = await PlanSeed.TaskAsync(App, planId, "11");
        stored.DueText.ShouldBe("Quý III/2026");
        stored.DueKind.ShouldBe("Quarter");
        stored.DueStart.ShouldBe(new DateOnly(2026, 7, 1));
        stored.DueEnd.ShouldBe(new DateOnly(2026, 9, 30));
        stored.UpdatedAt.ShouldBe(App.Clock.GetUtcNow());
        stored.Units.Count.ShouldBe(3);
    }

    [Fact]
    public async Task Create_LinksTickedAndTypedOfficesAndStoresEveryField()
    {
        var (_, commune, offices) = await App.NewCommuneAsync();
        var planId = await PlanSeed.BuildAsync(App, commune.Id, tasks: 2, indicators: 0);
        var client = await PlanSeed.OfficerAsync(App, commune.Id);
        var police = offices.Single(o => o.Name == "Công an xã");
        var culture = offices.Single(o => o.Name == "Phòng Văn hóa - Xã hội");
        var fields = Fields(police.Id, "Trước ngày 30/6");
        fields["Input.Ordinal"] = "3.a";
        fields["Input.LeadText"] = "phòng Văn hoá - Xã hội xã\nCông an xã";
        fields["Input.CooperatingText"] = "Các thôn;  Đoàn Thanh niên ";

        var response = await WebAppFixture.PostFormAsync(client, $"/Tasks/Create?planId={planId}", fields);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var task = await PlanSeed.TaskAsync(App, planId, "3.a");
        task.Position.ShouldBe(2);
        task.AccountableExpected.ShouldBeTrue();
        task.Content.ShouldBe("Tổng hợp báo cáo sơ kết chuyển đổi số");
        task.AppendixTitle.ShouldBe("Danh mục nhiệm vụ");
        task.DueKind.ShouldBe("Date");
        task.DueEnd.ShouldBe(new DateOnly(2026, 6, 30)); // the plan's year
        var lead = task.Units.Where(u => u.Role == TaskUnitRole.Lead).OrderBy(u => u.Position).Select(u => (u.Name, u.UnitId)).ToList();
        lead.ShouldBe([("Công an xã", (int?)police.Id), ("phòng Văn hoá - Xã hội xã", culture.Id)]);
        var cooperating = task.Units.Where(u => u.Role == TaskUnitRole.Cooperating).OrderBy(u => u.Position).Select(u => (u.Name, u.UnitId)).ToList();
        cooperating.ShouldBe([("Các thôn", (int?)null), ("Đoàn Thanh niên", null)]);
        task.Bases.OrderBy(b => b.Position).Select(b => b.Text).ShouldBe(["08-TB/CQTT", "42/KH-UBND"]);
        task.SearchKey.ShouldContain("tong hop bao cao so ket chuyen doi so");
        task.SearchKey.ShouldContain("doan thanh nien");
        task.CreatedAt.ShouldBe(App.Clock.GetUtcNow());
    }

    [Theory]
    [InlineData("Input.Content", "", "Hãy nhập nội dung nhiệm vụ.")]
    [InlineData("Input.Content", "   ", "Hãy nhập nội dung nhiệm vụ.")]
    [InlineData("Input.Ordinal", "1 - 2", "Số thứ tự chỉ gồm chữ số hoặc chữ cái")]
    [InlineData("Input.Product", "long", "Sản phẩm dài quá 2000 ký tự.")]
    public async Task Create_InvalidForm_ShowsTheMessageAndWritesNothing(string field, string value, string message)
    {
        var (_, commune, offices) = await App.NewCommuneAsync();
        var planId = await PlanSeed.BuildAsync(App, commune.Id, tasks: 1, indicators: 0);
        var client = await PlanSeed.OfficerAsync(App, commune.Id);
        var fields = Fields(offices[0].Id, "Quý II/2026");
        fields[field] = value == "long" ? new string('x', 2001) : value;

        var response = await WebAppFixture.PostFormAsync(client, $"/Tasks/Create?planId={planId}", fields);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain(message);
        html.ShouldContain("Trong quý II/2026"); // the preview of what was typed stays
        (await App.WithDbAsync(db => db.Tasks.CountAsync(t => t.PlanId == planId))).ShouldBe(1);
    }

    [Fact]
    public async Task EditForm_ShowsTheDeadlineUnderstoodWithoutScriptAndTheLivePreviewHooks()
    {
        var (_, commune, _) = await App.NewCommuneAsync();
        var planId = await PlanSeed.ImportAsync(App, commune.Id);
        var task = await PlanSeed.TaskAsync(App, planId, "3");
        var client = await PlanSeed.OfficerAsync(App, commune.Id);

        var html = await client.GetStringAsync($"/Tasks/{task.Id}/Edit");

        html.ShouldContain("name=\"Input.DueText\" value=\"Từ quý II đến quý III năm 2026\"");
        html.ShouldContain("id=\"Input_DueText\"");
        html.ShouldContain("hx-get=\"/Deadlines/Explain\"");
        html.ShouldContain("hx-trigger=\"input changed delay:300ms\"");
        html.ShouldContain("hx-target=\"#due-preview\"");
        html.ShouldContain("id=\"due-preview\"");
        html.ShouldContain("Từ 01/04/2026 đến 30/09/2026");
        html.ShouldContain("checked /> Trung tâm Phục vụ hành chính công");
        html.ShouldContain("Các cơ quan, đơn vị có thủ tục hành chính</textarea>");
    }

    [Fact]
    public async Task AnotherCommunesTask_Is404ForEveryHandlerAndNothingChanges()
    {
        var (_, mine, _) = await App.NewCommuneAsync();
        var (_, other, otherOffices) = await App.NewCommuneAsync();
        var theirPlan = await PlanSeed.BuildAsync(App, other.Id, tasks: 2, indicators: 0);
        var myPlan = await PlanSeed.BuildAsync(App, mine.Id, tasks: 2, indicators: 0);
        var theirs = await PlanSeed.TaskAsync(App, theirPlan, "2");
        var mineTask = await PlanSeed.TaskAsync(App, myPlan, "2");
        var client = await PlanSeed.OfficerAsync(App, mine.Id);

        (await client.GetAsync($"/Tasks/{theirs.Id}/Edit")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetAsync($"/Tasks/{theirs.Id}/Delete")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetAsync($"/Tasks/Create?planId={theirPlan}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var edit = await WebAppFixture.PostFormAsync(client, $"/Tasks/{theirs.Id}/Edit", Fields(otherOffices[0].Id, "Quý IV/2026"), formPage: $"/Tasks/{mineTask.Id}/Edit");
        edit.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var create = await WebAppFixture.PostFormAsync(client, $"/Tasks/Create?planId={theirPlan}", Fields(otherOffices[0].Id, "Quý IV/2026"), formPage: $"/Tasks/Create?planId={myPlan}");
        create.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var delete = await WebAppFixture.PostFormAsync(client, $"/Tasks/{theirs.Id}/Delete", new(), formPage: $"/Tasks/{mineTask.Id}/Delete");
        delete.StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var after = await PlanSeed.TaskAsync(App, theirPlan, "2");
        after.DueText.ShouldBe(theirs.DueText);
        after.Content.ShouldBe(theirs.Content);
        (await App.WithDbAsync(db => db.Tasks.CountAsync(t => t.PlanId == theirPlan))).ShouldBe(2);
    }

    [Fact]
    public async Task Edit_PostWithoutAntiforgeryToken_Is400AndNothingChanges()
    {
        var (_, commune, offices) = await App.NewCommuneAsync();
        var planId = await PlanSeed.BuildAsync(App, commune.Id, tasks: 1, indicators: 0);
        var task = await PlanSeed.TaskAsync(App, planId, "1");
        var client = await PlanSeed.OfficerAsync(App, commune.Id);

        var response = await client.PostAsync($"/Tasks/{task.Id}/Edit", new FormUrlEncodedContent(Fields(offices[0].Id, "Quý IV/2026")));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await PlanSeed.TaskAsync(App, planId, "1")).DueText.ShouldBe(task.DueText);
    }

    [Fact]
    public async Task TaskPages_Anonymous_RedirectToLogin()
    {
        var (_, commune, _) = await App.NewCommuneAsync();
        var planId = await PlanSeed.BuildAsync(App, commune.Id, tasks: 1, indicators: 0);
        var task = await PlanSeed.TaskAsync(App, planId, "1");
        var client = App.CreateClient(new() { AllowAutoRedirect = false });
        foreach (var url in new[] { $"/Tasks/Create?planId={planId}", $"/Tasks/{task.Id}/Edit", $"/Tasks/{task.Id}/Delete" })
        {
            var response = await client.GetAsync(url);
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect, url);
            response.Headers.Location!.ToString().ShouldContain("/Account/Login");
        }
    }

    [Fact]
    public async Task Delete_ConfirmsThenDeletesTheTaskWithItsOfficesAndDocuments()
    {
        var (_, commune, _) = await App.NewCommuneAsync();
        var planId = await PlanSeed.ImportAsync(App, commune.Id);
        var task = await PlanSeed.TaskAsync(App, planId, "4");
        var client = await PlanSeed.OfficerAsync(App, commune.Id);

        var confirm = await client.GetStringAsync($"/Tasks/{task.Id}/Delete");
        confirm.ShouldContain("Gắn địa chỉ số cho hộ gia đình");

        var response = await WebAppFixture.PostFormAsync(client, $"/Tasks/{task.Id}/Delete", new());

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldBe($"/Plans/{planId}#tasks");
        var left = await App.WithDbAsync(async db => new[]
        {
            await db.Tasks.CountAsync(t => t.Id == task.Id),
            await db.TaskUnits.CountAsync(u => u.TaskId == task.Id),
            await db.TaskBases.CountAsync(b => b.TaskId == task.Id),
            await db.Tasks.CountAsync(t => t.PlanId == planId),
        });
        left.ShouldBe([0, 0, 0, 9]);
        PlanSeed.Summary(await client.GetStringAsync($"/Plans/{planId}")).ShouldBe("6/9 nhiệm vụ đủ 06 rõ");
    }
}

public sealed class TaskFormTests_Sqlite(SqliteWebApp app) : TaskFormTests(app), IClassFixture<SqliteWebApp>;

public sealed class TaskFormTests_Postgres(PostgresWebApp app) : TaskFormTests(app), IClassFixture<PostgresWebApp>;
