using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SauRo.Data.Entities;

namespace SauRo.Tests.Web;

/// <summary>
/// Checks on the audit trail, for any test that writes: <c>await AuditAssert.HasEntryAsync(App, "PlanTask", taskId,
/// AuditAction.Update, userName)</c> returns the entry so that its before and after values can be checked with
/// <see cref="Before"/> and <see cref="After"/>.
/// </summary>
public static class AuditAssert
{
    /// <summary>Every entry of one record, oldest first.</summary>
    public static Task<List<AuditEntry>> EntriesAsync(WebAppFixture app, string entityType, object entityId)
    {
        var id = Convert.ToString(entityId, CultureInfo.InvariantCulture)!;
        return app.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(e => e.EntityType == entityType && e.EntityId == id).OrderBy(e => e.Id).ToListAsync());
    }

    /// <summary>
    /// The latest entry of the record with that action (and that user, when given); fails listing the record's entries
    /// when there is none.
    /// </summary>
    public static async Task<AuditEntry> HasEntryAsync(WebAppFixture app, string entityType, object entityId, AuditAction action, string? userName = null)
    {
        var entries = await EntriesAsync(app, entityType, entityId);
        var match = entries.LastOrDefault(e => e.Action == action && (userName is null || e.UserName == userName));
        match.ShouldNotBeNull(
            $"Không có dòng nhật ký {action} của {entityType} {entityId}{(userName is null ? "" : $" do {userName}")}. Có: "
            + (entries.Count == 0 ? "không dòng nào" : string.Join(" | ", entries.Select(e => $"{e.Action} {e.UserName}: {e.Summary}"))));
        return match;
    }

    /// <summary>Fails when the record has any entry with that action.</summary>
    public static async Task HasNoEntryAsync(WebAppFixture app, string entityType, object entityId, AuditAction action)
    {
        var entries = await EntriesAsync(app, entityType, entityId);
        entries.Where(e => e.Action == action).Select(e => e.Summary).ShouldBeEmpty();
    }

    /// <summary>The recorded old values: strings as they are, numbers and booleans as JSON writes them, null for null.</summary>
    public static Dictionary<string, string?> Before(AuditEntry entry) => Values(entry.Before);

    /// <summary>The recorded new values (see <see cref="Before"/>).</summary>
    public static Dictionary<string, string?> After(AuditEntry entry) => Values(entry.After);

    private static Dictionary<string, string?> Values(string? json)
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (json is null)
        {
            return values;
        }

        using var document = JsonDocument.Parse(json);
        foreach (var p in document.RootElement.EnumerateObject())
        {
            values[p.Name] = p.Value.ValueKind switch
            {
                JsonValueKind.Null => null,
                JsonValueKind.String => p.Value.GetString(),
                _ => p.Value.GetRawText(),
            };
        }

        return values;
    }
}
