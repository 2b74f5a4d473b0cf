using SauRo.Core.Plans;

namespace SauRo.Core.Tests.Plans;

public class PartialDateTests
{
    [Fact]
    public void ToIso_WritesOnlyTheKnownParts()
    {
        new PartialDate(2026, 4, 10).ToIso().ShouldBe("2026-04-10");
        new PartialDate(2026, 4).ToIso().ShouldBe("2026-04");
        new PartialDate(2026).ToIso().ShouldBe("2026");
        new PartialDate(2026, 4, 10).ToDisplay().ShouldBe("10/04/2026");
    }

    [Fact]
    public void TryCreate_ImpossibleDates_AreNull()
    {
        PartialDate.TryCreate(2026, 2, 29).ShouldBeNull();
        PartialDate.TryCreate(2028, 2, 29).ShouldNotBeNull();
        PartialDate.TryCreate(2026, 13, null).ShouldBeNull();
        PartialDate.TryCreate(2026, null, 5).ShouldBeNull();
    }

    [Fact]
    public void Constructor_ImpossibleDate_Throws() =>
        Should.Throw<ArgumentOutOfRangeException>(() => new PartialDate(2026, 4, 31));
}
