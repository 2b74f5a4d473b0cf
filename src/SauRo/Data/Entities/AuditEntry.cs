namespace SauRo.Data.Entities;

/// <summary>What a write did to a record.</summary>
public enum AuditAction
{
    Create,
    Update,
    Delete,
}

/// <summary>
/// One write to one record, appended in the same transaction as the write (see Features/Audit/AuditInterceptor):
/// who, when, which record, and the values before and after. Rows are never changed or deleted (the database rejects
/// it), and have no foreign keys: they outlive what they describe.
/// </summary>
public class AuditEntry
{
    public long Id { get; set; }

    /// <summary>When the write was saved (UTC).</summary>
    public DateTimeOffset At { get; set; }

    /// <summary>The account that wrote; null for the system (demo data, background work).</summary>
    public string? UserId { get; set; }

    /// <summary>The account's user name at the time, or "hệ thống".</summary>
    public required string UserName { get; set; }

    public AuditAction Action { get; set; }

    /// <summary>"Plan", "PlanTask", "Indicator", "TaskUnit", "Unit", "Account", "AccountRole"… (see AuditedTypes).</summary>
    public required string EntityType { get; set; }

    /// <summary>The record's key as text ("42", a user id).</summary>
    public required string EntityId { get; set; }

    /// <summary>The plan the record is or belongs to, when it belongs to one.</summary>
    public int? PlanId { get; set; }

    public int? TaskId { get; set; }

    public int? IndicatorId { get; set; }

    /// <summary>The unit that owns the record: the plan's unit for what is in a plan, the unit itself, an account's unit.</summary>
    public int? UnitId { get; set; }

    /// <summary>JSON object of the old values: the changed properties of an update, every property of a deleted record.</summary>
    public string? Before { get; set; }

    /// <summary>JSON object of the new values: the changed properties of an update, every property of a new record.</summary>
    public string? After { get; set; }

    /// <summary>A short Vietnamese sentence: "Sửa nhiệm vụ 3 «Số hóa hồ sơ…»: Thời hạn".</summary>
    public required string Summary { get; set; }

    /// <summary>Folded summary and user name, for search that ignores diacritics.</summary>
    public required string SearchKey { get; set; }
}
