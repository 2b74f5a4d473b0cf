namespace SauRo.Core.Dashboards;

/// <summary>One office's figures on the commune's scorecard.</summary>
public sealed record OfficeScore(int OfficeId, string OfficeName, StatusCounts Tasks, int ReportsExpected, int ReportsOnTime, int OpenExplanations)
{
    /// <summary>Reports submitted on time among those due; null when none was due.</summary>
    public decimal? ReportsOnTimeRate => ReportsExpected == 0 ? null : (decimal)ReportsOnTime / ReportsExpected;
}

/// <summary>A scorecard row with its place in the ranking (equal figures share a place: 1, 2, 2, 4).</summary>
public sealed record RankedOffice(int Rank, OfficeScore Score);

/// <summary>
/// Ranks a commune's offices for emulation and rewards (thi đua, khen thưởng), by in order: the on-time completion rate
/// of tasks whose deadline has come (an office with none due ranks after those with some), fewer overdue tasks, the
/// rate of reports on time (none due: after those with some), fewer open explanation requests. Offices equal on all
/// four share a place; within a place, by name.
/// </summary>
public static class Scorecard
{
    public static IReadOnlyList<RankedOffice> Rank(IEnumerable<OfficeScore> offices)
    {
        ArgumentNullException.ThrowIfNull(offices);
        var ordered = offices
            .OrderByDescending(o => o.Tasks.OnTimeRate ?? -1m)
            .ThenBy(o => o.Tasks.Overdue)
            .ThenByDescending(o => o.ReportsOnTimeRate ?? -1m)
            .ThenBy(o => o.OpenExplanations)
            .ThenBy(o => o.OfficeName, StringComparer.Ordinal)
            .ToList();
        var ranked = new List<RankedOffice>(ordered.Count);
        for (var i = 0; i < ordered.Count; i++)
        {
            var rank = i > 0 && SamePlace(ordered[i], ordered[i - 1]) ? ranked[i - 1].Rank : i + 1;
            ranked.Add(new RankedOffice(rank, ordered[i]));
        }

        return ranked;
    }

    private static bool SamePlace(OfficeScore a, OfficeScore b) =>
        a.Tasks.OnTimeRate == b.Tasks.OnTimeRate && a.Tasks.Overdue == b.Tasks.Overdue
        && a.ReportsOnTimeRate == b.ReportsOnTimeRate && a.OpenExplanations == b.OpenExplanations;
}
