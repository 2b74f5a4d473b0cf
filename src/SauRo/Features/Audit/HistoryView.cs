using SauRo.Data.Entities;

namespace SauRo.Features.Audit;

/// <summary>
/// What the "Lịch sử" partial (_History.cshtml) shows: entries newest first, and either a link to the whole history
/// (<see cref="AllUrl"/>, for the short history on a plan, task or indicator page) or page links.
/// </summary>
/// <param name="Entries">The entries to show, newest first.</param>
/// <param name="Compact">
/// Short form: creations and deletions show their summary only, updates their changed fields; the full form also lists
/// the values of created and deleted records.
/// </param>
/// <param name="AllUrl">The whole history, linked under a short one.</param>
public sealed record HistoryView(IReadOnlyList<AuditEntry> Entries, bool Compact, string? AllUrl = null)
{
    /// <summary>Shown above the table; null for none (the page has its own heading).</summary>
    public string? Heading { get; init; } = "Lịch sử";

    /// <summary>The page shown (1-based) and the number of pages, for page links.</summary>
    public int Page { get; init; } = 1;

    public int PageCount { get; init; } = 1;

    public int Total { get; init; }

    /// <summary>Whether each entry links to the whole history of its plan (in the administrator's search).</summary>
    public bool LinksPlans { get; init; }

    /// <summary>The address of another page of the same list.</summary>
    public Func<int, string>? PageUrl { get; init; }

    /// <summary>Whether to list the recorded values of an entry (its summary is always shown).</summary>
    public bool ShowsValues(AuditEntry entry) => !Compact || entry.Action == AuditAction.Update;
}
