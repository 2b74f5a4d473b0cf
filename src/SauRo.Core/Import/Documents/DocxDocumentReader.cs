using System.Globalization;
using System.IO.Compression;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;

namespace SauRo.Core.Import.Documents;

/// <summary>
/// Reads a Word file (.docx) into paragraphs and tables in reading order, with automatic numbering written
/// into the text as Word shows it ("1.", "I.", "a)", "1.1.", "-" for bullets). Hostile or broken files give a
/// Vietnamese error, never an exception.
/// </summary>
public static class DocxDocumentReader
{
    private const long LargePartBytes = 1024 * 1024;
    private const long MaxRelationshipsBytes = 1024 * 1024;
    private const string DefaultMainPart = "word/document.xml";

    private const string Corrupt = "Tệp .docx bị hỏng hoặc không phải tệp Word (.docx).";
    private const string Empty = "Tệp .docx rỗng (0 byte), không có nội dung để đọc.";
    private const string NotWord =
        "Tệp không phải tài liệu Word (.docx): trong tệp không có phần nội dung văn bản (word/document.xml).";
    private const string Excel =
        "Tệp này là bảng tính Excel (.xlsx), không phải tài liệu Word (.docx) (có thể đã bị đổi đuôi). Hãy chọn đúng tệp Word.";
    private const string PowerPoint =
        "Tệp này là bài trình chiếu PowerPoint (.pptx), không phải tài liệu Word (.docx) (có thể đã bị đổi đuôi). Hãy chọn đúng tệp Word.";
    private const string Unexpected = "Không đọc được tệp .docx: nội dung tệp Word có cấu trúc không đọc được.";
    private const string Unreadable = "Không đọc được tệp .docx: lỗi khi đọc dữ liệu của tệp.";

    private static readonly CultureInfo Vietnamese = new("vi-VN");

    public static ReadResult<DocumentModel> Read(Stream stream, ReadLimits limits)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(limits);

        MemoryStream? copy = null;
        try
        {
            Stream input;
            if (stream.CanSeek && stream.Position == 0)
            {
                input = stream;
            }
            else
            {
                try
                {
                    copy = CopyBounded(stream, limits.MaxFileBytes);
                }
                catch (Exception ex) when (ex is IOException or NotSupportedException or ObjectDisposedException)
                {
                    return Failure(Unreadable);
                }

                if (copy is null)
                {
                    return Failure(TooLarge(limits));
                }

                input = copy;
            }

            if (input.Length == 0)
            {
                return Failure(Empty);
            }

            if (input.Length > limits.MaxFileBytes)
            {
                return Failure(TooLarge(limits));
            }

            if (Inspect(input, limits) is string problem)
            {
                return Failure(problem);
            }

            input.Position = 0;
            return ReadPackage(input, limits);
        }
        catch (PartTooLargeException)
        {
            return Failure(Bomb(limits));
        }
        catch (Exception ex) when (IsReadError(ex))
        {
            return Failure(Corrupt);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Whatever else a hostile package provokes, the caller gets a message, not an exception.
            return Failure(Unexpected);
        }
        finally
        {
            copy?.Dispose();
        }
    }

    private static ReadResult<DocumentModel> ReadPackage(Stream input, ReadLimits limits)
    {
        MemoryStream? writableCopy = null;
        try
        {
            using var document = Open(input, limits, out writableCopy);
            return ReadDocument(document, limits);
        }
        finally
        {
            writableCopy?.Dispose();
        }
    }

    private static ReadResult<DocumentModel> ReadDocument(WordprocessingDocument document, ReadLimits limits)
    {
        var main = document.MainDocumentPart;
        if (main is null)
        {
            return Failure(NotWord);
        }

        var styles = DocxStyles.Empty;
        if (main.StyleDefinitionsPart is { } stylesPart)
        {
            using var reader = OpenPart(stylesPart, limits);
            styles = DocxStyles.Read(reader);
        }

        DocxNumbering numbering;
        if (main.NumberingDefinitionsPart is { } numberingPart)
        {
            using var reader = OpenPart(numberingPart, limits);
            numbering = DocxNumbering.Read(reader);
        }
        else
        {
            numbering = DocxNumbering.Read(null);
        }

        using var body = OpenPart(main, limits);
        var model = new DocxBodyReader(body, styles, numbering, limits).Read();
        return model is null ? Failure(NotWord) : ReadResult<DocumentModel>.Success(model);
    }

    /// <summary>
    /// Opens the package read-only. A malformed hyperlink address makes System.IO.Packaging refuse the whole
    /// package; then a private writable copy is opened with the bad addresses rewritten (never saved).
    /// </summary>
    private static WordprocessingDocument Open(Stream input, ReadLimits limits, out MemoryStream? writableCopy)
    {
        writableCopy = null;
        try
        {
            return WordprocessingDocument.Open(input, false, new OpenSettings { MaxCharactersInPart = limits.MaxDocxMainPartBytes });
        }
        catch (OpenXmlPackageException ex) when (ex.InnerException is UriFormatException || ex.Message.Contains("URI", StringComparison.Ordinal))
        {
            writableCopy = new MemoryStream();
            input.Position = 0;
            input.CopyTo(writableCopy);
            writableCopy.Position = 0;
            return WordprocessingDocument.Open(writableCopy, true, new OpenSettings
            {
                AutoSave = false,
                MaxCharactersInPart = limits.MaxDocxMainPartBytes,
                RelationshipErrorHandlerFactory = RelationshipErrorHandler.CreateRewriterFactory((_, _, _) => "http://invalid.invalid/"),
            });
        }
    }

    private static XmlReader OpenPart(OpenXmlPart part, ReadLimits limits)
    {
        var limited = new LimitedReadStream(part.GetStream(FileMode.Open, FileAccess.Read), limits.MaxDocxMainPartBytes);
        return DocxXml.Create(limited, limits.MaxDocxMainPartBytes);
    }

    /// <summary>
    /// Looks at the zip directory before any part is inflated: not a zip, not a Word package, or sizes that
    /// only a zip bomb has. Returns the Vietnamese reason, or null when the package may be opened.
    /// </summary>
    private static string? Inspect(Stream input, ReadLimits limits)
    {
        ZipArchive zip;
        try
        {
            input.Position = 0;
            zip = new ZipArchive(input, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException)
        {
            return Corrupt;
        }

        using (zip)
        {
            long total = 0;
            foreach (var entry in zip.Entries)
            {
                var length = entry.Length;
                if (length < 0 || total > long.MaxValue - length)
                {
                    return Bomb(limits);
                }

                total += length;
                if (length > LargePartBytes && length / Math.Max(1, entry.CompressedLength) > limits.MaxDocxCompressionRatio)
                {
                    return Bomb(limits);
                }
            }

            if (total > limits.MaxDocxUncompressedBytes)
            {
                return Bomb(limits);
            }

            var mainName = MainPartName(zip) ?? DefaultMainPart;
            if (mainName.StartsWith("xl/", StringComparison.OrdinalIgnoreCase))
            {
                return Excel;
            }

            if (mainName.StartsWith("ppt/", StringComparison.OrdinalIgnoreCase))
            {
                return PowerPoint;
            }

            var main = FindEntry(zip, mainName) ?? FindEntry(zip, DefaultMainPart);
            if (main is null)
            {
                return FindEntry(zip, "xl/workbook.xml") is not null ? Excel
                    : FindEntry(zip, "ppt/presentation.xml") is not null ? PowerPoint
                    : NotWord;
            }

            return main.Length > limits.MaxDocxMainPartBytes ? Bomb(limits) : null;
        }
    }

    /// <summary>The target of the package's officeDocument relationship (_rels/.rels), if it can be found.</summary>
    private static string? MainPartName(ZipArchive zip)
    {
        var rels = FindEntry(zip, "_rels/.rels");
        if (rels is null || rels.Length > MaxRelationshipsBytes)
        {
            return null;
        }

        try
        {
            using var reader = DocxXml.Create(new LimitedReadStream(rels.Open(), MaxRelationshipsBytes), MaxRelationshipsBytes);
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element
                    && reader.LocalName == "Relationship"
                    && reader.GetAttribute("Type") is string type
                    && type.EndsWith("/officeDocument", StringComparison.Ordinal)
                    && !string.Equals(reader.GetAttribute("TargetMode"), "External", StringComparison.OrdinalIgnoreCase)
                    && reader.GetAttribute("Target") is string target)
                {
                    var name = Uri.UnescapeDataString(target).Replace('\\', '/');
                    while (name.StartsWith('/') || name.StartsWith("./", StringComparison.Ordinal))
                    {
                        name = name[(name[0] == '/' ? 1 : 2)..];
                    }

                    return name;
                }
            }
        }
        catch (Exception ex) when (IsReadError(ex) || ex is PartTooLargeException)
        {
            // A broken relationships part is reported when the package is opened.
        }

        return null;
    }

    private static ZipArchiveEntry? FindEntry(ZipArchive zip, string name)
    {
        foreach (var entry in zip.Entries)
        {
            if (entry.FullName.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return entry;
            }
        }

        return null;
    }

    /// <summary>Copies a stream into memory, or returns null when it is longer than <paramref name="maxBytes"/>.</summary>
    private static MemoryStream? CopyBounded(Stream stream, long maxBytes)
    {
        var copy = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            if (copy.Length + read > maxBytes)
            {
                copy.Dispose();
                return null;
            }

            copy.Write(buffer, 0, read);
        }

        copy.Position = 0;
        return copy;
    }

    private static bool IsReadError(Exception ex) =>
        ex is OpenXmlPackageException
            or InvalidDataException
            or XmlException
            or IOException
            or InvalidOperationException
            or ArgumentException
            or FormatException
            or NotSupportedException
            or UnauthorizedAccessException
            or OverflowException
            or PartTooLargeException;

    private static string TooLarge(ReadLimits limits) =>
        string.Create(Vietnamese, $"Tệp .docx quá lớn: giới hạn là {limits.MaxFileBytes / (1024.0 * 1024):0.#} MB.");

    private static string Bomb(ReadLimits limits) =>
        string.Create(
            Vietnamese,
            $"Tệp .docx có nội dung giải nén quá lớn (giới hạn {limits.MaxDocxUncompressedBytes / (1024.0 * 1024):0.#} MB, tỉ lệ nén tối đa {limits.MaxDocxCompressionRatio}:1): có thể là tệp nén độc hại, không đọc.");

    private static ReadResult<DocumentModel> Failure(string message) => ReadResult<DocumentModel>.Failure(message);

    /// <summary>Thrown when a part inflates to more than it may: the zip directory lied about its sizes.</summary>
    private sealed class PartTooLargeException : Exception
    {
        public PartTooLargeException()
            : base("part too large")
        {
        }

        public PartTooLargeException(string message)
            : base(message)
        {
        }

        public PartTooLargeException(string message, Exception innerException)
            : base(message, innerException)
        {
        }
    }

    /// <summary>A read-only view of a part stream that refuses to deliver more than a set number of bytes.</summary>
    private sealed class LimitedReadStream(Stream inner, long maxBytes) : Stream
    {
        private long _read;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => _read;
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var n = inner.Read(buffer);
            _read += n;
            if (_read > maxBytes)
            {
                throw new PartTooLargeException();
            }

            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
