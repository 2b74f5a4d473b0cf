using SauRo.Core.Access;

namespace SauRo.Core.Tests.Access;

/// <summary>The rights of each role over its own unit, another commune of the province, and another province.</summary>
public class AccessRulesTests
{
    // Province 1 with communes 10 (offices 100, 101) and 11 (office 110); province 2 with commune 20 (office 200).
    private static readonly UnitPlace Province1 = new(1, UnitLevel.Province, null, 1);
    private static readonly UnitPlace Commune10 = new(10, UnitLevel.Commune, 10, 1);
    private static readonly UnitPlace Office100 = new(100, UnitLevel.Office, 10, 1);
    private static readonly UnitPlace Office101 = new(101, UnitLevel.Office, 10, 1);
    private static readonly UnitPlace Commune11 = new(11, UnitLevel.Commune, 11, 1);
    private static readonly UnitPlace Office110 = new(110, UnitLevel.Office, 11, 1);
    private static readonly UnitPlace Commune20 = new(20, UnitLevel.Commune, 20, 2);
    private static readonly UnitPlace Nation = new(0, UnitLevel.Nation, null, null);

    private static Actor As(Role role, UnitPlace? home) => new(new HashSet<Role> { role }, home);

    [Fact]
    public void Admin_DoesEverythingEverywhere()
    {
        var admin = As(Role.Admin, Nation);
        foreach (var place in new[] { Province1, Commune10, Office100, Commune20 })
        {
            AccessRules.CanRead(admin, place).ShouldBeTrue();
            AccessRules.CanEditPlans(admin, place).ShouldBeTrue();
            AccessRules.CanManageUnit(admin, place).ShouldBeTrue();
            AccessRules.CanManageAccount(admin, place).ShouldBeTrue();
        }

        AccessRules.CanAddProvinceOrCommune(admin).ShouldBeTrue();
    }

    [Fact]
    public void ProvinceOfficer_ReadsItsProvinceEditsOnlyItsOwnPlans()
    {
        var officer = As(Role.ProvinceOfficer, Province1);
        AccessRules.CanRead(officer, Province1).ShouldBeTrue();
        AccessRules.CanRead(officer, Commune10).ShouldBeTrue();
        AccessRules.CanRead(officer, Office110).ShouldBeTrue();
        AccessRules.CanRead(officer, Commune20).ShouldBeFalse();
        AccessRules.CanRead(officer, Nation).ShouldBeFalse();
        AccessRules.CanEditPlans(officer, Province1).ShouldBeTrue();
        AccessRules.CanEditPlans(officer, Commune10).ShouldBeFalse();
        AccessRules.CanManageAccount(officer, Office100).ShouldBeFalse();
        AccessRules.CanAddProvinceOrCommune(officer).ShouldBeFalse();
    }

    [Fact]
    public void StandingOfficer_RunsItsCommuneAndNothingElse()
    {
        var officer = As(Role.StandingOfficer, Commune10);
        AccessRules.CanRead(officer, Commune10).ShouldBeTrue();
        AccessRules.CanRead(officer, Office101).ShouldBeTrue();
        AccessRules.CanRead(officer, Commune11).ShouldBeFalse();
        AccessRules.CanRead(officer, Province1).ShouldBeFalse();
        AccessRules.CanRead(officer, Commune20).ShouldBeFalse();
        AccessRules.CanEditPlans(officer, Commune10).ShouldBeTrue();
        AccessRules.CanEditPlans(officer, Commune11).ShouldBeFalse();
        AccessRules.CanManageAccount(officer, Office100).ShouldBeTrue();
        AccessRules.CanManageAccount(officer, Commune10).ShouldBeFalse();
        AccessRules.CanManageAccount(officer, Office110).ShouldBeFalse();
        AccessRules.AssignableRoles(officer).ShouldBe([Role.OfficeOfficer]);
        AccessRules.CanAddOffice(officer, Commune10).ShouldBeTrue();
        AccessRules.CanAddOffice(officer, Commune11).ShouldBeFalse();
        AccessRules.CanAddOffice(officer, Office100).ShouldBeFalse();
        AccessRules.CanManageUnit(officer, Office100).ShouldBeTrue();
        AccessRules.CanManageUnit(officer, Commune10).ShouldBeFalse(); // renaming the commune is the administrator's
        AccessRules.CanManageUnit(officer, Office110).ShouldBeFalse();
    }

    [Fact]
    public void StandingOfficerWhoseAccountSitsInTheStandingOffice_StillRunsTheCommune()
    {
        var officer = As(Role.StandingOfficer, Office100);
        AccessRules.CanEditPlans(officer, Commune10).ShouldBeTrue();
        AccessRules.CanEditPlans(officer, Commune11).ShouldBeFalse();
    }

    [Fact]
    public void Leader_ReadsTheCommuneApprovesButDoesNotEdit()
    {
        var leader = As(Role.Leader, Commune10);
        AccessRules.CanRead(leader, Commune10).ShouldBeTrue();
        AccessRules.CanRead(leader, Commune11).ShouldBeFalse();
        AccessRules.CanEditPlans(leader, Commune10).ShouldBeFalse();
        AccessRules.CanApprove(leader, Commune10).ShouldBeTrue();
        AccessRules.CanApprove(leader, Commune11).ShouldBeFalse();
        AccessRules.CanComment(leader, Commune10, [], []).ShouldBeTrue();
    }

    [Fact]
    public void OfficeOfficer_UpdatesTasksItsOfficeLeadsAndCommentsWhereItCooperates()
    {
        var officer = As(Role.OfficeOfficer, Office100);
        AccessRules.CanRead(officer, Commune10).ShouldBeTrue();
        AccessRules.CanRead(officer, Commune11).ShouldBeFalse();
        AccessRules.CanEditPlans(officer, Commune10).ShouldBeFalse();
        AccessRules.CanUpdateTask(officer, Commune10, [100]).ShouldBeTrue();
        AccessRules.CanUpdateTask(officer, Commune10, [101]).ShouldBeFalse();
        AccessRules.CanComment(officer, Commune10, [101], [100]).ShouldBeTrue();
        AccessRules.CanComment(officer, Commune10, [101], []).ShouldBeFalse();
        AccessRules.CanUpdateTask(officer, Commune11, [100]).ShouldBeFalse(); // its office id cannot lead another commune's task
        AccessRules.CanManageAccount(officer, Office100).ShouldBeFalse();
        AccessRules.CanApprove(officer, Commune10).ShouldBeFalse();
    }

    [Fact]
    public void AccountWithoutUnitOrRole_SeesNothing()
    {
        AccessRules.CanRead(new Actor(new HashSet<Role>(), Commune10), Commune10).ShouldBeFalse();
        AccessRules.CanRead(As(Role.StandingOfficer, null), Commune10).ShouldBeFalse();
        AccessRules.CanEditPlans(As(Role.StandingOfficer, null), Commune10).ShouldBeFalse();
    }

    [Fact]
    public void SeveralRoles_AddUp()
    {
        var both = new Actor(new HashSet<Role> { Role.Leader, Role.StandingOfficer }, Commune10);
        AccessRules.CanEditPlans(both, Commune10).ShouldBeTrue();
        AccessRules.CanApprove(both, Commune10).ShouldBeTrue();
    }
}
