using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using SauRo.Data;
using SauRo.Features.Monitoring;
using SauRo.Features.Reports;

namespace SauRo.Bench.National;

/// <summary>Loads a synthetic country into a fresh database, table by table, and says how long it took.</summary>
public static class CountryLoader
{
    private static readonly System.Globalization.CultureInfo Vietnamese = System.Globalization.CultureInfo.GetCultureInfo("vi-VN");

    public sealed record LoadResult(TimeSpan Elapsed, IReadOnlyDictionary<string, long> Rows);

    /// <summary>
    /// Every table of the country, then the task statuses and indicator colours on <paramref name="today"/> computed in
    /// memory by the app's rules (the app would otherwise compute the missing ones itself, too slowly for 200,000 tasks
    /// at read time), and the plans' report completeness computed by the app.
    /// </summary>
    public static async Task<LoadResult> LoadAsync(
        SauRoDbContext db, SyntheticCountry country, DateOnly today, MonitoringSettings settings, Action<string>? progress = null, CancellationToken cancellation = default)
    {
        var watch = Stopwatch.StartNew();
        await DatabaseMigrator.MigrateAsync(db, cancellation);
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync(cancellation);
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF;", cancellation);
        }

        var loader = new BulkLoader(db);
        var rows = new Dictionary<string, long>(StringComparer.Ordinal);
        async Task Table<T>(string name, IEnumerable<T> items)
            where T : class
        {
            var step = Stopwatch.StartNew();
            rows[name] = await loader.LoadAsync(items, cancellation);
            progress?.Invoke(string.Create(Vietnamese, $"  {name}: {rows[name]:N0} hàng, {step.Elapsed.TotalSeconds:0.0} giây"));
        }

        await Table("Units", country.Units());
        await Table("Plans", country.Plans());
        await Table("PlanBases", country.PlanBases());
        await Table("PlanReportingDuties", country.Duties());
        await Table("Indicators", country.Indicators());
        await Table("IndicatorLeads", country.IndicatorLeads());
        await Table("PlanTasks", country.PlanTasks());
        await Table("TaskUnits", country.TaskUnits());
        await Table("TaskBases", country.TaskBases());
        await Table("Reports", country.Reports());
        await Table("IndicatorValues", country.IndicatorValues());
        await Table("TaskUpdates", country.TaskUpdates());
        await Table("ExplanationRequests", country.ExplanationRequests());
        await Table("TaskStatusSnapshots", country.StatusSnapshots(today, settings));
        await Table("IndicatorColourSnapshots", country.ColourSnapshots(today, settings));
        await loader.FixSequencesAsync(cancellation);

        // The plans' report completeness, computed by the app's own code as its refresh service would after the load.
        var step = Stopwatch.StartNew();
        rows["ReportCompletenessSnapshots"] = await ReportCompletenessStore.RefreshStaleAsync(
            db, db.Plans, SyntheticCountry.Year, today, settings.CutOffDay, cancellation);
        progress?.Invoke(string.Create(Vietnamese, $"  ReportCompletenessSnapshots: {rows["ReportCompletenessSnapshots"]:N0} hàng, {step.Elapsed.TotalSeconds:0.0} giây"));
        // SQLite: back to the journal mode the app itself creates its database with (rollback journal), so that the app
        // is measured as it runs, not with a faster setting the bulk load chose for itself.
        await db.Database.ExecuteSqlRawAsync(db.Database.IsNpgsql() ? "ANALYZE" : "ANALYZE; PRAGMA journal_mode=DELETE;", cancellation);
        return new LoadResult(watch.Elapsed, rows);
    }
}
