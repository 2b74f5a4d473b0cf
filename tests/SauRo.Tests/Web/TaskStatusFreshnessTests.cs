using SauRo.Features.Monitoring;

namespace SauRo.Tests.Web;

public sealed class TaskStatusFreshnessTests
{
    private static DateTimeOffset Vn(int day, int hour, int minute) => new(2026, 11, day, hour, minute, 0, TimeSpan.FromHours(7));

    [Fact]
    public void NothingIsCurrent_UntilAPassCompletes_ThenTheWholeDayOfItsStart()
    {
        var freshness = new TaskStatusFreshness();
        freshness.AllCurrentOn(new DateOnly(2026, 11, 22)).ShouldBeFalse();

        freshness.PassCompleted(Vn(22, 9, 0));
        freshness.AllCurrentOn(new DateOnly(2026, 11, 22)).ShouldBeTrue();
        freshness.AllCurrentOn(new DateOnly(2026, 11, 23)).ShouldBeFalse(); // a new day: statuses may have passed their validity
        freshness.AllCurrentOn(new DateOnly(2026, 11, 21)).ShouldBeFalse();
    }

    [Fact]
    public void APassBegunJustAfterMidnight_DoesNotCount_AWriteOfTheDayBeforeMayStillBeSaving()
    {
        var freshness = new TaskStatusFreshness();
        freshness.PassCompleted(Vn(22, 0, 0).AddSeconds(59));
        freshness.AllCurrentOn(new DateOnly(2026, 11, 22)).ShouldBeFalse();

        freshness.PassCompleted(Vn(22, 0, 1));
        freshness.AllCurrentOn(new DateOnly(2026, 11, 22)).ShouldBeTrue();
    }

    [Fact]
    public void AStatusComputedForAnotherDay_EndsWhatWasKnown_OneForTheSameDayDoesNot()
    {
        var freshness = new TaskStatusFreshness();
        freshness.PassCompleted(Vn(22, 9, 0));
        freshness.Computed(new DateOnly(2026, 11, 22));
        freshness.AllCurrentOn(new DateOnly(2026, 11, 22)).ShouldBeTrue();

        freshness.Computed(new DateOnly(2026, 11, 26)); // the clock was set forward: statuses computed for a later day
        freshness.AllCurrentOn(new DateOnly(2026, 11, 22)).ShouldBeFalse();
        freshness.AllCurrentOn(new DateOnly(2026, 11, 26)).ShouldBeFalse();
    }

    [Fact]
    public void ThePassInUtc_CountsForTheVietnameseDay()
    {
        var freshness = new TaskStatusFreshness();
        freshness.PassCompleted(new DateTimeOffset(2026, 11, 21, 18, 30, 0, TimeSpan.Zero)); // 01:30 on 22/11 in Vietnam
        freshness.AllCurrentOn(new DateOnly(2026, 11, 22)).ShouldBeTrue();
    }
}
