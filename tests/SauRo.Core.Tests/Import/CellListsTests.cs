using SauRo.Core.Import;

namespace SauRo.Core.Tests.Import;

public class CellListsTests
{
    [Theory]
    [InlineData("Trung tâm Phục vụ hành chính công; các cơ quan, đơn vị có hồ sơ TTHC", new[] { "Trung tâm Phục vụ hành chính công", "các cơ quan, đơn vị có hồ sơ TTHC" })]
    [InlineData("Các cơ quan, đơn vị", new[] { "Các cơ quan, đơn vị" })]
    [InlineData("Phòng Kinh tế, Hạ tầng và Đô thị", new[] { "Phòng Kinh tế, Hạ tầng và Đô thị" })]
    [InlineData("Phòng Văn hóa - Xã hội, Công an xã, Trạm Y tế", new[] { "Phòng Văn hóa - Xã hội", "Công an xã", "Trạm Y tế" })]
    [InlineData("Phòng Văn hóa - Xã hội và Trung tâm Phục vụ hành chính công", new[] { "Phòng Văn hóa - Xã hội", "Trung tâm Phục vụ hành chính công" })]
    [InlineData("Ủy ban Mặt trận Tổ quốc và các tổ chức chính trị - xã hội", new[] { "Ủy ban Mặt trận Tổ quốc và các tổ chức chính trị - xã hội" })]
    [InlineData("- Công an xã;\n- Các thôn.", new[] { "Công an xã", "Các thôn" })]
    [InlineData("", new string[0])]
    public void Offices_SplitsOnlyBetweenOfficeNames(string cell, string[] expected) => CellLists.Offices(cell).ShouldBe(expected);

    [Fact]
    public void Documents_SplitOnSemicolonsAndLineBreaks() =>
        CellLists.Documents("13-TB/CQTT;\n41-KH/TU;\n35/KH-UBND").ShouldBe(["13-TB/CQTT", "41-KH/TU", "35/KH-UBND"]);
}
