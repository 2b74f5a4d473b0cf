using SauRo.Core.Access;
using SauRo.Features.Accounts;

namespace SauRo.Tests.Web;

/// <summary>The pure rules of account management (no database).</summary>
public sealed class AccountRulesTests
{
    private static readonly UnitPlace Province = new(1, UnitLevel.Province, null, 1);
    private static readonly UnitPlace ProvinceOffice = new(2, UnitLevel.Office, null, 1);
    private static readonly UnitPlace Commune = new(10, UnitLevel.Commune, 10, 1);
    private static readonly UnitPlace Office = new(11, UnitLevel.Office, 10, 1);
    private static readonly UnitPlace OtherOffice = new(21, UnitLevel.Office, 20, 1);

    [Theory]
    [InlineData("an-binh.van-hoa-xa-hoi")]
    [InlineData("nguyen_van_a")]
    [InlineData("Admin2")]
    public void UserNameProblem_AcceptsLettersDigitsDotUnderscoreDash(string name) => AccountRules.UserNameProblem(name).ShouldBeNull();

    [Theory]
    [InlineData("", "Hãy nhập tên đăng nhập.")]
    [InlineData("ab", "phải dài từ 3 đến 64 ký tự")]
    [InlineData("nguyễn", "chỉ được gồm chữ cái không dấu, chữ số và các dấu . _ -")]
    [InlineData("van a", "chỉ được gồm chữ cái không dấu")]
    [InlineData("a@b.vn", "chỉ được gồm chữ cái không dấu")]
    [InlineData(".abc", "phải bắt đầu bằng chữ cái hoặc chữ số")]
    public void UserNameProblem_ExplainsInVietnamese(string name, string expected) => AccountRules.UserNameProblem(name)!.ShouldContain(expected);

    [Fact]
    public void UserNameProblem_TooLong() => AccountRules.UserNameProblem(new string('a', 65))!.ShouldContain("từ 3 đến 64 ký tự");

    [Fact]
    public void SuggestUserName_DropsDiacriticsAndTheKindWords()
    {
        AccountRules.SuggestUserName("Xã An Bình", "Phòng Văn hóa - Xã hội").ShouldBe("an-binh.van-hoa-xa-hoi");
        AccountRules.SuggestUserName("Phường Đông Hòa", "Công an phường").ShouldBe("dong-hoa.cong-an-phuong");
        AccountRules.SuggestUserName("Xã Tân Lập", "Văn phòng HĐND và UBND xã").ShouldBe("tan-lap.van-phong-hdnd-va-ubnd-xa");
        AccountRules.UserNameProblem(AccountRules.SuggestUserName("Xã Tân Lập", "Trung tâm Phục vụ hành chính công")).ShouldBeNull();
    }

    [Fact]
    public void SuggestUserName_StaysWithinTheLengthLimit()
    {
        var name = AccountRules.SuggestUserName("Xã Có Một Cái Tên Rất Dài Dài Dài", "Trung tâm Phục vụ hành chính công và một cái tên dài hơn nữa");
        name.Length.ShouldBeLessThanOrEqualTo(AccountRules.MaxUserName);
        AccountRules.UserNameProblem(name).ShouldBeNull();
    }

    [Fact]
    public void RoleUnitProblem_PutsEachRoleInItsKindOfUnit()
    {
        AccountRules.RoleUnitProblem(Role.OfficeOfficer, Office).ShouldBeNull();
        AccountRules.RoleUnitProblem(Role.OfficeOfficer, Commune)!.ShouldContain("phải thuộc một cơ quan, đơn vị của xã/phường");
        AccountRules.RoleUnitProblem(Role.OfficeOfficer, ProvinceOffice).ShouldNotBeNull();
        AccountRules.RoleUnitProblem(Role.StandingOfficer, Office).ShouldBeNull();
        AccountRules.RoleUnitProblem(Role.Leader, Commune).ShouldBeNull();
        AccountRules.RoleUnitProblem(Role.Leader, Province)!.ShouldContain("Lãnh đạo phải thuộc một xã/phường");
        AccountRules.RoleUnitProblem(Role.ProvinceOfficer, Province).ShouldBeNull();
        AccountRules.RoleUnitProblem(Role.ProvinceOfficer, ProvinceOffice).ShouldBeNull();
        AccountRules.RoleUnitProblem(Role.ProvinceOfficer, Commune)!.ShouldContain("Cán bộ tỉnh");
        AccountRules.RoleUnitProblem(Role.Admin, Office).ShouldBeNull();
    }

    [Fact]
    public void CanManage_StandingOfficerManagesOfficeOfficersOfTheCommuneOnly()
    {
        var standing = new Actor(new HashSet<Role> { Role.StandingOfficer }, Office);
        AccountRules.CanManage(standing, Office, [Role.OfficeOfficer]).ShouldBeTrue();
        AccountRules.CanManage(standing, OtherOffice, [Role.OfficeOfficer]).ShouldBeFalse();
        AccountRules.CanManage(standing, Commune, [Role.Leader]).ShouldBeFalse();
        AccountRules.CanManage(standing, Office, [Role.Admin]).ShouldBeFalse();
        AccountRules.CanManage(standing, Office, [Role.OfficeOfficer, Role.StandingOfficer]).ShouldBeFalse();
        AccountRules.CanManage(standing, null, []).ShouldBeFalse();

        var admin = new Actor(new HashSet<Role> { Role.Admin }, null);
        AccountRules.CanManage(admin, null, [Role.Admin]).ShouldBeTrue();
        AccountRules.CanManage(admin, OtherOffice, [Role.StandingOfficer]).ShouldBeTrue();

        var leader = new Actor(new HashSet<Role> { Role.Leader }, Commune);
        AccountRules.CanManage(leader, Office, [Role.OfficeOfficer]).ShouldBeFalse();
    }

    [Fact]
    public void IsDeactivated_OnlyForTheEndOfTime()
    {
        AccountRules.IsDeactivated(null).ShouldBeFalse();
        AccountRules.IsDeactivated(new DateTimeOffset(2026, 11, 22, 3, 0, 0, TimeSpan.Zero)).ShouldBeFalse();
        AccountRules.IsDeactivated(AccountRules.DeactivatedUntil).ShouldBeTrue();
        AccountRules.IsDeactivated(new DateTimeOffset(9999, 12, 31, 23, 59, 59, TimeSpan.Zero)).ShouldBeTrue();
    }

    [Fact]
    public void OneTimePassword_Has12CharactersWithoutLookAlikesWithADigitAndALowerCaseLetter()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < 2000; i++)
        {
            var p = OneTimePassword.New();
            p.Length.ShouldBe(12);
            p.ShouldContain(c => char.IsAsciiDigit(c));
            p.ShouldContain(c => char.IsAsciiLetterLower(c));
            p.IndexOfAny(['0', 'O', '1', 'l', 'I', 'o']).ShouldBe(-1, p);
            p.All(char.IsAsciiLetterOrDigit).ShouldBeTrue(p);
            seen.Add(p);
        }

        seen.Count.ShouldBe(2000);
    }
}
