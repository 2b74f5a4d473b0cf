namespace SauRo.Data.Entities;

/// <summary>An uploaded plan file waiting for the user to confirm its preview.</summary>
public class PendingImport
{
    public Guid Id { get; set; }

    public int UnitId { get; set; }

    public required string UserId { get; set; }

    public required string FileName { get; set; }

    public required byte[] Content { get; set; }

    public required string Sha256 { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
