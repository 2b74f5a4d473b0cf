using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using SauRo.Core.Import;

namespace SauRo.Core.Tests.Import;

/// <summary>
/// Files that cannot be read at all are refused with a Vietnamese message; files read only in part give warnings
/// that name the line. Nothing throws, nothing takes long, memory stays bounded.
/// </summary>
public sealed class BadInputTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sauro-bad-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, byte[] content)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    private static string Refused(string path)
    {
        var watch = Stopwatch.StartNew();
        var result = PlanFileReader.ReadFile(path);
        watch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(10), "đọc tệp xấu không được lâu");
        result.IsSuccess.ShouldBeFalse();
        result.Error.ShouldNotBeNullOrWhiteSpace();
        result.Error.ShouldNotContain("Exception");
        return result.Error!;
    }

    [Fact]
    public void ReadFile_Missing_SaysNotFound() =>
        Refused(Path.Combine(_dir, "khong-co.md")).ShouldStartWith("Không tìm thấy tệp");

    [Fact]
    public void ReadFile_Directory_SaysItIsAFolder() =>
        Refused(_dir).ShouldContain("là một thư mục");

    [Fact]
    public void ReadFile_Empty_SaysEmpty() =>
        Refused(Write("rong.md", [])).ShouldContain("rỗng");

    [Fact]
    public void ReadFile_OnlyWhitespace_SaysEmpty() =>
        Refused(Write("trang.txt", Encoding.UTF8.GetBytes(" \n\t\r\n  "))).ShouldContain("rỗng");

    [Fact]
    public void ReadFile_PdfRenamedToMd_SaysPdf() =>
        Refused(Write("ke-hoach.md", Encoding.ASCII.GetBytes("%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"))).ShouldContain("là PDF");

    [Fact]
    public void ReadFile_Binary_SaysBinary()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        var error = Refused(Write("rac.md", bytes));
        error.ShouldMatch("nhị phân|UTF-8");
    }

    [Fact]
    public void ReadFile_NulBytesInUtf8_SaysBinary() =>
        Refused(Write("nul.txt", Encoding.UTF8.GetBytes("KẾ HOẠCH\0\0\0 abc"))).ShouldContain("nhị phân");

    [Fact]
    public void ReadFile_OldWordDoc_SaysSaveAsDocx() =>
        Refused(Write("cu.doc", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0])).ShouldContain(".docx");

    [Fact]
    public void ReadFile_LegacyVietnameseEncoding_SaysUtf8()
    {
        // "Kế hoạch" in a single-byte code page: not valid UTF-8.
        var bytes = new byte[] { 0x4B, 0xD5, 0x20, 0x68, 0x6F, 0xB9, 0x63, 0x68, 0x0A };
        Refused(Write("tcvn3.txt", bytes)).ShouldContain("UTF-8");
    }

    [Fact]
    public void ReadFile_CorruptDocx_SaysBroken()
    {
        var bytes = new byte[2048];
        Encoding.ASCII.GetBytes("PK\u0003\u0004").CopyTo(bytes, 0);
        new Random(3).NextBytes(bytes.AsSpan(4));
        Refused(Write("hong.docx", bytes)).ShouldContain("docx");
    }

    [Fact]
    public void ReadFile_ZipBombDocx_IsRefusedQuickly()
    {
        var path = Path.Combine(_dir, "bom.docx");
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            var entry = zip.CreateEntry("word/document.xml", CompressionLevel.Fastest);
            using var stream = entry.Open();
            var chunk = new byte[1 << 20];
            Array.Fill(chunk, (byte)' ');
            for (var i = 0; i < 150; i++)
            {
                stream.Write(chunk);
            }
        }

        new FileInfo(path).Length.ShouldBeLessThan(2_000_000);
        var error = Refused(path);
        error.ShouldContain("giải nén");
    }

    [Fact]
    public void ReadFile_Over20Megabytes_IsRefusedBeforeReading()
    {
        var path = Path.Combine(_dir, "lon.md");
        using (var f = File.Create(path))
        {
            f.SetLength(50L * 1024 * 1024);
        }

        Refused(path).ShouldContain("quá lớn (50,0 MB)");
    }

    [Fact]
    public void ReadFile_TextThatIsNotAPlan_SaysNotAPlan() =>
        Refused(Write("thu.txt", Encoding.UTF8.GetBytes("Kính gửi anh chị,\nHẹn gặp lúc 9 giờ sáng mai.\n"))).ShouldContain("không phải kế hoạch");

    [Fact]
    public void ReadFile_FiveMegabyteCell_IsCutWithAWarningAndStaysSmall()
    {
        var sb = new StringBuilder("KẾ HOẠCH\n\nSTT\tNội dung nhiệm vụ\tChủ trì\tThời hạn\n1\t");
        sb.Append('x', 5 * 1024 * 1024);
        sb.Append("\tCông an xã\tTháng 6/2026\n");
        var path = Write("o-lon.md", Encoding.UTF8.GetBytes(sb.ToString()));

        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var watch = Stopwatch.StartNew();
        var result = PlanFileReader.ReadFile(path);
        watch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(10));
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;

        result.IsSuccess.ShouldBeTrue();
        var task = result.Value!.Tasks.ShouldHaveSingleItem();
        task.Content.Length.ShouldBe(20_000);
        task.Lead.ShouldBe(["Công an xã"]);
        result.Value.Warnings.ShouldContain(w => w.StartsWith("Dòng 4: ô thứ 2: nội dung dài"));
        allocated.ShouldBeLessThan(400L * 1024 * 1024, "bộ nhớ dùng phải có giới hạn");
    }

    [Fact]
    public void ReadFile_EndlessContinuationRows_StayLinear()
    {
        var sb = new StringBuilder("KẾ HOẠCH\n\nSTT\tNội dung nhiệm vụ\tChủ trì\tThời hạn\n1\tViệc đầu\tCông an xã\tTháng 6/2026\n");
        for (var i = 0; i < 200_000; i++)
        {
            sb.Append("\tthêm một đoạn nội dung rất dài nữa\t\t\n");
        }

        var path = Write("noi-dai.md", Encoding.UTF8.GetBytes(sb.ToString()));
        var watch = Stopwatch.StartNew();
        var result = PlanFileReader.ReadFile(path);
        watch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(10));
        result.IsSuccess.ShouldBeTrue();
        result.Value!.Tasks.ShouldHaveSingleItem().Content.Length.ShouldBeLessThan(60_000);
        result.Value.Warnings.Count.ShouldBeLessThanOrEqualTo(201);
        result.Value.Warnings[^1].ShouldStartWith("… và ");
    }

    [Fact]
    public void ReadFile_DocxRenamedToMd_IsReadAsDocxWithAWarning()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>""");
            Add(zip, "_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>""");
            Add(zip, "word/document.xml", """<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>KẾ HOẠCH</w:t></w:r></w:p><w:p><w:r><w:t>Chuyển đổi số năm 2026</w:t></w:r></w:p></w:body></w:document>""");
        }

        var result = PlanFileReader.ReadFile(Write("that-ra-la-docx.md", buffer.ToArray()));
        result.Error.ShouldBeNull();
        result.Value!.Header.Title.ShouldBe("Chuyển đổi số năm 2026");
        result.Value.Warnings.ShouldContain(w => w.Contains("nội dung là văn bản Word"));

        static void Add(ZipArchive zip, string name, string text)
        {
            using var s = zip.CreateEntry(name).Open();
            s.Write(Encoding.UTF8.GetBytes(text));
        }
    }
}
