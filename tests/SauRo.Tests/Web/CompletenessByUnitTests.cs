using SauRo.Core.Monitoring;
using SauRo.Features.Reports;

namespace SauRo.Tests.Web;

public sealed class CompletenessByUnitTests
{
    [Fact]
    public void Figures_ReadBackAsWritten_AndAddUpPerUnit()
    {
        var text = CompletenessByUnit.Format(
        [
            new UnitCompleteness(5, "Phòng Kinh tế", false, new CompletenessFigures(2, 1, 1, 0)),
            new UnitCompleteness(7, "Xã An Bình", true, new CompletenessFigures(1, 1, 0, 0)),
        ]);
        text.ShouldBe("5:2,1,1,0;7:1,1,0,0");

        var units = new Dictionary<int, CompletenessFigures>();
        CompletenessByUnit.AddTo(units, text);
        CompletenessByUnit.AddTo(units, "5:1,1,1,1");
        CompletenessByUnit.AddTo(units, "");
        units.ShouldBe(new Dictionary<int, CompletenessFigures> { [5] = new(3, 2, 2, 1), [7] = new(1, 1, 0, 0) });
    }

    [Theory]
    [InlineData("5:2,1,1")]
    [InlineData("x:1,1,1,1")]
    [InlineData("5;1,1,1,1")]
    [InlineData("5:1,1,-1,1")]
    [InlineData("5:1,1,1,99999999999")]
    [InlineData("5:1,1,1,1,1")]
    public void AValueThatDoesNotReadBack_SaysWhichPart(string broken)
    {
        var units = new Dictionary<int, CompletenessFigures>();
        Should.Throw<FormatException>(() => CompletenessByUnit.AddTo(units, broken)).Message.ShouldContain("bị hỏng");
    }
}
