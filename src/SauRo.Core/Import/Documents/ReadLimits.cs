namespace SauRo.Core.Import.Documents;

/// <summary>Bounds that keep reading a hostile file fast and its memory small.</summary>
public sealed record ReadLimits
{
    public static readonly ReadLimits Default = new();

    /// <summary>Largest file accepted (text or .docx). A plan is rarely over 2 MB.</summary>
    public long MaxFileBytes { get; init; } = 20L * 1024 * 1024;

    /// <summary>Longest cell or paragraph kept; the rest is cut with a warning naming the line.</summary>
    public int MaxCellChars { get; init; } = 20_000;

    /// <summary>Largest uncompressed size of all parts of a .docx together (zip-bomb guard).</summary>
    public long MaxDocxUncompressedBytes { get; init; } = 100L * 1024 * 1024;

    /// <summary>Largest uncompressed size of the main document part of a .docx.</summary>
    public long MaxDocxMainPartBytes { get; init; } = 40L * 1024 * 1024;

    /// <summary>Highest compression ratio allowed for one .docx part larger than 1 MB.</summary>
    public int MaxDocxCompressionRatio { get; init; } = 200;

    /// <summary>Most blocks (paragraphs + table rows) read from one document.</summary>
    public int MaxBlocks { get; init; } = 200_000;
}
