namespace SauRo.Data.Entities;

/// <summary>
/// A dashboard filter kept under a name for a unit's dashboard: private to its owner, or shared with everyone who can
/// see the unit. <see cref="Query"/> is the filter's query string as <c>DashboardFilter.ToQuery</c> writes it.
/// </summary>
public class SavedView
{
    public const int MaxNameLength = 100;

    public const int MaxQueryLength = 1000;

    /// <summary>The most views one account keeps for one unit.</summary>
    public const int MaxPerOwnerAndUnit = 30;

    public int Id { get; set; }

    public int UnitId { get; set; }

    public required string Name { get; set; }

    public required string Query { get; set; }

    public required string OwnerId { get; set; }

    public string? OwnerName { get; set; }

    public bool Shared { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
