using System.Globalization;
using System.Text.Json;
using SauRo.Data.Entities;
using SauRo.Features.Accounts;
using SauRo.Features.Plans;

namespace SauRo.Features.Audit;

/// <summary>How audit entries read in Vietnamese: what was touched, the field names, the values before and after.</summary>
public static class AuditText
{
    /// <summary>The user name recorded for writes made without a signed-in user (demo data, background work).</summary>
    public const string SystemUser = "hệ thống";

    private const int LabelLength = 80;

    private const int ValueLength = 300;

    private static readonly Dictionary<string, string> Nouns = new(StringComparer.Ordinal)
    {
        [AuditedTypes.Plan] = "kế hoạch",
        [AuditedTypes.PlanTask] = "nhiệm vụ",
        [AuditedTypes.Indicator] = "chỉ tiêu",
        [nameof(IndicatorLead)] = "cơ quan chủ trì chỉ tiêu",
        [AuditedTypes.TaskUnit] = "cơ quan của nhiệm vụ",
        [AuditedTypes.TaskBasis] = "căn cứ giao",
        [AuditedTypes.PlanBasis] = "căn cứ của kế hoạch",
        [nameof(PlanReportingDuty)] = "chế độ báo cáo",
        [nameof(Report)] = "báo cáo định kỳ",
        [nameof(IndicatorValue)] = "số liệu chỉ tiêu",
        [AuditedTypes.PlanImport] = "lần nhập tệp",
        [AuditedTypes.Unit] = "đơn vị",
        [AuditedTypes.UnitAlias] = "tên gọi khác",
        [AuditedTypes.Account] = "tài khoản",
        [AuditedTypes.AccountRole] = "vai trò của tài khoản",
        [AuditedTypes.Role] = "vai trò",
        [nameof(TaskComment)] = "ý kiến",
    };

    private static readonly Dictionary<string, string> Fields = new(StringComparer.Ordinal)
    {
        ["Title"] = "Tiêu đề",
        ["Number"] = "Số",
        ["NumberText"] = "Số (như văn bản ghi)",
        ["Place"] = "Nơi ban hành",
        ["IssuedOn"] = "Ngày ban hành",
        ["Issuer"] = "Cơ quan ban hành",
        ["Signer"] = "Người ký",
        ["SignerRole"] = "Chức vụ người ký",
        ["Year"] = "Năm",
        ["DeclaredIndicators"] = "Số chỉ tiêu văn bản ghi",
        ["DeclaredTasks"] = "Số nhiệm vụ văn bản ghi",
        ["ParentPlanId"] = "Kế hoạch cấp trên",
        ["ParentTaskId"] = "Nhiệm vụ cấp trên",
        ["ParentId"] = "Đơn vị cấp trên",
        ["UnitId"] = "Đơn vị",
        ["PlanId"] = "Kế hoạch",
        ["TaskId"] = "Nhiệm vụ",
        ["IndicatorId"] = "Chỉ tiêu",
        ["CreatedAt"] = "Thời điểm tạo",
        ["Position"] = "Thứ tự",
        ["SortOrder"] = "Thứ tự",
        ["Appendix"] = "Phụ lục",
        ["AppendixTitle"] = "Tên phụ lục",
        ["GroupName"] = "Nhóm",
        ["Section"] = "Mục",
        ["Ordinal"] = "STT",
        ["Content"] = "Nội dung",
        ["Name"] = "Tên",
        ["Unit"] = "Đơn vị tính",
        ["Comparator"] = "So sánh",
        ["TargetValue"] = "Giá trị chỉ tiêu",
        ["TargetText"] = "Chỉ tiêu (như văn bản ghi)",
        ["Source"] = "Nguồn số liệu",
        ["Origin"] = "Nguồn gốc",
        ["Accountable"] = "Người chịu trách nhiệm",
        ["AccountableExpected"] = "Cần ghi người chịu trách nhiệm",
        ["Product"] = "Sản phẩm",
        ["DueText"] = "Thời hạn",
        ["DueKind"] = "Loại thời hạn",
        ["DueStart"] = "Bắt đầu",
        ["DueEnd"] = "Hạn",
        ["DueEvery"] = "Định kỳ",
        ["DueOngoingAfter"] = "Thường xuyên sau hạn",
        ["AdjustedDueText"] = "Thời hạn điều chỉnh",
        ["AdjustedDueKind"] = "Loại thời hạn điều chỉnh",
        ["AdjustedDueStart"] = "Bắt đầu (điều chỉnh)",
        ["AdjustedDueEnd"] = "Hạn (điều chỉnh)",
        ["Role"] = "Vai trò",
        ["Text"] = "Nội dung",
        ["FromParty"] = "Bên báo cáo",
        ["ToText"] = "Nơi nhận báo cáo",
        ["Frequency"] = "Tần suất",
        ["DueDay"] = "Ngày hạn",
        ["DueMonth"] = "Tháng hạn",
        ["FileName"] = "Tệp",
        ["Sha256"] = "Mã SHA-256 của tệp",
        ["ImportedAt"] = "Thời điểm nhập",
        ["ImportedBy"] = "Người nhập",
        ["Added"] = "Số mục thêm",
        ["Changed"] = "Số mục sửa",
        ["Removed"] = "Số mục bỏ",
        ["Warnings"] = "Cảnh báo",
        ["Kind"] = "Cấp",
        ["Alias"] = "Tên gọi khác",
        ["UserName"] = "Tên đăng nhập",
        ["FullName"] = "Họ tên",
        ["LockoutEnd"] = "Khóa đến",
        ["LockoutEnabled"] = "Khóa khi đăng nhập sai nhiều lần",
        ["Password"] = "Mật khẩu",
        ["UserId"] = "Tài khoản",
        ["AuthorUnit"] = "Đơn vị người viết",
        ["PeriodKey"] = "Kỳ báo cáo",
        ["Value"] = "Giá trị",
        ["Numerator"] = "Tử số",
        ["Denominator"] = "Mẫu số",
        ["Note"] = "Ghi chú",
        ["ReportId"] = "Báo cáo",
        ["ValueFrequency"] = "Kỳ báo cáo số liệu",
        ["DutyId"] = "Chế độ báo cáo",
        ["DueDate"] = "Hạn nộp",
        ["State"] = "Trạng thái",
        ["Summary"] = "Tóm tắt",
        ["SubmittedAt"] = "Thời điểm nộp",
        ["FirstSubmittedAt"] = "Thời điểm nộp lần đầu",
        ["SubmittedBy"] = "Người nộp",
        ["ReviewedAt"] = "Thời điểm duyệt, trả lại",
        ["ReviewedBy"] = "Người duyệt, trả lại",
        ["ReviewComment"] = "Ý kiến duyệt, trả lại",
        ["OfficeId"] = "Cơ quan",
        ["At"] = "Thời điểm",
    };

    /// <summary>"nhiệm vụ", "kế hoạch"…; the type name for a type without a Vietnamese name.</summary>
    public static string Noun(string entityType) => Nouns.GetValueOrDefault(entityType, entityType);

    /// <summary>The entity types with a Vietnamese name, for the search form.</summary>
    public static IEnumerable<KeyValuePair<string, string>> KnownTypes => Nouns;

    /// <summary>"Tiêu đề", "Thời hạn"…; the property name for one without a Vietnamese name.</summary>
    public static string Field(string property) => Fields.GetValueOrDefault(property, property);

    public static string Verb(AuditAction action) => action switch
    {
        AuditAction.Create => "Thêm",
        AuditAction.Update => "Sửa",
        AuditAction.Delete => "Xóa",
        _ => throw new InvalidOperationException(),
    };

    /// <summary>What the "hành động" column says: "Sửa nhiệm vụ", "Gán vai trò".</summary>
    public static string ActionText(AuditEntry entry) => entry.EntityType switch
    {
        AuditedTypes.AccountRole => entry.Action == AuditAction.Delete ? "Bỏ vai trò" : "Gán vai trò",
        AuditedTypes.PlanImport when entry.Action == AuditAction.Create => "Nhập tệp",
        _ => $"{Verb(entry.Action)} {Noun(entry.EntityType)}",
    };

    /// <summary>«text», cut to a readable length.</summary>
    public static string Quote(string? text)
    {
        var t = (text ?? string.Empty).Trim();
        return $"«{(t.Length <= LabelLength ? t : string.Concat(t.AsSpan(0, LabelLength - 1), "…"))}»";
    }

    /// <summary>One line of the "nội dung" column: a field with its value before and after (either may be absent).</summary>
    public sealed record Change(string Field, string? Before, string? After);

    /// <summary>
    /// The changes an entry records, in Vietnamese: for an update each changed field with its old and new value, for a
    /// creation the new values, for a deletion the old ones. Unreadable JSON is shown as it is.
    /// </summary>
    public static IReadOnlyList<Change> Changes(AuditEntry entry)
    {
        try
        {
            var before = Values(entry.Before);
            var after = Values(entry.After);
            var names = after.Keys.Concat(before.Keys).Distinct(StringComparer.Ordinal);
            return names
                .Select(n => new Change(
                    Field(n),
                    before.TryGetValue(n, out var b) ? Display(n, b) : null,
                    after.TryGetValue(n, out var a) ? Display(n, a) : null))
                .ToList();
        }
        catch (JsonException)
        {
            return [new Change("Dữ liệu", entry.Before, entry.After)];
        }
    }

    private static Dictionary<string, JsonElement> Values(string? json)
    {
        var values = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        if (string.IsNullOrEmpty(json))
        {
            return values;
        }

        using var document = JsonDocument.Parse(json);
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException("not an object");
        }

        foreach (var p in document.RootElement.EnumerateObject())
        {
            values[p.Name] = p.Value.Clone();
        }

        return values;
    }

    /// <summary>A recorded value as people read it: dates dd/MM/yyyy, instants in Vietnam time, "có"/"không", "—" for none.</summary>
    public static string Display(string property, JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Null:
            case JsonValueKind.Undefined:
                return "—";
            case JsonValueKind.True:
                return "có";
            case JsonValueKind.False:
                return "không";
            case JsonValueKind.Number:
                return value.TryGetInt64(out var whole) ? whole.ToString(CultureInfo.InvariantCulture)
                    : value.TryGetDecimal(out var number) ? PlanText.Decimal(number) : value.GetRawText();
            case JsonValueKind.String:
                return Cut(DisplayText(property, value.GetString()!));
            default:
                return Cut(value.GetRawText());
        }
    }

    private static string DisplayText(string property, string text)
    {
        if (text.Length == 10 && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        }

        if (text.Length > 10 && text[10] == 'T'
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var instant))
        {
            return PlanText.LocalTime(instant);
        }

        return (property, text) switch
        {
            ("Role", nameof(TaskUnitRole.Lead)) => "chủ trì",
            ("Role", nameof(TaskUnitRole.Cooperating)) => "phối hợp",
            ("Role", _) when Roles.All.Contains(text) => Roles.Display(text),
            ("Kind", nameof(UnitKind.Nation)) => "quốc gia",
            ("Kind", nameof(UnitKind.Province)) => "tỉnh",
            ("Kind", nameof(UnitKind.Commune)) => "xã/phường",
            ("Kind", nameof(UnitKind.Office)) => "cơ quan, đơn vị",
            ("Comparator", _) => PlanText.Symbol(PlanText.ParseComparator(text)),
            _ => text,
        };
    }

    private static string Cut(string text) => text.Length <= ValueLength ? text : string.Concat(text.AsSpan(0, ValueLength - 1), "…");
}
