using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SauRo.Core.Access;
using SauRo.Core.Plans;
using SauRo.Data;
using SauRo.Data.Entities;
using SauRo.Features.Import;

namespace SauRo.Tests.Web;

/// <summary>
/// A signed-in user of the matrix (or the anonymous visitor): their role, the actor the pure rules see, a cookie client
/// for pages with its antiforgery token, and a bearer client for the API.
/// </summary>
public sealed class Session
{
    public required Role? Role { get; init; }

    public required string? UserName { get; init; }

    public required string? UserId { get; init; }

    /// <summary>The user as <see cref="AccessRules"/> sees them; null for the anonymous visitor.</summary>
    public required Actor? Actor { get; init; }

    public required HttpClient Pages { get; init; }

    public required string Token { get; init; }

    public required HttpClient Api { get; init; }

    public string Name => Role?.ToString() ?? "Anonymous";
}

/// <summary>A task of a place's plan and the offices that lead it and cooperate on it.</summary>
public sealed record TaskRef(int Id, IReadOnlyList<int> Lead, IReadOnlyList<int> Cooperating);

/// <summary>
/// A commune or province of the matrix's world with two offices (A and B), a plan, a task led by A (B cooperating), a
/// task led by B alone, an indicator, and an account in each office (office officer; province officer in a province).
/// </summary>
public sealed record Place(string Name, Unit Unit, UnitPlace At, Unit OfficeA, Unit OfficeB, int PlanId, TaskRef TaskA, TaskRef TaskB, int IndicatorId)
{
    public required IReadOnlyDictionary<int, string> Accounts { get; init; }

    /// <summary>The role an account of one of the place's offices has.</summary>
    public Role AccountRole => At.Level == UnitLevel.Province ? Role.ProvinceOfficer : Role.OfficeOfficer;

    public UnitPlace OfficePlace(Unit office) => new(office.Id, UnitLevel.Office, At.CommuneId, At.ProvinceId);
}

/// <summary>
/// The small world the authorization matrix runs in, built once per test class: province P1 with communes C1 and C2,
/// province P2 with commune C3, each commune and P1 itself with two offices, a plan, tasks and an indicator; one user
/// per role (administrator, province officer of P1, standing officer and leader of C1, office officer of C1's office
/// A); an uploader whose pending imports nobody else may touch. Destructive requests get fresh rows from the
/// <c>New…</c> methods so that one request never spoils the next.
/// </summary>
public sealed class AuthorizationWorld
{
    private readonly WebAppFixture _app;

    private AuthorizationWorld(WebAppFixture app) => _app = app;

    public Place P1 { get; private set; } = null!;

    public Place C1 { get; private set; } = null!;

    public Place C2 { get; private set; } = null!;

    public Place C3 { get; private set; } = null!;

    public Unit P2 { get; private set; } = null!;

    public string UploaderId { get; private set; } = null!;

    public string UploaderName { get; private set; } = null!;

    /// <summary>The anonymous visitor first, then one session per role.</summary>
    public List<Session> Sessions { get; } = [];

    public static async Task<AuthorizationWorld> BuildAsync(WebAppFixture app)
    {
        var world = new AuthorizationWorld(app);
        var tag = Guid.NewGuid().ToString("N")[..6];
        var p1 = await world.NewUnitAsync($"Tỉnh Một {tag}", UnitKind.Province, null);
        world.P2 = await world.NewUnitAsync($"Tỉnh Hai {tag}", UnitKind.Province, null);
        var c1 = await world.NewUnitAsync($"Xã Một {tag}", UnitKind.Commune, p1.Id);
        var c2 = await world.NewUnitAsync($"Xã Hai {tag}", UnitKind.Commune, p1.Id);
        var c3 = await world.NewUnitAsync($"Xã Ba {tag}", UnitKind.Commune, world.P2.Id);
        world.P1 = await world.PlaceAsync("P1", p1, new UnitPlace(p1.Id, UnitLevel.Province, null, p1.Id), "Sở Khoa học và Công nghệ", "Sở Nội vụ");
        world.C1 = await world.PlaceAsync("C1", c1, new UnitPlace(c1.Id, UnitLevel.Commune, c1.Id, p1.Id), "Phòng Văn hóa - Xã hội", "Phòng Kinh tế");
        world.C2 = await world.PlaceAsync("C2", c2, new UnitPlace(c2.Id, UnitLevel.Commune, c2.Id, p1.Id), "Phòng Văn hóa - Xã hội", "Phòng Kinh tế");
        world.C3 = await world.PlaceAsync("C3", c3, new UnitPlace(c3.Id, UnitLevel.Commune, c3.Id, world.P2.Id), "Phòng Văn hóa - Xã hội", "Phòng Kinh tế");

        world.UploaderName = await app.NewUserAsync(nameof(Role.StandingOfficer), c1.Id);
        world.UploaderId = await world.UserIdAsync(world.UploaderName);

        world.Sessions.Add(await world.AnonymousAsync());
        world.Sessions.Add(await world.SignInAsync(Role.Admin, null));
        world.Sessions.Add(await world.SignInAsync(Role.ProvinceOfficer, world.P1.At));
        world.Sessions.Add(await world.SignInAsync(Role.StandingOfficer, world.C1.At));
        world.Sessions.Add(await world.SignInAsync(Role.Leader, world.C1.At));
        world.Sessions.Add(await world.SignInAsync(Role.OfficeOfficer, world.C1.OfficePlace(world.C1.OfficeA)));
        return world;
    }

    /// <summary>
    /// Where a scope takes a role: its own place (the province for the province officer, commune C1 for everyone else),
    /// province P1 above it, commune C2 (another commune of the same province) or commune C3 (another province).
    /// </summary>
    public Place PlaceFor(Session session, Scope scope) => scope switch
    {
        Scope.Own or Scope.OwnOtherOffice => session.Role == Role.ProvinceOfficer ? P1 : C1,
        Scope.ProvinceAbove => P1,
        Scope.OtherUnit => C2,
        Scope.OtherProvince => C3,
        _ => throw new ArgumentOutOfRangeException(nameof(scope)),
    };

    public Task<T> DbAsync<T>(Func<SauRoDbContext, Task<T>> work) => _app.WithDbAsync(work);

    /// <summary>A signed-in client of a new session of the same user (for a request that ends the session).</summary>
    public async Task<(HttpClient Client, string Token)> FreshClientAsync(Session session)
    {
        if (session.UserName is null)
        {
            return (session.Pages, session.Token);
        }

        var client = await _app.SignedInClientAsync(session.UserName);
        return (client, await WebAppFixture.AntiforgeryTokenAsync(client, "/Account/Logout"));
    }

    public Task<int> NewPlanAsync(Place place) => DbAsync(async db =>
    {
        var plan = NewPlan(place.Unit.Id, $"Kế hoạch tạm {Guid.NewGuid():N}"[..24]);
        db.Plans.Add(plan);
        await db.SaveChangesAsync();
        return plan.Id;
    });

    public Task<int> NewTaskAsync(Place place, Unit lead) => DbAsync(async db =>
    {
        var task = NewTask(place.PlanId, 100, "Nhiệm vụ tạm để sửa hoặc xóa", lead, null);
        db.Tasks.Add(task);
        await db.SaveChangesAsync();
        return task.Id;
    });

    public Task<int> NewIndicatorAsync(Place place) => DbAsync(async db =>
    {
        var indicator = NewIndicator(place.PlanId, 100, "Chỉ tiêu tạm để sửa hoặc xóa", place.OfficeA);
        db.Indicators.Add(indicator);
        await db.SaveChangesAsync();
        return indicator.Id;
    });

    public Task<Unit> NewOfficeAsync(Place place) => NewUnitAsync($"Cơ quan tạm {Guid.NewGuid():N}"[..20], UnitKind.Office, place.Unit.Id);

    public Task<int> NewAliasAsync(int unitId) => DbAsync(async db =>
    {
        var text = $"Tên gọi tạm {Guid.NewGuid():N}"[..20];
        var alias = new UnitAlias { UnitId = unitId, Alias = text, AliasKey = OfficeNames.Key(text) };
        db.UnitAliases.Add(alias);
        await db.SaveChangesAsync();
        return alias.Id;
    });

    /// <summary>An upload waiting for confirmation: a one-task plan of its own (new title and number) for the place.</summary>
    public Task<Guid> NewPendingAsync(Place place, string userId) => DbAsync(async db =>
    {
        var content = Encoding.UTF8.GetBytes(PlanText($"{Guid.NewGuid():N}"[..8]));
        var pending = new PendingImport
        {
            Id = Guid.NewGuid(),
            UnitId = place.Unit.Id,
            UserId = userId,
            FileName = "ke-hoach-thu-quyen.md",
            Content = content,
            Sha256 = Convert.ToHexString(SHA256.HashData(content)),
            CreatedAt = _app.Clock.GetUtcNow(),
        };
        db.PendingImports.Add(pending);
        await db.SaveChangesAsync();
        return pending.Id;
    });

    /// <summary>
    /// A new account of the place's kind in <paramref name="office"/>, without a password (nobody signs in with it),
    /// deactivated when asked; its id.
    /// </summary>
    public async Task<string> NewAccountAsync(Place place, Unit office, bool deactivated = false)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser
        {
            UserName = $"tk{Guid.NewGuid():N}"[..14],
            UnitId = office.Id,
            FullName = "Tài khoản thử quyền",
            LockoutEnabled = true,
            LockoutEnd = deactivated ? DateTimeOffset.MaxValue : null,
        };
        var created = await users.CreateAsync(user);
        var role = created.Succeeded ? await users.AddToRoleAsync(user, place.AccountRole.ToString()) : created;
        return role.Succeeded ? user.Id : throw new InvalidOperationException(string.Join("; ", role.Errors.Select(e => e.Description)));
    }

    public Task<AppUser> AccountAsync(string id) => DbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == id));

    /// <summary>A small plan file the importer reads: one task led by "Phòng Văn hóa - Xã hội" (office A of each commune).</summary>
    public static string PlanText(string tag) => $"""
        Số: {tag}/KH-UBND	Xã Thử, ngày 20 tháng 3 năm 2026

        ## KẾ HOẠCH

        ### Kế hoạch thử quyền {tag} năm 2026

        ## Phụ lục II. NHIỆM VỤ

        | STT | Nội dung | Chủ trì | Phối hợp | Thời hạn | Sản phẩm |
        |---|---|---|---|---|---|
        | 1 | Số hóa hồ sơ một cửa | Phòng Văn hóa - Xã hội | | Quý II năm 2026 | Báo cáo |

        """;

    private Task<string> UserIdAsync(string userName) =>
        DbAsync(db => db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync());

    private Task<Unit> NewUnitAsync(string name, UnitKind kind, int? parentId) => DbAsync(async db =>
    {
        var unit = new Unit { Name = name, NameKey = OfficeNames.Key(name), Kind = kind, ParentId = parentId, CreatedAt = _app.Clock.GetUtcNow() };
        db.Units.Add(unit);
        await db.SaveChangesAsync();
        return unit;
    });

    private async Task<Place> PlaceAsync(string name, Unit unit, UnitPlace at, string officeA, string officeB)
    {
        var a = await NewUnitAsync(officeA, UnitKind.Office, unit.Id);
        var b = await NewUnitAsync(officeB, UnitKind.Office, unit.Id);
        var place = await DbAsync(async db =>
        {
            var plan = NewPlan(unit.Id, $"Kế hoạch của {unit.Name}");
            db.Plans.Add(plan);
            await db.SaveChangesAsync();
            var taskA = NewTask(plan.Id, 0, $"Nhiệm vụ do {officeA} chủ trì", a, b);
            var taskB = NewTask(plan.Id, 1, $"Nhiệm vụ do {officeB} chủ trì", b, null);
            var indicator = NewIndicator(plan.Id, 0, "Tỷ lệ hồ sơ được số hóa", a);
            db.Tasks.AddRange(taskA, taskB);
            db.Indicators.Add(indicator);
            await db.SaveChangesAsync();
            return new Place(name, unit, at, a, b, plan.Id,
                new TaskRef(taskA.Id, [a.Id], [b.Id]), new TaskRef(taskB.Id, [b.Id], []), indicator.Id)
            {
                Accounts = new Dictionary<int, string>(),
            };
        });
        return place with { Accounts = new Dictionary<int, string> { [a.Id] = await NewAccountAsync(place, a), [b.Id] = await NewAccountAsync(place, b) } };
    }

    private Plan NewPlan(int unitId, string title)
    {
        var now = _app.Clock.GetUtcNow();
        var plan = new Plan { UnitId = unitId, Title = title, Year = 2026, IssuedOn = "2026-04-15", SearchKey = string.Empty, CreatedAt = now, UpdatedAt = now };
        plan.SearchKey = PlanMapping.PlanSearchKey(plan);
        return plan;
    }

    private PlanTask NewTask(int planId, int position, string content, Unit lead, Unit? cooperating)
    {
        var now = _app.Clock.GetUtcNow();
        var task = new PlanTask
        {
            PlanId = planId,
            Position = position,
            Ordinal = (position + 1).ToString(),
            Content = content,
            Accountable = "Trưởng phòng",
            AccountableExpected = true,
            Product = "Báo cáo",
            DueText = string.Empty,
            DueKind = string.Empty,
            SearchKey = string.Empty,
            CreatedAt = now,
            UpdatedAt = now,
        };
        PlanMapping.SetDue(task, DeadlineParser.Parse("Quý III/2026", 2026));
        task.Units.Add(new TaskUnit { Role = TaskUnitRole.Lead, Position = 0, Name = lead.Name, UnitId = lead.Id });
        if (cooperating is not null)
        {
            task.Units.Add(new TaskUnit { Role = TaskUnitRole.Cooperating, Position = 0, Name = cooperating.Name, UnitId = cooperating.Id });
        }

        task.SearchKey = PlanMapping.TaskSearchKey(task);
        return task;
    }

    private static Indicator NewIndicator(int planId, int position, string name, Unit lead)
    {
        var indicator = new Indicator
        {
            PlanId = planId,
            Position = position,
            Name = name,
            Unit = "%",
            Comparator = nameof(Comparator.AtLeast),
            TargetValue = 80,
            TargetText = "≥ 80",
            Origin = "Table",
            SearchKey = string.Empty,
        };
        indicator.Leads.Add(new IndicatorLead { Position = 0, Name = lead.Name, UnitId = lead.Id });
        indicator.SearchKey = PlanMapping.IndicatorSearchKey(indicator);
        return indicator;
    }

    private async Task<Session> AnonymousAsync()
    {
        var pages = _app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        return new Session
        {
            Role = null,
            UserName = null,
            UserId = null,
            Actor = null,
            Pages = pages,
            Token = await WebAppFixture.AntiforgeryTokenAsync(pages, "/Account/Login"),
            Api = _app.CreateClient(new() { AllowAutoRedirect = false }),
        };
    }

    private async Task<Session> SignInAsync(Role role, UnitPlace? home)
    {
        var name = await _app.NewUserAsync(role.ToString(), home?.Id);
        var pages = await _app.SignedInClientAsync(name);
        var api = _app.CreateClient(new() { AllowAutoRedirect = false });
        var login = await api.PostAsJsonAsync("/api/v1/auth/login", new { userName = name, password = WebAppFixture.Password });
        login.EnsureSuccessStatusCode();
        using (var json = JsonDocument.Parse(await login.Content.ReadAsStringAsync()))
        {
            api.DefaultRequestHeaders.Authorization = new("Bearer", json.RootElement.GetProperty("accessToken").GetString());
        }

        return new Session
        {
            Role = role,
            UserName = name,
            UserId = await UserIdAsync(name),
            Actor = new Actor(new HashSet<Role> { role }, home),
            Pages = pages,
            Token = await WebAppFixture.AntiforgeryTokenAsync(pages, "/Account/Logout"),
            Api = api,
        };
    }
}
