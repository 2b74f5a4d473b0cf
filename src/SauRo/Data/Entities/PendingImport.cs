namespace SauRo.Data.Entities;

/// <summary>What an upload waiting for confirmation holds.</summary>
public enum PendingImportKind
{
    /// <summary>A plan document (.docx, .md, .txt) for a commune or province: /Import.</summary>
    Plan,

    /// <summary>A commune's exchange file (JSON) for a province: /Exchange/Import.</summary>
    Exchange,
}

/// <summary>An uploaded file waiting for the user to confirm its preview.</summary>
public class PendingImport
{
    public Guid Id { get; set; }

    public PendingImportKind Kind { get; set; } = PendingImportKind.Plan;

    /// <summary>The unit the file goes to: the commune or province of a plan; the province of an exchange file.</summary>
    public int UnitId { get; set; }

    public required string UserId { get; set; }

    public required string FileName { get; set; }

    public required byte[] Content { get; set; }

    public required string Sha256 { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
