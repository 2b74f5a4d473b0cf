using SauRo.Core.Access;

namespace SauRo.Core.Tests.Access;

/// <summary>Who may import a commune's exchange file into a province.</summary>
public class ExchangeAccessTests
{
    private static readonly UnitPlace Province1 = new(1, UnitLevel.Province, null, 1);
    private static readonly UnitPlace Province2 = new(2, UnitLevel.Province, null, 2);
    private static readonly UnitPlace Commune10 = new(10, UnitLevel.Commune, 10, 1);
    private static readonly UnitPlace Office100 = new(100, UnitLevel.Office, 10, 1);
    private static readonly UnitPlace Nation = new(0, UnitLevel.Nation, null, null);

    private static Actor As(Role role, UnitPlace? home) => new(new HashSet<Role> { role }, home);

    [Fact]
    public void CanImportExchange_AdminIntoAnyProvince_NotIntoACommuneOrTheNation()
    {
        var admin = As(Role.Admin, null);
        AccessRules.CanImportExchange(admin, Province1).ShouldBeTrue();
        AccessRules.CanImportExchange(admin, Province2).ShouldBeTrue();
        AccessRules.CanImportExchange(admin, Commune10).ShouldBeFalse();
        AccessRules.CanImportExchange(admin, Nation).ShouldBeFalse();
    }

    [Fact]
    public void CanImportExchange_ProvinceOfficerOnlyIntoTheirOwnProvince()
    {
        var officer = As(Role.ProvinceOfficer, Province1);
        AccessRules.CanImportExchange(officer, Province1).ShouldBeTrue();
        AccessRules.CanImportExchange(officer, Province2).ShouldBeFalse();
        AccessRules.CanImportExchange(officer, Commune10).ShouldBeFalse();
        AccessRules.CanImportExchange(As(Role.ProvinceOfficer, null), Province1).ShouldBeFalse();
    }

    [Fact]
    public void CanImportExchange_CommuneRolesNever()
    {
        foreach (var role in new[] { Role.StandingOfficer, Role.Leader })
        {
            AccessRules.CanImportExchange(As(role, Commune10), Province1).ShouldBeFalse(role.ToString());
        }

        AccessRules.CanImportExchange(As(Role.OfficeOfficer, Office100), Province1).ShouldBeFalse();
    }
}
