using SauRo.Core.Import;
using SauRo.Core.Import.Documents;
using SauRo.Core.Plans;

namespace SauRo.Core.Tests.Import;

/// <summary>
/// Plan shapes other than the three samples: other column sets and orders, two-level headers, numbered groups,
/// tables without an STT column, lists of offices, hostile rows. Each test writes the smallest document showing the shape.
/// </summary>
public class PlanParserShapeTests
{
    private const string Head = """
        Số: 07/KH-UBND

        Tân Lập, ngày 05 tháng 5 năm 2026

        KẾ HOẠCH

        Chuyển đổi số năm 2026

        """;

    internal static ParsedPlan Parse(string text) => PlanParser.Parse(TextDocumentReader.Read(text, ReadLimits.Default));

    [Fact]
    public void Parse_IndicatorTableInTheBodyWithOtherColumns_ReadsNameUnitTargetAndGroups()
    {
        var plan = Parse(Head + """
            II. CHỈ TIÊU

            | STT | Tên chỉ tiêu | ĐVT | Chỉ tiêu năm 2026 | Đơn vị chủ trì | Ghi chú |
            |---|---|---|---|---|---|
            | **A** | **Nhóm chỉ tiêu chính quyền số** | | | | |
            | 1 | Tỷ lệ hồ sơ xử lý trực tuyến | % | >= 95 | Văn phòng HĐND và UBND | |
            | 2 | Số mô hình chuyển đổi số tiêu biểu | Mô hình | 02 | Phòng Kinh tế | mới |
            | **B** | **Nhóm chỉ tiêu xã hội số** | | | | |
            | 3 | Tỷ lệ dân số có kỹ năng số cơ bản | % | 17,5 | Phòng Văn hóa - Xã hội | |
            """);

        plan.Indicators.Count.ShouldBe(3);
        plan.Tasks.ShouldBeEmpty();
        var first = plan.Indicators[0];
        first.Group.ShouldBe("Nhóm chỉ tiêu chính quyền số");
        first.Target.Comparator.ShouldBe(Comparator.AtLeast);
        first.Target.Value.ShouldBe(95m);
        first.Target.Unit.ShouldBe("%");
        plan.Indicators[1].Target.Unit.ShouldBe("Mô hình");
        plan.Indicators[1].Target.Value.ShouldBe(2m);
        plan.Indicators[2].Group.ShouldBe("Nhóm chỉ tiêu xã hội số");
        plan.Indicators[2].Target.Value.ShouldBe(17.5m);
        plan.Indicators[2].Lead.ShouldBe(["Phòng Văn hóa - Xã hội"]);
    }

    [Fact]
    public void Parse_TwoLevelHeaderWithColumnNumbers_ReadsStartAndEnd()
    {
        var plan = Parse(Head + """
            | TT | Nội dung công việc | Cơ quan thực hiện | Phối hợp | Thời gian thực hiện | | Sản phẩm đầu ra | Lãnh đạo phụ trách |
            |---|---|---|---|---|---|---|---|
            | | | | | Bắt đầu | Hoàn thành | | |
            | (1) | (2) | (3) | (4) | (5) | (6) | (7) | (8) |
            | 1 | Xây dựng kho dữ liệu dùng chung của xã | Văn phòng HĐND và UBND | Phòng Kinh tế | 01/6/2026 | 30/9/2026 | Kho dữ liệu | Phó Chủ tịch Lê Văn Tâm |
            """);

        var task = plan.Tasks.ShouldHaveSingleItem();
        task.Ordinal.ShouldBe("1");
        task.Lead.ShouldBe(["Văn phòng HĐND và UBND"]);
        task.Cooperating.ShouldBe(["Phòng Kinh tế"]);
        task.Due.Kind.ShouldBe(DeadlineKind.Window);
        task.Due.Start.ShouldBe(new DateOnly(2026, 6, 1));
        task.Due.End.ShouldBe(new DateOnly(2026, 9, 30));
        task.Product.ShouldBe("Kho dữ liệu");
        task.Accountable.ShouldBe("Phó Chủ tịch Lê Văn Tâm");
        task.SixClear.Authority.ShouldBeFalse();
        task.SixClear.Missing.ShouldBe(["rõ thẩm quyền"]);
    }

    [Fact]
    public void Parse_NumberedGroupsAboveSubItems_AreSectionsNotTasks()
    {
        var plan = Parse(Head + """
            TT	Nhiệm vụ	Chủ trì	Thời hạn	Sản phẩm
            1	Về hạ tầng số
            1.1	Phủ sóng 4G các thôn	Phòng Kinh tế	Quý III/2026	Báo cáo
            1.2	Lắp wifi miễn phí tại nhà văn hóa	Phòng Văn hóa - Xã hội	Quý IV/2026	Điểm wifi
            2	Về dữ liệu số
            2.1	Làm sạch dữ liệu đất đai	Phòng Kinh tế	Năm 2026	Dữ liệu
            """);

        plan.Tasks.Select(t => t.Ordinal).ShouldBe(["1.1", "1.2", "2.1"]);
        plan.Tasks[0].Section.ShouldBe("Về hạ tầng số");
        plan.Tasks[2].Section.ShouldBe("Về dữ liệu số");
        plan.Tasks[0].Due.End.ShouldBe(new DateOnly(2026, 9, 30));
        plan.Tasks[2].Due.Kind.ShouldBe(DeadlineKind.Window);
        plan.Tasks[2].Due.End.ShouldBe(new DateOnly(2026, 12, 31));
    }

    [Fact]
    public void Parse_TableWithoutOrdinalColumn_EveryRowIsATask()
    {
        var plan = Parse(Head + """
            Nhiệm vụ	Cơ quan chủ trì	Thời hạn
            Rà soát thủ tục hành chính	Trung tâm Phục vụ hành chính công	Tháng 6/2026
            Tập huấn kỹ năng số	Phòng Văn hóa - Xã hội	Quý III/2026
            """);

        plan.Tasks.Count.ShouldBe(2);
        plan.Tasks.ShouldAllBe(t => t.Ordinal == null);
        plan.Tasks[1].Content.ShouldBe("Tập huấn kỹ năng số");
    }

    [Fact]
    public void Parse_OrdinalColumnEmptyEverywhere_EveryRowIsATask()
    {
        var plan = Parse(Head + """
            STT	Nhiệm vụ	Cơ quan chủ trì	Thời hạn
            	Rà soát thủ tục hành chính	Trung tâm Phục vụ hành chính công	Tháng 6/2026
            	Tập huấn kỹ năng số	Phòng Văn hóa - Xã hội	Quý III/2026
            	Cập nhật dữ liệu dân cư	Công an xã	Thường xuyên
            """);

        plan.Tasks.Count.ShouldBe(3);
        plan.Tasks[2].Lead.ShouldBe(["Công an xã"]);
    }

    [Fact]
    public void Parse_TableContinuedWithoutRepeatedHeader_MergesTheFirstRowAndKeepsCounting()
    {
        var plan = Parse(Head + """
            STT	Nội dung nhiệm vụ	Chủ trì	Thời hạn	Sản phẩm
            1.	Xây dựng kế hoạch	Phòng Văn hóa - Xã hội	Tháng 5/2026	Kế hoạch
            2.	Tổ chức hội nghị triển khai kế hoạch tới	Phòng Văn hóa - Xã hội	Tháng 6/2026	Hội nghị

            	các thôn, tổ dân phố				
            3.	Kiểm tra, đánh giá	Văn phòng HĐND và UBND	Quý IV/2026	Báo cáo
            """);

        plan.Tasks.Select(t => t.Ordinal).ShouldBe(["1", "2", "3"]);
        plan.Tasks[1].Content.ShouldBe("Tổ chức hội nghị triển khai kế hoạch tới các thôn, tổ dân phố");
    }

    [Fact]
    public void Parse_CellTextOnItsOwnLineBetweenRows_JoinsTheRowAbove()
    {
        var plan = Parse(Head + """
            STT	Nội dung nhiệm vụ	Chủ trì	Thời hạn
            1	Nâng cấp trang thông tin điện tử	Văn phòng HĐND và UBND	Hoàn thành trước ngày 30/6/2026.
            Thường xuyên duy trì, cập nhật
            2	Số hóa sổ hộ tịch	Phòng Văn hóa - Xã hội	Quý III/2026
            """);

        plan.Tasks.Count.ShouldBe(2);
        plan.Tasks[0].Due.End.ShouldBe(new DateOnly(2026, 6, 30));
        plan.Tasks[0].Due.OngoingAfter.ShouldBeTrue();
        plan.Warnings.ShouldContain(w => w.StartsWith("Dòng 10:"));
    }

    [Fact]
    public void Parse_RowsWithMissingOrExtraCells_AreReadAndNamedByLine()
    {
        var plan = Parse(Head + """
            STT	Nội dung nhiệm vụ	Chủ trì	Thời hạn
            1	Nâng cấp trang thông tin điện tử	Văn phòng HĐND và UBND
            2	Số hóa sổ hộ tịch	Phòng Văn hóa - Xã hội	Quý III/2026	ghi chú thừa	thêm nữa
            """);

        plan.Tasks.Count.ShouldBe(2);
        plan.Warnings.ShouldContain(w => w.StartsWith("Dòng 9:") && w.Contains("3/4 ô"));
        plan.Warnings.ShouldContain(w => w.StartsWith("Dòng 10:") && w.Contains("nhiều hơn 4 cột"));
        plan.Tasks[0].Due.Kind.ShouldBe(DeadlineKind.Unknown);
        plan.Tasks[0].SixClear.When.ShouldBeFalse();
        plan.Tasks[1].Due.Text.ShouldBe("Quý III/2026 ghi chú thừa thêm nữa");
    }

    [Fact]
    public void Parse_OrdinalThatIsNotANumber_KeepsTheRowWithAWarning()
    {
        var plan = Parse(Head + """
            STT	Nội dung nhiệm vụ	Chủ trì	Thời hạn
            1	Việc thứ nhất	Công an xã	Tháng 6/2026
            x?	Việc thứ hai	Công an xã	Tháng 7/2026
            """);

        plan.Tasks.Count.ShouldBe(2);
        plan.Tasks[1].Ordinal.ShouldBe("x?");
        plan.Warnings.ShouldContain("Dòng 10: số thứ tự «x?» không phải số; vẫn đọc hàng này");
    }

    [Fact]
    public void Parse_HeadingWrittenInTheOrdinalCell_IsASection()
    {
        var plan = Parse(Head + """
            STT	Nội dung nhiệm vụ	Chủ trì	Thời hạn
            I. NHIỆM VỤ CHUNG			
            1	Việc thứ nhất	Công an xã	Tháng 6/2026
            """);

        plan.Tasks.ShouldHaveSingleItem().Section.ShouldBe("NHIỆM VỤ CHUNG");
    }

    [Fact]
    public void Parse_ListOfCommitteeMembers_IsNotReadAsTasks()
    {
        var plan = Parse(Head + """
            TT	Họ và tên	Chức vụ	Nhiệm vụ được phân công
            1	Nguyễn Văn An	Chủ tịch UBND xã	Trưởng ban
            2	Lê Thị Bình	Phó Chủ tịch UBND xã	Phó Trưởng ban thường trực
            """);

        plan.Tasks.ShouldBeEmpty();
        plan.Warnings.ShouldContain(w => w.Contains("bảng không có hàng tiêu đề nhận ra được"));
    }

    [Fact]
    public void Parse_AppendicesRestartNumbering_TasksKeepTheirAppendix()
    {
        var plan = Parse(Head + """
            **PHỤ LỤC I: NHIỆM VỤ TRỌNG TÂM**

            STT	Nội dung nhiệm vụ	Chủ trì	Thời hạn
            1	Việc A	Công an xã	Tháng 6/2026

            **PHỤ LỤC II: NHIỆM VỤ THƯỜNG XUYÊN**

            STT	Nội dung nhiệm vụ	Chủ trì	Thời hạn
            1	Việc B	Phòng Kinh tế	Thường xuyên
            """);

        plan.Tasks.Select(t => (t.Appendix, t.Ordinal, t.Content)).ShouldBe([("Phụ lục I", "1", "Việc A"), ("Phụ lục II", "1", "Việc B")]);
        plan.Tasks[1].AppendixTitle.ShouldBe("NHIỆM VỤ THƯỜNG XUYÊN");
        plan.Warnings.ShouldNotContain(w => w.Contains("cùng số"));
    }

    [Fact]
    public void Parse_SameOrdinalTwiceInOneAppendix_Warns()
    {
        var plan = Parse(Head + """
            STT	Nội dung nhiệm vụ	Chủ trì	Thời hạn
            1	Việc A	Công an xã	Tháng 6/2026
            1	Việc B	Công an xã	Tháng 7/2026
            """);

        plan.Tasks.Count.ShouldBe(2);
        plan.Warnings.ShouldContain(w => w.Contains("2 nhiệm vụ cùng số 1"));
    }

    [Fact]
    public void Parse_AppendixOfAnotherDocument_IsNotReportedMissing()
    {
        var plan = Parse(Head + """
            Thực hiện các chỉ tiêu tại Phụ lục I kèm theo Kế hoạch số 75/KH-UBND ngày 09/3/2026 và các nhiệm vụ tại Phụ lục II kèm theo Kế hoạch này.

            Tổng số nhiệm vụ: 3 nhiệm vụ.
            """);

        plan.Warnings.ShouldContain("Kế hoạch nhắc tới Phụ lục 2 nhưng tài liệu không kèm phụ lục này");
        plan.Warnings.ShouldNotContain(w => w.Contains("Phụ lục 1"));
        plan.Warnings.ShouldContain("Kế hoạch nêu 3 nhiệm vụ nhưng không tìm thấy phụ lục nhiệm vụ");
        plan.Header.DeclaredTasks.ShouldBe(3);
    }

    [Fact]
    public void Parse_DeclaredCountDiffersFromTheTable_Warns()
    {
        var plan = Parse(Head + """
            Tổng số nhiệm vụ: 05 nhiệm vụ.

            STT	Nội dung nhiệm vụ	Chủ trì	Thời hạn
            1	Việc A	Công an xã	Tháng 6/2026
            """);

        plan.Warnings.ShouldContain("Kế hoạch nêu 5 nhiệm vụ nhưng đọc được 1 nhiệm vụ trong bảng");
    }

    [Fact]
    public void Parse_QuarterlyAndHalfYearReportingDuties_AreRead()
    {
        var plan = Parse(Head + """
            Các cơ quan, đơn vị báo cáo định kỳ hằng quý trước ngày 20 của tháng cuối quý, báo cáo 6 tháng trước ngày 15/6 gửi UBND xã (qua Phòng Văn hóa - Xã hội).
            """);

        plan.Reporting.Select(r => (r.Frequency, r.DueDay)).ShouldBe([(ReportingFrequency.Quarterly, 20), (ReportingFrequency.HalfYearly, 15)]);
        plan.Reporting.ShouldAllBe(r => r.From == ReportingParty.Offices && r.To == "Phòng Văn hóa - Xã hội");
    }

    [Fact]
    public void Parse_HeaderBlockAsATable_ReadsIssuerNumberAndDate()
    {
        var plan = Parse("""
            ỦY BAN NHÂN DÂN	CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            PHƯỜNG ĐÔNG HÒA	Độc lập - Tự do - Hạnh phúc
            Số: 120/KH-UBND	Đông Hòa, ngày 02 tháng 02 năm 2026

            KẾ HOẠCH
            Ứng dụng công nghệ số năm 2026

            Căn cứ Kế hoạch số 42/KH-UBND ngày 10/02/2026 của UBND tỉnh;

            I. MỤC ĐÍCH

            TM. ỦY BAN NHÂN DÂN
            CHỦ TỊCH
            (Đã ký)
            Hoàng Văn Nam
            """);

        plan.Header.Issuer.ShouldBe("ỦY BAN NHÂN DÂN PHƯỜNG ĐÔNG HÒA");
        plan.Header.Number.ShouldBe("120/KH-UBND");
        plan.Header.Place.ShouldBe("Đông Hòa");
        plan.Header.IssuedOn.ShouldBe(new PartialDate(2026, 2, 2));
        plan.Header.Title.ShouldBe("Ứng dụng công nghệ số năm 2026");
        plan.Header.Bases.ShouldBe(["Kế hoạch số 42/KH-UBND ngày 10/02/2026 của UBND tỉnh"]);
        plan.Header.Signer.ShouldBe("Hoàng Văn Nam");
        plan.Header.SignerRole.ShouldBe("(Đã ký)");
    }

    [Fact]
    public void Parse_DraftWithoutDayAndMonth_KeepsTheYear()
    {
        var plan = Parse("""
            Số:    /KH-UBND

            Yên Sơn, ngày    tháng    năm 2026

            KẾ HOẠCH

            Chuyển đổi số
            """);

        plan.Header.Number.ShouldBeNull();
        plan.Header.NumberText.ShouldBe("/KH-UBND");
        plan.Header.IssuedOn.ShouldBe(new PartialDate(2026));
        plan.Header.Year.ShouldBe(2026);
    }

    [Fact]
    public void Parse_DeadlineWithoutYear_UsesThePlanYear()
    {
        var plan = Parse(Head + """
            STT	Nội dung nhiệm vụ	Chủ trì	Thời hạn
            1	Việc A	Công an xã	Trong tháng 9
            """);

        plan.Tasks.Single().Due.End.ShouldBe(new DateOnly(2026, 9, 30));
    }

    [Fact]
    public void Parse_ProseBulletWithTwoTargets_GivesTwoIndicators()
    {
        var plan = Parse(Head + """
            2. Mục tiêu cụ thể

            - 100% thôn có Tổ công nghệ số cộng đồng hoạt động hiệu quả; ít nhất 60% hộ gia đình sử dụng thanh toán không dùng tiền mặt.

            III. NHIỆM VỤ
            """);

        var prose = plan.Indicators.Where(i => i.Origin == ItemOrigin.Prose).ToList();
        prose.Count.ShouldBe(2);
        prose[0].Target.Value.ShouldBe(100m);
        prose[0].Target.Comparator.ShouldBe(Comparator.Exactly);
        prose[1].Target.Value.ShouldBe(60m);
        prose[1].Target.Comparator.ShouldBe(Comparator.AtLeast);
        prose[1].Name.ShouldStartWith("ít nhất 60% hộ gia đình");
    }
}

public class PlanParserMoreShapeTests
{
    private const string Head = "KẾ HOẠCH\n\nChuyển đổi số năm 2026\n\n";

    private static ParsedPlan Parse(string text) => PlanParserShapeTests.Parse(text);

    [Fact]
    public void Parse_YearColumns_PlanYearIsTheTargetAndLastYearANote()
    {
        var plan = Parse(Head + """
            STT	Tên chỉ tiêu	ĐVT	Thực hiện năm 2025	Năm 2026	Cơ quan chủ trì	Lãnh đạo UBND phụ trách
            1	Tỷ lệ hồ sơ trực tuyến toàn trình	%	62	≥ 80	Trung tâm Phục vụ hành chính công	Phó Chủ tịch Nguyễn Văn Bình
            """);

        var indicator = plan.Indicators.ShouldHaveSingleItem();
        indicator.Target.Value.ShouldBe(80m);
        indicator.Target.Comparator.ShouldBe(Comparator.AtLeast);
        indicator.Lead.ShouldBe(["Trung tâm Phục vụ hành chính công"]);
    }

    [Fact]
    public void Parse_BoldNumberedRowWithOnlyAName_IsAGroupHeading()
    {
        var plan = Parse(Head + """
            | STT | Nội dung nhiệm vụ | Chủ trì | Thời hạn |
            |---|---|---|---|
            | 1 | **Về hạ tầng số** | | |
            | 2 | Lắp camera an ninh | Công an xã | Quý III/2026 |
            """);

        var task = plan.Tasks.ShouldHaveSingleItem();
        task.Ordinal.ShouldBe("2");
        task.Section.ShouldBe("Về hạ tầng số");
    }

    [Fact]
    public void Parse_AppendixWithoutNumber_IsStillAnAppendix()
    {
        var plan = Parse(Head + """
            **PHỤ LỤC**

            **DANH MỤC NHIỆM VỤ NĂM 2026**

            STT	Nội dung nhiệm vụ	Chủ trì	Thời hạn
            1	Việc A	Công an xã	Tháng 6/2026
            """);

        var task = plan.Tasks.ShouldHaveSingleItem();
        task.Appendix.ShouldBe("Phụ lục");
        task.AppendixTitle.ShouldBe("DANH MỤC NHIỆM VỤ NĂM 2026");
    }

    [Fact]
    public void Parse_ReportingDutyWrittenAfterTheDay_AndRegulationWordsIgnored()
    {
        var plan = Parse(Head + """
            Các cơ quan, đơn vị gửi báo cáo trước ngày 25 hằng tháng về Phòng Văn hóa - Xã hội theo quy định; báo cáo 6 tháng trước ngày 15/6 và báo cáo năm trước ngày 15/12.

            Thực hiện đúng quy định trước ngày 30/4/2026 về việc báo cáo kết quả rà soát.
            """);

        plan.Reporting.Select(r => (r.Frequency, r.DueDay, r.DueMonth)).ShouldBe([
            (ReportingFrequency.Monthly, 25, null),
            (ReportingFrequency.HalfYearly, 15, null),
            (ReportingFrequency.Yearly, 15, 12),
        ]);
        plan.Reporting.ShouldAllBe(r => r.To == "Phòng Văn hóa - Xã hội" && r.From == ReportingParty.Offices);
    }
}
