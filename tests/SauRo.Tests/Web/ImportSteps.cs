using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;

namespace SauRo.Tests.Web;

/// <summary>What the import tests do through HTTP, as a browser would: upload, read the preview, confirm.</summary>
internal static partial class ImportSteps
{
    public static byte[] Demo(string file) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "DemoData", file));

    public static string DemoText(string file) => Encoding.UTF8.GetString(Demo(file));

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    /// <summary>POSTs the upload form of /Import.</summary>
    public static Task<HttpResponseMessage> UploadAsync(HttpClient client, int? unitId, byte[]? content, string fileName = "ke-hoach.md")
    {
        var form = new MultipartFormDataContent();
        if (unitId is not null)
        {
            form.Add(new StringContent(unitId.Value.ToString(CultureInfo.InvariantCulture)), "UnitId");
        }

        if (content is not null)
        {
            form.Add(new ByteArrayContent(content), "File", fileName);
        }

        return WebAppFixture.PostMultipartAsync(client, "/Import", form);
    }

    /// <summary>Uploads and returns the id of the pending import the upload redirected to.</summary>
    public static async Task<Guid> UploadOkAsync(HttpClient client, int unitId, byte[] content, string fileName = "ke-hoach.md")
    {
        var response = await UploadAsync(client, unitId, content, fileName);
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, body);
        var location = response.Headers.Location!.ToString();
        location.ShouldStartWith("/Import/Preview/");
        return Guid.Parse(location["/Import/Preview/".Length..], CultureInfo.InvariantCulture);
    }

    public static async Task<string> PreviewAsync(HttpClient client, Guid id)
    {
        var response = await client.GetAsync($"/Import/Preview/{id}");
        var html = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, html);
        return html;
    }

    /// <summary>The office rows of the preview: written name → (row index, selected value).</summary>
    public static Dictionary<string, (int Index, string Selected)> Offices(string html)
    {
        var rows = new Dictionary<string, (int, string)>(StringComparer.Ordinal);
        foreach (Match row in OfficeRow().Matches(html))
        {
            var name = WebUtility.HtmlDecode(row.Groups["name"].Value);
            var index = int.Parse(IndexPattern().Match(row.Value).Groups[1].Value, CultureInfo.InvariantCulture);
            var selected = SelectedPattern().Match(row.Value);
            rows[name] = (index, selected.Success ? WebUtility.HtmlDecode(selected.Groups[1].Value) : string.Empty);
        }

        return rows;
    }

    /// <summary>The fields the preview form sends as shown (every office row with its selected choice), with changes.</summary>
    public static Dictionary<string, string> ConfirmFields(string html, Dictionary<string, string>? choices = null)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, (index, selected)) in Offices(html))
        {
            fields[$"Offices[{index}].Name"] = name;
            fields[$"Offices[{index}].Choice"] = choices is not null && choices.TryGetValue(name, out var choice) ? choice : selected;
        }

        return fields;
    }

    public static Task<HttpResponseMessage> ConfirmAsync(HttpClient client, Guid id, Dictionary<string, string> fields) =>
        WebAppFixture.PostFormAsync(client, $"/Import/Preview/{id}?handler=Confirm", fields, formPage: "/Import");

    /// <summary>The number shown in the preview's counts (data-count="tasks", "added", …).</summary>
    public static int Count(string html, string what)
    {
        var m = Regex.Match(html, $"data-count=\"{what}\">(\\d+)<");
        m.Success.ShouldBeTrue($"no count {what}");
        return int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
    }

    /// <summary>Rows of everything an import may write, to show a refusal wrote nothing.</summary>
    public static Task<Dictionary<string, int>> CountsAsync(WebAppFixture app) => app.WithDbAsync(async db => new Dictionary<string, int>
    {
        ["plans"] = await db.Plans.CountAsync(),
        ["units"] = await db.Units.CountAsync(),
        ["aliases"] = await db.UnitAliases.CountAsync(),
        ["pending"] = await db.PendingImports.CountAsync(),
        ["tasks"] = await db.Tasks.CountAsync(),
        ["indicators"] = await db.Indicators.CountAsync(),
        ["imports"] = await db.PlanImports.CountAsync(),
    });

    [GeneratedRegex("<tr data-office=\"(?<name>[^\"]*)\">.*?</tr>", RegexOptions.Singleline)]
    private static partial Regex OfficeRow();

    [GeneratedRegex("name=\"Offices\\[(\\d+)\\]\\.Name\"")]
    private static partial Regex IndexPattern();

    [GeneratedRegex("<option value=\"([^\"]*)\" selected=\"selected\">")]
    private static partial Regex SelectedPattern();
}
