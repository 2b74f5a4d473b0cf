using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using SauRo.Core.Text;
using SauRo.Data;

namespace SauRo.Features.Audit;

/// <summary>
/// The administrator's search of the whole audit trail: by user, kind of record, dates (Vietnam days) and text
/// (ignoring diacritics, in the summary and the user name), newest first, 50 a page.
/// </summary>
public sealed class IndexModel(SauRoDbContext db) : PageModel
{
    /// <summary>Vietnam keeps UTC+7 all year.</summary>
    private static readonly TimeSpan VietnamOffset = TimeSpan.FromHours(7);

    private static readonly string[] DateFormats = ["dd/MM/yyyy", "d/M/yyyy"];

    [BindProperty(SupportsGet = true, Name = "user")]
    public string? UserName { get; set; }

    [BindProperty(SupportsGet = true, Name = "type")]
    public string? EntityType { get; set; }

    [BindProperty(SupportsGet = true, Name = "from")]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "to")]
    public string? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Text { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public HistoryView? History { get; private set; }

    /// <summary>The kinds of records to choose from: Vietnamese name by recorded type name.</summary>
    public IEnumerable<KeyValuePair<string, string>> Types => AuditText.KnownTypes.OrderBy(t => t.Value, StringComparer.Ordinal);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellation)
    {
        var from = ParseDate(From, "from");
        var to = ParseDate(To, "to");
        if (from is { } f && to is { } t && t < f)
        {
            ModelState.AddModelError("to", "Ngày «đến» phải từ ngày «từ» trở đi.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var entries = db.AuditEntries.AsQueryable();
        if (!string.IsNullOrWhiteSpace(UserName))
        {
            var user = UserName.Trim();
            entries = entries.Where(e => e.UserName == user);
        }

        if (!string.IsNullOrWhiteSpace(EntityType))
        {
            var type = EntityType.Trim();
            entries = entries.Where(e => e.EntityType == type);
        }

        if (from is { } start)
        {
            var since = new DateTimeOffset(start.ToDateTime(TimeOnly.MinValue), VietnamOffset).ToUniversalTime();
            entries = entries.Where(e => e.At >= since);
        }

        if (to is { } end)
        {
            var before = new DateTimeOffset(end.AddDays(1).ToDateTime(TimeOnly.MinValue), VietnamOffset).ToUniversalTime();
            entries = entries.Where(e => e.At < before);
        }

        var folded = VietnameseText.Fold(Text);
        if (folded.Length > 0)
        {
            entries = entries.Where(e => e.SearchKey.Contains(folded));
        }

        History = await AuditHistory.PageAsync(entries, PageNumber, PageUrl, cancellation) with { LinksPlans = true };
        return Page();
    }

    private string PageUrl(int page)
    {
        var query = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["user"] = UserName,
            ["type"] = EntityType,
            ["from"] = From,
            ["to"] = To,
            ["q"] = Text,
            ["p"] = page > 1 ? page.ToString(CultureInfo.InvariantCulture) : null,
        };
        return QueryHelpers.AddQueryString("/Audit", query.Where(kv => !string.IsNullOrWhiteSpace(kv.Value)));
    }

    private DateOnly? ParseDate(string? text, string field)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        ModelState.AddModelError(field, $"«{text.Trim()}» không phải ngày dạng dd/MM/yyyy (ví dụ 05/11/2026).");
        return null;
    }
}
