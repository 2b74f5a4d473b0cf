using SauRo.Core.Import.Documents;

namespace SauRo.Core.Tests.Import;

public class TextDocumentReaderTests
{
    private static DocumentModel Read(string text) => TextDocumentReader.Read(text, ReadLimits.Default);

    [Fact]
    public void Read_MarkdownHeadingsAndBold_KeepLevelAndBoldWithoutMarks()
    {
        var doc = Read("## **II. MỤC TIÊU**\n\n#### (1) Chuyển đổi số\n\nThường *nghiêng* và **đậm** giữa câu");
        var paragraphs = doc.Blocks.Cast<Paragraph>().ToList();
        paragraphs[0].ShouldBe(new Paragraph(1, "II. MỤC TIÊU", true, 2));
        paragraphs[1].ShouldBe(new Paragraph(3, "(1) Chuyển đổi số", false, 4));
        paragraphs[2].Text.ShouldBe("Thường nghiêng và đậm giữa câu");
        paragraphs[2].Bold.ShouldBeFalse();
    }

    [Fact]
    public void Read_TabAndPipeTables_SplitCellsAndDropTheFrameAndSeparator()
    {
        var doc = Read("A\tB\tC\n1\t<b>x</b>\t\n\n| a | b |\n|---|---|\n| <i>1</i> | 2<br>3 |");
        var tables = doc.Blocks.OfType<Table>().ToList();
        tables.Count.ShouldBe(2);
        tables[0].Rows[1].Cells.Select(c => c.Text).ShouldBe(["1", "x", ""]);
        tables[0].Rows[1].Cells[1].Bold.ShouldBeTrue();
        tables[1].Rows.Count.ShouldBe(2);
        tables[1].Rows[1].Cells.Select(c => c.Text).ShouldBe(["1", "2\n3"]);
        tables[1].Rows[1].Position.ShouldBe(6);
    }

    [Fact]
    public void Read_EscapedPipeInsideACell_StaysInTheCell()
    {
        var table = Read("| a | b \\| c |").Blocks.OfType<Table>().Single();
        table.Rows[0].Cells.Select(c => c.Text).ShouldBe(["a", "b | c"]);
    }

    [Fact]
    public void Read_IndentedLine_IsAParagraphNotATable()
    {
        Read("\tCăn cứ Luật Tổ chức chính quyền địa phương;").Blocks.Single().ShouldBeOfType<Paragraph>();
    }

    [Fact]
    public void Read_CrLfAndNbsp_AreHandled()
    {
        var doc = Read("Số:\u00A001/KH-UBND\r\n\r\nKẾ HOẠCH\r\n");
        doc.Blocks.Cast<Paragraph>().Select(p => p.Text).ShouldBe(["Số: 01/KH-UBND", "KẾ HOẠCH"]);
    }

    [Fact]
    public void Read_OverlongCell_IsCutWithAWarningNamingTheLine()
    {
        var limits = ReadLimits.Default with { MaxCellChars = 100 };
        var doc = TextDocumentReader.Read("STT\tNội dung\n1\t" + new string('a', 500), limits);
        doc.Blocks.OfType<Table>().Single().Rows[1].Cells[1].Text.Length.ShouldBe(100);
        doc.Warnings.ShouldContain(w => w.Position == 2 && w.Message.Contains("chỉ giữ 100 ký tự đầu"));
    }

    [Fact]
    public void Read_TooManyBlocks_StopsWithAWarning()
    {
        var limits = ReadLimits.Default with { MaxBlocks = 10 };
        var doc = TextDocumentReader.Read(string.Join('\n', Enumerable.Range(1, 50).Select(i => $"Đoạn {i}")), limits);
        doc.Blocks.Count.ShouldBe(10);
        doc.Warnings.ShouldContain(w => w.Message.Contains("chỉ đọc"));
    }
}
