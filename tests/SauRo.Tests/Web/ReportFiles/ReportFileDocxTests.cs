using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using SauRo.Features.ReportFiles;
using static SauRo.Tests.Web.OpenXmlFiles;

namespace SauRo.Tests.Web;

/// <summary>
/// The commune's periodic report downloaded as .docx and read back with DocumentFormat.OpenXml: valid against the
/// schema, the Decree 30/2020/NĐ-CP layout (A4, margins, Times New Roman, sizes, the heading block, the end block),
/// the narrative generated from the data, the landscape appendices with their rows and colours.
/// </summary>
public abstract class ReportFileDocxTests(WebAppFixture app) : WebTest(app)
{
    private async Task<(ReportFileSeed.World World, WordprocessingDocument Doc, HttpResponseMessage Response)> DocxAsync()
    {
        var w = await ReportFileSeed.BuildAsync(App);
        var (content, response) = await ReportFileSeed.DownloadAsync(await ReportFileSeed.LeaderAsync(App, w), w.Commune.Id, "Docx");
        return (w, Word(content), response);
    }

    [Fact]
    public async Task Docx_Download_WordFileNamedInVietnamese_ValidAgainstTheSchema()
    {
        var (_, doc, response) = await DocxAsync();

        response.Content.Headers.ContentType!.MediaType.ShouldBe(ReportGenerator.DocxType);
        var disposition = response.Content.Headers.ContentDisposition!.ToString();
        disposition.ShouldContain("filename=\"bao cao xa an binh 2026-m10.docx\"");
        disposition.ShouldContain("filename*=UTF-8''B%C3%A1o%20c%C3%A1o%20X%C3%A3%20An%20B%C3%ACnh%202026-M10.docx");
        SchemaErrors(doc).ShouldBeEmpty();
    }

    [Fact]
    public async Task Docx_Layout_A4PortraitWithDecree30Margins_TimesNewRoman14_LandscapeAppendices()
    {
        var (_, doc, _) = await DocxAsync();
        var body = doc.MainDocumentPart!.Document.Body!;

        var defaults = doc.MainDocumentPart.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!;
        defaults.RunFonts!.Ascii!.Value.ShouldBe("Times New Roman");
        defaults.RunFonts.HighAnsi!.Value.ShouldBe("Times New Roman");
        defaults.FontSize!.Val!.Value.ShouldBe("28");

        var sections = body.Descendants<SectionProperties>().ToList();
        sections.Count.ShouldBe(2);
        var portrait = sections[0];
        portrait.GetFirstChild<PageSize>()!.Width!.Value.ShouldBe(11906u);
        portrait.GetFirstChild<PageSize>()!.Height!.Value.ShouldBe(16838u);
        var margin = portrait.GetFirstChild<PageMargin>()!;
        (margin.Top!.Value, margin.Bottom!.Value, margin.Left!.Value, margin.Right!.Value).ShouldBe((1134, 1134, 1701u, 850u));
        var landscape = sections[1];
        landscape.Parent.ShouldBe(body);
        landscape.GetFirstChild<PageSize>()!.Orient!.Value.ShouldBe(PageOrientationValues.Landscape);
        landscape.GetFirstChild<PageSize>()!.Width!.Value.ShouldBe(16838u);
        landscape.GetFirstChild<PageMargin>()!.Left!.Value.ShouldBe(1701u);

        var opening = BodyParagraphs(doc).First(p => p.InnerText.StartsWith("Thực hiện Kế hoạch", StringComparison.Ordinal));
        Align(opening).ShouldBe(JustificationValues.Both);
        opening.ParagraphProperties!.Indentation!.FirstLine!.Value.ShouldBe("567");
        opening.ParagraphProperties.SpacingBetweenLines!.Before!.Value.ShouldBe("120");
        Points(opening).ShouldBe(14);
    }

    [Fact]
    public async Task Docx_Heading_IssuerUnderItsParent_NumberMottoPlaceAndDate_TitleAndSummary()
    {
        var (_, doc, _) = await DocxAsync();
        var heading = doc.MainDocumentPart!.Document.Body!.Elements<Table>().First();
        var cells = Cells(heading);
        cells[0][0].ShouldStartWith("UBND XÃ AN BÌNH");
        cells[0][0].ShouldContain("BAN CHỈ ĐẠO PHÁT TRIỂN");
        cells[1][0].ShouldStartWith("Số:");
        cells[1][0].ShouldEndWith("/BC-BCĐ");

        var nation = Paragraph(doc, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        (Bold(nation), Points(nation)).ShouldBe((true, 13));
        var motto = Paragraph(doc, "Độc lập - Tự do - Hạnh phúc");
        (Bold(motto), Points(motto)).ShouldBe((true, 14));
        var date = Paragraph(doc, "An Bình, ngày 12 tháng 11 năm 2026");
        (Italic(date), Points(date)).ShouldBe((true, 14));
        var parent = Paragraph(doc, "UBND XÃ AN BÌNH");
        Bold(parent).ShouldBeFalse();
        var issuer = heading.Descendants<Paragraph>().Single(p => p.InnerText.StartsWith("BAN CHỈ ĐẠO", StringComparison.Ordinal));
        issuer.Descendants<Run>().ShouldAllBe(r => r.RunProperties!.Bold != null);

        var title = Paragraph(doc, "BÁO CÁO");
        (Bold(title), Align(title)).ShouldBe((true, JustificationValues.Center));
        var summary = Paragraph(doc, $"Kết quả thực hiện Kế hoạch phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số và Đề án 06 năm 2026 trong tháng 10/2026");
        (Bold(summary), Align(summary)).ShouldBe((true, JustificationValues.Center));
    }

    [Fact]
    public async Task Docx_Narrative_FromTheData_OverdueTasksByNameWithDaysLateOfficeAndReason()
    {
        var (_, doc, _) = await DocxAsync();
        var texts = BodyParagraphs(doc).Select(p => p.InnerText).ToList();

        texts.ShouldContain("Tổng số 6 nhiệm vụ; trong đó: hoàn thành đúng hạn 1 nhiệm vụ (16,7%); hoàn thành quá hạn 1 nhiệm vụ (16,7%); "
            + "đang thực hiện trong hạn 2 nhiệm vụ (33,3%); quá hạn chưa hoàn thành 2 nhiệm vụ (33,3%).");
        texts.ShouldContain("Tổng số 4 chỉ tiêu; đánh giá theo số liệu tháng 10/2026: đạt hoặc đúng tiến độ (xanh) 1 chỉ tiêu; chậm so với tiến độ (cam) 1 chỉ tiêu; "
            + "có nguy cơ không đạt (đỏ) 1 chỉ tiêu; chưa có số liệu để đánh giá 1 chỉ tiêu.");
        texts.ShouldContain("- Tỷ lệ người dân có tài khoản định danh điện tử mức độ 2: đạt 45%, chỉ tiêu ≥ 90%.");
        texts.ShouldContain("Báo cáo tháng 10/2026 đến hạn: 6 báo cáo; đã nộp 2 báo cáo (33,3%), trong đó đúng hạn 1 báo cáo (16,7%); "
            + "chưa nộp: Công an xã, Trung tâm Phục vụ hành chính công, Văn phòng HĐND và UBND xã, Xã An Bình.");
        texts.ShouldContain($"- {ReportFileSeed.Team} (Phòng Văn hóa - Xã hội chủ trì; hạn 31/08/2026): quá hạn 73 ngày. Lý do: Chờ các thôn gửi danh sách thành viên.");
        texts.ShouldContain($"- {ReportFileSeed.Digitise} (Trung tâm Phục vụ hành chính công chủ trì; hạn 30/09/2026): quá hạn 43 ngày. Lý do: Thiếu máy quét tài liệu.");
        texts.IndexOf($"- {ReportFileSeed.Team} (Phòng Văn hóa - Xã hội chủ trì; hạn 31/08/2026): quá hạn 73 ngày. Lý do: Chờ các thôn gửi danh sách thành viên.")
            .ShouldBeLessThan(texts.FindIndex(t => t.StartsWith($"- {ReportFileSeed.Digitise}", StringComparison.Ordinal)));

        // Difficulties and proposals written in the period only (the update of 10/09 is before 15/09).
        var difficulties = texts.IndexOf("1. Khó khăn, vướng mắc");
        texts[difficulties + 1].ShouldBe("- Trung tâm Phục vụ hành chính công: Thiếu máy quét tài liệu.");
        texts[difficulties + 2].ShouldBe("2. Kiến nghị, đề xuất");
        texts[difficulties + 3].ShouldBe("- Trung tâm Phục vụ hành chính công: Đề nghị UBND xã bổ sung 02 máy quét.");
        texts[difficulties + 4].ShouldBe("- Công an xã: Đề nghị tập huấn VNeID cho các thôn.");

        texts.ShouldContain("IV. NHIỆM VỤ TRỌNG TÂM THÁNG 11/2026");
        texts.ShouldContain($"- {ReportFileSeed.Population} (Công an xã chủ trì; hạn 30/11/2026).");
        Bold(Paragraph(doc, "II. NHIỆM VỤ QUÁ HẠN VÀ NGUYÊN NHÂN")).ShouldBeTrue();
    }

    [Fact]
    public async Task Docx_EndBlock_RecipientsBoldItalic12_List11_SignerRoleAndNameBold()
    {
        var (_, doc, _) = await DocxAsync();
        var recipients = Paragraph(doc, "Nơi nhận:");
        (Bold(recipients), Italic(recipients), Points(recipients)).ShouldBe((true, true, 12));
        var first = Paragraph(doc, "- Sở Khoa học và Công nghệ;");
        (Points(first), Bold(first)).ShouldBe((11, false));
        Points(Paragraph(doc, "- Lưu: VT.")).ShouldBe(11);
        var role = Paragraph(doc, "TM. BAN CHỈ ĐẠO");
        (Bold(role), Align(role)).ShouldBe((true, JustificationValues.Center));
        Bold(Paragraph(doc, "TRƯỞNG BAN")).ShouldBeTrue();
        Bold(Paragraph(doc, "Trần Minh Khôi")).ShouldBeTrue();
    }

    [Fact]
    public async Task Docx_Appendices_IndicatorsWithValueAndColour_TasksWithStatus_HeaderRowRepeated()
    {
        var (_, doc, _) = await DocxAsync();
        var tables = doc.MainDocumentPart!.Document.Body!.Elements<Table>().ToList();
        tables.Count.ShouldBe(4); // heading, signature, Phụ lục I, Phụ lục II
        Paragraph(doc, "Phụ lục I").ShouldNotBeNull();
        Paragraph(doc, "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU THÁNG 10/2026").ShouldNotBeNull();
        Paragraph(doc, "Phụ lục II").ParagraphProperties!.PageBreakBefore.ShouldNotBeNull();

        var indicators = tables[2];
        var rows = Cells(indicators);
        rows.Count.ShouldBe(5);
        rows[0].ShouldBe(["STT", "Chỉ tiêu", "Đơn vị tính", "Chỉ tiêu kế hoạch", "Giá trị kỳ báo cáo", "Màu / đánh giá"]);
        rows[1].ShouldBe(["1", "Tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến", "%", "≥ 80%", "85%", "Xanh"]);
        rows[2].ShouldBe(["2", "Tỷ lệ người dân có tài khoản định danh điện tử mức độ 2", "%", "≥ 90%", "45%", "Đỏ"]);
        rows[3][5].ShouldBe("Cam");
        rows[4].ShouldBe(["4", "Số hộ gia đình được gắn địa chỉ số", "hộ", "= 1.250", "", "Chưa có số liệu"]);
        var header = indicators.Elements<TableRow>().First();
        header.TableRowProperties!.GetFirstChild<TableHeader>().ShouldNotBeNull();
        Fill(indicators, 1, 5).ShouldBe(ReportColours.Fill(Core.Monitoring.IndicatorColour.Green));
        Fill(indicators, 2, 5).ShouldBe("FF7C80");
        Fill(indicators, 3, 5).ShouldBe("FFC000");
        Fill(indicators, 4, 5).ShouldBe("D9D9D9");
        var styles = doc.MainDocumentPart.StyleDefinitionsPart!.Styles!.Elements<Style>().ToDictionary(x => x.StyleId!.Value!);
        styles[OfficialDocx.TableText].StyleRunProperties!.FontSize!.Val!.Value.ShouldBe("24");
        styles[OfficialDocx.TableHead].StyleRunProperties!.Bold.ShouldNotBeNull();
        header.Descendants<ParagraphStyleId>().ShouldAllBe(x => x.Val == OfficialDocx.TableHead);
        var second = indicators.Elements<TableRow>().ElementAt(1).Elements<TableCell>().ElementAt(1);
        second.Descendants<ParagraphStyleId>().Single().Val!.Value.ShouldBe(OfficialDocx.TableText);

        var tasks = Cells(tables[3]);
        tasks.Count.ShouldBe(7);
        tasks[0].ShouldBe(["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời hạn", "Ngày hết hạn", "Tình trạng", "Số ngày quá hạn", "Kết quả / minh chứng"]);
        tasks[1].ShouldBe(["1", ReportFileSeed.Digitise, "Trung tâm Phục vụ hành chính công", "Trước ngày 30/9/2026", "30/09/2026",
            "Quá hạn chưa hoàn thành (quá hạn 43 ngày)", "43", ""]);
        tasks[3].ShouldBe(["3", ReportFileSeed.Publicise, "Phòng Văn hóa - Xã hội", "Trước ngày 30/6/2026", "30/06/2026",
            "Hoàn thành đúng hạn", "", "Đã ban hành Kế hoạch tuyên truyền (văn bản số 45/KH-UBND ngày 20/06/2026)"]);
        tasks[4][5].ShouldBe("Hoàn thành quá hạn (trễ 10 ngày)");
        tasks[5][5].ShouldBe("Đang thực hiện trong hạn (còn 18 ngày)");
        tables[3].Elements<TableRow>().First().TableRowProperties!.GetFirstChild<TableHeader>().ShouldNotBeNull();
    }

    private static string? Fill(Table table, int row, int column) =>
        table.Elements<TableRow>().ElementAt(row).Elements<TableCell>().ElementAt(column).TableCellProperties!.Shading?.Fill?.Value;
}

public sealed class ReportFileDocxTests_Sqlite(SqliteWebApp app) : ReportFileDocxTests(app), IClassFixture<SqliteWebApp>;

public sealed class ReportFileDocxTests_Postgres(PostgresWebApp app) : ReportFileDocxTests(app), IClassFixture<PostgresWebApp>;
