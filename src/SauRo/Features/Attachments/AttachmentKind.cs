using System.IO.Compression;

namespace SauRo.Features.Attachments;

/// <summary>
/// The kinds of file accepted as evidence, recognised by their content (never by their name): PDF, Word (.docx),
/// Excel (.xlsx), JPEG and PNG. Office files are ZIP packages whose parts say what they are; a package with macros
/// (vbaProject.bin) is none of the accepted kinds.
/// </summary>
public sealed record AttachmentKind(string Name, string ContentType, string Extension)
{
    public static readonly AttachmentKind Pdf = new("PDF", "application/pdf", ".pdf");

    public static readonly AttachmentKind Docx = new("Word (.docx)", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx");

    public static readonly AttachmentKind Xlsx = new("Excel (.xlsx)", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx");

    public static readonly AttachmentKind Jpeg = new("JPEG", "image/jpeg", ".jpg");

    public static readonly AttachmentKind Png = new("PNG", "image/png", ".png");

    public static readonly IReadOnlyList<AttachmentKind> All = [Pdf, Docx, Xlsx, Jpeg, Png];

    /// <summary>"PDF, Word (.docx), Excel (.xlsx), JPEG, PNG" for messages.</summary>
    public static string Accepted => string.Join(", ", All.Select(k => k.Name));

    /// <summary>The content type stored for a kind; anything else is served as application/octet-stream.</summary>
    public static string ServedContentType(string stored) =>
        All.FirstOrDefault(k => string.Equals(k.ContentType, stored, StringComparison.Ordinal))?.ContentType ?? "application/octet-stream";

    /// <summary>What the bytes are, or null when they are none of the accepted kinds.</summary>
    public static AttachmentKind? Sniff(byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var span = content.AsSpan();
        if (span.StartsWith("%PDF-"u8))
        {
            return Pdf;
        }

        if (span.StartsWith(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }))
        {
            return Png;
        }

        if (span.StartsWith(new byte[] { 0xFF, 0xD8, 0xFF }))
        {
            return Jpeg;
        }

        return span.StartsWith("PK\u0003\u0004"u8) ? OfficePackage(content) : null;
    }

    /// <summary>Word or Excel by the package's parts (the central directory only: nothing is decompressed).</summary>
    private static AttachmentKind? OfficePackage(byte[] content)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            var names = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.OrdinalIgnoreCase);
            if (!names.Contains("[Content_Types].xml") || names.Any(n => n.EndsWith("vbaProject.bin", StringComparison.OrdinalIgnoreCase)))
            {
                return null;
            }

            return names.Contains("word/document.xml") ? Docx : names.Contains("xl/workbook.xml") ? Xlsx : null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }
}
