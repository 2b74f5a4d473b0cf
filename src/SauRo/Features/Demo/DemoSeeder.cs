using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SauRo.Core.Import;
using SauRo.Core.Plans;
using SauRo.Data;
using SauRo.Data.Entities;
using SauRo.Features.Accounts;
using SauRo.Features.Import;

namespace SauRo.Features.Demo;

/// <summary>
/// Fills an empty database with the demo data that ships with the app: the nation, a demo province with three
/// communes and their offices, each commune's plan imported from DemoData/ through the importer with a few progress
/// facts counted from today (<see cref="DemoProgress"/>), and an administrator whose password is written once to the log.
/// </summary>
public sealed class DemoSeeder(
    SauRoDbContext db,
    PlanImporter importer,
    DemoProgress progress,
    UserManager<AppUser> users,
    RoleManager<IdentityRole> roles,
    TimeProvider clock,
    IWebHostEnvironment environment,
    ILogger<DemoSeeder> logger)
{
    public const string AdminUserName = "admin";

    private static readonly (string Commune, UnitKind Kind, string File, string[] Offices)[] Communes =
    [
        ("Xã An Bình", UnitKind.Commune, "ke-hoach-xa-an-binh-2026.md",
            ["Văn phòng HĐND và UBND xã", "Phòng Văn hóa - Xã hội", "Phòng Kinh tế", "Trung tâm Phục vụ hành chính công", "Công an xã", "Trạm Y tế xã", "Ủy ban Mặt trận Tổ quốc xã", "Tổ công nghệ số cộng đồng"]),
        ("Phường Đông Hòa", UnitKind.Commune, "ke-hoach-phuong-dong-hoa-2026.md",
            ["Văn phòng HĐND và UBND phường", "Phòng Văn hóa - Xã hội", "Phòng Kinh tế, Hạ tầng và Đô thị", "Trung tâm Phục vụ hành chính công", "Công an phường", "Tổ công nghệ số cộng đồng"]),
        ("Xã Tân Lập", UnitKind.Commune, "ke-hoach-xa-tan-lap-2026.md",
            ["Văn phòng HĐND và UBND xã", "Phòng Văn hóa - Xã hội", "Phòng Kinh tế", "Trung tâm Phục vụ hành chính công", "Công an xã"]),
    ];

    private static readonly Dictionary<string, string[]> Aliases = new(StringComparer.Ordinal)
    {
        ["Phòng Văn hóa - Xã hội"] = ["Phòng VHXH", "Cơ quan thường trực Ban Chỉ đạo"],
        ["Văn phòng HĐND và UBND xã"] = ["Văn phòng HĐND và UBND", "VP HĐND-UBND xã"],
        ["Văn phòng HĐND và UBND phường"] = ["Văn phòng HĐND và UBND", "VP HĐND-UBND phường"],
    };

    public async Task SeedIfEmptyAsync(CancellationToken cancellation = default)
    {
        if (await db.Units.AnyAsync(cancellation))
        {
            return;
        }

        var now = clock.GetUtcNow();
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }

        var nation = Unit("Việt Nam", UnitKind.Nation, null, now, 0);
        var province = Unit("Tỉnh Lâm Sơn", UnitKind.Province, nation, now, 0);
        db.Units.AddRange(nation, province);
        var communes = new List<(Unit Unit, string File)>();
        for (var c = 0; c < Communes.Length; c++)
        {
            var (name, kind, file, offices) = Communes[c];
            var commune = Unit(name, kind, province, now, c);
            db.Units.Add(commune);
            for (var o = 0; o < offices.Length; o++)
            {
                var office = Unit(offices[o], UnitKind.Office, commune, now, o);
                foreach (var alias in Aliases.GetValueOrDefault(offices[o], []))
                {
                    office.Aliases.Add(new UnitAlias { Alias = alias, AliasKey = OfficeNames.Key(alias) });
                }

                db.Units.Add(office);
            }

            communes.Add((commune, file));
        }

        await db.SaveChangesAsync(cancellation);

        foreach (var (commune, file) in communes)
        {
            var path = Path.Combine(AppContext.BaseDirectory, "DemoData", file);
            if (!File.Exists(path))
            {
                path = Path.Combine(environment.ContentRootPath, "DemoData", file);
            }

            var bytes = await File.ReadAllBytesAsync(path, cancellation);
            var parsed = PlanFileReader.Read(bytes, file);
            if (!parsed.IsSuccess)
            {
                logger.LogError("Không đọc được kế hoạch mẫu {File}: {Error}", file, parsed.Error);
                continue;
            }

            var planId = await importer.ApplyAsync(commune.Id, parsed.Value!, file, bytes, "hệ thống (dữ liệu mẫu)", [], cancellation);
            await progress.SeedAsync(planId, cancellation);
        }

        var password = NewPassword();
        var admin = new AppUser { UserName = AdminUserName, FullName = "Quản trị hệ thống", UnitId = nation.Id };
        var created = await users.CreateAsync(admin, password);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => e.Description)));
        }

        await users.AddToRoleAsync(admin, Roles.Admin);
        logger.LogWarning(
            "Đã tạo dữ liệu mẫu (tỉnh Lâm Sơn, 3 xã/phường, 3 kế hoạch) và tài khoản quản trị. Tên đăng nhập: {User} — mật khẩu: {Password} (chỉ hiện một lần; hãy đổi sau khi đăng nhập).",
            AdminUserName,
            password);
    }

    private static Unit Unit(string name, UnitKind kind, Unit? parent, DateTimeOffset now, int order) => new()
    {
        Name = name,
        NameKey = OfficeNames.Key(name),
        Kind = kind,
        Parent = parent,
        CreatedAt = now,
        SortOrder = order,
    };

    /// <summary>12 characters without look-alikes (no 0/O, 1/l/I), with at least one digit and one lower-case letter.</summary>
    private static string NewPassword()
    {
        const string letters = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ";
        const string digits = "23456789";
        return string.Create(12, 0, static (span, _) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = i switch
                {
                    3 or 8 => digits[RandomNumberGenerator.GetInt32(digits.Length)],
                    5 => letters[RandomNumberGenerator.GetInt32(24)],
                    _ => letters[RandomNumberGenerator.GetInt32(letters.Length)],
                };
            }
        });
    }
}

public static class DemoFeature
{
    public static IServiceCollection AddDemoFeature(this IServiceCollection services) => services.AddScoped<DemoSeeder>().AddScoped<DemoProgress>();
}
