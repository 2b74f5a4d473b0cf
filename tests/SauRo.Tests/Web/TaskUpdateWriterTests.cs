using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using SauRo.Core.Monitoring;
using SauRo.Data.Entities;
using SauRo.Features.Monitoring;

namespace SauRo.Tests.Web;

/// <summary>
/// The writer behind the update API: updates queued together are saved in one save (statuses, audit trail in each
/// author's name), and a batch with one bad update saves the others and fails only that one.
/// </summary>
public abstract class TaskUpdateWriterTests(WebAppFixture app) : WebTest(app)
{
    [Fact]
    public async Task UpdatesQueuedTogether_AreSavedInOneBatch_WithStatusesAndEachAuthorInTheAuditTrail()
    {
        App.Clock.Set(MonitoringSeed.Vn(2026, 7, 10));
        var w = await MonitoringSeed.CommuneAsync(App);
        var tasks = new List<int>();
        for (var i = 1; i <= 3; i++)
        {
            tasks.Add(await MonitoringSeed.TaskAsync(App, w, "Quý III/2026", w.Offices[0], ordinal: i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        var writer = NewWriter();
        var updates = tasks.Select((t, i) => Update(t, $"can-bo-{i}", TaskProgressState.Done)).ToList();
        var saving = updates.Select(u => writer.SaveAsync(u, CancellationToken.None)).ToList(); // queued before the writer runs
        var before = App.SqlCommands.Count;
        await writer.StartAsync(CancellationToken.None);
        await Task.WhenAll(saving);
        var commands = App.SqlCommands.Since(before);
        await writer.StopAsync(CancellationToken.None);

        // One batch: three reads for all (the tasks with their plans, the updates the status rule needs, the snapshots),
        // then a row written for each update, snapshot and audit entry (PostgreSQL sends them in fewer commands).
        var all = string.Join("\n---\n", commands);
        commands.Count(c => c.TrimStart().StartsWith("SELECT", StringComparison.Ordinal)).ShouldBe(3, all);
        commands.Count.ShouldBeLessThanOrEqualTo(3 + (3 * 3), all);
        updates.ShouldAllBe(u => u.Id > 0);
        var statuses = await App.WithDbAsync(db => db.TaskStatusSnapshots.AsNoTracking().Where(s => tasks.Contains(s.TaskId)).ToListAsync());
        statuses.Count.ShouldBe(3);
        statuses.ShouldAllBe(s => s.Status == PlanTaskStatus.DoneOnTime);
        for (var i = 0; i < 3; i++)
        {
            var entry = await AuditAssert.HasEntryAsync(App, "TaskUpdate", updates[i].Id, AuditAction.Create, $"can-bo-{i}");
            entry.UserId.ShouldBe($"id-{i}");
            entry.TaskId.ShouldBe(tasks[i]);
            entry.UnitId.ShouldBe(w.Commune.Id);
        }
    }

    [Fact]
    public async Task BatchWithAnUpdateOfAMissingTask_SavesTheOthers_AndFailsOnlyThatOne()
    {
        App.Clock.Set(MonitoringSeed.Vn(2026, 7, 10));
        var w = await MonitoringSeed.CommuneAsync(App);
        var first = await MonitoringSeed.TaskAsync(App, w, "Quý III/2026", w.Offices[0], ordinal: "1");
        var second = await MonitoringSeed.TaskAsync(App, w, "Quý III/2026", w.Offices[0], ordinal: "2");

        var writer = NewWriter();
        var good1 = writer.SaveAsync(Update(first, "a", TaskProgressState.InProgress), CancellationToken.None);
        var bad = writer.SaveAsync(Update(int.MaxValue, "b", TaskProgressState.InProgress), CancellationToken.None);
        var good2 = writer.SaveAsync(Update(second, "c", TaskProgressState.InProgress), CancellationToken.None);
        await writer.StartAsync(CancellationToken.None);

        await good1;
        await good2;
        await Should.ThrowAsync<DbUpdateException>(bad);
        await writer.StopAsync(CancellationToken.None);
        (await MonitoringSeed.UpdatesAsync(App, first)).Select(u => u.UserName).ShouldBe(["a"]);
        (await MonitoringSeed.UpdatesAsync(App, second)).Select(u => u.UserName).ShouldBe(["c"]);
        (await App.WithDbAsync(db => db.TaskUpdates.CountAsync(u => u.TaskId == int.MaxValue))).ShouldBe(0);
        (await App.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.UserName == "b"))).ShouldBe(0);
    }

    [Fact]
    public async Task AfterStopping_AnUpdateIsRefusedAtOnce_AndNothingIsWritten()
    {
        App.Clock.Set(MonitoringSeed.Vn(2026, 7, 10));
        var w = await MonitoringSeed.CommuneAsync(App);
        var task = await MonitoringSeed.TaskAsync(App, w, "Quý III/2026", w.Offices[0]);
        var writer = NewWriter();
        await writer.StartAsync(CancellationToken.None);
        await writer.StopAsync(CancellationToken.None);

        // Queued after the stop began: nothing takes it any more, so the caller is told at once.
        await Should.ThrowAsync<System.Threading.Channels.ChannelClosedException>(writer.SaveAsync(Update(task, "d", TaskProgressState.InProgress), CancellationToken.None));
        (await MonitoringSeed.UpdatesAsync(App, task)).ShouldBeEmpty();
    }

    private TaskUpdateWriter NewWriter() => new(App.Services.GetRequiredService<IServiceScopeFactory>(), NullLogger<TaskUpdateWriter>.Instance);

    private TaskUpdate Update(int taskId, string user, TaskProgressState state) => new()
    {
        TaskId = taskId,
        UserId = $"id-{user.Split('-').Last()}",
        UserName = user,
        At = App.Clock.GetUtcNow(),
        State = state,
        PercentDone = state == TaskProgressState.Done ? 100 : 30,
        CompletedOn = state == TaskProgressState.Done ? new DateOnly(2026, 7, 10) : null,
        Result = "Đã làm",
    };
}

public sealed class TaskUpdateWriterTests_Sqlite(SqliteWebApp app) : TaskUpdateWriterTests(app), IClassFixture<SqliteWebApp>;

public sealed class TaskUpdateWriterTests_Postgres(PostgresWebApp app) : TaskUpdateWriterTests(app), IClassFixture<PostgresWebApp>;
