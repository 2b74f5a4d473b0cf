using System.Globalization;
using System.Text;
using SauRo.Core.Import.Documents;

namespace SauRo.Core.Import;

/// <summary>
/// Reads a plan file of any accepted kind (.docx, or a .md/.txt export), deciding by its content rather than its
/// name, and refuses with a Vietnamese message what cannot be read at all: empty, binary, PDF, old .doc, not a plan.
/// </summary>
public static class PlanFileReader
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public static ReadResult<ParsedPlan> ReadFile(string path, ReadLimits? limits = null)
    {
        limits ??= ReadLimits.Default;
        var name = Path.GetFileName(path);
        FileInfo info;
        try
        {
            info = new FileInfo(path);
            if (Directory.Exists(path))
            {
                return ReadResult<ParsedPlan>.Failure($"«{name}» là một thư mục, không phải tệp kế hoạch.");
            }

            if (!info.Exists)
            {
                return ReadResult<ParsedPlan>.Failure($"Không tìm thấy tệp «{path}».");
            }

            if (info.Length > limits.MaxFileBytes)
            {
                return ReadResult<ParsedPlan>.Failure(TooLarge(name, info.Length, limits));
            }

            var bytes = File.ReadAllBytes(path);
            return Read(bytes, name, limits);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException
            or System.Security.SecurityException)
        {
            return ReadResult<ParsedPlan>.Failure($"Không mở được tệp «{name}»: không có quyền đọc hoặc tệp đang bị khóa.");
        }
    }

    /// <summary>Reads a plan from the bytes of an uploaded or stored file.</summary>
    public static ReadResult<ParsedPlan> Read(byte[] content, string fileName, ReadLimits? limits = null)
    {
        limits ??= ReadLimits.Default;
        var document = Load(content, fileName, limits);
        if (!document.IsSuccess)
        {
            return ReadResult<ParsedPlan>.Failure(document.Error!);
        }

        var plan = PlanParser.Parse(document.Value!);
        if (!LooksLikePlan(plan))
        {
            return ReadResult<ParsedPlan>.Failure(
                $"Tệp «{fileName}» không phải kế hoạch: không có tiêu đề «KẾ HOẠCH», số kế hoạch, bảng chỉ tiêu hay bảng nhiệm vụ.");
        }

        return ReadResult<ParsedPlan>.Success(plan);
    }

    /// <summary>Turns the bytes into paragraphs and tables, whatever the format.</summary>
    public static ReadResult<DocumentModel> Load(byte[] content, string fileName, ReadLimits limits)
    {
        if (content.Length == 0)
        {
            return ReadResult<DocumentModel>.Failure($"Tệp «{fileName}» rỗng: không có nội dung để đọc.");
        }

        if (content.Length > limits.MaxFileBytes)
        {
            return ReadResult<DocumentModel>.Failure(TooLarge(fileName, content.Length, limits));
        }

        var span = content.AsSpan();
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        if (span.StartsWith("PK\u0003\u0004"u8) || span.StartsWith("PK\u0005\u0006"u8))
        {
            using var stream = new MemoryStream(content, writable: false);
            var docx = DocxDocumentReader.Read(stream, limits);
            if (docx.IsSuccess && extension is not ".docx" and not ".docm" and not ".dotx")
            {
                var warnings = docx.Value!.Warnings.Prepend(new ReadWarning(0, $"tệp có đuôi «{extension}» nhưng nội dung là văn bản Word (.docx); đã đọc như .docx")).ToList();
                return ReadResult<DocumentModel>.Success(docx.Value with { Warnings = warnings });
            }

            return docx;
        }

        if (Refusal(span, fileName) is { } refusal)
        {
            return ReadResult<DocumentModel>.Failure(refusal);
        }

        var text = Decode(content);
        if (text is null)
        {
            return ReadResult<DocumentModel>.Failure(
                $"Tệp «{fileName}» không phải văn bản Unicode (UTF-8): có thể là tệp nhị phân hoặc dùng bảng mã cũ (TCVN3, VNI). Hãy mở bằng Word và lưu thành .docx, hoặc lưu văn bản dạng UTF-8.");
        }

        if (LooksBinary(text))
        {
            return ReadResult<DocumentModel>.Failure($"Tệp «{fileName}» là tệp nhị phân, không phải văn bản kế hoạch.");
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return ReadResult<DocumentModel>.Failure($"Tệp «{fileName}» rỗng: chỉ có khoảng trắng.");
        }

        return ReadResult<DocumentModel>.Success(TextDocumentReader.Read(text, limits));
    }

    private static string? Refusal(ReadOnlySpan<byte> span, string fileName)
    {
        if (span.StartsWith("%PDF"u8))
        {
            return $"Tệp «{fileName}» là PDF, không phải văn bản Word hay văn bản thuần. Hãy dùng bản Word (.docx) của kế hoạch, hoặc xuất ra .txt/.md.";
        }

        if (span.StartsWith(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }))
        {
            return $"Tệp «{fileName}» là Word cũ (.doc) hoặc tệp Word có đặt mật khẩu. Hãy mở bằng Word, bỏ mật khẩu nếu có và lưu thành .docx.";
        }

        if (span.StartsWith("{\\rtf"u8))
        {
            return $"Tệp «{fileName}» là định dạng RTF, chưa được hỗ trợ. Hãy mở bằng Word và lưu thành .docx.";
        }

        if (span.StartsWith(new byte[] { 0x89, 0x50, 0x4E, 0x47 }) || span.StartsWith(new byte[] { 0xFF, 0xD8, 0xFF }) || span.StartsWith("GIF8"u8))
        {
            return $"Tệp «{fileName}» là ảnh, không phải văn bản kế hoạch. Sáu Rõ không đọc chữ trong ảnh.";
        }

        if (span.StartsWith(new byte[] { 0x1F, 0x8B }) || span.StartsWith("Rar!"u8) || span.StartsWith("7z"u8) || span.StartsWith("\u007FELF"u8) || span.StartsWith("MZ"u8))
        {
            return $"Tệp «{fileName}» là tệp nhị phân hoặc tệp nén, không phải văn bản kế hoạch.";
        }

        return null;
    }

    private static string? Decode(byte[] content)
    {
        try
        {
            if (content.AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }))
            {
                return new UTF8Encoding(false, true).GetString(content, 3, content.Length - 3);
            }

            if (content.AsSpan().StartsWith(new byte[] { 0xFF, 0xFE }))
            {
                return new UnicodeEncoding(false, false, true).GetString(content, 2, content.Length - 2);
            }

            if (content.AsSpan().StartsWith(new byte[] { 0xFE, 0xFF }))
            {
                return new UnicodeEncoding(true, false, true).GetString(content, 2, content.Length - 2);
            }

            return new UTF8Encoding(false, true).GetString(content);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>NUL characters, or more than 1% control characters, mean a binary file that happens to decode.</summary>
    private static bool LooksBinary(string text)
    {
        var control = 0;
        foreach (var c in text)
        {
            if (c == '\0')
            {
                return true;
            }

            if (char.IsControl(c) && c is not ('\t' or '\n' or '\r' or '\f' or '\v'))
            {
                control++;
            }
        }

        return control > 8 && control > text.Length / 100;
    }

    private static bool LooksLikePlan(ParsedPlan plan) =>
        plan.Header.HasPlanHeading || plan.Header.Number is not null || plan.Indicators.Count > 0 || plan.Tasks.Count > 0
        || plan.Header.DeclaredIndicators is not null || plan.Header.DeclaredTasks is not null;

    private static string TooLarge(string name, long bytes, ReadLimits limits) =>
        string.Create(Vietnamese, $"Tệp «{name}» quá lớn ({bytes / 1024.0 / 1024.0:0.0} MB); Sáu Rõ đọc kế hoạch tới {limits.MaxFileBytes / 1024 / 1024} MB.");
}
