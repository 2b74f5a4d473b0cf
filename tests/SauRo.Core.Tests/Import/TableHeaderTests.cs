using SauRo.Core.Import;
using SauRo.Core.Import.Documents;

namespace SauRo.Core.Tests.Import;

public class TableHeaderTests
{
    private static Table Row(params string[] cells) => new(1, [new TableRow(1, cells.Select(c => new TableCell(c, false)).ToList())]);

    [Theory]
    [InlineData("tt", ColumnRole.Ordinal)]
    [InlineData("stt", ColumnRole.Ordinal)]
    [InlineData("noi dung nhiem vu", ColumnRole.TaskContent)]
    [InlineData("ten nhiem vu", ColumnRole.TaskContent)]
    [InlineData("co quan chu tri tham muu", ColumnRole.Lead)]
    [InlineData("co quan phoi hop", ColumnRole.Cooperating)]
    [InlineData("san pham ket qua", ColumnRole.Product)]
    [InlineData("han hoan thanh", ColumnRole.Due)]
    [InlineData("thoi gian giao theo ke hoach", ColumnRole.Due)]
    [InlineData("van ban giao nhiem vu", ColumnRole.Basis)]
    [InlineData("can cu giao", ColumnRole.Basis)]
    [InlineData("tien do dieu chinh thoi gian thuc hien theo chi dao cua ban chi dao", ColumnRole.AdjustedDue)]
    [InlineData("nguoi dung dau chiu trach nhiem", ColumnRole.Accountable)]
    [InlineData("chi tieu", ColumnRole.IndicatorName)]
    [InlineData("don vi tinh", ColumnRole.Unit)]
    [InlineData("chi tieu nam 2026", ColumnRole.Target)]
    [InlineData("ket qua", ColumnRole.Result)]
    [InlineData("van ban nguon", ColumnRole.Source)]
    [InlineData("ghi chu", ColumnRole.Note)]
    public void Classify_HeaderWords_GiveTheRole(string folded, ColumnRole role) => TableHeader.Classify(folded).ShouldBe(role);

    [Fact]
    public void Recognize_IndicatorTable_ResultColumnIsTheTarget()
    {
        var header = TableHeader.Recognize(Row("TT", "Chỉ tiêu", "Đơn vị", "Kết quả", "Cơ quan chủ trì thực hiện", "Văn bản nguồn"), null)!;
        header.Kind.ShouldBe(TableKind.Indicators);
        header.Roles.ShouldBe([ColumnRole.Ordinal, ColumnRole.IndicatorName, ColumnRole.Unit, ColumnRole.Target, ColumnRole.Lead, ColumnRole.Source]);
    }

    [Fact]
    public void Recognize_TaskTable_ResultColumnIsTheProduct()
    {
        var header = TableHeader.Recognize(Row("TT", "Tên nhiệm vụ", "Chủ trì", "Phối hợp", "Kết quả", "Thời hạn", "Căn cứ giao"), null)!;
        header.Kind.ShouldBe(TableKind.Tasks);
        header.Roles.ShouldBe([ColumnRole.Ordinal, ColumnRole.TaskContent, ColumnRole.Lead, ColumnRole.Cooperating, ColumnRole.Product, ColumnRole.Due, ColumnRole.Basis]);
    }

    [Fact]
    public void Recognize_ContentAndTargetColumns_ChiTieuIsTheTarget()
    {
        var header = TableHeader.Recognize(Row("STT", "Nội dung", "ĐVT", "Chỉ tiêu", "Cơ quan chủ trì"), null)!;
        header.Kind.ShouldBe(TableKind.Indicators);
        header.Roles.ShouldBe([ColumnRole.Ordinal, ColumnRole.IndicatorName, ColumnRole.Unit, ColumnRole.Target, ColumnRole.Lead]);
    }

    [Fact]
    public void Recognize_AppendixTitleDecidesAnAmbiguousTable()
    {
        TableHeader.Recognize(Row("STT", "Nội dung", "Cơ quan chủ trì"), "CHỈ TIÊU CỤ THỂ NĂM 2026")!.Kind.ShouldBe(TableKind.Indicators);
        TableHeader.Recognize(Row("STT", "Nội dung", "Cơ quan chủ trì"), "DANH MỤC NHIỆM VỤ")!.Kind.ShouldBe(TableKind.Tasks);
    }

    [Fact]
    public void Recognize_RowOfData_IsNotAHeader()
    {
        TableHeader.Recognize(Row("1", "Tỷ lệ hồ sơ", "%", "100", "Công an xã"), null).ShouldBeNull();
        TableHeader.Recognize(Row("ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), null).ShouldBeNull();
    }

    [Theory]
    [InlineData(true, "(1)", "(2)", "(3)", "(4)")]
    [InlineData(true, "1", "2", "3", "4", "5")]
    [InlineData(true, "A", "B", "1", "2")]
    [InlineData(false, "1", "Tỷ lệ", "%", "100")]
    public void IsColumnNumberRow_OnlyColumnNumbers(bool expected, params string[] cells) =>
        TableHeader.IsColumnNumberRow(Row(cells).Rows[0]).ShouldBe(expected);
}
