using Microsoft.EntityFrameworkCore;
using SauRo.Core.Plans;
using SauRo.Data;
using SauRo.Data.Entities;

namespace SauRo.Features.Plans;

/// <summary>One of the six points of a task, for its badge: short label, the point's name, whether it is clear.</summary>
public sealed record SixClearPoint(string Label, string Point, bool Clear);

/// <summary>The 06-rõ count of a set of tasks: how many are complete, and how many lack each point.</summary>
public sealed class SixClearSummary
{
    /// <summary>The six points in the customary order, as <see cref="SixClear.Missing"/> names them.</summary>
    public static readonly IReadOnlyList<string> PointNames = ["rõ người", "rõ việc", "rõ thời gian", "rõ trách nhiệm", "rõ sản phẩm", "rõ thẩm quyền"];

    private readonly Dictionary<string, int> _missing = PointNames.ToDictionary(p => p, _ => 0, StringComparer.Ordinal);

    public int Total { get; private set; }

    public int Complete { get; private set; }

    /// <summary>"5/7 nhiệm vụ đủ 06 rõ".</summary>
    public string Text => $"{Complete}/{Total} nhiệm vụ đủ 06 rõ";

    /// <summary>The points some task lacks, with how many tasks lack each, in the customary order.</summary>
    public IEnumerable<(string Point, int Tasks)> Missing => PointNames.Where(p => _missing[p] > 0).Select(p => (p, _missing[p]));

    public void Add(SixClear six)
    {
        Total++;
        if (six.IsComplete)
        {
            Complete++;
        }

        foreach (var point in six.Missing)
        {
            _missing[point]++;
        }
    }

    /// <summary>The badges of one task.</summary>
    public static IReadOnlyList<SixClearPoint> Points(SixClear s) =>
    [
        new("Người", "rõ người", s.Who),
        new("Việc", "rõ việc", s.What),
        new("Thời gian", "rõ thời gian", s.When),
        new("Trách nhiệm", "rõ trách nhiệm", s.Responsibility),
        new("Sản phẩm", "rõ sản phẩm", s.Product),
        new("Thẩm quyền", "rõ thẩm quyền", s.Authority),
    ];

    /// <summary>
    /// The 06-rõ summary of each plan, in one query that reads only what the rule looks at (not the tasks' texts).
    /// </summary>
    public static async Task<Dictionary<int, SixClearSummary>> ForPlansAsync(SauRoDbContext db, IReadOnlyCollection<int> planIds, CancellationToken cancellation)
    {
        var result = planIds.Distinct().ToDictionary(id => id, _ => new SixClearSummary());
        if (result.Count == 0)
        {
            return result;
        }

        var ids = result.Keys.ToList();
        var facts = await db.Tasks.AsNoTracking()
            .Where(t => ids.Contains(t.PlanId))
            .Select(t => new
            {
                t.PlanId,
                HasContent = t.Content != string.Empty,
                t.Accountable,
                t.AccountableExpected,
                t.Product,
                t.DueKind,
                HasBasis = t.Bases.Any(),
                Units = t.Units.OrderBy(u => u.Position).Select(u => new { u.Role, u.Name }).ToList(),
            })
            .ToListAsync(cancellation);
        foreach (var f in facts)
        {
            var kind = Enum.TryParse<DeadlineKind>(f.DueKind, out var k) ? k : DeadlineKind.Unknown;
            var six = SixClearRule.Evaluate(new SixClearFacts(
                f.HasContent ? "+" : string.Empty,
                f.Units.Where(u => u.Role == TaskUnitRole.Lead).Select(u => u.Name).ToList(),
                f.Units.Where(u => u.Role == TaskUnitRole.Cooperating).Select(u => u.Name).ToList(),
                f.Accountable,
                f.AccountableExpected,
                f.Product,
                new Deadline(string.Empty, kind),
                f.HasBasis ? ["+"] : []));
            result[f.PlanId].Add(six);
        }

        return result;
    }
}
