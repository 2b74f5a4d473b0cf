using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using SauRo.Core.Import.Documents;
using M = SauRo.Core.Import.Documents;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace SauRo.Core.Tests.Fixtures;

/// <summary>How <see cref="DocxBuilder.FromModel"/> writes a model.</summary>
public sealed record DocxBuildOptions
{
    /// <summary>
    /// A first-column cell whose text is a number ("1.", "2", …) is written empty with automatic numbering
    /// (decimal "%1."), restarting per table, so that the reader has to rebuild the label.
    /// </summary>
    public bool AutoNumberFirstColumn { get; init; }

    /// <summary>Marks the first row of each table as a header row repeated on every page (w:tblHeader).</summary>
    public bool MarkHeaderRowsRepeat { get; init; }

    /// <summary>Writes each word as its own run, the way Word splits text after editing.</summary>
    public bool SplitRuns { get; init; }
}

/// <summary>Writes .docx files in memory for tests, and hostile packages that a reader must refuse.</summary>
public static partial class DocxBuilder
{
    public const string WordNamespaces =
        "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
        + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" "
        + "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" "
        + "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" "
        + "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" "
        + "xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\" "
        + "xmlns:v=\"urn:schemas-microsoft-com:vml\" "
        + "xmlns:m=\"http://schemas.openxmlformats.org/officeDocument/2006/math\"";

    private const int AutoNumberAbstractId = 1;

    /// <summary>Writes each paragraph as a w:p and each table as a w:tbl, with heading styles and, if asked, numbering.</summary>
    public static byte[] FromModel(DocumentModel model, DocxBuildOptions? options = null)
    {
        options ??= new DocxBuildOptions();
        var numbering = new List<(int NumId, int Start)>();
        var body = new Body();
        foreach (var block in model.Blocks)
        {
            switch (block)
            {
                case M.Paragraph p:
                    body.Append(BuildParagraph(p.Text, p.Bold, p.HeadingLevel, options));
                    break;
                case M.Table t:
                    body.Append(BuildTable(t, options, numbering));
                    break;
            }
        }

        body.Append(new SectionProperties());

        using var ms = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(ms, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            main.Document = new Document(body);
            var stylesPart = main.AddNewPart<StyleDefinitionsPart>();
            stylesPart.Styles = BuildStyles();
            if (numbering.Count > 0)
            {
                var numberingPart = main.AddNewPart<NumberingDefinitionsPart>();
                numberingPart.Numbering = BuildNumbering(numbering);
            }
        }

        return ms.ToArray();
    }

    /// <summary>
    /// A package from raw WordprocessingML: <paramref name="bodyXml"/> is the content of w:body, the others the
    /// content of w:styles and w:numbering (prefix w:, and the prefixes of <see cref="WordNamespaces"/>).
    /// </summary>
    public static byte[] FromBodyXml(string bodyXml, string? numberingXml = null, string? stylesXml = null)
    {
        using var ms = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(ms, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            Feed(main, $"<w:document {WordNamespaces}><w:body>{bodyXml}</w:body></w:document>");
            if (stylesXml is not null)
            {
                Feed(main.AddNewPart<StyleDefinitionsPart>(), $"<w:styles {WordNamespaces}>{stylesXml}</w:styles>");
            }

            if (numberingXml is not null)
            {
                Feed(main.AddNewPart<NumberingDefinitionsPart>(), $"<w:numbering {WordNamespaces}>{numberingXml}</w:numbering>");
            }
        }

        return ms.ToArray();
    }

    /// <summary>
    /// A package whose word/document.xml inflates to <paramref name="uncompressedBytes"/> of spaces,
    /// written streaming so that even hundreds of megabytes take little memory.
    /// </summary>
    public static byte[] ZipBomb(long uncompressedBytes = 300L * 1024 * 1024)
    {
        using var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
        {
            WriteEntry(zip, "[Content_Types].xml", ContentTypes("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "/word/document.xml"));
            WriteEntry(zip, "_rels/.rels", PackageRels("word/document.xml"));
            var entry = zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize);
            using var s = entry.Open();
            var head = Encoding.UTF8.GetBytes($"<w:document {WordNamespaces}><w:body><w:p><w:r><w:t xml:space=\"preserve\">");
            var tail = Encoding.UTF8.GetBytes("</w:t></w:r></w:p></w:body></w:document>");
            s.Write(head);
            var chunk = new byte[1024 * 1024];
            Array.Fill(chunk, (byte)' ');
            var left = uncompressedBytes - head.Length - tail.Length;
            while (left > 0)
            {
                var n = (int)Math.Min(chunk.Length, left);
                s.Write(chunk, 0, n);
                left -= n;
            }

            s.Write(tail);
        }

        return ms.ToArray();
    }

    /// <summary>
    /// A zip bomb whose directory lies: word/document.xml inflates to <paramref name="actualBytes"/> but the
    /// zip headers declare <paramref name="declaredBytes"/>, so only a reader that counts what it inflates stops it.
    /// </summary>
    public static byte[] LyingZipBomb(long actualBytes, uint declaredBytes = 1000)
    {
        var bytes = ZipBomb(actualBytes);
        SetDeclaredSize(bytes, "word/document.xml", declaredBytes);
        return bytes;
    }

    /// <summary>An .xlsx-like package: a valid zip without word/document.xml.</summary>
    public static byte[] NotWordZip()
    {
        using var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
        {
            WriteEntry(zip, "[Content_Types].xml", ContentTypes("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "/xl/workbook.xml"));
            WriteEntry(zip, "_rels/.rels", PackageRels("xl/workbook.xml"));
            WriteEntry(zip, "xl/workbook.xml", "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheets/></workbook>");
        }

        return ms.ToArray();
    }

    /// <summary>A zip that holds no Office part at all.</summary>
    public static byte[] PlainZip()
    {
        using var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
        {
            WriteEntry(zip, "readme.txt", "không phải Word");
        }

        return ms.ToArray();
    }

    /// <summary>
    /// Adds an external hyperlink relationship with <paramref name="target"/> (which may be a malformed address,
    /// as users type them) to the main part, and a w:hyperlink using it at the end of the body.
    /// </summary>
    public static byte[] WithHyperlink(byte[] docx, string target, string text)
    {
        using var ms = new MemoryStream();
        ms.Write(docx);
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Update, leaveOpen: true))
        {
            const string relsName = "word/_rels/document.xml.rels";
            var rels = zip.GetEntry(relsName) is { } existing ? ReadEntry(existing) : "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"></Relationships>";
            zip.GetEntry(relsName)?.Delete();
            rels = rels.Replace("</Relationships>", "<Relationship Id=\"rIdLink\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink\" "
                + $"Target=\"{System.Security.SecurityElement.Escape(target)}\" TargetMode=\"External\"/></Relationships>", StringComparison.Ordinal);
            WriteEntry(zip, relsName, rels);

            var document = zip.GetEntry("word/document.xml")!;
            var xml = ReadEntry(document);
            document.Delete();
            xml = xml.Replace("</w:body>", $"<w:p><w:hyperlink r:id=\"rIdLink\"><w:r><w:t>{System.Security.SecurityElement.Escape(text)}</w:t></w:r></w:hyperlink></w:p></w:body>", StringComparison.Ordinal);
            WriteEntry(zip, "word/document.xml", xml);
        }

        return ms.ToArray();
    }

    private static string ReadEntry(ZipArchiveEntry entry)
    {
        using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>The first half of a package: the zip directory at its end is lost.</summary>
    public static byte[] Truncated(byte[] docx) => docx[..(docx.Length / 2)];

    /// <summary>Random bytes (fixed seed), not starting with a zip signature.</summary>
    public static byte[] GarbageBytes(int count)
    {
        var bytes = new byte[count];
        new Random(20260410).NextBytes(bytes);
        if (count > 0)
        {
            bytes[0] = (byte)'X';
        }

        return bytes;
    }

    private static W.Paragraph BuildParagraph(string text, bool bold, int? headingLevel, DocxBuildOptions options)
    {
        var paragraph = new W.Paragraph();
        if (headingLevel is int level)
        {
            paragraph.Append(new ParagraphProperties(new ParagraphStyleId { Val = $"Heading{level}" }));
        }

        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                paragraph.Append(new Run(new Break()));
            }

            foreach (var piece in options.SplitRuns ? SplitWords(lines[i]) : [lines[i]])
            {
                var run = new Run();
                if (bold)
                {
                    run.Append(new RunProperties(new Bold()));
                }

                run.Append(new W.Text(piece) { Space = SpaceProcessingModeValues.Preserve });
                paragraph.Append(run);
            }
        }

        return paragraph;
    }

    private static string[] SplitWords(string line)
    {
        var words = WordPieces().Matches(line).Select(m => m.Value).ToArray();
        return words.Length == 0 ? [line] : words;
    }

    [GeneratedRegex(@"\S+\s*|\s+")]
    private static partial Regex WordPieces();

    private static W.Table BuildTable(M.Table table, DocxBuildOptions options, List<(int NumId, int Start)> numbering)
    {
        var columns = table.Rows.Count == 0 ? 1 : table.Rows.Max(r => r.Cells.Count);
        var grid = new TableGrid();
        for (var c = 0; c < columns; c++)
        {
            grid.Append(new GridColumn { Width = "2000" });
        }

        var result = new W.Table(
            new TableProperties(new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4 },
                new BottomBorder { Val = BorderValues.Single, Size = 4 },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 },
                new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 })),
            grid);

        int? numId = null;
        var expected = 0;
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var row = new W.TableRow();
            if (r == 0 && options.MarkHeaderRowsRepeat)
            {
                row.Append(new TableRowProperties(new TableHeader()));
            }

            var cells = table.Rows[r].Cells;
            for (var c = 0; c < cells.Count; c++)
            {
                var cell = cells[c];
                var below = r + 1 < table.Rows.Count && c < table.Rows[r + 1].Cells.Count && table.Rows[r + 1].Cells[c].MergedFromAbove;
                var tc = new W.TableCell();
                if (cell.MergedFromAbove)
                {
                    tc.Append(new TableCellProperties(new VerticalMerge()));
                    tc.Append(new W.Paragraph());
                    row.Append(tc);
                    continue;
                }

                if (below)
                {
                    tc.Append(new TableCellProperties(new VerticalMerge { Val = MergedCellValues.Restart }));
                }

                if (c == 0 && options.AutoNumberFirstColumn && SttNumber(cell.Text) is int number)
                {
                    if (numId is null || number != expected)
                    {
                        numId = numbering.Count + 1;
                        numbering.Add((numId.Value, number));
                    }

                    expected = number + 1;
                    tc.Append(new W.Paragraph(new ParagraphProperties(new NumberingProperties(
                        new NumberingLevelReference { Val = 0 },
                        new NumberingId { Val = numId.Value }))));
                }
                else
                {
                    foreach (var line in cell.Text.Split('\n'))
                    {
                        tc.Append(BuildParagraph(line, cell.Bold, null, options));
                    }
                }

                row.Append(tc);
            }

            result.Append(row);
        }

        return result;
    }

    private static int? SttNumber(string text)
    {
        var digits = text.EndsWith('.') ? text[..^1] : text;
        return digits.Length is > 0 and < 5 && digits.All(char.IsAsciiDigit) ? int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    private static Styles BuildStyles()
    {
        var styles = new Styles(
            new DocDefaults(new RunPropertiesDefault(new RunPropertiesBaseStyle(new RunFonts { Ascii = "Times New Roman", HighAnsi = "Times New Roman" }))),
            new Style(new StyleName { Val = "Normal" }) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true });
        for (var level = 1; level <= 9; level++)
        {
            styles.Append(new Style(
                new StyleName { Val = $"heading {level}" },
                new BasedOn { Val = "Normal" },
                new StyleParagraphProperties(new OutlineLevel { Val = level - 1 }))
            {
                Type = StyleValues.Paragraph,
                StyleId = $"Heading{level}",
            });
        }

        return styles;
    }

    private static Numbering BuildNumbering(List<(int NumId, int Start)> nums)
    {
        var numbering = new Numbering(new AbstractNum(
            new MultiLevelType { Val = MultiLevelValues.SingleLevel },
            new Level(
                new StartNumberingValue { Val = 1 },
                new NumberingFormat { Val = NumberFormatValues.Decimal },
                new LevelText { Val = "%1." },
                new LevelJustification { Val = LevelJustificationValues.Left })
            { LevelIndex = 0 })
        { AbstractNumberId = AutoNumberAbstractId });
        foreach (var (numId, start) in nums)
        {
            numbering.Append(new NumberingInstance(
                new AbstractNumId { Val = AutoNumberAbstractId },
                new LevelOverride(new StartOverrideNumberingValue { Val = start }) { LevelIndex = 0 })
            { NumberID = numId });
        }

        return numbering;
    }

    private static void Feed(OpenXmlPart part, string xml)
    {
        using var s = new MemoryStream(Encoding.UTF8.GetBytes(xml));
        part.FeedData(s);
    }

    private static void WriteEntry(ZipArchive zip, string name, string content)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        using var s = entry.Open();
        s.Write(Encoding.UTF8.GetBytes(content));
    }

    private static string ContentTypes(string mainContentType, string mainPartName) =>
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        + $"<Override PartName=\"{mainPartName}\" ContentType=\"{mainContentType}\"/>"
        + "</Types>";

    private static string PackageRels(string target) =>
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
        + $"Target=\"{target}\"/></Relationships>";

    /// <summary>Rewrites the uncompressed size of one entry in both its local header and the central directory.</summary>
    private static void SetDeclaredSize(byte[] zip, string name, uint size)
    {
        var eocd = -1;
        for (var i = zip.Length - 22; i >= 0; i--)
        {
            if (BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(i)) == 0x06054b50)
            {
                eocd = i;
                break;
            }
        }

        if (eocd < 0)
        {
            throw new InvalidOperationException("no end of central directory");
        }

        var count = BinaryPrimitives.ReadUInt16LittleEndian(zip.AsSpan(eocd + 10));
        var offset = (int)BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(eocd + 16));
        for (var e = 0; e < count; e++)
        {
            var nameLength = BinaryPrimitives.ReadUInt16LittleEndian(zip.AsSpan(offset + 28));
            var extraLength = BinaryPrimitives.ReadUInt16LittleEndian(zip.AsSpan(offset + 30));
            var commentLength = BinaryPrimitives.ReadUInt16LittleEndian(zip.AsSpan(offset + 32));
            var localOffset = (int)BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(offset + 42));
            var entryName = Encoding.UTF8.GetString(zip, offset + 46, nameLength);
            if (entryName == name)
            {
                BinaryPrimitives.WriteUInt32LittleEndian(zip.AsSpan(offset + 24), size);
                BinaryPrimitives.WriteUInt32LittleEndian(zip.AsSpan(localOffset + 22), size);
                return;
            }

            offset += 46 + nameLength + extraLength + commentLength;
        }

        throw new InvalidOperationException($"no entry {name}");
    }
}
