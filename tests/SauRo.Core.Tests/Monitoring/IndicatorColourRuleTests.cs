using System.Globalization;
using SauRo.Core.Monitoring;
using SauRo.Core.Plans;

namespace SauRo.Core.Tests.Monitoring;

public class IndicatorColourRuleTests
{
    private static readonly DateOnly YearStart = D("2026-01-01");

    private static readonly DateOnly TargetDate = D("2026-12-31");

    private static readonly DateOnly July15 = D("2026-07-15");

    private static readonly Target AtLeast80 = new("≥ 80%", Comparator.AtLeast, 80m, "%");

    private static readonly Target AtMost5 = new("≤ 5%", Comparator.AtMost, 5m, "%");

    private static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static IndicatorProgress On30June(decimal value, decimal? baseline) =>
        new([new IndicatorReading(D("2026-06-30"), value)]) { Baseline = baseline };

    private static IndicatorAssessment Evaluate(Target target, IndicatorProgress progress, DateOnly? today = null) =>
        IndicatorColourRule.Evaluate(target, progress, today ?? July15, YearStart, TargetDate);

    [Fact]
    public void Evaluate_WorkedExampleValue60_RedAtRisk()
    {
        // 30/06 is 180 of 364 days into the year: expected = 50 + 30 × 180/364 ≈ 64.84, r = 10 / 14.84 ≈ 0.67.
        var a = Evaluate(AtLeast80, On30June(60m, 50m));

        a.Colour.ShouldBe(IndicatorColour.Red);
        a.Reason.ShouldBe(IndicatorColourReason.AtRisk);
        a.Baseline.ShouldBe(50m);
        a.Latest.ShouldBe(60m);
        a.LatestAsOf.ShouldBe(D("2026-06-30"));
        Math.Round(a.ElapsedShare!.Value, 4).ShouldBe(0.4945m);
        Math.Round(a.Expected!.Value, 0).ShouldBe(65m);
        Math.Round(a.Expected!.Value, 2).ShouldBe(64.84m);
        Math.Round(a.PaceRatio!.Value, 2).ShouldBe(0.67m);
    }

    [Fact]
    public void Evaluate_WorkedExampleValue63_OrangeBehindPace()
    {
        var a = Evaluate(AtLeast80, On30June(63m, 50m));

        a.Colour.ShouldBe(IndicatorColour.Orange);
        a.Reason.ShouldBe(IndicatorColourReason.BehindPace);
        a.PaceRatio!.Value.ShouldBe(0.87m, 0.01m);
    }

    [Fact]
    public void Evaluate_WorkedExampleValue66_GreenOnPace()
    {
        var a = Evaluate(AtLeast80, On30June(66m, 50m));

        a.Colour.ShouldBe(IndicatorColour.Green);
        a.Reason.ShouldBe(IndicatorColourReason.OnPace);
        Math.Round(a.PaceRatio!.Value, 2).ShouldBe(1.08m);
    }

    [Fact]
    public void Evaluate_WorkedExampleValue81_GreenMet()
    {
        var a = Evaluate(AtLeast80, On30June(81m, 50m));

        a.Colour.ShouldBe(IndicatorColour.Green);
        a.Reason.ShouldBe(IndicatorColourReason.Met);
        a.Expected.ShouldBeNull();
    }

    [Theory]
    [InlineData(60, IndicatorColour.Red, "0.74")]
    [InlineData(62, IndicatorColour.Orange, "0.89")]
    [InlineData(64, IndicatorColour.Green, "1.04")]
    public void Evaluate_ReadmeExample_MonthlyValuesAsOfTheirCutOff(int june, IndicatorColour colour, string ratio)
    {
        // The README's example: "≥ 80%", March's value (data to 14/03) 50, June's (data to 14/06) as given. The year's
        // first value is the baseline; 14/06 is 164 of 364 days in: expected = 50 + 30 × 164/364 ≈ 63.52.
        var progress = new IndicatorProgress(
        [
            IndicatorReading.ForPeriod(ReportingPeriod.Monthly(2026, 3), 50m),
            IndicatorReading.ForPeriod(ReportingPeriod.Monthly(2026, 6), june),
        ]);

        var a = Evaluate(AtLeast80, progress);

        a.LatestAsOf.ShouldBe(D("2026-06-14"));
        a.Baseline.ShouldBe(50m);
        Math.Round(a.Expected!.Value, 2).ShouldBe(63.52m);
        Math.Round(a.PaceRatio!.Value, 2).ShouldBe(decimal.Parse(ratio, CultureInfo.InvariantCulture));
        a.Colour.ShouldBe(colour);
    }

    [Fact]
    public void Evaluate_ReadmeExample_TargetReachedOrRatioGiven_Green()
    {
        var march = IndicatorReading.ForPeriod(ReportingPeriod.Monthly(2026, 3), 50m);

        Evaluate(AtLeast80, new IndicatorProgress([march, IndicatorReading.ForPeriod(ReportingPeriod.Monthly(2026, 6), 80m)])).Reason
            .ShouldBe(IndicatorColourReason.Met);
        var ratio = Evaluate(AtLeast80, new IndicatorProgress([march, IndicatorReading.ForPeriod(ReportingPeriod.Monthly(2026, 6), 45m, 60m)]));
        ratio.Latest.ShouldBe(75m);
        Math.Round(ratio.PaceRatio!.Value, 2).ShouldBe(1.85m);
        ratio.Colour.ShouldBe(IndicatorColour.Green);
    }

    [Fact]
    public void Evaluate_PaceRatioExactlyPointEight_Orange()
    {
        // Target 150 from 50 at mid-span (share 0.5): expected 100; value 90 → r = 40/50 = 0.8.
        var target = new Target("≥ 150", Comparator.AtLeast, 150m, null);
        var progress = new IndicatorProgress([new IndicatorReading(D("2026-07-02"), 90m)]) { Baseline = 50m };

        var a = Evaluate(target, progress);

        a.ElapsedShare.ShouldBe(0.5m);
        a.Expected.ShouldBe(100m);
        a.PaceRatio.ShouldBe(0.8m);
        a.Colour.ShouldBe(IndicatorColour.Orange);
    }

    [Theory]
    [InlineData(10, IndicatorColour.Green, IndicatorColourReason.OnPace)]
    [InlineData(11, IndicatorColour.Orange, IndicatorColourReason.BehindPace)]
    [InlineData(13, IndicatorColour.Red, IndicatorColourReason.AtRisk)]
    [InlineData(5, IndicatorColour.Green, IndicatorColourReason.Met)]
    public void Evaluate_AtMostTarget_MirroredLowerIsBetter(int value, IndicatorColour colour, IndicatorColourReason reason)
    {
        // Late dossiers ≤ 5%, from 15%: expected on 30/06 ≈ 15 − 10 × 0.4945 = 10.05.
        var a = Evaluate(AtMost5, On30June(value, 15m));

        a.Colour.ShouldBe(colour);
        a.Reason.ShouldBe(reason);
        if (reason != IndicatorColourReason.Met)
        {
            Math.Round(a.Expected!.Value, 2).ShouldBe(10.05m);
        }
    }

    [Fact]
    public void Evaluate_LessThanTarget_StrictMet()
    {
        var target = new Target("dưới 5%", Comparator.LessThan, 5m, "%");

        Evaluate(target, On30June(5m, 15m)).Reason.ShouldNotBe(IndicatorColourReason.Met);
        Evaluate(target, On30June(4.9m, 15m)).Reason.ShouldBe(IndicatorColourReason.Met);
    }

    [Fact]
    public void Evaluate_ExactlyTarget_CountsAsAtLeast()
    {
        var target = new Target("100%", Comparator.Exactly, 100m, "%");

        Evaluate(target, On30June(100m, 60m)).Reason.ShouldBe(IndicatorColourReason.Met);
        var a = Evaluate(target, On30June(85m, 60m));
        a.Colour.ShouldBe(IndicatorColour.Green);
        a.Reason.ShouldBe(IndicatorColourReason.OnPace);
    }

    [Fact]
    public void Evaluate_NoReadings_GreyNoValue() =>
        Evaluate(AtLeast80, IndicatorProgress.None).ShouldBe(new IndicatorAssessment(IndicatorColour.Grey, IndicatorColourReason.NoValue));

    [Fact]
    public void Evaluate_TargetWithoutNumber_GreyNoNumericTarget()
    {
        var target = new Target("Hoàn thành", Comparator.Exactly, null, null);

        Evaluate(target, On30June(60m, 50m)).Reason.ShouldBe(IndicatorColourReason.NoNumericTarget);
        Evaluate(target, On30June(60m, 50m)).Colour.ShouldBe(IndicatorColour.Grey);
    }

    [Fact]
    public void Evaluate_YearlyIndicatorBeforeItsValue_GreyThenAssessedAgainstLastYear()
    {
        var lastYear = IndicatorReading.ForPeriod(ReportingPeriod.Yearly(2025), 70m);
        var before = new IndicatorProgress([lastYear]);

        Evaluate(AtLeast80, before, D("2026-11-30")).Reason.ShouldBe(IndicatorColourReason.NoValue);

        var after = new IndicatorProgress([lastYear, IndicatorReading.ForPeriod(ReportingPeriod.Yearly(2026), 75m)]);
        var a = Evaluate(AtLeast80, after, D("2026-12-20"));

        // As of 14/12/2026 (347 of 364 days): expected ≈ 70 + 10 × 0.953 = 79.53, r = 5 / 9.53 ≈ 0.52.
        a.Baseline.ShouldBe(70m);
        a.LatestAsOf.ShouldBe(D("2026-12-14"));
        Math.Round(a.Expected!.Value, 2).ShouldBe(79.53m);
        a.Colour.ShouldBe(IndicatorColour.Red);
    }

    [Fact]
    public void Evaluate_AfterTargetDateNotMet_RedMissed()
    {
        var a = Evaluate(AtLeast80, On30June(79m, 50m), D("2027-01-01"));

        a.Colour.ShouldBe(IndicatorColour.Red);
        a.Reason.ShouldBe(IndicatorColourReason.Missed);
        Evaluate(AtLeast80, On30June(79m, 50m), TargetDate).Reason.ShouldNotBe(IndicatorColourReason.Missed);
        Evaluate(AtLeast80, On30June(80m, 50m), D("2027-01-01")).Colour.ShouldBe(IndicatorColour.Green);
    }

    [Fact]
    public void Evaluate_NumeratorDenominator_ValueIsPercentage()
    {
        // 45 of 60 officials trained = 75%.
        var progress = new IndicatorProgress([new IndicatorReading(D("2026-06-30"), 45m, 60m)]) { Baseline = 50m };

        var a = Evaluate(AtLeast80, progress);

        a.Latest.ShouldBe(75m);
        a.Colour.ShouldBe(IndicatorColour.Green);
    }

    [Fact]
    public void Evaluate_DenominatorZero_GreyNotComputable()
    {
        var progress = new IndicatorProgress([new IndicatorReading(D("2026-03-31"), 70m), new IndicatorReading(D("2026-06-30"), 0m, 0m)]);

        var a = Evaluate(AtLeast80, progress);

        a.Colour.ShouldBe(IndicatorColour.Grey);
        a.Reason.ShouldBe(IndicatorColourReason.NotComputable);
        new IndicatorReading(D("2026-06-30"), 3m, 0m).Computed.ShouldBeNull();
    }

    [Fact]
    public void Evaluate_NoBaselineSeveralValues_FirstValueIsBaseline()
    {
        var progress = new IndicatorProgress(
        [
            new IndicatorReading(D("2026-06-30"), 60m),
            new IndicatorReading(D("2026-01-14"), 50m),
        ]);

        var a = Evaluate(AtLeast80, progress);

        a.Baseline.ShouldBe(50m);
        a.Latest.ShouldBe(60m);
        a.Colour.ShouldBe(IndicatorColour.Red);
    }

    [Fact]
    public void Evaluate_NoBaselineSingleValueAtLeast_BaselineZero()
    {
        var a = Evaluate(AtLeast80, On30June(60m, null));

        a.Baseline.ShouldBe(0m);
        a.Colour.ShouldBe(IndicatorColour.Green);
    }

    [Fact]
    public void Evaluate_NoBaselineSingleValueAtMost_GreyNoBaseline()
    {
        var a = Evaluate(AtMost5, On30June(9m, null));

        a.Colour.ShouldBe(IndicatorColour.Grey);
        a.Reason.ShouldBe(IndicatorColourReason.NoBaseline);
        a.Latest.ShouldBe(9m);
    }

    [Fact]
    public void Evaluate_BaselineAlreadyMetThenFallen_Red()
    {
        var a = Evaluate(AtLeast80, On30June(78m, 85m));

        a.Expected.ShouldBe(85m);
        a.PaceRatio.ShouldBe(0m);
        a.Colour.ShouldBe(IndicatorColour.Red);
    }

    [Fact]
    public void Evaluate_ReadingAfterToday_Ignored()
    {
        var progress = new IndicatorProgress([new IndicatorReading(D("2026-06-30"), 60m), new IndicatorReading(D("2026-09-30"), 90m)])
        {
            Baseline = 50m,
        };

        Evaluate(AtLeast80, progress).Latest.ShouldBe(60m);
    }

    [Fact]
    public void Explain_PaceColour_VietnameseWithDecimalComma()
    {
        var text = Evaluate(AtLeast80, On30June(63m, 50m)).Explain();

        text.ShouldBe("Giá trị 63 (số liệu đến 30/06/2026); theo tiến độ cần 64,84 (từ mức đầu năm 50); đạt 88% tiến độ.");
    }

    [Fact]
    public void Label_EachColour_VietnameseWithCssKey()
    {
        IndicatorColour.Red.Label().ShouldBe("Nguy cơ không đạt");
        IndicatorColour.Orange.Label().ShouldBe("Chậm so với tiến độ");
        IndicatorColour.Green.Label().ShouldBe("Đúng tiến độ / đã đạt");
        IndicatorColour.Grey.Label().ShouldBe("Chưa đánh giá được");
        IndicatorColour.Red.CssKey().ShouldBe("red");
        IndicatorColourText.FromCssKey("grey").ShouldBe(IndicatorColour.Grey);
        Enum.GetValues<IndicatorColour>()[0].ShouldBe(IndicatorColour.Red);
    }
}
