using System.Security.Cryptography;
using SauRo.Data.Entities;

namespace SauRo.Features.Attachments;

/// <summary>
/// Turns an uploaded file into an <see cref="Attachment"/> of a unit: at most <see cref="MaxBytes"/>, one of the
/// <see cref="AttachmentKind"/>s by content, the name kept (without folders or control characters, at most 200
/// characters) and given the kind's extension when it has another one. Refusals are Vietnamese sentences.
/// </summary>
public static class AttachmentUpload
{
    public const long MaxBytes = 10L * 1024 * 1024;

    public const int MaxNameLength = 200;

    public static readonly string TooLarge = "Tệp đính kèm vượt quá 10 MB.";

    public sealed record Outcome(Attachment? Attachment, string? Error);

    public static async Task<Outcome> ReadAsync(IFormFile file, int unitId, string uploadedBy, DateTimeOffset now, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(file);
        var name = CleanName(file.FileName);
        if (file.Length > MaxBytes)
        {
            return new(null, TooLarge);
        }

        if (file.Length == 0)
        {
            return new(null, $"Tệp «{name}» rỗng.");
        }

        var content = new byte[file.Length];
        await using (var stream = file.OpenReadStream())
        {
            await stream.ReadExactlyAsync(content, cancellation);
        }

        if (AttachmentKind.Sniff(content) is not { } kind)
        {
            return new(null, $"Tệp «{name}» không phải loại được nhận. Chỉ nhận: {AttachmentKind.Accepted}.");
        }

        if (!string.Equals(Path.GetExtension(name), kind.Extension, StringComparison.OrdinalIgnoreCase)
            && !(kind == AttachmentKind.Jpeg && string.Equals(Path.GetExtension(name), ".jpeg", StringComparison.OrdinalIgnoreCase)))
        {
            name += kind.Extension;
        }

        return new(new Attachment
        {
            FileName = name,
            ContentType = kind.ContentType,
            Size = content.Length,
            Sha256 = Convert.ToHexString(SHA256.HashData(content)),
            Content = content,
            UploadedAt = now,
            UploadedBy = uploadedBy,
            UnitId = unitId,
        }, null);
    }

    /// <summary>The file's own name without any folder, control characters or quotes; "tep-dinh-kem" when nothing is left.</summary>
    public static string CleanName(string? fileName)
    {
        var name = (fileName ?? string.Empty).Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..];
        name = new string(name.Where(c => !char.IsControl(c) && c is not '"' and not '<' and not '>').ToArray()).Trim().Trim('.');
        if (name.Length > MaxNameLength)
        {
            var extension = Path.GetExtension(name);
            name = extension.Length < 16 ? name[..(MaxNameLength - extension.Length)] + extension : name[..MaxNameLength];
        }

        return name.Length == 0 ? "tep-dinh-kem" : name;
    }
}
