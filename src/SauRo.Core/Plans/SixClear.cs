namespace SauRo.Core.Plans;

/// <summary>
/// The "06 rõ" check of one task: who, what, when, responsibility, product, authority.
/// </summary>
public sealed record SixClear(bool Who, bool What, bool When, bool Responsibility, bool Product, bool Authority)
{
    public int ClearCount => (Who ? 1 : 0) + (What ? 1 : 0) + (When ? 1 : 0) + (Responsibility ? 1 : 0) + (Product ? 1 : 0) + (Authority ? 1 : 0);

    public bool IsComplete => ClearCount == 6;

    /// <summary>The points that are missing, in Vietnamese ("rõ người", …), in the customary order.</summary>
    public IReadOnlyList<string> Missing
    {
        get
        {
            var missing = new List<string>(6);
            if (!Who)
            {
                missing.Add("rõ người");
            }

            if (!What)
            {
                missing.Add("rõ việc");
            }

            if (!When)
            {
                missing.Add("rõ thời gian");
            }

            if (!Responsibility)
            {
                missing.Add("rõ trách nhiệm");
            }

            if (!Product)
            {
                missing.Add("rõ sản phẩm");
            }

            if (!Authority)
            {
                missing.Add("rõ thẩm quyền");
            }

            return missing;
        }
    }
}

/// <summary>What the 06-rõ rule looks at in a task.</summary>
public sealed record SixClearFacts(
    string Content,
    IReadOnlyList<string> Lead,
    IReadOnlyList<string> Cooperating,
    string? Accountable,
    bool AccountableExpected,
    string? Product,
    Deadline Due,
    IReadOnlyList<string> Basis);

/// <summary>The 06-rõ rule.</summary>
public static class SixClearRule
{
    /// <summary>
    /// rõ người: a lead office that is named, not only a vague group ("Các cơ quan, đơn vị"), and the accountable
    /// person when the plan has a column for one; rõ việc: content; rõ thời gian: a deadline that was understood;
    /// rõ trách nhiệm: a lead office that is not also listed among the cooperating ones;
    /// rõ sản phẩm: a product or result; rõ thẩm quyền: an assigning document.
    /// </summary>
    public static SixClear Evaluate(SixClearFacts task)
    {
        var namedLead = task.Lead.Any(l => !OfficeNames.IsVagueGroup(l));
        var who = namedLead && (!task.AccountableExpected || !string.IsNullOrWhiteSpace(task.Accountable));
        var what = !string.IsNullOrWhiteSpace(task.Content);
        var when = task.Due.Kind != DeadlineKind.Unknown;
        var overlap = task.Lead.Any(l => task.Cooperating.Any(c => OfficeNames.SameOffice(l, c)));
        var responsibility = task.Lead.Count > 0 && !overlap;
        var product = !string.IsNullOrWhiteSpace(task.Product);
        var authority = task.Basis.Count > 0;
        return new SixClear(who, what, when, responsibility, product, authority);
    }
}
