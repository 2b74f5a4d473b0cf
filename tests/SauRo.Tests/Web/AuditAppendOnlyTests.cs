using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using SauRo.Data;
using SauRo.Data.Entities;
using SauRo.Features.Audit;

namespace SauRo.Tests.Web;

/// <summary>Audit rows are only ever added: the database refuses UPDATE, DELETE (and TRUNCATE), the app refuses through EF.</summary>
public abstract class AuditAppendOnlyTests(WebAppFixture app) : WebTest(app)
{
    private const string Refusal = "Nhật ký chỉ được ghi thêm";

    /// <summary>A fresh audit row (the creation of a new unit) and its summary.</summary>
    private async Task<(long Id, string Summary)> EntryAsync()
    {
        var (_, commune, _) = await App.NewCommuneAsync();
        var entry = await AuditAssert.HasEntryAsync(App, AuditedTypes.Unit, commune.Id, AuditAction.Create);
        return (entry.Id, entry.Summary);
    }

    private Task<AuditEntry?> StoredAsync(long id) => App.WithDbAsync(db => db.AuditEntries.AsNoTracking().SingleOrDefaultAsync(e => e.Id == id));

    [Fact]
    public async Task RawSqlUpdate_IsRefusedByTheDatabase()
    {
        var (id, summary) = await EntryAsync();

        var error = await Should.ThrowAsync<DbException>(() => App.WithDbAsync(db =>
            db.Database.ExecuteSqlRawAsync("UPDATE \"AuditEntries\" SET \"Summary\" = 'giả mạo', \"UserName\" = 'ai đó' WHERE \"Id\" = {0}", id)));

        error.Message.ShouldContain(Refusal);
        var stored = await StoredAsync(id);
        stored.ShouldNotBeNull().Summary.ShouldBe(summary);
        stored.UserName.ShouldBe(AuditText.SystemUser);
    }

    [Fact]
    public async Task RawSqlDelete_IsRefusedByTheDatabase()
    {
        var (id, _) = await EntryAsync();
        var count = await App.WithDbAsync(db => db.AuditEntries.CountAsync());

        var one = await Should.ThrowAsync<DbException>(() => App.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("DELETE FROM \"AuditEntries\" WHERE \"Id\" = {0}", id)));
        var all = await Should.ThrowAsync<DbException>(() => App.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("DELETE FROM \"AuditEntries\"")));

        one.Message.ShouldContain(Refusal);
        all.Message.ShouldContain(Refusal);
        (await StoredAsync(id)).ShouldNotBeNull();
        (await App.WithDbAsync(db => db.AuditEntries.CountAsync())).ShouldBe(count);
    }

    [Fact]
    public async Task BulkUpdateAndDeleteThroughEf_AreRefusedByTheDatabase()
    {
        var (id, summary) = await EntryAsync();

        (await Should.ThrowAsync<DbException>(() => App.WithDbAsync(db => db.AuditEntries.Where(e => e.Id == id).ExecuteDeleteAsync())))
            .Message.ShouldContain(Refusal);
        (await Should.ThrowAsync<DbException>(() => App.WithDbAsync(db => db.AuditEntries.Where(e => e.Id == id).ExecuteUpdateAsync(s => s.SetProperty(e => e.Summary, "giả mạo")))))
            .Message.ShouldContain(Refusal);

        (await StoredAsync(id)).ShouldNotBeNull().Summary.ShouldBe(summary);
    }

    [Fact]
    public async Task Truncate_IsRefusedByPostgres()
    {
        if (App.Provider != DatabaseProvider.Postgres)
        {
            return; // SQLite has no TRUNCATE; its DELETE without WHERE is refused above
        }

        var (id, _) = await EntryAsync();

        (await Should.ThrowAsync<DbException>(() => App.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("TRUNCATE \"AuditEntries\""))))
            .Message.ShouldContain(Refusal);
        (await StoredAsync(id)).ShouldNotBeNull();
    }

    [Fact]
    public async Task ChangingOrDeletingAnEntryThroughEf_Throws()
    {
        var (id, summary) = await EntryAsync();

        var changed = await Should.ThrowAsync<InvalidOperationException>(() => App.WithDbAsync(async db =>
        {
            var entry = await db.AuditEntries.SingleAsync(e => e.Id == id);
            entry.Summary = "giả mạo";
            return await db.SaveChangesAsync();
        }));
        var removed = await Should.ThrowAsync<InvalidOperationException>(() => App.WithDbAsync(async db =>
        {
            db.AuditEntries.Remove(await db.AuditEntries.SingleAsync(e => e.Id == id));
            return await db.SaveChangesAsync();
        }));

        changed.Message.ShouldBe(AuditInterceptor.AppendOnlyMessage);
        removed.Message.ShouldBe(AuditInterceptor.AppendOnlyMessage);
        (await StoredAsync(id)).ShouldNotBeNull().Summary.ShouldBe(summary);
    }

    [Fact]
    public async Task WritingAnEntryByHand_Throws()
    {
        var count = await App.WithDbAsync(db => db.AuditEntries.CountAsync());

        await Should.ThrowAsync<InvalidOperationException>(() => App.WithDbAsync(db =>
        {
            db.AuditEntries.Add(new AuditEntry
            {
                At = App.Clock.GetUtcNow(),
                UserName = "ai đó",
                EntityType = AuditedTypes.Plan,
                EntityId = "1",
                Summary = "Xóa kế hoạch giả",
                SearchKey = "xoa ke hoach gia",
            });
            return db.SaveChangesAsync();
        }));

        (await App.WithDbAsync(db => db.AuditEntries.CountAsync())).ShouldBe(count);
    }

    [Fact]
    public async Task AnEntryReadWithTracking_DoesNotStopOtherWrites()
    {
        var (id, _) = await EntryAsync();
        var (_, commune, _) = await App.NewCommuneAsync();

        await App.WithDbAsync(async db =>
        {
            _ = await db.AuditEntries.SingleAsync(e => e.Id == id);
            var unit = await db.Units.SingleAsync(u => u.Id == commune.Id);
            unit.SortOrder = 7;
            return await db.SaveChangesAsync();
        });

        var entry = await AuditAssert.HasEntryAsync(App, AuditedTypes.Unit, commune.Id, AuditAction.Update);
        AuditAssert.After(entry).ShouldBe(new Dictionary<string, string?> { ["SortOrder"] = "7" });
    }
}

public sealed class AuditAppendOnlyTests_Sqlite(SqliteWebApp app) : AuditAppendOnlyTests(app), IClassFixture<SqliteWebApp>;

public sealed class AuditAppendOnlyTests_Postgres(PostgresWebApp app) : AuditAppendOnlyTests(app), IClassFixture<PostgresWebApp>;
