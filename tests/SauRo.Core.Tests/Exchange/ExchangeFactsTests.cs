using SauRo.Core.Exchange;
using SauRo.Core.Monitoring;
using SauRo.Core.Plans;

namespace SauRo.Core.Tests.Exchange;

/// <summary>What the receiving side believes: deadlines read again, statuses computed from the facts.</summary>
public class ExchangeFactsTests
{
    private static readonly DateOnly Today = new(2026, 11, 22);
    private static readonly DateTimeOffset Since = new(2026, 3, 20, 10, 0, 0, TimeSpan.FromHours(7));

    [Fact]
    public void Deadline_OurReadingWins_AndADifferentOneIsWarned()
    {
        var written = new ExchangeDeadline { Text = "Quý III/2026", Kind = DeadlineKind.Date, End = new DateOnly(2026, 12, 31) };

        var deadline = ExchangeFacts.Deadline(written, 2026, out var warning);

        (deadline.Kind, deadline.Start, deadline.End).ShouldBe((DeadlineKind.Quarter, new DateOnly(2026, 7, 1), new DateOnly(2026, 9, 30)));
        warning.ShouldBe("thời hạn «Quý III/2026»: tệp hiểu là «Hạn 31/12/2026», Sáu Rõ hiểu là «Trong quý III/2026 (01/07/2026–30/09/2026)»; dùng cách hiểu của Sáu Rõ.");
    }

    [Fact]
    public void Deadline_TheSameReading_IsNotWarned()
    {
        ExchangeFacts.Deadline(new ExchangeDeadline { Text = "Quý III/2026", Kind = DeadlineKind.Quarter, Start = new(2026, 7, 1), End = new(2026, 9, 30) }, 2026, out var warning)
            .End.ShouldBe(new DateOnly(2026, 9, 30));
        warning.ShouldBeNull();
    }

    [Fact]
    public void Deadline_TheFilesReading_IsTakenWhenOursFindsNone()
    {
        var written = new ExchangeDeadline { Text = "Theo tiến độ của tỉnh", Kind = DeadlineKind.Date, End = new DateOnly(2026, 10, 15) };

        var deadline = ExchangeFacts.Deadline(written, 2026, out var warning);

        (deadline.Kind, deadline.End, deadline.Text).ShouldBe((DeadlineKind.Date, new DateOnly(2026, 10, 15), "Theo tiến độ của tỉnh"));
        warning.ShouldBe("thời hạn «Theo tiến độ của tỉnh»: Sáu Rõ không tự hiểu được; dùng cách hiểu trong tệp («Hạn 15/10/2026»).");
    }

    [Fact]
    public void Deadline_NeitherReading_StaysUnknown_AndAbsentIsBlank()
    {
        ExchangeFacts.Deadline(new ExchangeDeadline { Text = "Theo tiến độ của tỉnh", Kind = DeadlineKind.Date }, 2026, out var warning)
            .Kind.ShouldBe(DeadlineKind.Unknown);
        warning.ShouldBeNull();
        var blank = ExchangeFacts.Deadline(null, 2026, out _);
        (blank.Text, blank.Kind).ShouldBe((string.Empty, DeadlineKind.Unknown));
    }

    [Fact]
    public void Status_IsComputedFromTheDeadlineAndTheUpdates_NeverTakenFromTheFile()
    {
        var quarter3 = DeadlineParser.Parse("Quý III/2026", 2026);
        ExchangeUpdate Done(int month, int day) => new()
        {
            At = new DateTimeOffset(2026, month, day, 16, 0, 0, TimeSpan.FromHours(7)),
            State = ExchangeProgress.Done,
        };

        ExchangeFacts.Status(quarter3, [Done(9, 25)], Since, Today, 7, 14).Status.ShouldBe(PlanTaskStatus.DoneOnTime);
        ExchangeFacts.Status(quarter3, [Done(10, 3)], Since, Today, 7, 14).Status.ShouldBe(PlanTaskStatus.DoneLate);
        ExchangeFacts.Status(quarter3, [], Since, Today, 7, 14).Status.ShouldBe(PlanTaskStatus.Overdue);
        ExchangeFacts.Status(DeadlineParser.Parse("Trước ngày 25/11/2026", 2026), [], Since, Today, 7, 14).Status.ShouldBe(PlanTaskStatus.DueSoon);
        ExchangeFacts.Status(DeadlineParser.Parse("Quý IV/2026", 2026), [], Since, Today, 7, 14).Status.ShouldBe(PlanTaskStatus.InProgress);
    }

    [Fact]
    public void Status_DoneOnTheDayTheUpdateNames_NotTheDayItWasWritten()
    {
        var update = new ExchangeUpdate { At = new DateTimeOffset(2026, 10, 20, 9, 0, 0, TimeSpan.FromHours(7)), State = ExchangeProgress.Done, CompletedOn = new DateOnly(2026, 9, 28) };

        ExchangeFacts.Status(DeadlineParser.Parse("Quý III/2026", 2026), [update], Since, Today, 7, 14).Status.ShouldBe(PlanTaskStatus.DoneOnTime);
    }
}
