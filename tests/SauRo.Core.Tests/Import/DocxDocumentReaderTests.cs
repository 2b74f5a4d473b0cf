using System.Diagnostics;
using System.Text;
using SauRo.Core.Import.Documents;
using SauRo.Core.Tests.Fixtures;
using Paragraph = SauRo.Core.Import.Documents.Paragraph;
using Table = SauRo.Core.Import.Documents.Table;
using TableCell = SauRo.Core.Import.Documents.TableCell;
using TableRow = SauRo.Core.Import.Documents.TableRow;

namespace SauRo.Core.Tests.Import;

public class DocxDocumentReaderTests
{
    private const string Styles = """
        <w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="28"/></w:rPr></w:rPrDefault></w:docDefaults>
        <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
        <w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>
        <w:style w:type="paragraph" w:styleId="u3"><w:name w:val="Tiêu đề 3"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="2"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>
        <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/></w:style>
        <w:style w:type="paragraph" w:styleId="MucLon"><w:name w:val="Mục lớn"/><w:basedOn w:val="Heading2"/></w:style>
        <w:style w:type="paragraph" w:styleId="BodyBold"><w:name w:val="Body bold"/><w:basedOn w:val="Normal"/><w:rPr><w:b/></w:rPr></w:style>
        <w:style w:type="character" w:styleId="Strong"><w:name w:val="Strong"/><w:rPr><w:b/></w:rPr></w:style>
        <w:style w:type="paragraph" w:styleId="DanhMuc"><w:name w:val="Danh mục"/><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="7"/></w:numPr></w:pPr></w:style>
        """;

    private const string HeadingNumbering = """
        <w:abstractNum w:abstractNumId="10">
          <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>
          <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl>
          <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%3)"/></w:lvl>
        </w:abstractNum>
        <w:abstractNum w:abstractNumId="20">
          <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
          <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2."/></w:lvl>
          <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2.%3."/></w:lvl>
        </w:abstractNum>
        <w:abstractNum w:abstractNumId="30">
          <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val=""/></w:lvl>
        </w:abstractNum>
        <w:abstractNum w:abstractNumId="40">
          <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
        </w:abstractNum>
        <w:abstractNum w:abstractNumId="50">
          <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperLetter"/><w:lvlText w:val="Phụ lục %1:"/></w:lvl>
        </w:abstractNum>
        <w:abstractNum w:abstractNumId="60">
          <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>
          <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:isLgl/><w:lvlText w:val="%1.%2."/></w:lvl>
        </w:abstractNum>
        <w:num w:numId="1"><w:abstractNumId w:val="10"/></w:num>
        <w:num w:numId="2"><w:abstractNumId w:val="20"/></w:num>
        <w:num w:numId="3"><w:abstractNumId w:val="30"/></w:num>
        <w:num w:numId="4"><w:abstractNumId w:val="40"/></w:num>
        <w:num w:numId="5"><w:abstractNumId w:val="40"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
        <w:num w:numId="7"><w:abstractNumId w:val="50"/></w:num>
        <w:num w:numId="8"><w:abstractNumId w:val="60"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="3"/></w:lvlOverride></w:num>
        """;

    [Fact]
    public void Read_PlainParagraphs_TextsInOrderWithRunningPositions()
    {
        var model = ReadXml(P("Số: 01/KH-BCĐ") + "<w:p/>" + P("KẾ HOẠCH") + P("  Hoạt động   năm 2026 "));

        model.LocationKind.ShouldBe(LocationKind.Paragraph);
        model.Warnings.ShouldBeEmpty();
        var paragraphs = model.Blocks.Cast<Paragraph>().ToList();
        paragraphs.Select(p => p.Text).ShouldBe(["Số: 01/KH-BCĐ", "KẾ HOẠCH", "Hoạt động năm 2026"]);
        paragraphs.Select(p => p.Position).ShouldBe([1, 2, 3]);
        paragraphs.ShouldAllBe(p => !p.Bold && p.HeadingLevel == null);
        model.Where(3).ShouldBe("đoạn 3");
    }

    [Fact]
    public void Read_DecomposedVietnamese_ComposedToNfc()
    {
        var decomposed = "Phòng Văn hóa - Xã hội".Normalize(NormalizationForm.FormD);

        var text = Texts(ReadXml(P(decomposed))).Single();

        text.ShouldBe("Phòng Văn hóa - Xã hội");
        text.IsNormalized(NormalizationForm.FormC).ShouldBeTrue();
    }

    [Fact]
    public void Read_BoldRuns_BoldOnlyWhenEveryTextRunIsBold()
    {
        var model = ReadXml(
            "<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>I.</w:t></w:r><w:r><w:t xml:space=\"preserve\"> </w:t></w:r><w:r><w:rPr><w:b w:val=\"1\"/></w:rPr><w:t>MỤC ĐÍCH</w:t></w:r></w:p>"
            + "<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">Căn cứ </w:t></w:r><w:r><w:t>Nghị quyết</w:t></w:r></w:p>"
            + "<w:p><w:r><w:rPr><w:b w:val=\"0\"/></w:rPr><w:t>không đậm 0</w:t></w:r></w:p>"
            + "<w:p><w:r><w:rPr><w:b w:val=\"false\"/></w:rPr><w:t>không đậm false</w:t></w:r></w:p>"
            + "<w:p><w:pPr><w:rPr><w:b/></w:rPr></w:pPr><w:r><w:t>chỉ dấu đoạn đậm</w:t></w:r></w:p>",
            stylesXml: Styles);

        var bold = Paragraphs(model).ToDictionary(p => p.Text, p => p.Bold);
        bold["I. MỤC ĐÍCH"].ShouldBeTrue();
        bold["Căn cứ Nghị quyết"].ShouldBeFalse();
        bold["không đậm 0"].ShouldBeFalse();
        bold["không đậm false"].ShouldBeFalse();
        bold["chỉ dấu đoạn đậm"].ShouldBeFalse();
    }

    [Fact]
    public void Read_BoldFromStyles_ParagraphAndCharacterStylesHonoured()
    {
        var model = ReadXml(
            "<w:p><w:pPr><w:pStyle w:val=\"BodyBold\"/></w:pPr><w:r><w:t>đậm theo kiểu đoạn</w:t></w:r></w:p>"
            + "<w:p><w:pPr><w:pStyle w:val=\"BodyBold\"/></w:pPr><w:r><w:rPr><w:b w:val=\"0\"/></w:rPr><w:t>bỏ đậm trực tiếp</w:t></w:r></w:p>"
            + "<w:p><w:r><w:rPr><w:rStyle w:val=\"Strong\"/></w:rPr><w:t>đậm theo kiểu ký tự</w:t></w:r></w:p>"
            + "<w:p><w:pPr><w:pStyle w:val=\"Heading2\"/></w:pPr><w:r><w:t>tiêu đề không đậm</w:t></w:r></w:p>",
            stylesXml: Styles);

        var bold = Paragraphs(model).ToDictionary(p => p.Text, p => p.Bold);
        bold["đậm theo kiểu đoạn"].ShouldBeTrue();
        bold["bỏ đậm trực tiếp"].ShouldBeFalse();
        bold["đậm theo kiểu ký tự"].ShouldBeTrue();
        bold["tiêu đề không đậm"].ShouldBeFalse();
    }

    [Fact]
    public void Read_HeadingStyles_LevelFromStyleIdOutlineLevelOrTitle()
    {
        var model = ReadXml(
            Styled("Heading2", "Mục hai")
            + Styled("u3", "Mục ba theo cấp đề cương")
            + Styled("Title", "KẾ HOẠCH")
            + Styled("MucLon", "Kiểu dựa trên Heading2")
            + Styled("Normal", "Đoạn thường")
            + "<w:p><w:pPr><w:outlineLvl w:val=\"0\"/></w:pPr><w:r><w:t>Cấp đề cương trực tiếp</w:t></w:r></w:p>"
            + P("Không kiểu"),
            stylesXml: Styles);

        var levels = Paragraphs(model).ToDictionary(p => p.Text, p => p.HeadingLevel);
        levels["Mục hai"].ShouldBe(2);
        levels["Mục ba theo cấp đề cương"].ShouldBe(3);
        levels["KẾ HOẠCH"].ShouldBe(1);
        levels["Kiểu dựa trên Heading2"].ShouldBe(2);
        levels["Đoạn thường"].ShouldBeNull();
        levels["Cấp đề cương trực tiếp"].ShouldBe(1);
        levels["Không kiểu"].ShouldBeNull();
        Paragraphs(model).Single(p => p.Text == "Mục ba theo cấp đề cương").Bold.ShouldBeTrue();
    }

    [Fact]
    public void Read_SoftLineBreaks_OneBlockPerLine()
    {
        var model = ReadXml(
            "<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Nơi nhận:</w:t></w:r><w:r><w:br/><w:t>- Sở KH&amp;CN;</w:t><w:cr/><w:t>- Lưu: VT.</w:t>"
            + "<w:br w:type=\"page\"/><w:t xml:space=\"preserve\"> (tiếp)</w:t><w:br/></w:r></w:p>"
            + P("Đoạn sau"));

        var paragraphs = Paragraphs(model);
        paragraphs.Select(p => p.Text).ShouldBe(["Nơi nhận:", "- Sở KH&CN;", "- Lưu: VT. (tiếp)", "Đoạn sau"]);
        paragraphs.Select(p => p.Position).ShouldBe([1, 2, 3, 4]);
        paragraphs[0].Bold.ShouldBeTrue();
        paragraphs[1].Bold.ShouldBeFalse();
    }

    [Fact]
    public void Read_InlineWrappersAndSpecialCharacters_TextAsWordShowsIt()
    {
        var body = "<w:p>"
            + "<w:hyperlink w:anchor=\"x\"><w:r><w:t>Cổng</w:t></w:r></w:hyperlink>"
            + "<w:r><w:tab/><w:t>dịch vụ</w:t></w:r>"
            + "<w:sdt><w:sdtPr><w:alias w:val=\"Tên\"/><w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:r><w:t xml:space=\"preserve\"> công</w:t></w:r></w:sdtContent></w:sdt>"
            + "<w:smartTag w:uri=\"urn:x\" w:element=\"place\"><w:r><w:t xml:space=\"preserve\"> quốc gia</w:t></w:r></w:smartTag>"
            + "<w:r><w:t xml:space=\"preserve\"> Đề án</w:t><w:noBreakHyphen/><w:t>06</w:t><w:sym w:font=\"Symbol\" w:char=\"F0B7\"/><w:footnoteReference w:id=\"1\"/></w:r>"
            + "<w:fldSimple w:instr=\" PAGE \"><w:r><w:t xml:space=\"preserve\"> trang 3</w:t></w:r></w:fldSimple>"
            + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> DATE \\@ \"yyyy\" </w:instrText></w:r>"
            + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t xml:space=\"preserve\"> năm 2026</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
            + "<w:r><w:rPr><w:vanish/></w:rPr><w:t>ẩn</w:t></w:r>"
            + "</w:p>";

        Texts(ReadXml(body)).ShouldBe(["Cổng dịch vụ công quốc gia Đề án-06 trang 3 năm 2026"]);
    }

    [Fact]
    public void Read_TrackedChanges_DeletionsIgnoredInsertionsKept()
    {
        var body = "<w:p><w:r><w:t xml:space=\"preserve\">Hoàn thành trước ngày </w:t></w:r>"
            + "<w:del w:id=\"1\" w:author=\"A\" w:date=\"2026-04-01T00:00:00Z\"><w:r><w:delText>30/4/2026</w:delText></w:r></w:del>"
            + "<w:ins w:id=\"2\" w:author=\"A\" w:date=\"2026-04-01T00:00:00Z\"><w:r><w:t>30/5/2026</w:t></w:r></w:ins>"
            + "<w:moveFrom w:id=\"3\" w:author=\"A\"><w:r><w:t>chuyển đi</w:t></w:r></w:moveFrom></w:p>"
            + "<w:tbl><w:tr><w:trPr><w:del w:id=\"4\" w:author=\"A\"/></w:trPr><w:tc><w:p><w:r><w:delText>hàng đã xóa</w:delText></w:r></w:p></w:tc></w:tr>"
            + "<w:tr><w:tc><w:p><w:r><w:t>hàng giữ lại</w:t></w:r></w:p></w:tc></w:tr></w:tbl>";

        var model = ReadXml(body);

        Texts(model).ShouldBe(["Hoàn thành trước ngày 30/5/2026"]);
        var table = Tables(model).Single();
        table.Rows.Count.ShouldBe(1);
        table.Rows[0].Cells[0].Text.ShouldBe("hàng giữ lại");
    }

    [Fact]
    public void Read_TextBoxInAlternateContent_ReadOnceAfterItsParagraph()
    {
        const string box = "<w:txbxContent><w:p><w:r><w:t>DỰ THẢO</w:t></w:r></w:p></w:txbxContent>";
        var body = "<w:p><w:r><w:t>Số: /KH-UBND</w:t></w:r><w:r><mc:AlternateContent>"
            + "<mc:Choice Requires=\"wps\"><w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx>" + box + "</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
            + "<mc:Fallback><w:pict><v:shape><v:textbox>" + box + "</v:textbox></v:shape></w:pict></mc:Fallback>"
            + "</mc:AlternateContent></w:r></w:p>" + P("Tiếp theo");

        var paragraphs = Paragraphs(ReadXml(body));

        paragraphs.Select(p => p.Text).ShouldBe(["Số: /KH-UBND", "DỰ THẢO", "Tiếp theo"]);
        paragraphs.Select(p => p.Position).ShouldBe([1, 2, 3]);
    }

    [Fact]
    public void Read_TableWithGridSpanAndVerticalMerge_ColumnsLineUpAndMergedTextRepeats()
    {
        var body = P("Phụ lục I")
            + "<w:tbl><w:tblPr/><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>"
            + "<w:tr><w:trPr><w:tblHeader/></w:trPr>" + Cell("STT", bold: true) + "<w:tc><w:tcPr><w:gridSpan w:val=\"2\"/></w:tcPr>" + Para("Nội dung", bold: true) + "</w:tc>" + Cell("Thời hạn", bold: true) + "</w:tr>"
            + "<w:tr>" + Cell("1") + "<w:tc><w:tcPr><w:vMerge w:val=\"restart\"/></w:tcPr>" + Para("Phòng VHXH", bold: true) + "</w:tc>" + Cell("Việc A") + Cell("Quý II") + "</w:tr>"
            + "<w:tr>" + Cell("2") + "<w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc>" + Cell("Việc B") + Cell("Quý III") + "</w:tr>"
            + "<w:tr><w:trPr><w:gridBefore w:val=\"1\"/><w:gridAfter w:val=\"1\"/></w:trPr><w:tc><w:tcPr><w:vMerge w:val=\"continue\"/></w:tcPr><w:p/></w:tc>" + Cell("Việc C") + "</w:tr>"
            + "</w:tbl>" + P("Sau bảng");

        var model = ReadXml(body);

        model.Blocks.Count.ShouldBe(3);
        var table = model.Blocks[1].ShouldBeOfType<Table>();
        table.Position.ShouldBe(2);
        table.Rows.Select(r => r.Position).ShouldBe([2, 3, 4, 5]);
        CellTexts(table).ShouldBe(
        [
            ["STT", "Nội dung", "", "Thời hạn"],
            ["1", "Phòng VHXH", "Việc A", "Quý II"],
            ["2", "Phòng VHXH", "Việc B", "Quý III"],
            ["", "Phòng VHXH", "Việc C", ""],
        ]);
        table.Rows[0].Cells.Select(c => c.Bold).ShouldBe([true, true, false, true]);
        table.Rows[1].Cells[1].MergedFromAbove.ShouldBeFalse();
        table.Rows[2].Cells[1].ShouldBe(new TableCell("Phòng VHXH", true, MergedFromAbove: true));
        table.Rows[3].Cells[1].ShouldBe(new TableCell("Phòng VHXH", true, MergedFromAbove: true));
        table.Rows[2].Cells[2].MergedFromAbove.ShouldBeFalse();
        model.Blocks[2].ShouldBe(new Paragraph(6, "Sau bảng", false, null));
    }

    [Fact]
    public void Read_CellWithSeveralParagraphsAndBreaks_LinesJoinedWithNewline()
    {
        var body = "<w:tbl><w:tr><w:tc>"
            + P("Phòng Văn hóa - Xã hội;") + "<w:p/>"
            + "<w:p><w:r><w:t>Công an xã</w:t><w:br/><w:t xml:space=\"preserve\">  Trạm Y tế  </w:t></w:r></w:p>"
            + "</w:tc><w:tc><w:p><w:r><w:t xml:space=\"preserve\">   </w:t></w:r></w:p></w:tc></w:tr></w:tbl>";

        var row = Tables(ReadXml(body)).Single().Rows.Single();

        row.Cells[0].Text.ShouldBe("Phòng Văn hóa - Xã hội;\nCông an xã\nTrạm Y tế");
        row.Cells[1].ShouldBe(new TableCell(string.Empty, false));
    }

    [Fact]
    public void Read_NestedTable_TextAppendedToCellAsLines()
    {
        var nested = "<w:tbl><w:tr>" + Cell("Chỉ tiêu") + Cell("≥ 70%") + "</w:tr><w:tr>" + Cell("Tỷ lệ") + Cell("17,5") + "</w:tr></w:tbl>";
        var body = "<w:tbl><w:tr>" + Cell("1") + "<w:tc>" + P("Nhiệm vụ chính") + nested + "<w:p/></w:tc></w:tr></w:tbl>";

        var model = ReadXml(body);

        var table = Tables(model).Single();
        table.Rows.Count.ShouldBe(1);
        table.Rows[0].Position.ShouldBe(1);
        table.Rows[0].Cells[1].Text.ShouldBe("Nhiệm vụ chính\nChỉ tiêu | ≥ 70%\nTỷ lệ | 17,5");
        model.Blocks.Count.ShouldBe(1);
    }

    [Fact]
    public void Read_AutomaticHeadingNumbering_LabelsAsWordShowsThem()
    {
        var body = Numbered(1, 0, "MỤC ĐÍCH, YÊU CẦU")
            + Numbered(1, 1, "Mục đích")
            + Numbered(1, 2, "Quán triệt Nghị quyết 57")
            + Numbered(1, 2, "Lấy người dân làm trung tâm")
            + Numbered(1, 1, "Yêu cầu")
            + Numbered(1, 2, "Bảo đảm thống nhất")
            + P("Đoạn không đánh số")
            + Numbered(1, 0, "NỘI DUNG")
            + Numbered(1, 1, "Tổng số chỉ tiêu");

        Texts(ReadXml(body, HeadingNumbering)).ShouldBe(
        [
            "I. MỤC ĐÍCH, YÊU CẦU",
            "1. Mục đích",
            "a) Quán triệt Nghị quyết 57",
            "b) Lấy người dân làm trung tâm",
            "2. Yêu cầu",
            "a) Bảo đảm thống nhất",
            "Đoạn không đánh số",
            "II. NỘI DUNG",
            "1. Tổng số chỉ tiêu",
        ]);
    }

    [Fact]
    public void Read_MultiLevelNumbering_ParentNumbersInLabel()
    {
        var body = Numbered(2, 0, "Quản trị")
            + Numbered(2, 1, "Họp Ban Chỉ đạo")
            + Numbered(2, 1, "Kiện toàn tổ giúp việc")
            + Numbered(2, 2, "Quyết định thành lập")
            + Numbered(2, 0, "Lãnh đạo, chỉ đạo")
            + Numbered(2, 1, "Ban hành kế hoạch")
            + Numbered(8, 0, "TỔ CHỨC THỰC HIỆN")
            + Numbered(8, 1, "Phòng Văn hóa - Xã hội");

        Texts(ReadXml(body, HeadingNumbering)).ShouldBe(
        [
            "1. Quản trị",
            "1.1. Họp Ban Chỉ đạo",
            "1.2. Kiện toàn tổ giúp việc",
            "1.2.1. Quyết định thành lập",
            "2. Lãnh đạo, chỉ đạo",
            "2.1. Ban hành kế hoạch",
            "III. TỔ CHỨC THỰC HIỆN",
            "3.1. Phòng Văn hóa - Xã hội",
        ]);
    }

    [Fact]
    public void Read_BulletsAndStyleNumbering_DashAndStyleLabel()
    {
        var body = Numbered(3, 0, "Mở rộng phủ sóng 5G đạt 70% dân số.")
            + Styled("DanhMuc", "Danh mục chỉ tiêu")
            + Styled("DanhMuc", "Danh mục nhiệm vụ");

        Texts(ReadXml(body, HeadingNumbering, Styles)).ShouldBe(
        [
            "- Mở rộng phủ sóng 5G đạt 70% dân số.",
            "Phụ lục A: Danh mục chỉ tiêu",
            "Phụ lục B: Danh mục nhiệm vụ",
        ]);
    }

    [Fact]
    public void Read_NumberedSttColumn_LabelsRebuiltAndRestartedByANewList()
    {
        static string Row(int numId, string content) =>
            "<w:tr><w:tc><w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"" + numId + "\"/></w:numPr></w:pPr></w:p></w:tc>" + Cell(content) + "</w:tr>";

        var body = "<w:tbl>" + Row(4, "Việc A") + Row(4, "Việc B") + Row(4, "Việc C") + "</w:tbl>"
            + P("Phụ lục II")
            + "<w:tbl>" + Row(5, "Việc D") + Row(5, "Việc E") + "</w:tbl>"
            + "<w:tbl>" + Row(4, "Việc F") + "</w:tbl>";

        var tables = Tables(ReadXml(body, HeadingNumbering));

        tables[0].Rows.Select(r => r.Cells[0].Text).ShouldBe(["1.", "2.", "3."]);
        tables[1].Rows.Select(r => r.Cells[0].Text).ShouldBe(["1.", "2."]);
        // Word continues a list instance that does not override its start, even in another table.
        tables[2].Rows.Select(r => r.Cells[0].Text).ShouldBe(["3."]);
    }

    [Fact]
    public void Read_NumberingFormats_DecimalZeroRomanLetters()
    {
        DocxNumberingFormat(7, "decimalZero").ShouldBe("07");
        DocxNumberingFormat(12, "decimalZero").ShouldBe("12");
        DocxNumberingFormat(4, "upperRoman").ShouldBe("IV");
        DocxNumberingFormat(14, "lowerRoman").ShouldBe("xiv");
        DocxNumberingFormat(3, "upperLetter").ShouldBe("C");
        DocxNumberingFormat(28, "lowerLetter").ShouldBe("bb");
        DocxNumberingFormat(5, "ordinal").ShouldBe("5");
    }

    [Fact]
    public void Read_OverLongCell_CappedWithWarningNamingTheRow()
    {
        var limits = new ReadLimits { MaxCellChars = 100 };
        var longText = string.Concat(Enumerable.Repeat("Nội dung rất dài ", 30));
        var body = P("Tiêu đề") + "<w:tbl><w:tr>" + Cell("STT") + Cell("Nội dung") + "</w:tr><w:tr>" + Cell("1") + Cell(longText) + "</w:tr></w:tbl>";

        var model = ReadXml(body, limits: limits);

        var cell = Tables(model).Single().Rows[1].Cells[1];
        cell.Text.Length.ShouldBeLessThanOrEqualTo(100);
        longText.ShouldStartWith(cell.Text);
        var warning = model.Warnings.ShouldHaveSingleItem();
        warning.Position.ShouldBe(3);
        warning.Message.ShouldContain("ô thứ 2");
        warning.Message.ShouldContain("ký tự");
    }

    [Fact]
    public void Read_OverLongParagraph_CappedWithWarning()
    {
        var limits = new ReadLimits { MaxCellChars = 50 };

        var model = ReadXml(P("Ngắn") + P(new string('x', 500)), limits: limits);

        Paragraphs(model)[1].Text.ShouldBe(new string('x', 50));
        model.Warnings.ShouldHaveSingleItem().Position.ShouldBe(2);
    }

    [Fact]
    public void Read_MoreBlocksThanLimit_StopsWithWarning()
    {
        var body = string.Concat(Enumerable.Range(1, 6).Select(i => P($"Đoạn {i}")))
            + "<w:tbl>" + string.Concat(Enumerable.Range(1, 5).Select(i => "<w:tr>" + Cell($"Hàng {i}") + "</w:tr>")) + "</w:tbl>";

        var model = ReadXml(body, limits: new ReadLimits { MaxBlocks = 8 });

        Paragraphs(model).Count.ShouldBe(6);
        Tables(model).Single().Rows.Select(r => r.Cells[0].Text).ShouldBe(["Hàng 1", "Hàng 2"]);
        model.Warnings.ShouldHaveSingleItem().Message.ShouldContain("tài liệu quá dài");
    }

    [Fact]
    public void Read_DeeplyNestedContent_SkippedWithWarningWithoutCrashing()
    {
        var body = P("Trước") + string.Concat(Enumerable.Repeat("<w:customXml w:element=\"x\">", 5000)) + P("Sâu")
            + string.Concat(Enumerable.Repeat("</w:customXml>", 5000)) + P("Sau");

        var model = ReadXml(body);

        Texts(model).ShouldBe(["Trước", "Sau"]);
        model.Warnings.ShouldHaveSingleItem().Message.ShouldContain("lồng nhau quá sâu");
    }

    [Theory]
    [InlineData("https://dichvucong.gov.vn/p/home")]
    [InlineData("http://dichvucong .gov.vn")]
    public void Read_HyperlinkWithAnyAddress_TextKept(string target)
    {
        var docx = DocxBuilder.WithHyperlink(DocxBuilder.FromBodyXml(P("Truy cập")), target, "Cổng Dịch vụ công quốc gia");

        Texts(ReadBytes(docx)).ShouldBe(["Truy cập", "Cổng Dịch vụ công quốc gia"]);
    }

    [Fact]
    public void Read_NonSeekableStream_ReadLikeAnyOther()
    {
        var bytes = DocxBuilder.FromBodyXml(P("Kế hoạch"));

        using var stream = new NonSeekableStream(bytes);
        var result = DocxDocumentReader.Read(stream, ReadLimits.Default);

        result.IsSuccess.ShouldBeTrue(result.Error);
        Texts(result.Value!).ShouldBe(["Kế hoạch"]);
    }

    [Fact]
    public void Read_NonSeekableStreamOverFileLimit_Failure()
    {
        var bytes = DocxBuilder.FromBodyXml(P(new string('a', 5000)));

        using var stream = new NonSeekableStream(bytes);
        var result = DocxDocumentReader.Read(stream, new ReadLimits { MaxFileBytes = 500 });

        ShouldBeVietnameseFailure(result, "quá lớn");
    }

    [Fact]
    public void Read_ZipBomb_FailureBeforeInflating()
    {
        var bomb = DocxBuilder.ZipBomb();
        bomb.Length.ShouldBeLessThan(2 * 1024 * 1024);

        var watch = Stopwatch.StartNew();
        var result = DocxDocumentReader.Read(new MemoryStream(bomb), ReadLimits.Default);

        ShouldBeVietnameseFailure(result, "nội dung giải nén quá lớn");
        watch.ElapsedMilliseconds.ShouldBeLessThan(2000);
    }

    [Fact]
    public void Read_ZipBombWithHighRatioOnly_Failure()
    {
        var limits = new ReadLimits { MaxDocxUncompressedBytes = long.MaxValue, MaxDocxMainPartBytes = long.MaxValue };

        var result = DocxDocumentReader.Read(new MemoryStream(DocxBuilder.ZipBomb(8L * 1024 * 1024)), limits);

        ShouldBeVietnameseFailure(result, "nội dung giải nén quá lớn");
    }

    [Fact]
    public void Read_ZipBombWithLyingSizes_FailureWhileInflating()
    {
        var limits = new ReadLimits { MaxDocxMainPartBytes = 1024 * 1024 };

        var result = DocxDocumentReader.Read(new MemoryStream(DocxBuilder.LyingZipBomb(8L * 1024 * 1024)), limits);

        ShouldBeVietnameseFailure(result);
    }

    [Fact]
    public void Read_GarbageBytes_FailureSaysNotWord()
    {
        var result = DocxDocumentReader.Read(new MemoryStream(DocxBuilder.GarbageBytes(4096)), ReadLimits.Default);

        ShouldBeVietnameseFailure(result, "bị hỏng hoặc không phải tệp Word");
    }

    [Fact]
    public void Read_TruncatedDocx_FailureSaysCorrupt()
    {
        var docx = DocxBuilder.FromBodyXml(string.Concat(Enumerable.Range(1, 200).Select(i => P($"Đoạn {i}"))));

        var result = DocxDocumentReader.Read(new MemoryStream(DocxBuilder.Truncated(docx)), ReadLimits.Default);

        ShouldBeVietnameseFailure(result, "bị hỏng");
    }

    [Fact]
    public void Read_ExcelRenamedToDocx_FailureSaysExcel()
    {
        var result = DocxDocumentReader.Read(new MemoryStream(DocxBuilder.NotWordZip()), ReadLimits.Default);

        ShouldBeVietnameseFailure(result, "Excel");
    }

    [Fact]
    public void Read_ZipWithoutDocument_FailureSaysNotWord()
    {
        var result = DocxDocumentReader.Read(new MemoryStream(DocxBuilder.PlainZip()), ReadLimits.Default);

        ShouldBeVietnameseFailure(result, "không phải tài liệu Word");
    }

    [Fact]
    public void Read_EmptyStream_Failure()
    {
        var result = DocxDocumentReader.Read(new MemoryStream(), ReadLimits.Default);

        ShouldBeVietnameseFailure(result, "rỗng");
    }

    [Fact]
    public void Read_BrokenXmlInDocument_Failure()
    {
        var docx = DocxBuilder.FromBodyXml("<w:p><w:r><w:t>không đóng thẻ</w:r></w:p>");

        var result = DocxDocumentReader.Read(new MemoryStream(docx), ReadLimits.Default);

        ShouldBeVietnameseFailure(result, "bị hỏng");
    }

    [Fact]
    public void Read_DocumentTypeDeclaration_FailureNotExpansion()
    {
        var docx = DocxBuilder.FromBodyXml(P("a"));
        using var ms = new MemoryStream();
        ms.Write(docx);
        using (var doc = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(ms, true))
        {
            var xml = "<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>"
                + $"<w:document {DocxBuilder.WordNamespaces}><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>";
            doc.MainDocumentPart!.FeedData(new MemoryStream(Encoding.UTF8.GetBytes(xml)));
        }

        var result = DocxDocumentReader.Read(new MemoryStream(ms.ToArray()), ReadLimits.Default);

        ShouldBeVietnameseFailure(result, "bị hỏng");
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, false)]
    [InlineData(true, true)]
    public void Read_ModelWrittenAsDocx_SameParagraphsAndCells(bool autoNumber, bool splitRuns)
    {
        var model = new DocumentModel(
            [
                new Paragraph(1, "KẾ HOẠCH", true, 1),
                new Paragraph(2, "Hoạt động năm 2026 của Ban Chỉ đạo", true, null),
                new Paragraph(3, "I. MỤC ĐÍCH, YÊU CẦU", true, 2),
                new Paragraph(4, "Bảo đảm nguyên tắc “06 rõ”: rõ người, rõ việc, rõ thời gian.", false, null),
                new Table(5,
                [
                    Row(5, C("STT", true), C("Nội dung nhiệm vụ", true), C("Cơ quan chủ trì", true), C("Thời hạn", true)),
                    Row(6, C("1."), C("Ban hành Kế hoạch hoạt động năm 2026"), C("Phòng Văn hóa - Xã hội"), C("Quý II năm 2026")),
                    Row(7, C("2."), C("Tuyên truyền về chuyển đổi số\nTrên cổng thông tin xã"), new TableCell("Phòng Văn hóa - Xã hội", false, true), C("Thường xuyên")),
                    Row(8, C("3."), C("Triển khai VNeID"), C("Công an xã;\nTrung tâm Phục vụ hành chính công"), C("Trước ngày 30/4/2026")),
                ]),
                new Paragraph(9, "Phụ lục II", true, null),
                new Table(10,
                [
                    Row(10, C("STT"), C("Chỉ tiêu"), C("Chỉ tiêu năm 2026")),
                    Row(11, C("1."), C("Tỷ lệ hồ sơ trực tuyến toàn trình"), C("≥ 70%")),
                    Row(12, C("2."), C("Tỷ lệ người dân có chữ ký số"), C("17,5")),
                ]),
            ],
            LocationKind.Paragraph,
            []);
        var options = new DocxBuildOptions { AutoNumberFirstColumn = autoNumber, SplitRuns = splitRuns, MarkHeaderRowsRepeat = true };

        var read = ReadBytes(DocxBuilder.FromModel(model, options));

        read.Blocks.Count.ShouldBe(model.Blocks.Count);
        read.Warnings.ShouldBeEmpty();
        for (var i = 0; i < model.Blocks.Count; i++)
        {
            switch (model.Blocks[i])
            {
                case Paragraph expected:
                    read.Blocks[i].ShouldBe(expected);
                    break;
                case Table expected:
                    var actual = read.Blocks[i].ShouldBeOfType<Table>();
                    actual.Position.ShouldBe(expected.Position);
                    actual.Rows.Select(r => r.Position).ShouldBe(expected.Rows.Select(r => r.Position));
                    CellTexts(actual).ShouldBe(CellTexts(expected));
                    actual.Rows.SelectMany(r => r.Cells.Select(c => c.MergedFromAbove))
                        .ShouldBe(expected.Rows.SelectMany(r => r.Cells.Select(c => c.MergedFromAbove)));
                    break;
            }
        }
    }

    [Fact]
    public void Read_TwoAutoNumberedTables_SttRestartsPerTable()
    {
        var model = new DocumentModel(
            [
                new Table(1, [Row(1, C("1."), C("a")), Row(2, C("2."), C("b")), Row(3, C(""), C("tiếp của b"))]),
                new Table(4, [Row(4, C("1"), C("c")), Row(5, C("2"), C("d"))]),
            ],
            LocationKind.Paragraph,
            []);

        var read = ReadBytes(DocxBuilder.FromModel(model, new DocxBuildOptions { AutoNumberFirstColumn = true }));

        var tables = Tables(read);
        tables[0].Rows.Select(r => r.Cells[0].Text).ShouldBe(["1.", "2.", ""]);
        tables[1].Rows.Select(r => r.Cells[0].Text).ShouldBe(["1.", "2."]);
    }

    [Fact]
    public void Read_TwentyPagePlan_FastEnough()
    {
        var blocks = new List<Block>();
        for (var i = 1; i <= 300; i++)
        {
            blocks.Add(new Paragraph(i, $"Đoạn {i}: triển khai nhiệm vụ phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số.", i % 10 == 0, i % 30 == 0 ? 2 : null));
        }

        var rows = Enumerable.Range(0, 120)
            .Select(r => Row(301 + r, C($"{r + 1}."), C($"Nhiệm vụ số {r + 1} về chuyển đổi số"), C("Phòng Văn hóa - Xã hội"), C("Công an xã"), C("Quý III/2026"), C("Báo cáo")))
            .ToList();
        blocks.Add(new Table(301, rows));
        var bytes = DocxBuilder.FromModel(new DocumentModel(blocks, LocationKind.Paragraph, []), new DocxBuildOptions { AutoNumberFirstColumn = true, SplitRuns = true });
        ReadBytes(bytes);

        var watch = Stopwatch.StartNew();
        const int rounds = 5;
        DocumentModel? read = null;
        for (var i = 0; i < rounds; i++)
        {
            read = ReadBytes(bytes);
        }

        watch.Stop();
        read!.Blocks.Count.ShouldBe(301);
        Tables(read).Single().Rows[119].Cells[0].Text.ShouldBe("120.");
        (watch.ElapsedMilliseconds / rounds).ShouldBeLessThan(250);
    }

    // ---- helpers ----

    private static string P(string text) => $"<w:p><w:r><w:t xml:space=\"preserve\">{Escape(text)}</w:t></w:r></w:p>";

    private static string Para(string text, bool bold) =>
        $"<w:p><w:r>{(bold ? "<w:rPr><w:b/></w:rPr>" : string.Empty)}<w:t xml:space=\"preserve\">{Escape(text)}</w:t></w:r></w:p>";

    private static string Cell(string text, bool bold = false) => $"<w:tc>{Para(text, bold)}</w:tc>";

    private static string Styled(string styleId, string text) =>
        $"<w:p><w:pPr><w:pStyle w:val=\"{styleId}\"/></w:pPr><w:r><w:t>{Escape(text)}</w:t></w:r></w:p>";

    private static string Numbered(int numId, int ilvl, string text) =>
        $"<w:p><w:pPr><w:numPr><w:ilvl w:val=\"{ilvl}\"/><w:numId w:val=\"{numId}\"/></w:numPr></w:pPr><w:r><w:t>{Escape(text)}</w:t></w:r></w:p>";

    private static string Escape(string text) => System.Security.SecurityElement.Escape(text);

    private static string DocxNumberingFormat(int value, string format)
    {
        var numbering = $"<w:abstractNum w:abstractNumId=\"1\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"{value}\"/><w:numFmt w:val=\"{format}\"/><w:lvlText w:val=\"%1\"/></w:lvl></w:abstractNum>"
            + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"1\"/></w:num>";
        var text = Texts(ReadXml(Numbered(1, 0, "x"), numbering)).Single();
        return text[..^2];
    }

    private static TableCell C(string text, bool bold = false) => new(text, bold);

    private static TableRow Row(int position, params TableCell[] cells) => new(position, cells);

    private static DocumentModel ReadXml(string body, string? numberingXml = null, string? stylesXml = null, ReadLimits? limits = null) =>
        ReadBytes(DocxBuilder.FromBodyXml(body, numberingXml, stylesXml), limits);

    private static DocumentModel ReadBytes(byte[] bytes, ReadLimits? limits = null)
    {
        using var stream = new MemoryStream(bytes);
        var result = DocxDocumentReader.Read(stream, limits ?? ReadLimits.Default);
        result.IsSuccess.ShouldBeTrue(result.Error);
        stream.CanRead.ShouldBeTrue("the caller's stream stays open");
        return result.Value!;
    }

    private static List<Paragraph> Paragraphs(DocumentModel model) => model.Blocks.OfType<Paragraph>().ToList();

    private static List<string> Texts(DocumentModel model) => Paragraphs(model).Select(p => p.Text).ToList();

    private static List<Table> Tables(DocumentModel model) => model.Blocks.OfType<Table>().ToList();

    private static List<List<string>> CellTexts(Table table) => table.Rows.Select(r => r.Cells.Select(c => c.Text).ToList()).ToList();

    private static void ShouldBeVietnameseFailure(ReadResult<DocumentModel> result, string? fragment = null)
    {
        result.IsSuccess.ShouldBeFalse();
        result.Value.ShouldBeNull();
        var error = result.Error.ShouldNotBeNull();
        (error.Contains("docx", StringComparison.Ordinal) || error.Contains("Word", StringComparison.Ordinal)).ShouldBeTrue(error);
        error.ShouldMatch("[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹáàãéèíìóòõúùýĐ]");
        foreach (var english in new[] { "exception", "the ", " is ", "invalid", "could not", "stream", "central directory", "zip file", "unexpected" })
        {
            error.ShouldNotContain(english, Case.Insensitive);
        }

        if (fragment is not null)
        {
            error.ShouldContain(fragment);
        }
    }

    private sealed class NonSeekableStream(byte[] bytes) : Stream
    {
        private readonly MemoryStream _inner = new(bytes);

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => _inner.Read(buffer, offset, Math.Min(count, 1000));

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
                _inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
