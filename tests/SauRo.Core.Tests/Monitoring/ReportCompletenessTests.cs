using System.Globalization;
using SauRo.Core.Monitoring;

namespace SauRo.Core.Tests.Monitoring;

public class ReportCompletenessTests
{
    private static readonly ReportingPeriod April = ReportingPeriod.Monthly(2026, 4);

    private static readonly ReportingPeriod May = ReportingPeriod.Monthly(2026, 5);

    private static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateTimeOffset At(string instant) => DateTimeOffset.Parse(instant, CultureInfo.InvariantCulture);

    [Fact]
    public void Compute_MixedOffices_CountsAndRates()
    {
        ExpectedReport[] expected =
        [
            new(1, April, D("2026-05-05")),
            new(2, April, D("2026-05-05")),
            new(3, April, D("2026-05-05")),
            new(4, April, D("2026-05-05")),
            new(1, May, D("2026-06-05")),
        ];
        ReportSubmission[] submissions =
        [
            new(1, April, At("2026-05-04T09:00:00+07:00"), Approved: true),
            new(2, April, At("2026-05-05T16:59:59Z"), Approved: false), // 23:59:59 on 05/05 in Vietnam: on time
            new(3, April, At("2026-05-05T17:00:00Z"), Approved: true),  // 00:00 on 06/05 in Vietnam: late
        ];

        var result = ReportCompleteness.Compute(expected, submissions, D("2026-05-10"));

        result.Overall.ShouldBe(new CompletenessFigures(4, 3, 2, 2));
        result.Overall.SubmittedRate.ShouldBe(0.75m);
        result.Overall.OnTimeRate.ShouldBe(0.5m);
        result.Overall.ApprovedRate.ShouldBe(0.5m);
        result.Overall.Missing.ShouldBe(1);
        result.Overall.Late.ShouldBe(1);
        result.ByOffice.Select(o => o.OfficeId).ShouldBe([1, 2, 3, 4]);
        result.ByOffice[0].Figures.ShouldBe(new CompletenessFigures(1, 1, 1, 1));
        result.ByOffice[0].Figures.OnTimeRate.ShouldBe(1m);
        result.ByOffice[2].Figures.OnTimeRate.ShouldBe(0m);
        result.ByOffice[3].Figures.SubmittedRate.ShouldBe(0m);
        result.Missing.ShouldBe([new ExpectedReport(4, April, D("2026-05-05"))]);
        result.NotYetDue.ShouldBe([new ExpectedReport(1, May, D("2026-06-05"))]);
    }

    [Fact]
    public void Compute_OnDueDateNotSubmitted_NotYetCounted()
    {
        var result = ReportCompleteness.Compute([new ExpectedReport(1, April, D("2026-05-05"))], [], D("2026-05-05"));

        result.Overall.Expected.ShouldBe(0);
        result.Missing.ShouldBeEmpty();
        result.NotYetDue.Count.ShouldBe(1);

        ReportCompleteness.Compute([new ExpectedReport(1, April, D("2026-05-05"))], [], D("2026-05-06")).Missing.Count.ShouldBe(1);
    }

    [Fact]
    public void Compute_NothingExpected_RatesNull()
    {
        var result = ReportCompleteness.Compute([new ExpectedReport(7, May, D("2026-06-05"))], [], D("2026-05-10"));

        result.Overall.ShouldBe(CompletenessFigures.Empty);
        result.Overall.SubmittedRate.ShouldBeNull();
        result.Overall.OnTimeRate.ShouldBeNull();
        result.ByOffice.Single().Figures.SubmittedRate.ShouldBeNull();
        ReportCompleteness.Compute([], [], D("2026-05-10")).ByOffice.ShouldBeEmpty();
    }

    [Fact]
    public void Compute_ReturnedThenResubmittedLate_OnTimeByFirstSubmission()
    {
        ReportSubmission[] submissions =
        [
            new(1, April, At("2026-05-04T09:00:00+07:00"), Approved: false),
            new(1, April, At("2026-05-08T09:00:00+07:00"), Approved: true),
        ];

        var result = ReportCompleteness.Compute([new ExpectedReport(1, April, D("2026-05-05"))], submissions, D("2026-05-10"));

        result.Overall.ShouldBe(new CompletenessFigures(1, 1, 1, 1));
    }

    [Fact]
    public void Compute_EarlySubmissionNotYetDue_CountedAsSubmitted()
    {
        var result = ReportCompleteness.Compute(
            [new ExpectedReport(1, May, D("2026-06-05"))], [new ReportSubmission(1, May, At("2026-05-20T09:00:00+07:00"), false)], D("2026-05-21"));

        result.Overall.ShouldBe(new CompletenessFigures(1, 1, 1, 0));
        result.Overall.SubmittedRate.ShouldBe(1m);
    }

    [Fact]
    public void Compute_UnexpectedSubmissionAndDuplicates_Ignored()
    {
        var expected = new ExpectedReport(1, April, D("2026-05-05"));
        ReportSubmission[] submissions =
        [
            new(1, April, At("2026-05-01T09:00:00+07:00"), true),
            new(1, May, At("2026-06-01T09:00:00+07:00"), true),
            new(9, April, At("2026-05-01T09:00:00+07:00"), true),
        ];

        var result = ReportCompleteness.Compute([expected, expected], submissions, D("2026-06-10"));

        result.Overall.ShouldBe(new CompletenessFigures(1, 1, 1, 1));
        result.ByOffice.Select(o => o.OfficeId).ShouldBe([1]);
    }
}
