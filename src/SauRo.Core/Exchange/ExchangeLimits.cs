namespace SauRo.Core.Exchange;

/// <summary>
/// The bounds an exchange file must stay within (docs/exchange-json.md "Giới hạn"). They sit far above a real
/// commune's data (a commune plan holds 10–100 indicators and tasks) and keep a hostile file from filling the memory,
/// the database or one transaction.
/// </summary>
public static class ExchangeLimits
{
    /// <summary>20 MB, as for plan files.</summary>
    public const long MaxFileBytes = 20L * 1024 * 1024;

    /// <summary>The format nests 8 levels at most (root › plans › plan › tasks › task › updates › update › attachment).</summary>
    public const int MaxDepth = 16;

    public const int MaxPlans = 200;

    public const int MaxIndicatorsPerPlan = 2_000;

    public const int MaxTasksPerPlan = 5_000;

    public const int MaxReportsPerPlan = 5_000;

    public const int MaxDutiesPerPlan = 50;

    public const int MaxUpdatesPerTask = 1_000;

    public const int MaxValuesPerIndicator = 500;

    /// <summary>Office names in one list (lead, cooperating), bases of a plan or a task.</summary>
    public const int MaxListItems = 100;

    /// <summary>Indicators, tasks, updates, values and reports of the whole file together.</summary>
    public const int MaxItems = 200_000;

    /// <summary>Different office names in the file (each may become an office of the commune).</summary>
    public const int MaxOffices = 500;

    /// <summary>Numbers, ordinals, units, codes, ids, file types.</summary>
    public const int ShortText = 200;

    /// <summary>Names, titles, deadlines, targets, bases, people.</summary>
    public const int NameText = 2_000;

    /// <summary>Contents, products, results, difficulties, proposals, notes, summaries, comments (as the plan reader).</summary>
    public const int LongText = 20_000;

    /// <summary>Values are stored with 4 decimals and at most 14 digits before the point.</summary>
    public const decimal MaxMagnitude = 100_000_000_000_000m;

    /// <summary>Refusals listed at most; the message then says how many more.</summary>
    public const int MaxErrors = 20;
}
