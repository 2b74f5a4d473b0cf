using System.Net;
using Microsoft.EntityFrameworkCore;
using SauRo.Data.Entities;

namespace SauRo.Tests.Web;

public abstract class IndicatorFormTests(WebAppFixture app) : WebTest(app)
{
    private static Dictionary<string, string> Fields(string target, string comparator = "AtLeast") => new()
    {
        ["Input.Appendix"] = "Phụ lục I",
        ["Input.GroupName"] = "B. Xã hội số",
        ["Input.Ordinal"] = "9",
        ["Input.Name"] = "Tỷ lệ hộ gia đình có cáp quang",
        ["Input.Unit"] = "%",
        ["Input.Comparator"] = comparator,
        ["Input.Target"] = target,
        ["Input.LeadText"] = "Phòng Kinh tế",
        ["Input.Source"] = "Kế hoạch 42/KH-UBND",
    };

    private Task<Indicator> IndicatorAsync(int planId, string name) => App.WithDbAsync(db =>
        db.Indicators.AsNoTracking().Include(i => i.Leads).SingleAsync(i => i.PlanId == planId && i.Name == name));

    [Fact]
    public async Task Create_DecimalCommaTarget_IsStoredAndShownOnThePlan()
    {
        var (_, commune, offices) = await App.NewCommuneAsync();
        var planId = await PlanSeed.BuildAsync(App, commune.Id, tasks: 1, indicators: 2);
        var client = await PlanSeed.OfficerAsync(App, commune.Id);

        var response = await WebAppFixture.PostFormAsync(client, $"/Indicators/Create?planId={planId}", Fields("17,5"));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var indicator = await IndicatorAsync(planId, "Tỷ lệ hộ gia đình có cáp quang");
        response.Headers.Location!.ToString().ShouldBe($"/Plans/{planId}#indicator-{indicator.Id}");
        indicator.TargetValue.ShouldBe(17.5m);
        indicator.Comparator.ShouldBe("AtLeast");
        indicator.TargetText.ShouldBe("≥ 17,5");
        indicator.Origin.ShouldBe("Manual");
        indicator.Position.ShouldBe(2);
        indicator.Leads.Select(l => (l.Name, l.UnitId)).ShouldBe([("Phòng Kinh tế", (int?)offices.Single(o => o.Name == "Phòng Kinh tế").Id)]);
        indicator.SearchKey.ShouldContain("ty le ho gia dinh co cap quang");

        var page = await client.GetStringAsync($"/Plans/{planId}");
        page.ShouldContain($"<tr id=\"indicator-{indicator.Id}\"");
        page.ShouldContain("≥ 17,5%");
    }

    [Theory]
    [InlineData("Input.Target", "abc", "Chỉ tiêu phải là một số")]
    [InlineData("Input.Name", "", "Hãy nhập tên chỉ tiêu.")]
    [InlineData("Input.Comparator", "Roughly", "Hãy chọn một cách so sánh trong danh sách.")]
    [InlineData("Input.Ordinal", "#1", "Số thứ tự chỉ gồm chữ số hoặc chữ cái")]
    [InlineData("Input.Unit", "long", "Đơn vị tính dài quá 50 ký tự.")]
    public async Task Create_InvalidForm_ShowsTheMessageAndWritesNothing(string field, string value, string message)
    {
        var (_, commune, _) = await App.NewCommuneAsync();
        var planId = await PlanSeed.BuildAsync(App, commune.Id, tasks: 1, indicators: 1);
        var client = await PlanSeed.OfficerAsync(App, commune.Id);
        var fields = Fields("80");
        fields[field] = value == "long" ? new string('u', 51) : value;

        var response = await WebAppFixture.PostFormAsync(client, $"/Indicators/Create?planId={planId}", fields);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain(message);
        (await App.WithDbAsync(db => db.Indicators.CountAsync(i => i.PlanId == planId))).ShouldBe(1);
    }

    [Fact]
    public async Task Edit_KeepsTheWordingOfAnUnchangedTargetAndRewritesAChangedOne()
    {
        var (_, commune, _) = await App.NewCommuneAsync();
        var planId = await PlanSeed.ImportAsync(App, commune.Id);
        var client = await PlanSeed.OfficerAsync(App, commune.Id);
        var satisfied = await IndicatorAsync(planId, "Tỷ lệ người dân hài lòng khi sử dụng dịch vụ công trực tuyến");
        satisfied.TargetText.ShouldBe("Trên 90%");

        var form = await client.GetStringAsync($"/Indicators/{satisfied.Id}/Edit");
        form.ShouldContain("name=\"Input.Target\" value=\"90\"");
        form.ShouldContain("<option value=\"MoreThan\" selected=\"selected\">");
        var fields = new Dictionary<string, string>
        {
            ["Input.Appendix"] = satisfied.Appendix!,
            ["Input.GroupName"] = satisfied.GroupName!,
            ["Input.Ordinal"] = satisfied.Ordinal!,
            ["Input.Name"] = satisfied.Name,
            ["Input.Unit"] = "%",
            ["Input.Comparator"] = "MoreThan",
            ["Input.Target"] = "90",
            ["Input.LeadText"] = "Trung tâm Phục vụ hành chính công",
            ["Input.Source"] = "Chương trình số 03-CTr/BCĐ",
        };

        (await WebAppFixture.PostFormAsync(client, $"/Indicators/{satisfied.Id}/Edit", fields)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await IndicatorAsync(planId, satisfied.Name)).TargetText.ShouldBe("Trên 90%");

        fields["Input.Comparator"] = "AtLeast";
        fields["Input.Target"] = "92,5%";
        (await WebAppFixture.PostFormAsync(client, $"/Indicators/{satisfied.Id}/Edit", fields)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var changed = await IndicatorAsync(planId, satisfied.Name);
        changed.TargetText.ShouldBe("≥ 92,5%");
        changed.TargetValue.ShouldBe(92.5m);
        changed.Comparator.ShouldBe("AtLeast");
        changed.Leads.Single().UnitId.ShouldNotBeNull();
    }

    [Fact]
    public async Task AnotherCommunesIndicator_Is404AndNothingChanges()
    {
        var (_, mine, _) = await App.NewCommuneAsync();
        var (_, other, _) = await App.NewCommuneAsync();
        var theirPlan = await PlanSeed.BuildAsync(App, other.Id, tasks: 0, indicators: 2);
        var myPlan = await PlanSeed.BuildAsync(App, mine.Id, tasks: 0, indicators: 2);
        var theirs = await IndicatorAsync(theirPlan, "Tỷ lệ hồ sơ được số hóa số 1");
        var myIndicator = await IndicatorAsync(myPlan, "Tỷ lệ hồ sơ được số hóa số 1");
        var client = await PlanSeed.OfficerAsync(App, mine.Id);

        (await client.GetAsync($"/Indicators/{theirs.Id}/Edit")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetAsync($"/Indicators/Create?planId={theirPlan}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await WebAppFixture.PostFormAsync(client, $"/Indicators/{theirs.Id}/Edit", Fields("99"), formPage: $"/Indicators/{myIndicator.Id}/Edit"))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await WebAppFixture.PostFormAsync(client, $"/Indicators/{theirs.Id}/Delete", new(), formPage: $"/Indicators/{myIndicator.Id}/Delete"))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var after = await IndicatorAsync(theirPlan, theirs.Name);
        after.TargetValue.ShouldBe(80m);
        (await App.WithDbAsync(db => db.Indicators.CountAsync(i => i.PlanId == theirPlan))).ShouldBe(2);
    }

    [Fact]
    public async Task Edit_PostWithoutAntiforgeryToken_Is400()
    {
        var (_, commune, _) = await App.NewCommuneAsync();
        var planId = await PlanSeed.BuildAsync(App, commune.Id, tasks: 0, indicators: 1);
        var indicator = await IndicatorAsync(planId, "Tỷ lệ hồ sơ được số hóa số 1");
        var client = await PlanSeed.OfficerAsync(App, commune.Id);

        var response = await client.PostAsync($"/Indicators/{indicator.Id}/Edit", new FormUrlEncodedContent(Fields("5")));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await IndicatorAsync(planId, indicator.Name)).TargetValue.ShouldBe(80m);
    }

    [Fact]
    public async Task Delete_ConfirmsThenDeletes()
    {
        var (_, commune, _) = await App.NewCommuneAsync();
        var planId = await PlanSeed.BuildAsync(App, commune.Id, tasks: 0, indicators: 2);
        var indicator = await IndicatorAsync(planId, "Tỷ lệ hồ sơ được số hóa số 2");
        var client = await PlanSeed.OfficerAsync(App, commune.Id);

        (await client.GetStringAsync($"/Indicators/{indicator.Id}/Delete")).ShouldContain("≥ 80%");
        var response = await WebAppFixture.PostFormAsync(client, $"/Indicators/{indicator.Id}/Delete", new());

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldBe($"/Plans/{planId}#indicators");
        (await App.WithDbAsync(db => db.Indicators.Where(i => i.PlanId == planId).Select(i => i.Name).ToListAsync()))
            .ShouldBe(["Tỷ lệ hồ sơ được số hóa số 1"]);
        (await App.WithDbAsync(db => db.IndicatorLeads.CountAsync(l => l.IndicatorId == indicator.Id))).ShouldBe(0);
    }

    [Fact]
    public async Task IndicatorPages_Anonymous_RedirectToLogin()
    {
        var (_, commune, _) = await App.NewCommuneAsync();
        var planId = await PlanSeed.BuildAsync(App, commune.Id, tasks: 0, indicators: 1);
        var client = App.CreateClient(new() { AllowAutoRedirect = false });

        var response = await client.GetAsync($"/Indicators/Create?planId={planId}");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/Account/Login");
    }
}

public sealed class IndicatorFormTests_Sqlite(SqliteWebApp app) : IndicatorFormTests(app), IClassFixture<SqliteWebApp>;

public sealed class IndicatorFormTests_Postgres(PostgresWebApp app) : IndicatorFormTests(app), IClassFixture<PostgresWebApp>;
