using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using SauRo.Core.Access;
using SauRo.Core.Exchange;
using SauRo.Data.Entities;
using static SauRo.Tests.Web.Capability;

namespace SauRo.Tests.Web;

/// <summary>
/// The authorization matrix rows of the exchange between systems, spread into <see cref="AuthorizationTable.Entries"/>:
/// a commune's file is downloaded by whoever sees the commune; files are imported into a province by its province
/// officer and the administrator; an upload waiting for confirmation is its uploader's. Each import gets a commune of
/// its own name, so that one request never spoils the next.
/// </summary>
public static class ExchangeMatrix
{
    public static readonly IReadOnlyList<Entry> Entries =
    [
        // The download: a province's own place points at its commune C1.
        new("GET /api/v1/exchange/communes/{id:int}", Read, Over.Places, c =>
        {
            var place = c.Place.At.Level == UnitLevel.Province ? c.World.C1 : c.Place;
            return Get($"/api/v1/exchange/communes/{place.Unit.Id}", new(place.At));
        }),

        // The upload page and the upload (a file that is not an exchange file: allowed means the page reads it and says so).
        new("GET /Exchange/Import", ImportExchange, Over.Places, c => Get($"/Exchange/Import?provinceId={ProvinceId(c)}", Province(c))),
        new("POST /Exchange/Import", ImportExchange, Over.Places, c => Task.FromResult(new Probe(HttpMethod.Post, "/Exchange/Import", Province(c))
        {
            Form = new() { ["ProvinceId"] = $"{ProvinceId(c)}" },
            File = ("File", "khong-phai-trao-doi.json", Encoding.UTF8.GetBytes("{\"format\": \"khac\"}")),
        })),

        // The preview is its uploader's; confirming also needs the right to import into the province.
        new("GET /Exchange/Preview", Uploader, Over.Places, async c =>
        {
            var owner = c.Session.UserId ?? c.World.UploaderId;
            return await Get($"/Exchange/Preview/{(await NewPendingAsync(c, owner)).Id}", Province(c) with { Owner = owner });
        }),
        new("GET /Exchange/Preview", Uploader, Over.Places, async c =>
            await Get($"/Exchange/Preview/{(await NewPendingAsync(c, c.World.UploaderId)).Id}", Province(c) with { Owner = c.World.UploaderId })),
        new("POST /Exchange/Preview ?handler=Confirm", ImportExchange, Over.Places, async c =>
        {
            var owner = c.Session.UserId ?? c.World.UploaderId;
            var (id, commune) = await NewPendingAsync(c, owner);
            return new Probe(HttpMethod.Post, $"/Exchange/Preview/{id}?handler=Confirm", Province(c) with { Owner = owner })
            {
                Form = [],
                Changed = () => CommuneExistsAsync(c, commune),
            };
        }),
        new("POST /Exchange/Preview ?handler=Confirm", Uploader, Over.Places, async c => await PendingProbe(c, c.World.UploaderId, "Confirm")),
        new("POST /Exchange/Preview ?handler=Cancel", Uploader, Over.Places, async c => await PendingProbe(c, c.Session.UserId ?? c.World.UploaderId, "Cancel")),
        new("POST /Exchange/Preview ?handler=Cancel", Uploader, Over.Places, async c => await PendingProbe(c, c.World.UploaderId, "Cancel")),

        // The API import: a small valid file of a new commune of the province.
        new("POST /api/v1/exchange/import", ImportExchange, Over.Places, async c =>
        {
            var commune = NewCommuneName();
            return new Probe(HttpMethod.Post, $"/api/v1/exchange/import?provinceId={ProvinceId(c)}", Province(c))
            {
                Form = [],
                File = ("file", "xa.json", FileOf(await ProvinceNameAsync(c), commune)),
                Changed = () => CommuneExistsAsync(c, commune),
            };
        }),
    ];

    /// <summary>The province of the scope's place: P1 for its communes and itself, P2 for commune C3.</summary>
    private static int ProvinceId(ProbeContext c) => c.Place.At.ProvinceId!.Value;

    /// <summary>The province's name as stored now (other rows rename units).</summary>
    private static Task<string> ProvinceNameAsync(ProbeContext c)
    {
        var province = ProvinceId(c);
        return c.World.DbAsync(db => db.Units.Where(u => u.Id == province).Select(u => u.Name).SingleAsync());
    }

    private static Target Province(ProbeContext c) => new(new UnitPlace(ProvinceId(c), UnitLevel.Province, null, ProvinceId(c)));

    private static string NewCommuneName() => $"Xã Trao Đổi {Guid.NewGuid():N}"[..20];

    /// <summary>A one-plan, one-task exchange file of <paramref name="commune"/> in <paramref name="province"/>.</summary>
    private static byte[] FileOf(string province, string commune) => ExchangeJson.Write(new ExchangeDocument
    {
        ExportedAt = new DateTimeOffset(2026, 11, 22, 8, 0, 0, TimeSpan.FromHours(7)),
        Commune = new ExchangeCommune(commune, null, province),
        Plans =
        [
            new ExchangePlan
            {
                Number = "01/KH-BCĐ",
                Year = 2026,
                Title = "Kế hoạch thử quyền",
                Tasks = [new ExchangeTask { Content = "Việc thử quyền", Lead = ["Phòng Văn hóa - Xã hội"], Due = new ExchangeDeadline { Text = "Quý IV/2026" } }],
            },
        ],
    });

    /// <summary>An exchange upload of <paramref name="owner"/> into the scope's province, waiting for confirmation; its id and commune.</summary>
    private static async Task<(Guid Id, string Commune)> NewPendingAsync(ProbeContext c, string owner)
    {
        var commune = NewCommuneName();
        var content = FileOf(await ProvinceNameAsync(c), commune);
        var pending = new PendingImport
        {
            Id = Guid.NewGuid(),
            Kind = PendingImportKind.Exchange,
            UnitId = ProvinceId(c),
            UserId = owner,
            FileName = "xa.json",
            Content = content,
            Sha256 = Convert.ToHexString(SHA256.HashData(content)),
            CreatedAt = new DateTimeOffset(2026, 11, 22, 1, 0, 0, TimeSpan.Zero),
        };
        await c.World.DbAsync(db =>
        {
            db.PendingImports.Add(pending);
            return db.SaveChangesAsync();
        });
        return (pending.Id, commune);
    }

    private static async Task<Probe> PendingProbe(ProbeContext c, string owner, string handler)
    {
        var (id, _) = await NewPendingAsync(c, owner);
        return new Probe(HttpMethod.Post, $"/Exchange/Preview/{id}?handler={handler}", Province(c) with { Owner = owner })
        {
            Form = [],
            Changed = () => c.World.DbAsync(async db => !await db.PendingImports.AnyAsync(p => p.Id == id)),
        };
    }

    private static Task<bool> CommuneExistsAsync(ProbeContext c, string commune)
    {
        var province = ProvinceId(c);
        return c.World.DbAsync(db => db.Units.AnyAsync(u => u.ParentId == province && u.Name == commune));
    }

    private static Task<Probe> Get(string url, Target target) => Task.FromResult(new Probe(HttpMethod.Get, url, target));
}
