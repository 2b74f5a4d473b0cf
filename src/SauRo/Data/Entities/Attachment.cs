namespace SauRo.Data.Entities;

/// <summary>A file attached as evidence. Stored in the database, served only as a download, never as active content.</summary>
public class Attachment
{
    public int Id { get; set; }

    public required string FileName { get; set; }

    public required string ContentType { get; set; }

    public long Size { get; set; }

    public required string Sha256 { get; set; }

    public required byte[] Content { get; set; }

    public DateTimeOffset UploadedAt { get; set; }

    public required string UploadedBy { get; set; }

    /// <summary>The unit whose data this belongs to (for access checks).</summary>
    public int UnitId { get; set; }
}
