using Microsoft.EntityFrameworkCore;
using SauRo.Data;

namespace SauRo.Features.Monitoring;

/// <summary>
/// Writes kept figures that writes mark by raising their version (indicator colours, report completeness), a chunk of
/// keys at a time: the kept rows are read (tracked) first, then the caller computes fresh rows from the data, which
/// overwrite the kept ones or are added, and the chunk is saved. If a write raised a version meanwhile, or another
/// reader added a row first, the chunk is read and computed again (up to five times), so a computation from data read
/// before a write never overwrites that write's mark. The rows are detached after the save: the caller's own tracked
/// records stay as they are and the figures are not kept in memory.
/// </summary>
public static class VersionedRows
{
    private const int Attempts = 5;

    /// <summary>Returns how many rows were written.</summary>
    public static async Task<int> WriteAsync<TRow>(
        SauRoDbContext db,
        IReadOnlyCollection<int> keys,
        int batch,
        Func<int[], Task<List<TRow>>> readKept,
        Func<int[], Task<List<TRow>>> compute,
        Func<TRow, int> keyOf,
        Action<TRow, TRow> overwrite,
        CancellationToken cancellation)
        where TRow : class
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(readKept);
        ArgumentNullException.ThrowIfNull(compute);
        ArgumentNullException.ThrowIfNull(keyOf);
        ArgumentNullException.ThrowIfNull(overwrite);
        var written = 0;
        foreach (var chunk in keys.Distinct().Chunk(batch))
        {
            for (var attempt = 1; ; attempt++)
            {
                var kept = (await readKept(chunk)).ToDictionary(keyOf);
                var fresh = await compute(chunk);
                var touched = new List<TRow>(kept.Values);
                foreach (var row in fresh)
                {
                    if (kept.TryGetValue(keyOf(row), out var old))
                    {
                        overwrite(old, row);
                    }
                    else
                    {
                        db.Set<TRow>().Add(row);
                        touched.Add(row);
                    }
                }

                try
                {
                    await db.SaveChangesAsync(cancellation);
                    written += fresh.Count;
                    break;
                }
                catch (DbUpdateException e) when (attempt < Attempts && (e is DbUpdateConcurrencyException || DatabaseErrors.IsUniqueViolation(e)))
                {
                    // A write marked some of them, or another reader kept them first: read and compute again.
                }
                finally
                {
                    foreach (var row in touched)
                    {
                        db.Entry(row).State = EntityState.Detached;
                    }
                }
            }
        }

        return written;
    }
}
