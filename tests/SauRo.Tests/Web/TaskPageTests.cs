using System.Net;
using Microsoft.EntityFrameworkCore;
using SauRo.Data.Entities;
using SauRo.Features.Accounts;

namespace SauRo.Tests.Web;

/// <summary>The task page and its comments, for each kind of reader: the lead office, a cooperating one, another office, the leader, another commune.</summary>
public abstract class TaskPageTests(WebAppFixture app) : WebTest(app)
{
    private sealed record Setup(Unit Commune, List<Unit> Offices, int PlanId, PlanTask Task);

    /// <summary>A plan whose task 1 is led by the first office and has the second office cooperating.</summary>
    private async Task<Setup> SetupAsync()
    {
        var (_, commune, offices) = await App.NewCommuneAsync();
        var planId = await PlanSeed.BuildAsync(App, commune.Id, tasks: 2, indicators: 0);
        var task = await PlanSeed.TaskAsync(App, planId, "1");
        await App.WithDbAsync(async db =>
        {
            db.TaskUnits.Add(new TaskUnit { TaskId = task.Id, Role = TaskUnitRole.Cooperating, Position = 1, Name = offices[1].Name, UnitId = offices[1].Id });
            return await db.SaveChangesAsync();
        });
        return new Setup(commune, offices, planId, task);
    }

    private Task<HttpClient> OfficeOfficerAsync(Unit office) => SignInAsync(Roles.OfficeOfficer, office.Id);

    private async Task<HttpClient> SignInAsync(string role, int unitId) => await App.SignedInClientAsync(await App.NewUserAsync(role, unitId));

    private Task<int> CommentCountAsync(int taskId) => App.WithDbAsync(db => db.TaskComments.CountAsync(c => c.TaskId == taskId));

    private static Task<HttpResponseMessage> CommentAsync(HttpClient client, int taskId, string text, string? formPage = null) =>
        WebAppFixture.PostFormAsync(client, $"/Tasks/{taskId}?handler=Comment", new() { ["Input.Text"] = text }, formPage ?? $"/Tasks/{taskId}");

    [Fact]
    public async Task TaskPage_LeadOfficeOfficer_SeesEditAndComments()
    {
        var s = await SetupAsync();
        var client = await OfficeOfficerAsync(s.Offices[0]);

        var html = await client.GetStringAsync($"/Tasks/{s.Task.Id}");
        html.ShouldContain(s.Task.Content);
        html.ShouldContain($"href=\"/Tasks/{s.Task.Id}/Edit\"");
        html.ShouldNotContain($"href=\"/Tasks/{s.Task.Id}/Delete\"");
        html.ShouldContain("Theo tiến độ của tỉnh");
        html.ShouldContain("Chưa hiểu thời hạn");

        var response = await CommentAsync(client, s.Task.Id, "Đã xong 60%, còn chờ kinh phí.");
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var comment = await App.WithDbAsync(db => db.TaskComments.SingleAsync(c => c.TaskId == s.Task.Id));
        comment.Text.ShouldBe("Đã xong 60%, còn chờ kinh phí.");
        comment.AuthorUnit.ShouldBe(s.Offices[0].Name);
        comment.CreatedAt.ShouldBe(App.Clock.GetUtcNow());
        (await client.GetStringAsync($"/Tasks/{s.Task.Id}")).ShouldContain("Đã xong 60%, còn chờ kinh phí.");
    }

    [Fact]
    public async Task TaskPage_CooperatingOfficeOfficer_CommentsButCannotEdit()
    {
        var s = await SetupAsync();
        var client = await OfficeOfficerAsync(s.Offices[1]);

        var html = await client.GetStringAsync($"/Tasks/{s.Task.Id}");
        html.ShouldNotContain($"href=\"/Tasks/{s.Task.Id}/Edit\"");
        html.ShouldContain("Gửi ý kiến");
        (await CommentAsync(client, s.Task.Id, "Phòng sẽ phối hợp.")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await CommentCountAsync(s.Task.Id)).ShouldBe(1);

        var edit = await client.GetAsync($"/Tasks/{s.Task.Id}/Edit");
        edit.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        edit.Headers.Location!.ToString().ShouldContain("/Account/AccessDenied");
    }

    [Fact]
    public async Task TaskPage_UnrelatedOfficeOfficer_ReadsButMayNotComment()
    {
        var s = await SetupAsync();
        var client = await OfficeOfficerAsync(s.Offices[3]);

        var html = await client.GetStringAsync($"/Tasks/{s.Task.Id}");
        html.ShouldNotContain("Gửi ý kiến");
        var response = await CommentAsync(client, s.Task.Id, "Ý kiến không được phép", formPage: "/Account/Logout");
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/Account/AccessDenied");
        (await CommentCountAsync(s.Task.Id)).ShouldBe(0);
    }

    [Fact]
    public async Task TaskPage_Leader_CommentsButCannotEdit()
    {
        var s = await SetupAsync();
        var client = await SignInAsync(Roles.Leader, s.Commune.Id);

        (await client.GetStringAsync($"/Tasks/{s.Task.Id}")).ShouldNotContain($"href=\"/Tasks/{s.Task.Id}/Edit\"");
        (await CommentAsync(client, s.Task.Id, "Đề nghị khẩn trương hoàn thành.")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await CommentCountAsync(s.Task.Id)).ShouldBe(1);
    }

    [Fact]
    public async Task TaskPage_AnotherCommune_Is404AndWritesNothing()
    {
        var s = await SetupAsync();
        var (_, other, _) = await App.NewCommuneAsync();
        var client = await SignInAsync(Roles.StandingOfficer, other.Id);

        (await client.GetAsync($"/Tasks/{s.Task.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await CommentAsync(client, s.Task.Id, "Xen vào", formPage: "/Account/Logout")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetAsync("/Tasks/999999")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await CommentCountAsync(s.Task.Id)).ShouldBe(0);
    }

    [Theory]
    [InlineData("", "Hãy viết nội dung ý kiến.")]
    [InlineData("   ", "Hãy viết nội dung ý kiến.")]
    [InlineData("long", "Ý kiến dài quá 4.000 ký tự.")]
    public async Task TaskPage_InvalidComment_ShowsTheMessageAndWritesNothing(string text, string message)
    {
        var s = await SetupAsync();
        var client = await PlanSeed.OfficerAsync(App, s.Commune.Id);

        var response = await CommentAsync(client, s.Task.Id, text == "long" ? new string('ý', 4001) : text);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain(message);
        (await CommentCountAsync(s.Task.Id)).ShouldBe(0);
    }

    [Fact]
    public async Task TaskPage_CommentWithoutAntiforgeryToken_Is400()
    {
        var s = await SetupAsync();
        var client = await PlanSeed.OfficerAsync(App, s.Commune.Id);
        var response = await client.PostAsync($"/Tasks/{s.Task.Id}?handler=Comment", new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.Text"] = "giả mạo" }));
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await CommentCountAsync(s.Task.Id)).ShouldBe(0);
    }

    [Fact]
    public async Task PlanPage_OfficeOfficer_SeesEditOnlyOnTheTasksItsOfficeLeads()
    {
        var s = await SetupAsync();
        var task2 = await PlanSeed.TaskAsync(App, s.PlanId, "2");
        var client = await OfficeOfficerAsync(s.Offices[0]);

        var html = await client.GetStringAsync($"/Plans/{s.PlanId}");
        html.ShouldContain($"href=\"/Tasks/{s.Task.Id}/Edit\"");
        html.ShouldNotContain($"href=\"/Tasks/{task2.Id}/Edit\"");
        html.ShouldNotContain("/Delete\"");
        html.ShouldNotContain($"href=\"/Plans/{s.PlanId}/Edit\"");
    }

    [Fact]
    public async Task TaskEdit_OfficeOfficerOfTheLeadOffice_Saves_OtherwiseForbidden()
    {
        var s = await SetupAsync();
        var task2 = await PlanSeed.TaskAsync(App, s.PlanId, "2");
        var client = await OfficeOfficerAsync(s.Offices[0]);
        var fields = new Dictionary<string, string>
        {
            ["Input.Ordinal"] = "1",
            ["Input.Content"] = "Nội dung đã sửa bởi phòng chủ trì",
            ["Input.DueText"] = "Quý IV/2026",
            ["Input.LeadIds"] = s.Offices[0].Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };

        var own = await WebAppFixture.PostFormAsync(client, $"/Tasks/{s.Task.Id}/Edit", new(fields));
        own.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await PlanSeed.TaskAsync(App, s.PlanId, "1")).Content.ShouldBe("Nội dung đã sửa bởi phòng chủ trì");

        var forged = await WebAppFixture.PostFormAsync(client, $"/Tasks/{task2.Id}/Edit", new(fields), formPage: $"/Tasks/{s.Task.Id}/Edit");
        forged.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        forged.Headers.Location!.ToString().ShouldContain("/Account/AccessDenied");
        (await PlanSeed.TaskAsync(App, s.PlanId, "2")).Content.ShouldBe(task2.Content);
        (await PlanSeed.TaskAsync(App, s.PlanId, "1")).DueText.ShouldBe("Quý IV/2026");
    }
}

public abstract class TaskOfficesTests(WebAppFixture app) : WebTest(app)
{
    [Fact]
    public async Task TaskEdit_OfficeOfficer_CannotHandTheTaskToAnotherOffice()
    {
        var (_, commune, offices) = await App.NewCommuneAsync();
        var planId = await PlanSeed.BuildAsync(App, commune.Id, tasks: 1, indicators: 0);
        var task = await PlanSeed.TaskAsync(App, planId, "1");
        var client = await App.SignedInClientAsync(await App.NewUserAsync(Roles.OfficeOfficer, offices[0].Id));

        var form = await client.GetStringAsync($"/Tasks/{task.Id}/Edit");
        form.ShouldNotContain("name=\"Input.LeadIds\"");
        form.ShouldContain("Cơ quan chủ trì và phối hợp do cơ quan thường trực phân công");

        var response = await WebAppFixture.PostFormAsync(client, $"/Tasks/{task.Id}/Edit", new()
        {
            ["Input.Ordinal"] = "1",
            ["Input.Content"] = "Nội dung mới",
            ["Input.DueText"] = "Quý IV/2026",
            ["Input.LeadIds"] = offices[1].Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var saved = await PlanSeed.TaskAsync(App, planId, "1");
        saved.Content.ShouldBe("Nội dung mới");
        saved.Units.Where(u => u.Role == TaskUnitRole.Lead).Select(u => u.UnitId).ShouldBe([offices[0].Id]);
    }

    [Fact]
    public async Task ApiTaskUpdate_OfficeOfficerChangingTheOffices_Is403_KeepingThemIs200()
    {
        var (_, commune, offices) = await App.NewCommuneAsync();
        var planId = await PlanSeed.BuildAsync(App, commune.Id, tasks: 1, indicators: 0);
        var task = await PlanSeed.TaskAsync(App, planId, "1");
        var user = await App.NewUserAsync(Roles.OfficeOfficer, offices[0].Id);
        var client = App.CreateClient();
        var login = await System.Net.Http.Json.HttpClientJsonExtensions.PostAsJsonAsync(client, "/api/v1/auth/login", new { userName = user, password = WebAppFixture.Password });
        using (var token = System.Text.Json.JsonDocument.Parse(await login.Content.ReadAsStringAsync()))
        {
            client.DefaultRequestHeaders.Authorization = new("Bearer", token.RootElement.GetProperty("accessToken").GetString());
        }

        var moved = await System.Net.Http.Json.HttpClientJsonExtensions.PutAsJsonAsync(client, $"/api/v1/tasks/{task.Id}",
            new { content = "Giao cho phòng khác", due = "Quý IV/2026", lead = new[] { offices[1].Name }, cooperating = new[] { "Các thôn" } });
        moved.StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var kept = await System.Net.Http.Json.HttpClientJsonExtensions.PutAsJsonAsync(client, $"/api/v1/tasks/{task.Id}",
            new { ordinal = "1", content = "Cập nhật nội dung", due = "Quý IV/2026", lead = new[] { offices[0].Name }, cooperating = new[] { "Các thôn" } });
        kept.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await PlanSeed.TaskAsync(App, planId, "1")).Content.ShouldBe("Cập nhật nội dung");
    }
}

public sealed class TaskOfficesTests_Sqlite(SqliteWebApp app) : TaskOfficesTests(app), IClassFixture<SqliteWebApp>;

public sealed class TaskOfficesTests_Postgres(PostgresWebApp app) : TaskOfficesTests(app), IClassFixture<PostgresWebApp>;

public sealed class TaskPageTests_Sqlite(SqliteWebApp app) : TaskPageTests(app), IClassFixture<SqliteWebApp>;

public sealed class TaskPageTests_Postgres(PostgresWebApp app) : TaskPageTests(app), IClassFixture<PostgresWebApp>;
