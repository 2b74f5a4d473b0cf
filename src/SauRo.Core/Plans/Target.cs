namespace SauRo.Core.Plans;

/// <summary>How an indicator's value is compared with its target.</summary>
public enum Comparator
{
    /// <summary>"≥ 70", "tối thiểu 80%", "ít nhất".</summary>
    AtLeast,

    /// <summary>"≤ 5", "tối đa", "không quá".</summary>
    AtMost,

    /// <summary>"100", "đạt 70%": a bare number.</summary>
    Exactly,

    /// <summary>"trên 90%", "&gt; 90", "hơn".</summary>
    MoreThan,

    /// <summary>"dưới 5%", "&lt; 5".</summary>
    LessThan,
}

/// <summary>
/// An indicator's target (chỉ tiêu): the text as written, the comparator and the number when there is one
/// ("17,5" → 17.5), and the unit ("%", "hồ sơ", …).
/// </summary>
public sealed record Target(string Text, Comparator Comparator, decimal? Value, string? Unit)
{
    /// <summary>Whether a reported value meets the target; null when the target has no number.</summary>
    public bool? IsMetBy(decimal actual) => Value is not { } v
        ? null
        : Comparator switch
        {
            Comparator.AtLeast => actual >= v,
            Comparator.Exactly => actual >= v, // "100%" as a target is met by reaching it
            Comparator.MoreThan => actual > v,
            Comparator.AtMost => actual <= v,
            Comparator.LessThan => actual < v,
            _ => throw new InvalidOperationException(),
        };

    /// <summary>The comparator as the parse contract writes it: "&gt;=", "&lt;=" or "=" (strict ones map to the closest).</summary>
    public string ContractComparator => Comparator switch
    {
        Comparator.AtLeast or Comparator.MoreThan => ">=",
        Comparator.AtMost or Comparator.LessThan => "<=",
        Comparator.Exactly => "=",
        _ => throw new InvalidOperationException(),
    };

    public bool IsStrict => Comparator is Comparator.MoreThan or Comparator.LessThan;
}
