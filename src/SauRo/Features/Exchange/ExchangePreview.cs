using SauRo.Core.Exchange;
using SauRo.Core.Monitoring;

namespace SauRo.Features.Exchange;

/// <summary>What an import does to one plan of the file.</summary>
public enum ExchangePlanChange
{
    /// <summary>No plan with this number and year in the commune yet: it is created.</summary>
    Create,

    /// <summary>A plan imported from an earlier export: its contents are replaced by the file's.</summary>
    Replace,

    /// <summary>The same export was imported already: nothing is written.</summary>
    Unchanged,
}

/// <summary>One plan of the file, the stored plan it replaces if any, and its counts.</summary>
public sealed record ExchangePlanRow(ExchangePlan Plan, ExchangePlanChange Change, int? ExistingId, DateTimeOffset? ExistingExportedAt)
{
    public int Updates => Plan.Tasks.Sum(t => t.Updates.Count);

    public int Values => Plan.Indicators.Sum(i => i.Values.Count);
}

/// <summary>A plan imported earlier from this commune's exchange file that the newer file no longer holds: it is removed.</summary>
public sealed record ExchangeRemovedPlan(int Id, string Title, string? Number, int? Year);

/// <summary>
/// What importing a file into a province would do, computed before anything is written: the commune it goes to
/// (found by name under the province, or created), what happens to each plan, the offices to create, the statuses our
/// rules compute, warnings — or why it is refused.
/// </summary>
public sealed record ExchangePreview
{
    public required int ProvinceId { get; init; }

    public required string ProvinceName { get; init; }

    public required ExchangeDocument Document { get; init; }

    /// <summary>The commune the data goes to; null when it is created by the import.</summary>
    public int? CommuneId { get; init; }

    public required string CommuneName { get; init; }

    public IReadOnlyList<ExchangePlanRow> Plans { get; init; } = [];

    public IReadOnlyList<ExchangeRemovedPlan> Removed { get; init; } = [];

    /// <summary>Office names of the file that become new offices of the commune.</summary>
    public IReadOnlyList<string> NewOffices { get; init; } = [];

    /// <summary>The tasks of the file by status today, as our rules compute them from the facts.</summary>
    public IReadOnlyDictionary<PlanTaskStatus, int> Statuses { get; init; } = new Dictionary<PlanTaskStatus, int>();

    /// <summary>The tasks by the status the file states (for information), when it states them.</summary>
    public IReadOnlyDictionary<PlanTaskStatus, int> FileStatuses { get; init; } = new Dictionary<PlanTaskStatus, int>();

    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>Why the file cannot be imported into this province; nothing is written then.</summary>
    public string? Refusal { get; init; }

    /// <summary>This very export was imported already: confirming writes nothing.</summary>
    public bool NothingToDo { get; init; }

    public string Digest { get; init; } = string.Empty;

    public bool CanImport => Refusal is null;

    public int Count(Func<ExchangePlan, int> count) => Document.Plans.Sum(count);
}

/// <summary>What an import wrote.</summary>
public sealed record ExchangeImportResult(
    int CommuneId,
    string CommuneName,
    bool CommuneCreated,
    int Created,
    int Replaced,
    int Removed,
    int OfficesCreated,
    bool NothingChanged,
    IReadOnlyList<int> PlanIds)
{
    /// <summary>"Đã nhập dữ liệu của Xã An Bình: tạo 1 kế hoạch, thay 0, bỏ 0; thêm 2 cơ quan."</summary>
    public string Summary => NothingChanged
        ? $"Bản xuất này của {CommuneName} đã được nhập trước đó; không có gì thay đổi."
        : $"Đã nhập dữ liệu của {CommuneName}{(CommuneCreated ? " (xã/phường mới)" : string.Empty)}: tạo {Created} kế hoạch, thay {Replaced}, bỏ {Removed}"
            + (OfficesCreated > 0 ? $"; thêm {OfficesCreated} cơ quan." : ".");
}

/// <summary>An import refused as a whole; the message is for the user and nothing was written.</summary>
public sealed class ExchangeRefusedException(string message) : Exception(message);
