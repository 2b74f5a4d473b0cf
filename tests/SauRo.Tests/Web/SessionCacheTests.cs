using SauRo.Hosting;

namespace SauRo.Tests.Web;

/// <summary><see cref="SessionCache"/>: what is kept, and that a change to an account is never hidden by a read older than it.</summary>
public class SessionCacheTests
{
    private static readonly SessionCache.Account Stamped = new("dau-1", null, null);

    [Fact]
    public void Keep_ThenFind_GivesTheAccountUntilForgotten()
    {
        var cache = new SessionCache();
        cache.Find("u1").ShouldBeNull();

        cache.Keep("u1", Stamped, cache.Version);
        cache.Find("u1").ShouldBe(Stamped);
        cache.Find("u2").ShouldBeNull();

        cache.Forget(["u1"]);
        cache.Find("u1").ShouldBeNull();
    }

    [Fact]
    public void Keep_AfterAnAccountChangedSinceTheRead_KeepsNothing()
    {
        var cache = new SessionCache();
        var version = cache.Version; // a request reads the account…
        cache.Forget(["u1"]); // …while a save changes it

        cache.Keep("u1", Stamped, version);

        cache.Find("u1").ShouldBeNull();
        cache.Keep("u1", Stamped, cache.Version);
        cache.Find("u1").ShouldBe(Stamped);
    }

    [Fact]
    public void Window_IsFiveSeconds() => SessionCache.Window.ShouldBe(TimeSpan.FromSeconds(5));
}
