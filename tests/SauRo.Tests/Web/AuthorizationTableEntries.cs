using System.Text;
using Microsoft.EntityFrameworkCore;
using static SauRo.Tests.Web.Capability;

namespace SauRo.Tests.Web;

/// <summary>
/// The authorization matrix: every endpoint and page handler of the app (by the key <see cref="EndpointDiscovery"/>
/// gives it), what it needs of the user over its target, and how to make its request for a role and a scope. A key
/// may have several rows (the plan list with and without a unit). A new endpoint without a row fails
/// <c>AuthorizationMatrixTests</c>, so that nobody adds one without saying who may use it.
/// </summary>
public static class AuthorizationTable
{
    /// <summary>Endpoints the framework adds without metadata of ours; the fallback policy (signed in) covers them.</summary>
    public static readonly IReadOnlyDictionary<string, string> FrameworkEndpoints = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["GET,HEAD {**path:file}"] = "MapStaticAssets, build output only: wwwroot files added after the build; deny by default (fallback policy).",
    };

    /// <summary>
    /// Answers that differ from the rules, found by the matrix and not fixed yet, as "key [Role, Scope]" with the
    /// reason. The matrix reports them without failing, and fails when one no longer happens (then remove it here).
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> KnownDeviations = new Dictionary<string, string>(StringComparer.Ordinal)
    {
    };

    private const string Edited = "Đã sửa trong kiểm thử quyền";

    public static readonly IReadOnlyList<Entry> Entries =
    [
        // Anyone: signing in, errors, health, the API description, static files.
        new("GET /Account/Login", Anyone, Over.Nothing, _ => Get("/Account/Login")),
        new("POST /Account/Login", Anyone, Over.Nothing, _ => Post("/Account/Login", new())) { EmptyForm = true },
        new("GET /Account/AccessDenied", Anyone, Over.Nothing, _ => Get("/Account/AccessDenied")),
        new("GET /Error", Anyone, Over.Nothing, _ => Get("/Error?code=404")),
        new("POST /Error", Anyone, Over.Nothing, _ => Post("/Error?code=400", new())),
        new("GET /health", Anyone, Over.Nothing, _ => Get("/health")),
        new("GET /openapi/{documentName}.json", Anyone, Over.Nothing, _ => Get("/openapi/v1.json")),
        new(EndpointDiscovery.StaticAssets, Anyone, Over.Nothing, _ => Get("/css/site.css")),
        new("POST /api/v1/auth/login", Anyone, Over.Nothing, c => Api(HttpMethod.Post, "/api/v1/auth/login", new(),
            new { userName = c.Session.UserName ?? c.World.UploaderName, password = WebAppFixture.Password })),

        // Any signed-in user: lists and search show only their units (checked by the page tests).
        new("GET /Index", SignedIn, Over.Nothing, _ => Get("/")),
        new("GET /Search/Index", SignedIn, Over.Nothing, _ => Get("/Search?q=nhi%E1%BB%87m+v%E1%BB%A5")),
        new("GET /Units/Index", SignedIn, Over.Nothing, _ => Get("/Units")),
        new("GET /Plans/Index", SignedIn, Over.Nothing, _ => Get("/Plans")),
        new("GET /Deadlines/Explain", SignedIn, Over.Nothing, _ => Get("/Deadlines/Explain?text=Qu%C3%BD+II&year=2026")),
        new("GET /Account/Logout", SignedIn, Over.Nothing, _ => Get("/Account/Logout")),
        new("POST /Account/Logout", SignedIn, Over.Nothing, _ => Task.FromResult(new Probe(HttpMethod.Post, "/Account/Logout", new())
        {
            Form = [],
            FreshSession = true,
            Read = r => r.Headers.Location?.OriginalString == "/Account/Login" ? Outcome.Allowed : null,
        })),
        new("GET /Import/Index", SignedIn, Over.Nothing, _ => Get("/Import")),
        new("GET /api/v1/units/", SignedIn, Over.Nothing, _ => Get("/api/v1/units")),
        new("GET /api/v1/plans/", SignedIn, Over.Nothing, _ => Get("/api/v1/plans")),
        new("* /api/{**path}", Nobody, Over.Nothing, _ => Get("/api/v1/khong-co-dia-chi-nay")),
        new("GET,HEAD {**path:file}", Nobody, Over.Nothing, _ => Get("/khong-co-tep-nay.txt")),

        // Reading a unit and what belongs to it.
        new("GET /Plans/Index", Read, Over.Places, c => Get($"/Plans?unitId={c.Place.Unit.Id}", c.AtPlace)),
        new("GET /Plans/Details", Read, Over.Places, c => Get($"/Plans/{c.Place.PlanId}", c.AtPlace)),
        new("GET /Tasks/Details", Read, Over.Offices, c => Get($"/Tasks/{c.Task.Id}", c.AtTask)),
        new("GET /Audit/PlanHistory", Read, Over.Places, c => Get($"/Plans/{c.Place.PlanId}/History", c.AtPlace)),
        new("GET /Units/Details", Read, Over.Places, c => Get($"/Units/{c.Place.Unit.Id}", c.AtPlace)),
        new("GET /Units/Details", Read, Over.Offices, c => Get($"/Units/{c.Office.Id}", c.AtOffice)),
        new("GET /api/v1/units/{id:int}", Read, Over.Offices, c => Get($"/api/v1/units/{c.Office.Id}", c.AtOffice)),
        new("GET /api/v1/plans/", Read, Over.Places, c => Get($"/api/v1/plans?unitId={c.Place.Unit.Id}", c.AtPlace)),
        new("GET /api/v1/plans/{id:int}", Read, Over.Places, c => Get($"/api/v1/plans/{c.Place.PlanId}", c.AtPlace)),
        new("GET /api/v1/plans/{planId:int}/indicators", Read, Over.Places, c => Get($"/api/v1/plans/{c.Place.PlanId}/indicators", c.AtPlace)),
        new("GET /api/v1/indicators/{id:int}", Read, Over.Places, c => Get($"/api/v1/indicators/{c.Place.IndicatorId}", c.AtPlace)),
        new("GET /api/v1/plans/{planId:int}/tasks", Read, Over.Places, c => Get($"/api/v1/plans/{c.Place.PlanId}/tasks", c.AtPlace)),
        new("GET /api/v1/tasks/{id:int}", Read, Over.Offices, c => Get($"/api/v1/tasks/{c.Task.Id}", c.AtTask)),

        // Editing a unit's plans: pages (empty forms are refused by validation, so nothing is written)...
        new("GET /Plans/Create", EditPlans, Over.Places, c => Get($"/Plans/Create?unitId={c.Place.Unit.Id}", c.AtPlace)),
        new("POST /Plans/Create", EditPlans, Over.Places, c => Post($"/Plans/Create?unitId={c.Place.Unit.Id}", c.AtPlace, new() { ["Input.UnitId"] = $"{c.Place.Unit.Id}" })) { EmptyForm = true },
        new("GET /Plans/Edit", EditPlans, Over.Places, c => Get($"/Plans/{c.Place.PlanId}/Edit", c.AtPlace)),
        new("POST /Plans/Edit", EditPlans, Over.Places, c => Post($"/Plans/{c.Place.PlanId}/Edit", c.AtPlace)) { EmptyForm = true },
        new("GET /Plans/Delete", EditPlans, Over.Places, c => Get($"/Plans/{c.Place.PlanId}/Delete", c.AtPlace)),
        new("POST /Plans/Delete", EditPlans, Over.Places, async c =>
        {
            var id = await c.World.NewPlanAsync(c.Place);
            return new Probe(HttpMethod.Post, $"/Plans/{id}/Delete", c.AtPlace) { Form = [], Changed = () => c.World.DbAsync(async db => !await db.Plans.AnyAsync(p => p.Id == id)) };
        }),
        new("GET /Indicators/Create", EditPlans, Over.Places, c => Get($"/Indicators/Create?planId={c.Place.PlanId}", c.AtPlace)),
        new("POST /Indicators/Create", EditPlans, Over.Places, c => Post($"/Indicators/Create?planId={c.Place.PlanId}", c.AtPlace)) { EmptyForm = true },
        new("GET /Indicators/Edit", EditPlans, Over.Places, c => Get($"/Indicators/{c.Place.IndicatorId}/Edit", c.AtPlace)),
        new("POST /Indicators/Edit", EditPlans, Over.Places, c => Post($"/Indicators/{c.Place.IndicatorId}/Edit", c.AtPlace)) { EmptyForm = true },
        new("GET /Indicators/Delete", EditPlans, Over.Places, c => Get($"/Indicators/{c.Place.IndicatorId}/Delete", c.AtPlace)),
        new("POST /Indicators/Delete", EditPlans, Over.Places, async c =>
        {
            var id = await c.World.NewIndicatorAsync(c.Place);
            return new Probe(HttpMethod.Post, $"/Indicators/{id}/Delete", c.AtPlace) { Form = [], Changed = () => c.World.DbAsync(async db => !await db.Indicators.AnyAsync(i => i.Id == id)) };
        }),
        new("GET /Tasks/Create", EditPlans, Over.Places, c => Get($"/Tasks/Create?planId={c.Place.PlanId}", c.AtPlace)),
        new("POST /Tasks/Create", EditPlans, Over.Places, c => Post($"/Tasks/Create?planId={c.Place.PlanId}", c.AtPlace)) { EmptyForm = true },
        new("GET /Tasks/Delete", EditPlans, Over.Offices, c => Get($"/Tasks/{c.Task.Id}/Delete", c.AtPlace)),
        new("POST /Tasks/Delete", EditPlans, Over.Offices, async c =>
        {
            var id = await c.World.NewTaskAsync(c.Place, c.Office);
            return new Probe(HttpMethod.Post, $"/Tasks/{id}/Delete", c.AtPlace) { Form = [], Changed = () => c.World.DbAsync(async db => !await db.Tasks.AnyAsync(t => t.Id == id)) };
        }),
        new("POST /Import/Index", EditPlans, Over.Places, c => Task.FromResult(new Probe(HttpMethod.Post, "/Import", c.AtPlace)
        {
            // Not a plan: allowed means the page reads the file and says so; refused means 403 before reading it.
            Form = new() { ["UnitId"] = $"{c.Place.Unit.Id}" },
            File = ("File", "khong-phai-ke-hoach.md", Encoding.UTF8.GetBytes("Chỉ là một dòng chữ.")),
        })),
        new("POST /Import/Preview ?handler=Confirm", EditPlans, Over.Places, async c =>
        {
            var owner = c.Session.UserId ?? c.World.UploaderId;
            var id = await c.World.NewPendingAsync(c.Place, owner);
            return new Probe(HttpMethod.Post, $"/Import/Preview/{id}?handler=Confirm", c.AtPlace with { Owner = owner })
            {
                Form = [],
                Changed = () => c.World.DbAsync(async db => !await db.PendingImports.AnyAsync(p => p.Id == id)),
            };
        }),

        // ... and the API (valid bodies: it validates before it looks at rights).
        new("POST /api/v1/plans/", EditPlans, Over.Places, c => Api(HttpMethod.Post, "/api/v1/plans", c.AtPlace, new { unitId = c.Place.Unit.Id, title = "Kế hoạch tạo qua API" })),
        new("PUT /api/v1/plans/{id:int}", EditPlans, Over.Places, async c =>
        {
            var id = await c.World.NewPlanAsync(c.Place);
            return ApiProbe(HttpMethod.Put, $"/api/v1/plans/{id}", c.AtPlace, new { title = Edited }) with
            {
                Changed = () => c.World.DbAsync(db => db.Plans.AnyAsync(p => p.Id == id && p.Title == Edited)),
            };
        }),
        new("DELETE /api/v1/plans/{id:int}", EditPlans, Over.Places, async c =>
        {
            var id = await c.World.NewPlanAsync(c.Place);
            return ApiProbe(HttpMethod.Delete, $"/api/v1/plans/{id}", c.AtPlace) with
            {
                Changed = () => c.World.DbAsync(async db => !await db.Plans.AnyAsync(p => p.Id == id)),
            };
        }),
        new("POST /api/v1/plans/{planId:int}/indicators", EditPlans, Over.Places, c =>
            Api(HttpMethod.Post, $"/api/v1/plans/{c.Place.PlanId}/indicators", c.AtPlace, new { name = "Chỉ tiêu tạo qua API" })),
        new("PUT /api/v1/indicators/{id:int}", EditPlans, Over.Places, async c =>
        {
            var id = await c.World.NewIndicatorAsync(c.Place);
            return ApiProbe(HttpMethod.Put, $"/api/v1/indicators/{id}", c.AtPlace, new { name = Edited }) with
            {
                Changed = () => c.World.DbAsync(db => db.Indicators.AnyAsync(i => i.Id == id && i.Name == Edited)),
            };
        }),
        new("DELETE /api/v1/indicators/{id:int}", EditPlans, Over.Places, async c =>
        {
            var id = await c.World.NewIndicatorAsync(c.Place);
            return ApiProbe(HttpMethod.Delete, $"/api/v1/indicators/{id}", c.AtPlace) with
            {
                Changed = () => c.World.DbAsync(async db => !await db.Indicators.AnyAsync(i => i.Id == id)),
            };
        }),
        new("POST /api/v1/plans/{planId:int}/tasks", EditPlans, Over.Places, c =>
            Api(HttpMethod.Post, $"/api/v1/plans/{c.Place.PlanId}/tasks", c.AtPlace, new { content = "Nhiệm vụ tạo qua API" })),
        new("DELETE /api/v1/tasks/{id:int}", EditPlans, Over.Offices, async c =>
        {
            var id = await c.World.NewTaskAsync(c.Place, c.Office);
            return ApiProbe(HttpMethod.Delete, $"/api/v1/tasks/{id}", c.AtPlace) with
            {
                Changed = () => c.World.DbAsync(async db => !await db.Tasks.AnyAsync(t => t.Id == id)),
            };
        }),
        new("POST /api/v1/plans/import", EditPlans, Over.Places, c => Task.FromResult(new Probe(HttpMethod.Post, "/api/v1/plans/import?dryRun=true", c.AtPlace)
        {
            Form = new() { ["unitId"] = $"{c.Place.Unit.Id}" },
            File = ("file", "ke-hoach.md", Encoding.UTF8.GetBytes(AuthorizationWorld.PlanText("99"))),
        })),

        // Updating one task: the plan's editors and the lead office's officers.
        new("GET /Tasks/Edit", UpdateTask, Over.Offices, c => Get($"/Tasks/{c.Task.Id}/Edit", c.AtTask)),
        new("POST /Tasks/Edit", UpdateTask, Over.Offices, c => Post($"/Tasks/{c.Task.Id}/Edit", c.AtTask)) { EmptyForm = true },
        new("PUT /api/v1/tasks/{id:int}", UpdateTask, Over.Offices, async c =>
        {
            var id = await c.World.NewTaskAsync(c.Place, c.Office);
            return ApiProbe(HttpMethod.Put, $"/api/v1/tasks/{id}", c.AtPlace with { Lead = [c.Office.Id], Cooperating = [] },
                new { content = Edited, lead = new[] { c.Office.Name } }) with
            {
                Changed = () => c.World.DbAsync(db => db.Tasks.AnyAsync(t => t.Id == id && t.Content == Edited)),
            };
        }),

        // Commenting on a task (an empty comment is refused by validation).
        new("POST /Tasks/Details ?handler=Comment", Comment, Over.Offices, c => Post($"/Tasks/{c.Task.Id}?handler=Comment", c.AtTask, new() { ["Input.Text"] = string.Empty })) { EmptyForm = true },

        // The audit search: the administrator only.
        new("GET /Audit/Index", Admin, Over.Nothing, _ => Get("/Audit?q=ke+hoach")),

        // Units: offices are managed by the administrator and the commune's standing officer; provinces and communes
        // are added and renamed by the administrator.
        new("POST /Units/Details ?handler=Rename", ManageUnit, Over.Offices, c => Post($"/Units/{c.Office.Id}?handler=Rename", c.AtOffice, new() { ["NewName"] = string.Empty })) { EmptyForm = true },
        new("POST /Units/Details ?handler=Rename", Admin, Over.Places, c => Post($"/Units/{c.Place.Unit.Id}?handler=Rename", c.AtPlace, new() { ["NewName"] = string.Empty })) { EmptyForm = true },
        new("POST /Units/Details ?handler=AddAlias", ManageUnit, Over.Offices, c => Post($"/Units/{c.Office.Id}?handler=AddAlias", c.AtOffice, new() { ["Alias"] = string.Empty })) { EmptyForm = true },
        new("POST /Units/Details ?handler=RemoveAlias", ManageUnit, Over.Offices, async c =>
        {
            var id = await c.World.NewAliasAsync(c.Office.Id);
            return new Probe(HttpMethod.Post, $"/Units/{c.Office.Id}?handler=RemoveAlias", c.AtOffice)
            {
                Form = new() { ["aliasId"] = $"{id}" },
                Changed = () => c.World.DbAsync(async db => !await db.UnitAliases.AnyAsync(a => a.Id == id)),
            };
        }),
        new("POST /Units/Details ?handler=Delete", ManageUnit, Over.Places, async c =>
        {
            var office = await c.World.NewOfficeAsync(c.Place);
            return new Probe(HttpMethod.Post, $"/Units/{office.Id}?handler=Delete", new(c.Place.OfficePlace(office)))
            {
                Form = [],
                Changed = () => c.World.DbAsync(async db => !await db.Units.AnyAsync(u => u.Id == office.Id)),
            };
        }),
        new("POST /Units/Details ?handler=AddChild", AddOffice, Over.Places, c => Post($"/Units/{c.Place.Unit.Id}?handler=AddChild", c.AtPlace, new() { ["ChildName"] = string.Empty })) { EmptyForm = true },
        new("PUT /api/v1/units/{id:int}", ManageUnit, Over.Places, async c =>
        {
            var office = await c.World.NewOfficeAsync(c.Place);
            var name = NewName("Cơ quan đổi tên");
            return ApiProbe(HttpMethod.Put, $"/api/v1/units/{office.Id}", new(c.Place.OfficePlace(office)), new { name }) with
            {
                Changed = () => c.World.DbAsync(db => db.Units.AnyAsync(u => u.Id == office.Id && u.Name == name)),
            };
        }),
        new("PUT /api/v1/units/{id:int}", Admin, Over.Places, c =>
        {
            var name = NewName(c.Place.Unit.Name);
            return Task.FromResult(ApiProbe(HttpMethod.Put, $"/api/v1/units/{c.Place.Unit.Id}", c.AtPlace, new { name }) with
            {
                Changed = () => c.World.DbAsync(db => db.Units.AnyAsync(u => u.Id == c.Place.Unit.Id && u.Name == name)),
            });
        }),
        new("POST /api/v1/units/{id:int}/aliases", ManageUnit, Over.Offices, c =>
            Api(HttpMethod.Post, $"/api/v1/units/{c.Office.Id}/aliases", c.AtOffice, new { alias = NewName("Tên gọi khác") })),
        new("DELETE /api/v1/units/{id:int}/aliases/{aliasId:int}", ManageUnit, Over.Offices, async c =>
        {
            var id = await c.World.NewAliasAsync(c.Office.Id);
            return ApiProbe(HttpMethod.Delete, $"/api/v1/units/{c.Office.Id}/aliases/{id}", c.AtOffice) with
            {
                Changed = () => c.World.DbAsync(async db => !await db.UnitAliases.AnyAsync(a => a.Id == id)),
            };
        }),
        new("POST /api/v1/units/", AddOffice, Over.Places, c =>
            Api(HttpMethod.Post, "/api/v1/units", c.AtPlace, new { kind = "office", parentId = c.Place.Unit.Id, name = NewName("Cơ quan mới") })),
        new("POST /api/v1/units/", AddProvinceOrCommune, Over.Places, c =>
            Api(HttpMethod.Post, "/api/v1/units", c.AtPlace, new { kind = "commune", parentId = c.Place.At.ProvinceId, name = NewName("Xã mới") })),
        new("POST /api/v1/units/", AddProvinceOrCommune, Over.Nothing, _ =>
            Api(HttpMethod.Post, "/api/v1/units", new(), new { kind = "province", name = NewName("Tỉnh mới") })),

        // Accounts: the administrator everywhere, the standing officer for the commune's offices; everyone their own password.
        new("GET /Account/ChangePassword", SignedIn, Over.Nothing, _ => Get("/Account/ChangePassword")),
        new("POST /Account/ChangePassword", SignedIn, Over.Nothing, _ => Post("/Account/ChangePassword", new())) { EmptyForm = true },
        new("GET /Accounts/Index", AccountManager, Over.Nothing, _ => Get("/Accounts")),
        new("GET /Accounts/Create", AccountManager, Over.Nothing, _ => Get("/Accounts/Create")),
        new("POST /Accounts/Create", ManageAccount, Over.Offices, c =>
        {
            var userName = $"moi{Guid.NewGuid():N}"[..14];
            return Task.FromResult(new Probe(HttpMethod.Post, "/Accounts/Create", c.AtOffice)
            {
                // A form refused by validation (a unit one may not manage) writes nothing: the account must exist after.
                Form = new()
                {
                    ["Input.UserName"] = userName,
                    ["Input.FullName"] = "Cán bộ mới",
                    ["Input.UnitId"] = $"{c.Office.Id}",
                    ["Input.Role"] = c.Place.AccountRole.ToString(),
                },
                Changed = () => c.World.DbAsync(db => db.Users.AnyAsync(u => u.UserName == userName)),
            });
        }),
        new("GET /Accounts/Bulk", ManageAccount, Over.Communes, c => Get($"/Accounts/Bulk?communeId={c.Place.Unit.Id}", new(c.Place.OfficePlace(c.Place.OfficeA)))),
        new("POST /Accounts/Bulk", ManageAccount, Over.Communes, c =>
        {
            var userName = $"moi{Guid.NewGuid():N}"[..14];
            return Task.FromResult(new Probe(HttpMethod.Post, $"/Accounts/Bulk?communeId={c.Place.Unit.Id}", new(c.Place.OfficePlace(c.Place.OfficeA)))
            {
                Form = new()
                {
                    ["CommuneId"] = $"{c.Place.Unit.Id}",
                    ["Rows[0].UnitId"] = $"{c.Place.OfficeA.Id}",
                    ["Rows[0].Selected"] = "true",
                    ["Rows[0].UserName"] = userName,
                    ["Rows[0].FullName"] = "Cán bộ mới",
                },
                Changed = () => c.World.DbAsync(db => db.Users.AnyAsync(u => u.UserName == userName)),
            });
        }),
        new("GET /Accounts/ResetPassword", ManageAccount, Over.Offices, c => Get($"/Accounts/{c.Account}/ResetPassword", c.AtOffice)),
        new("POST /Accounts/ResetPassword", ManageAccount, Over.Offices, async c =>
        {
            var id = await c.World.NewAccountAsync(c.Place, c.Office);
            var stamp = (await c.World.AccountAsync(id)).SecurityStamp;
            return new Probe(HttpMethod.Post, $"/Accounts/{id}/ResetPassword", c.AtOffice)
            {
                Form = [],
                Changed = async () => (await c.World.AccountAsync(id)).SecurityStamp != stamp,
            };
        }),
        new("GET /Accounts/Deactivate", ManageAccount, Over.Offices, c => Get($"/Accounts/{c.Account}/Deactivate", c.AtOffice)),
        new("POST /Accounts/Deactivate", ManageAccount, Over.Offices, async c =>
        {
            var id = await c.World.NewAccountAsync(c.Place, c.Office);
            return new Probe(HttpMethod.Post, $"/Accounts/{id}/Deactivate", c.AtOffice)
            {
                Form = [],
                Changed = async () => (await c.World.AccountAsync(id)).LockoutEnd is not null,
            };
        }),
        new("GET /Accounts/Reactivate", ManageAccount, Over.Offices, c => Get($"/Accounts/{c.Account}/Reactivate", c.AtOffice)),
        new("POST /Accounts/Reactivate", ManageAccount, Over.Offices, async c =>
        {
            var id = await c.World.NewAccountAsync(c.Place, c.Office, deactivated: true);
            return new Probe(HttpMethod.Post, $"/Accounts/{id}/Reactivate", c.AtOffice)
            {
                Form = [],
                Changed = async () => (await c.World.AccountAsync(id)).LockoutEnd is null,
            };
        }),

        // Pending imports belong to the user who uploaded them.
        new("GET /Import/Preview", Uploader, Over.Places, async c =>
        {
            var owner = c.Session.UserId ?? c.World.UploaderId;
            return await Get($"/Import/Preview/{await c.World.NewPendingAsync(c.Place, owner)}", c.AtPlace with { Owner = owner });
        }),
        new("GET /Import/Preview", Uploader, Over.Places, async c =>
            await Get($"/Import/Preview/{await c.World.NewPendingAsync(c.Place, c.World.UploaderId)}", c.AtPlace with { Owner = c.World.UploaderId })),
        new("POST /Import/Preview ?handler=Confirm", Uploader, Over.Places, async c => await Pending(c, c.World.UploaderId, "Confirm")),
        new("POST /Import/Preview ?handler=Cancel", Uploader, Over.Places, async c => await Pending(c, c.Session.UserId ?? c.World.UploaderId, "Cancel")),
        new("POST /Import/Preview ?handler=Cancel", Uploader, Over.Places, async c => await Pending(c, c.World.UploaderId, "Cancel")),

        // Notifications: everyone their own; another user's is answered 404. The profile: everyone their own e-mail.
        new("GET /Notifications/Index", SignedIn, Over.Nothing, _ => Get("/Notifications")),
        new("POST /Notifications/Index ?handler=ReadAll", SignedIn, Over.Nothing, _ => Post("/Notifications?handler=ReadAll", new())),
        new("POST /Notifications/Index ?handler=Read", Recipient, Over.Places, async c => await NotificationProbe(c, c.Session.UserId ?? c.World.UploaderId)),
        new("POST /Notifications/Index ?handler=Read", Recipient, Over.Places, async c => await NotificationProbe(c, c.World.UploaderId)),
        new("GET /Account/Profile", SignedIn, Over.Nothing, _ => Get("/Account/Profile")),
        new("POST /Account/Profile", SignedIn, Over.Nothing, _ => Post("/Account/Profile", new(), new() { ["Input.Email"] = "khong-hop-le" })) { EmptyForm = true },

        // Reporting: indicator values, the reporting calendar, periodic reports, completeness.
        .. ReportingMatrix.Entries,

        // Monitoring of tasks: progress updates, attachments, deadline changes, explanations.
        .. MonitoringMatrix.Entries,

        // Dashboards, the lists behind their numbers, saved views.
        .. DashboardMatrix.Entries,

        // Exchange between systems: a commune's file downloaded, imported into a province.
        .. ExchangeMatrix.Entries,

        // Report files: the commune's report and the province's consolidated one, .docx and .xlsx.
        .. ReportFilesMatrix.Entries,
    ];

    /// <summary>The capabilities the rows use; each must have at least one row.</summary>
    public static IReadOnlySet<Capability> Used => Entries.Select(e => e.Needs).ToHashSet();

    private static Task<Probe> Get(string url, Target? target = null) => Task.FromResult(new Probe(HttpMethod.Get, url, target ?? new()));

    private static Task<Probe> Post(string url, Target target, Dictionary<string, string>? form = null) =>
        Task.FromResult(new Probe(HttpMethod.Post, url, target) { Form = form ?? [] });

    private static Task<Probe> Api(HttpMethod method, string url, Target target, object? json = null) =>
        Task.FromResult(ApiProbe(method, url, target, json));

    private static Probe ApiProbe(HttpMethod method, string url, Target target, object? json = null) => new(method, url, target) { Json = json };

    private static async Task<Probe> Pending(ProbeContext c, string owner, string handler)
    {
        var id = await c.World.NewPendingAsync(c.Place, owner);
        return new Probe(HttpMethod.Post, $"/Import/Preview/{id}?handler={handler}", c.AtPlace with { Owner = owner })
        {
            Form = [],
            Changed = () => c.World.DbAsync(async db => !await db.PendingImports.AnyAsync(p => p.Id == id)),
        };
    }

    private static async Task<Probe> NotificationProbe(ProbeContext c, string owner)
    {
        var id = await c.World.DbAsync(async db =>
        {
            var notification = new Data.Entities.Notification
            {
                Key = $"thu-quyen:{Guid.NewGuid():N}",
                UserId = owner,
                Kind = "TaskOverdue",
                Subject = "Quá hạn: nhiệm vụ thử quyền",
                Body = "Thử quyền đánh dấu đã đọc.",
                Link = $"/Tasks/{c.Task.Id}",
                CreatedAt = DateTimeOffset.UtcNow,
            };
            db.Notifications.Add(notification);
            await db.SaveChangesAsync();
            return notification.Id;
        });
        return new Probe(HttpMethod.Post, $"/Notifications?handler=Read&id={id}", c.AtPlace with { Owner = owner })
        {
            Form = [],
            Changed = () => c.World.DbAsync(db => db.Notifications.AnyAsync(n => n.Id == id && n.ReadAt != null)),
        };
    }

    private static string NewName(string prefix) => $"{prefix} {Guid.NewGuid():N}"[..(prefix.Length + 9)];
}
