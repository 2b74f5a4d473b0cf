namespace SauRo.Tests.Web;

/// <summary>The authorization table itself: it cannot rot silently.</summary>
public sealed class AuthorizationTableTests
{
    [Fact]
    public void EveryCapability_HasAtLeastOneRow()
    {
        Enum.GetValues<Capability>().Where(c => !AuthorizationTable.Used.Contains(c)).ShouldBeEmpty();
    }

    [Fact]
    public void RowsThatNeedATarget_AreTriedInEachScope()
    {
        Capability[] targetless = [Capability.Anyone, Capability.SignedIn, Capability.Nobody, Capability.AddProvinceOrCommune, Capability.Admin, Capability.AccountManager];
        AuthorizationTable.Entries.Where(e => e.Over == Over.Nothing && !targetless.Contains(e.Needs)).Select(e => e.Key).ShouldBeEmpty();
    }

    [Fact]
    public void FrameworkEndpoints_HaveRows()
    {
        AuthorizationTable.FrameworkEndpoints.Keys.Where(k => AuthorizationTable.Entries.All(e => e.Key != k)).ShouldBeEmpty();
    }
}
