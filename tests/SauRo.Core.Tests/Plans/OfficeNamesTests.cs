using SauRo.Core.Plans;

namespace SauRo.Core.Tests.Plans;

public class OfficeNamesTests
{
    [Theory]
    [InlineData("Phòng Văn hóa - Xã hội", "phòng Văn hoá - Xã hội xã")]
    [InlineData("Phòng Văn hóa - Xã hội", "Phòng VHXH")]
    [InlineData("Phòng Văn hóa - Xã hội", "VHXH")]
    [InlineData("Phòng Kinh tế", "Kinh tế")]
    [InlineData("Phòng Văn hóa - Xã hội", "PHÒNG VĂN HÓA – XÃ HỘI PHƯỜNG")]
    [InlineData("Công an xã", "Công an")]
    [InlineData("Trung tâm Phục vụ hành chính công", "TT PVHCC")]
    public void SameOffice_DifferentWritings_AreTheSame(string a, string b) => OfficeNames.SameOffice(a, b).ShouldBeTrue();

    [Theory]
    [InlineData("Phòng Văn hóa - Xã hội", "Phòng Kinh tế")]
    [InlineData("Công an xã", "Trạm Y tế xã")]
    public void SameOffice_OtherOffices_Differ(string a, string b) => OfficeNames.SameOffice(a, b).ShouldBeFalse();

    [Theory]
    [InlineData("Các cơ quan, đơn vị", true)]
    [InlineData("các cơ quan, đơn vị có hồ sơ TTHC", true)]
    [InlineData("Cơ quan, đơn vị liên quan", true)]
    [InlineData("Phòng Kinh tế", false)]
    public void IsVagueGroup_RecognisesGroups(string name, bool vague) => OfficeNames.IsVagueGroup(name).ShouldBe(vague);
}
