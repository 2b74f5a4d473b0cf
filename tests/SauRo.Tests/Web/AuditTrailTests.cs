using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SauRo.Core.Plans;
using SauRo.Data.Entities;
using SauRo.Features.Accounts;
using SauRo.Features.Audit;
using static SauRo.Tests.Web.ImportSteps;

namespace SauRo.Tests.Web;

/// <summary>Each kind of write, through the pages and the API, leaves the audit rows that say who changed what.</summary>
public abstract class AuditTrailTests(WebAppFixture app) : ApiTests(app)
{
    private static Dictionary<string, string> TaskFields(int leadOfficeId, string due, string product = "Báo cáo sơ kết") => new()
    {
        ["Input.Appendix"] = "Phụ lục II",
        ["Input.Ordinal"] = "11",
        ["Input.Content"] = "Tổng hợp báo cáo sơ kết chuyển đổi số",
        ["Input.LeadIds"] = leadOfficeId.ToString(),
        ["Input.CooperatingText"] = "Các thôn",
        ["Input.Accountable"] = "Trưởng phòng Văn hóa - Xã hội",
        ["Input.Product"] = product,
        ["Input.DueText"] = due,
        ["Input.BasisText"] = "08-TB/CQTT",
    };

    private static Dictionary<string, string> IndicatorFields(string target) => new()
    {
        ["Input.Appendix"] = "Phụ lục I",
        ["Input.Ordinal"] = "9",
        ["Input.Name"] = "Tỷ lệ hộ gia đình có cáp quang",
        ["Input.Unit"] = "%",
        ["Input.Comparator"] = "AtLeast",
        ["Input.Target"] = target,
        ["Input.LeadText"] = "Phòng Kinh tế",
    };

    private async Task<(Unit Commune, List<Unit> Offices, string User, HttpClient Client)> OfficerAsync()
    {
        var (_, commune, offices) = await App.NewCommuneAsync();
        var user = await App.NewUserAsync(Roles.StandingOfficer, commune.Id);
        return (commune, offices, user, await App.SignedInClientAsync(user));
    }

    [Fact]
    public async Task PlanPages_CreateEditDelete_RecordWhoAndTheValues()
    {
        App.Clock.Set(new DateTimeOffset(2026, 11, 23, 1, 30, 0, TimeSpan.Zero));
        var (commune, _, user, client) = await OfficerAsync();

        (await WebAppFixture.PostFormAsync(client, $"/Plans/Create?unitId={commune.Id}", new()
        {
            ["Input.UnitId"] = commune.Id.ToString(),
            ["Input.Title"] = "Kế hoạch chuyển đổi số quý IV",
            ["Input.Number"] = "21/KH-UBND",
            ["Input.IssuedOn"] = "05/10/2026",
            ["Input.BasesText"] = "Nghị quyết 57-NQ/TW",
        })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var planId = await DbAsync(db => db.Plans.Where(p => p.UnitId == commune.Id).Select(p => p.Id).SingleAsync());

        var created = await AuditAssert.HasEntryAsync(App, AuditedTypes.Plan, planId, AuditAction.Create, user);
        created.At.ShouldBe(App.Clock.GetUtcNow());
        created.UserId.ShouldNotBeNull();
        created.PlanId.ShouldBe(planId);
        created.UnitId.ShouldBe(commune.Id);
        created.Before.ShouldBeNull();
        var values = AuditAssert.After(created);
        values["Title"].ShouldBe("Kế hoạch chuyển đổi số quý IV");
        values["Number"].ShouldBe("21/KH-UBND");
        values["IssuedOn"].ShouldBe("2026-10-05");
        values["UnitId"].ShouldBe(commune.Id.ToString());
        values.ShouldNotContainKey("SearchKey");
        created.Summary.ShouldBe("Thêm kế hoạch «Kế hoạch chuyển đổi số quý IV»");
        var basis = (await DbAsync(db => db.PlanBases.SingleAsync(b => b.PlanId == planId))).Id;
        (await AuditAssert.HasEntryAsync(App, AuditedTypes.PlanBasis, basis, AuditAction.Create, user)).PlanId.ShouldBe(planId);

        (await WebAppFixture.PostFormAsync(client, $"/Plans/{planId}/Edit", new()
        {
            ["Input.Title"] = "Kế hoạch chuyển đổi số quý IV (sửa)",
            ["Input.Number"] = "21/KH-UBND",
            ["Input.IssuedOn"] = "05/10/2026",
            ["Input.BasesText"] = "Nghị quyết 57-NQ/TW",
        })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var edited = await AuditAssert.HasEntryAsync(App, AuditedTypes.Plan, planId, AuditAction.Update, user);
        AuditAssert.Before(edited).ShouldBe(new Dictionary<string, string?> { ["Title"] = "Kế hoạch chuyển đổi số quý IV" });
        AuditAssert.After(edited).ShouldBe(new Dictionary<string, string?> { ["Title"] = "Kế hoạch chuyển đổi số quý IV (sửa)" });
        edited.Summary.ShouldBe("Sửa kế hoạch «Kế hoạch chuyển đổi số quý IV (sửa)»: Tiêu đề");

        (await WebAppFixture.PostFormAsync(client, $"/Plans/{planId}/Delete", new())).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var deleted = await AuditAssert.HasEntryAsync(App, AuditedTypes.Plan, planId, AuditAction.Delete, user);
        deleted.After.ShouldBeNull();
        AuditAssert.Before(deleted)["Title"].ShouldBe("Kế hoạch chuyển đổi số quý IV (sửa)");
        deleted.UnitId.ShouldBe(commune.Id);
        (await DbAsync(db => db.Plans.CountAsync(p => p.Id == planId))).ShouldBe(0);
    }

    [Fact]
    public async Task TaskPages_CreateEditDelete_RecordTheTaskAndOnlyTheRowsThatChanged()
    {
        var (commune, offices, user, client) = await OfficerAsync();
        var planId = await PlanSeed.BuildAsync(App, commune.Id, tasks: 1, indicators: 0);

        (await WebAppFixture.PostFormAsync(client, $"/Tasks/Create?planId={planId}", TaskFields(offices[0].Id, "Theo tiến độ của tỉnh"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var task = await PlanSeed.TaskAsync(App, planId, "11");
        var created = await AuditAssert.HasEntryAsync(App, AuditedTypes.PlanTask, task.Id, AuditAction.Create, user);
        (created.PlanId, created.TaskId, created.UnitId).ShouldBe((planId, task.Id, commune.Id));
        AuditAssert.After(created)["DueText"].ShouldBe("Theo tiến độ của tỉnh");
        AuditAssert.After(created)["Content"].ShouldBe("Tổng hợp báo cáo sơ kết chuyển đổi số");
        created.Summary.ShouldBe("Thêm nhiệm vụ 11 «Tổng hợp báo cáo sơ kết chuyển đổi số»");
        var lead = task.Units.Single(u => u.Role == TaskUnitRole.Lead);
        var leadEntry = await AuditAssert.HasEntryAsync(App, AuditedTypes.TaskUnit, lead.Id, AuditAction.Create, user);
        (leadEntry.PlanId, leadEntry.TaskId, leadEntry.UnitId).ShouldBe((planId, task.Id, commune.Id));
        AuditAssert.After(leadEntry)["Role"].ShouldBe("Lead");
        AuditAssert.After(leadEntry)["UnitId"].ShouldBe(offices[0].Id.ToString());
        leadEntry.Summary.ShouldBe($"Thêm cơ quan chủ trì «{offices[0].Name}»");
        var rowsBefore = await DbAsync(db => db.AuditEntries.CountAsync(e => e.TaskId == task.Id));

        App.Clock.Advance(TimeSpan.FromMinutes(5));
        (await WebAppFixture.PostFormAsync(client, $"/Tasks/{task.Id}/Edit", TaskFields(offices[0].Id, "Quý III/2026"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var edited = await AuditAssert.HasEntryAsync(App, AuditedTypes.PlanTask, task.Id, AuditAction.Update, user);
        edited.At.ShouldBe(App.Clock.GetUtcNow());
        var before = AuditAssert.Before(edited);
        var after = AuditAssert.After(edited);
        (before["DueText"], after["DueText"]).ShouldBe(("Theo tiến độ của tỉnh", "Quý III/2026"));
        (before["DueKind"], after["DueKind"]).ShouldBe(("Unknown", "Quarter"));
        (before["DueEnd"], after["DueEnd"]).ShouldBe((null, "2026-09-30"));
        after.Keys.ShouldNotContain("Content");
        after.Keys.ShouldNotContain("UpdatedAt");
        // The form replaces offices and documents wholesale; the ones that stayed the same are not changes.
        (await DbAsync(db => db.AuditEntries.CountAsync(e => e.TaskId == task.Id))).ShouldBe(rowsBefore + 1);

        var fields = TaskFields(offices[0].Id, "Quý III/2026");
        fields["Input.CooperatingText"] = "Các thôn\nCông an xã";
        (await WebAppFixture.PostFormAsync(client, $"/Tasks/{task.Id}/Edit", fields)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var added = (await DbAsync(db => db.AuditEntries.Where(e => e.TaskId == task.Id && e.EntityType == AuditedTypes.TaskUnit && e.Action == AuditAction.Create)
            .OrderBy(e => e.Id).ToListAsync())).Last();
        added.Summary.ShouldBe("Thêm cơ quan phối hợp «Công an xã»");
        AuditAssert.After(added)["Position"].ShouldBe("1");

        (await WebAppFixture.PostFormAsync(client, $"/Tasks/{task.Id}/Delete", new())).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var deleted = await AuditAssert.HasEntryAsync(App, AuditedTypes.PlanTask, task.Id, AuditAction.Delete, user);
        AuditAssert.Before(deleted)["DueText"].ShouldBe("Quý III/2026");
        (deleted.PlanId, deleted.UnitId).ShouldBe((planId, commune.Id));
        deleted.Summary.ShouldBe("Xóa nhiệm vụ 11 «Tổng hợp báo cáo sơ kết chuyển đổi số»");
    }

    [Fact]
    public async Task IndicatorPages_CreateEditDelete_RecordTargetsInvariantly()
    {
        var (commune, _, user, client) = await OfficerAsync();
        var planId = await PlanSeed.BuildAsync(App, commune.Id, tasks: 0, indicators: 1);

        (await WebAppFixture.PostFormAsync(client, $"/Indicators/Create?planId={planId}", IndicatorFields("17,5"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var id = await DbAsync(db => db.Indicators.Where(i => i.PlanId == planId && i.Name == "Tỷ lệ hộ gia đình có cáp quang").Select(i => i.Id).SingleAsync());
        var created = await AuditAssert.HasEntryAsync(App, AuditedTypes.Indicator, id, AuditAction.Create, user);
        AuditAssert.After(created)["TargetValue"].ShouldBe("17.5");
        AuditAssert.After(created)["Comparator"].ShouldBe("AtLeast");
        (created.PlanId, created.IndicatorId, created.UnitId).ShouldBe((planId, id, commune.Id));

        (await WebAppFixture.PostFormAsync(client, $"/Indicators/{id}/Edit", IndicatorFields("1.250"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var edited = await AuditAssert.HasEntryAsync(App, AuditedTypes.Indicator, id, AuditAction.Update, user);
        decimal.Parse(AuditAssert.Before(edited)["TargetValue"]!, System.Globalization.CultureInfo.InvariantCulture).ShouldBe(17.5m);
        decimal.Parse(AuditAssert.After(edited)["TargetValue"]!, System.Globalization.CultureInfo.InvariantCulture).ShouldBe(1250m);

        (await WebAppFixture.PostFormAsync(client, $"/Indicators/{id}/Delete", new())).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var deleted = await AuditAssert.HasEntryAsync(App, AuditedTypes.Indicator, id, AuditAction.Delete, user);
        AuditAssert.Before(deleted)["Name"].ShouldBe("Tỷ lệ hộ gia đình có cáp quang");
    }

    [Fact]
    public async Task Api_Writes_AreRecordedUnderTheBearerUser()
    {
        var (_, commune, offices) = await App.NewCommuneAsync();
        var user = await App.NewUserAsync(Roles.StandingOfficer, commune.Id);
        var client = await BearerClientAsync(user);

        var planId = await CreatePlanAsync(client, commune.Id, "Kế hoạch qua API");
        (await AuditAssert.HasEntryAsync(App, AuditedTypes.Plan, planId, AuditAction.Create, user)).UnitId.ShouldBe(commune.Id);

        var taskId = await CreateTaskAsync(client, planId, new { content = "Số hóa hồ sơ", due = "Quý II/2026", lead = new[] { offices[0].Name } });
        await AuditAssert.HasEntryAsync(App, AuditedTypes.PlanTask, taskId, AuditAction.Create, user);
        (await client.PutAsJsonAsync($"/api/v1/tasks/{taskId}", new { content = "Số hóa hồ sơ", due = "Quý IV/2026", lead = new[] { offices[0].Name } }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        var edited = await AuditAssert.HasEntryAsync(App, AuditedTypes.PlanTask, taskId, AuditAction.Update, user);
        (AuditAssert.Before(edited)["DueText"], AuditAssert.After(edited)["DueText"]).ShouldBe(("Quý II/2026", "Quý IV/2026"));

        var indicatorId = await CreateIndicatorAsync(client, planId, new { name = "Tỷ lệ dịch vụ công trực tuyến", target = "80%" });
        await AuditAssert.HasEntryAsync(App, AuditedTypes.Indicator, indicatorId, AuditAction.Create, user);
        (await client.DeleteAsync($"/api/v1/indicators/{indicatorId}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await AuditAssert.HasEntryAsync(App, AuditedTypes.Indicator, indicatorId, AuditAction.Delete, user);
        (await client.DeleteAsync($"/api/v1/tasks/{taskId}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await AuditAssert.HasEntryAsync(App, AuditedTypes.PlanTask, taskId, AuditAction.Delete, user);
        (await client.DeleteAsync($"/api/v1/plans/{planId}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        AuditAssert.Before(await AuditAssert.HasEntryAsync(App, AuditedTypes.Plan, planId, AuditAction.Delete, user))["Title"].ShouldBe("Kế hoạch qua API");
    }

    [Fact]
    public async Task ImportPages_Confirm_RecordsTheImportAndEveryNewRecordInThePlan()
    {
        var (commune, _, user, client) = await OfficerAsync();
        var id = await UploadOkAsync(client, commune.Id, Demo(PlanSeed.AnBinh), PlanSeed.AnBinh);
        var preview = await PreviewAsync(client, id);
        (await ConfirmAsync(client, id, ConfirmFields(preview))).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var planId = await DbAsync(db => db.Plans.Where(p => p.UnitId == commune.Id).Select(p => p.Id).SingleAsync());
        var import = await DbAsync(db => db.PlanImports.SingleAsync(i => i.PlanId == planId));
        var entry = await AuditAssert.HasEntryAsync(App, AuditedTypes.PlanImport, import.Id, AuditAction.Create, user);
        entry.Summary.ShouldBe($"Nhập tệp «{PlanSeed.AnBinh}» (thêm 19, sửa 0, bỏ 0)");
        AuditAssert.After(entry)["Sha256"].ShouldBe(import.Sha256);
        await AuditAssert.HasEntryAsync(App, AuditedTypes.Plan, planId, AuditAction.Create, user);
        var tasks = await DbAsync(db => db.Tasks.Where(t => t.PlanId == planId).Select(t => t.Id).ToListAsync());
        var recorded = await DbAsync(db => db.AuditEntries
            .Where(e => e.PlanId == planId && e.EntityType == AuditedTypes.PlanTask && e.Action == AuditAction.Create && e.UserName == user)
            .Select(e => e.EntityId).ToListAsync());
        recorded.Order().ShouldBe(tasks.Select(t => t.ToString()).Order());
        var rows = await DbAsync(db => db.AuditEntries.Where(e => e.PlanId == planId).ToListAsync());
        rows.ShouldAllBe(e => e.UnitId == commune.Id && e.UserName == user);
        rows.ShouldAllBe(e => e.EntityType != nameof(PendingImport));
    }

    [Fact]
    public async Task UnitPage_RenameAndAliases_AreRecorded()
    {
        var (commune, offices, user, client) = await OfficerAsync();
        var office = offices[4];

        (await WebAppFixture.PostFormAsync(client, $"/Units/{office.Id}?handler=Rename", new() { ["NewName"] = "Phòng Kinh tế, Hạ tầng và Đô thị" }, formPage: $"/Units/{office.Id}"))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var renamed = await AuditAssert.HasEntryAsync(App, AuditedTypes.Unit, office.Id, AuditAction.Update, user);
        AuditAssert.Before(renamed).ShouldBe(new Dictionary<string, string?> { ["Name"] = "Phòng Kinh tế" });
        AuditAssert.After(renamed).ShouldBe(new Dictionary<string, string?> { ["Name"] = "Phòng Kinh tế, Hạ tầng và Đô thị" });
        renamed.UnitId.ShouldBe(office.Id);
        renamed.Summary.ShouldBe("Sửa cơ quan, đơn vị «Phòng Kinh tế, Hạ tầng và Đô thị»: Tên");

        (await WebAppFixture.PostFormAsync(client, $"/Units/{office.Id}?handler=AddAlias", new() { ["Alias"] = "Phòng KT-HT-ĐT" }, formPage: $"/Units/{office.Id}"))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var alias = await DbAsync(db => db.UnitAliases.SingleAsync(a => a.UnitId == office.Id));
        var added = await AuditAssert.HasEntryAsync(App, AuditedTypes.UnitAlias, alias.Id, AuditAction.Create, user);
        (AuditAssert.After(added)["Alias"], added.UnitId).ShouldBe(("Phòng KT-HT-ĐT", (int?)office.Id));

        (await WebAppFixture.PostFormAsync(client, $"/Units/{office.Id}?handler=RemoveAlias", new() { ["aliasId"] = alias.Id.ToString() }, formPage: $"/Units/{office.Id}"))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var removed = await AuditAssert.HasEntryAsync(App, AuditedTypes.UnitAlias, alias.Id, AuditAction.Delete, user);
        removed.Summary.ShouldBe("Xóa tên gọi khác «Phòng KT-HT-ĐT»");
        (await DbAsync(db => db.UnitAliases.CountAsync(a => a.UnitId == office.Id))).ShouldBe(0);
        commune.Id.ShouldNotBe(office.Id);
    }

    [Fact]
    public async Task UnitApi_Rename_RecordsTheNameAndTheOldNameKeptAsAlias()
    {
        var admin = await App.NewUserAsync(Roles.Admin, null);
        var client = await BearerClientAsync(admin);
        var (_, _, offices) = await App.NewCommuneAsync();
        var office = offices[0];

        (await client.PutAsJsonAsync($"/api/v1/units/{office.Id}", new { name = "Phòng Văn hóa, Khoa học và Thông tin" })).StatusCode.ShouldBe(HttpStatusCode.OK);

        var renamed = await AuditAssert.HasEntryAsync(App, AuditedTypes.Unit, office.Id, AuditAction.Update, admin);
        AuditAssert.After(renamed)["Name"].ShouldBe("Phòng Văn hóa, Khoa học và Thông tin");
        var alias = await DbAsync(db => db.UnitAliases.SingleAsync(a => a.UnitId == office.Id));
        AuditAssert.After(await AuditAssert.HasEntryAsync(App, AuditedTypes.UnitAlias, alias.Id, AuditAction.Create, admin))["Alias"].ShouldBe("Phòng Văn hóa - Xã hội");
    }

    [Fact]
    public async Task Accounts_CreationRolesAndPasswordChange_AreRecordedWithoutSecrets()
    {
        var (_, commune, _) = await App.NewCommuneAsync();
        var name = await App.NewUserAsync(Roles.Leader, commune.Id);
        var user = await DbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.UserName == name));

        var created = await AuditAssert.HasEntryAsync(App, AuditedTypes.Account, user.Id, AuditAction.Create, AuditText.SystemUser);
        created.UserId.ShouldBeNull();
        created.UnitId.ShouldBe(commune.Id);
        AuditAssert.After(created).ShouldBe(new Dictionary<string, string?>
        {
            ["UnitId"] = commune.Id.ToString(),
            ["FullName"] = "Người thử",
            ["UserName"] = name,
            ["LockoutEnd"] = null,
            ["LockoutEnabled"] = "true",
            ["Password"] = "(đã đặt)",
        }, ignoreOrder: true);
        var role = await AuditAssert.HasEntryAsync(App, AuditedTypes.AccountRole, user.Id, AuditAction.Create);
        AuditAssert.After(role).ShouldBe(new Dictionary<string, string?> { ["Role"] = Roles.Leader });
        role.Summary.ShouldBe($"Gán vai trò «Lãnh đạo» cho tài khoản «{name}»");
        role.UnitId.ShouldBe(commune.Id);

        await using (var scope = App.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var stored = await users.FindByNameAsync(name);
            (await users.ChangePasswordAsync(stored!, WebAppFixture.Password, "mat-khau-moi-456")).Succeeded.ShouldBeTrue();
            (await users.RemoveFromRoleAsync(stored!, Roles.Leader)).Succeeded.ShouldBeTrue();
        }

        var changed = await AuditAssert.HasEntryAsync(App, AuditedTypes.Account, user.Id, AuditAction.Update);
        changed.Summary.ShouldBe($"Đổi mật khẩu tài khoản «{name}»");
        AuditAssert.After(changed).ShouldBe(new Dictionary<string, string?> { ["Password"] = "(đã đổi)" });
        (await AuditAssert.HasEntryAsync(App, AuditedTypes.AccountRole, user.Id, AuditAction.Delete)).Summary.ShouldBe($"Bỏ vai trò «Lãnh đạo» của tài khoản «{name}»");

        var secrets = await DbAsync(db => db.Users.AsNoTracking().Where(u => u.Id == user.Id).Select(u => new[] { u.PasswordHash!, u.SecurityStamp!, u.ConcurrencyStamp! }).SingleAsync());
        var oldSecrets = new[] { user.PasswordHash!, user.SecurityStamp!, user.ConcurrencyStamp! };
        var rows = await DbAsync(db => db.AuditEntries.AsNoTracking().ToListAsync());
        foreach (var text in rows.SelectMany(e => new[] { e.Before, e.After, e.Summary, e.SearchKey }).OfType<string>())
        {
            foreach (var secret in secrets.Concat(oldSecrets))
            {
                text.ShouldNotContain(secret);
            }

            text.ShouldNotContain("PasswordHash");
            text.ShouldNotContain("SecurityStamp");
            text.ShouldNotContain("ConcurrencyStamp");
        }
    }

    [Fact]
    public async Task AccountPages_CreateDeactivateAndPasswordChange_AreRecordedUnderWhoDidThem()
    {
        var (_, commune, offices) = await App.NewCommuneAsync();
        var admin = await App.NewUserAsync(Roles.Admin, null);
        var adminClient = await App.SignedInClientAsync(admin);
        var name = $"lanh-dao-{Guid.NewGuid():N}"[..17];

        (await WebAppFixture.PostFormAsync(adminClient, "/Accounts/Create", new()
        {
            ["Input.UserName"] = name,
            ["Input.FullName"] = "Trần Thị Bình",
            ["Input.UnitId"] = commune.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Role"] = Roles.Leader,
        })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var id = await DbAsync(db => db.Users.Where(u => u.UserName == name).Select(u => u.Id).SingleAsync());
        var created = await AuditAssert.HasEntryAsync(App, AuditedTypes.Account, id, AuditAction.Create, admin);
        (AuditAssert.After(created)["FullName"], AuditAssert.After(created)["Password"], created.UnitId).ShouldBe(("Trần Thị Bình", "(đã đặt)", (int?)commune.Id));
        (await AuditAssert.HasEntryAsync(App, AuditedTypes.AccountRole, id, AuditAction.Create, admin)).Summary.ShouldBe($"Gán vai trò «Lãnh đạo» cho tài khoản «{name}»");

        var officer = await App.NewUserAsync(Roles.OfficeOfficer, offices[1].Id);
        var officerId = await DbAsync(db => db.Users.Where(u => u.UserName == officer).Select(u => u.Id).SingleAsync());
        var standing = await App.NewUserAsync(Roles.StandingOfficer, offices[0].Id);
        (await WebAppFixture.PostFormAsync(await App.SignedInClientAsync(standing), $"/Accounts/{officerId}/Deactivate", [])).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var locked = await AuditAssert.HasEntryAsync(App, AuditedTypes.Account, officerId, AuditAction.Update, standing);
        AuditAssert.Before(locked)["LockoutEnd"].ShouldBeNull();
        AuditAssert.After(locked)["LockoutEnd"].ShouldNotBeNull();
        locked.Summary.ShouldBe($"Sửa tài khoản «{officer}»: Khóa đến");

        var self = await App.NewUserAsync(Roles.OfficeOfficer, offices[2].Id);
        var selfId = await DbAsync(db => db.Users.Where(u => u.UserName == self).Select(u => u.Id).SingleAsync());
        (await WebAppFixture.PostFormAsync(await App.SignedInClientAsync(self), "/Account/ChangePassword", new()
        {
            ["Input.CurrentPassword"] = WebAppFixture.Password,
            ["Input.NewPassword"] = "mat-khau-moi-789",
            ["Input.ConfirmPassword"] = "mat-khau-moi-789",
        })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await AuditAssert.HasEntryAsync(App, AuditedTypes.Account, selfId, AuditAction.Update, self)).Summary.ShouldBe($"Đổi mật khẩu tài khoản «{self}»");

        var hashes = await DbAsync(db => db.Users.Where(u => u.Id == id || u.Id == selfId).Select(u => u.PasswordHash!).ToListAsync());
        var written = await DbAsync(db => db.AuditEntries.Where(e => e.EntityId == id || e.EntityId == selfId).Select(e => (e.Before ?? "") + (e.After ?? "")).ToListAsync());
        written.ShouldAllBe(text => !hashes.Any(h => text.Contains(h)));
    }

    [Fact]
    public async Task SystemWrites_AreRecordedAsTheSystem()
    {
        var (_, commune, _) = await App.NewCommuneAsync();

        var entry = await AuditAssert.HasEntryAsync(App, AuditedTypes.Unit, commune.Id, AuditAction.Create, AuditText.SystemUser);
        entry.UserId.ShouldBeNull();
        AuditAssert.After(entry)["Kind"].ShouldBe("Commune");
        entry.Summary.ShouldBe($"Thêm xã/phường «{commune.Name}»");
    }

    [Fact]
    public async Task FailedSave_LeavesNoAuditRow()
    {
        var (_, _, offices) = await App.NewCommuneAsync();
        await DbAsync(db =>
        {
            db.UnitAliases.Add(new UnitAlias { UnitId = offices[0].Id, Alias = "Phòng VHXH", AliasKey = OfficeNames.Key("Phòng VHXH") });
            return db.SaveChangesAsync();
        });
        var before = await DbAsync(db => db.AuditEntries.CountAsync());

        // The same alias twice breaks the unique index: nothing of the save is kept, its audit rows neither.
        await Should.ThrowAsync<DbUpdateException>(() => DbAsync(db =>
        {
            db.UnitAliases.Add(new UnitAlias { UnitId = offices[1].Id, Alias = "Tên mới", AliasKey = OfficeNames.Key("Tên mới") });
            db.UnitAliases.Add(new UnitAlias { UnitId = offices[0].Id, Alias = "Phòng VHXH", AliasKey = OfficeNames.Key("Phòng VHXH") });
            return db.SaveChangesAsync();
        }));

        (await DbAsync(db => db.AuditEntries.CountAsync())).ShouldBe(before);
        (await DbAsync(db => db.UnitAliases.CountAsync(a => a.UnitId == offices[1].Id))).ShouldBe(0);
    }
}

public sealed class AuditTrailTests_Sqlite(SqliteWebApp app) : AuditTrailTests(app), IClassFixture<SqliteWebApp>;

public sealed class AuditTrailTests_Postgres(PostgresWebApp app) : AuditTrailTests(app), IClassFixture<PostgresWebApp>;
