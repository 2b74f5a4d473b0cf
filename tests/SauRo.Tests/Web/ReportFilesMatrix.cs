using static SauRo.Tests.Web.Capability;

namespace SauRo.Tests.Web;

/// <summary>
/// The authorization matrix rows of "Xuất báo cáo" (/ReportFiles), spread into <see cref="AuthorizationTable.Entries"/>:
/// the page and both downloads for whoever may see the unit (a commune: its report; a province: the consolidated
/// one), 404 for anyone else; without a unit, the page opens on the user's own place.
/// </summary>
public static class ReportFilesMatrix
{
    public static readonly IReadOnlyList<Entry> Entries =
    [
        new("GET /ReportFiles/Index", SignedIn, Over.Nothing, _ => Get("/ReportFiles")),
        new("GET /ReportFiles/Index", Read, Over.Places, c => Get($"/ReportFiles?unitId={c.Place.Unit.Id}&period={ReportingMatrix.Period}", c.AtPlace)),
        new("GET /ReportFiles/Index ?handler=Docx", Read, Over.Places, c => Get($"/ReportFiles?unitId={c.Place.Unit.Id}&period={ReportingMatrix.Period}&handler=Docx", c.AtPlace)),
        new("GET /ReportFiles/Index ?handler=Xlsx", Read, Over.Places, c => Get($"/ReportFiles?unitId={c.Place.Unit.Id}&period={ReportingMatrix.Period}&handler=Xlsx", c.AtPlace)),
    ];

    private static Task<Probe> Get(string url, Target? target = null) => Task.FromResult(new Probe(HttpMethod.Get, url, target ?? new()));
}
