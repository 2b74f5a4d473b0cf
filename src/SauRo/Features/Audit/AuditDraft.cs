using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using SauRo.Core.Text;
using SauRo.Data.Entities;
using SauRo.Features.Accounts;

namespace SauRo.Features.Audit;

/// <summary>
/// An audit entry being put together from one tracked change: the recorded values are read from the change tracker
/// (an update's and a deletion's before saving, a creation's after, when its generated key is known), then the scope
/// (plan, task, indicator, unit) is completed by <see cref="AuditScope"/>, then it becomes an <see cref="AuditEntry"/>.
/// </summary>
public sealed class AuditDraft
{
    private static readonly string[] LabelProperties = ["Title", "Name", "Alias", "Text", "FileName", "UserName", "Content"];

    /// <summary>Per entity class, the position of each property as the class declares it (base classes first).</summary>
    private static readonly ConcurrentDictionary<Type, Dictionary<string, int>> Declared = new();

    private AuditDraft(EntityEntry entry, string type, AuditAction action)
    {
        Entry = entry;
        Type = type;
        Action = action;
    }

    public EntityEntry Entry { get; }

    public string Type { get; }

    public AuditAction Action { get; }

    public List<KeyValuePair<string, object?>> Before { get; } = [];

    public List<KeyValuePair<string, object?>> After { get; } = [];

    public int? PlanId { get; set; }

    public int? TaskId { get; set; }

    public int? IndicatorId { get; set; }

    public int? UnitId { get; set; }

    /// <summary>The account an account or role entry is about.</summary>
    public string? AccountId { get; private set; }

    /// <summary>The role a role entry gives or takes.</summary>
    public string? RoleId { get; private set; }

    /// <summary>The account's user name, for the summary of a role entry.</summary>
    public string? AccountName { get; set; }

    /// <summary>
    /// Reads a change. A creation must be read after saving (its key is generated), an update or deletion before
    /// (the old values are gone after). Null for an update that changed nothing the trail records.
    /// </summary>
    public static AuditDraft? Read(EntityEntry entry, string type, AuditAction action)
    {
        var draft = new AuditDraft(entry, type, action);
        foreach (var property in InDeclarationOrder(entry))
        {
            if (!AuditedTypes.Records(type, property.Metadata))
            {
                continue;
            }

            var name = property.Metadata.Name;
            switch (action)
            {
                case AuditAction.Create:
                    draft.After.Add(new(name, property.CurrentValue));
                    break;
                case AuditAction.Delete:
                    draft.Before.Add(new(name, property.OriginalValue));
                    break;
                case AuditAction.Update when property.IsModified && !Equals(property.OriginalValue, property.CurrentValue):
                    draft.Before.Add(new(name, property.OriginalValue));
                    draft.After.Add(new(name, property.CurrentValue));
                    break;
                default:
                    break;
            }
        }

        if (type == AuditedTypes.Account)
        {
            draft.ReadPasswordChange();
        }

        if (action == AuditAction.Update && draft.After.Count == 0)
        {
            return null;
        }

        draft.ReadScope();
        return draft;
    }

    /// <summary>
    /// What a record holds, key aside, to recognise a child row deleted and added back unchanged in one save (forms
    /// replace a task's offices and documents wholesale): such pairs are not changes.
    /// </summary>
    public static string ContentKey(EntityEntry entry, string type, bool original)
    {
        var key = entry.Metadata.FindPrimaryKey()!.Properties;
        var values = entry.Properties
            .Where(p => !(key.Count == 1 && p.Metadata.IsPrimaryKey()))
            .Select(p => new KeyValuePair<string, object?>(p.Metadata.Name, original ? p.OriginalValue : p.CurrentValue))
            .ToList();
        return type + AuditJson.Write(values);
    }

    /// <summary>
    /// The entry's properties in the order their class declares them (the model keeps them by name), so that the values
    /// read as the forms show them: content, offices, deadline…
    /// </summary>
    private static IEnumerable<PropertyEntry> InDeclarationOrder(EntityEntry entry)
    {
        var order = Declared.GetOrAdd(entry.Metadata.ClrType, static type =>
        {
            var chain = new List<Type>();
            for (var t = type; t is not null && t != typeof(object); t = t.BaseType)
            {
                chain.Insert(0, t);
            }

            return chain
                .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).OrderBy(p => p.MetadataToken))
                .Select((p, i) => (p.Name, i))
                .GroupBy(p => p.Name, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.First().i, StringComparer.Ordinal);
        });
        return entry.Properties.OrderBy(p => order.GetValueOrDefault(p.Metadata.Name, int.MaxValue));
    }

    /// <summary>Sets the role a role entry gives or takes, by name, as its recorded value.</summary>
    public void SetRole(string? roleName)
    {
        var value = new KeyValuePair<string, object?>("Role", roleName ?? RoleId);
        (Action == AuditAction.Delete ? Before : After).Add(value);
    }

    public AuditEntry ToEntry(DateTimeOffset at, string? userId, string userName)
    {
        var summary = Summary();
        return new AuditEntry
        {
            At = at,
            UserId = userId,
            UserName = userName,
            Action = Action,
            EntityType = Type,
            EntityId = EntityId(),
            PlanId = PlanId,
            TaskId = TaskId,
            IndicatorId = IndicatorId,
            UnitId = UnitId,
            Before = AuditJson.Write(Before),
            After = AuditJson.Write(After),
            Summary = summary,
            SearchKey = VietnameseText.Fold($"{summary} {userName}"),
        };
    }

    private void ReadPasswordChange()
    {
        var hash = Entry.Property(nameof(AppUser.PasswordHash));
        if (Action == AuditAction.Create && hash.CurrentValue is not null)
        {
            After.Add(new("Password", "(đã đặt)"));
        }
        else if (Action == AuditAction.Update && hash.IsModified && !Equals(hash.OriginalValue, hash.CurrentValue))
        {
            Before.Add(new("Password", "(ẩn)"));
            After.Add(new("Password", hash.CurrentValue is null ? "(đã bỏ)" : "(đã đổi)"));
        }
    }

    private void ReadScope()
    {
        switch (Entry.Entity)
        {
            case Plan:
                PlanId = OwnId();
                UnitId = Int(nameof(Plan.UnitId));
                return;
            case PlanTask:
                TaskId = OwnId();
                PlanId = Int(nameof(PlanTask.PlanId));
                return;
            case Indicator:
                IndicatorId = OwnId();
                PlanId = Int(nameof(Indicator.PlanId));
                return;
            case Unit:
                UnitId = OwnId();
                return;
            case AppUser:
                AccountId = Value(nameof(AppUser.Id)) as string;
                UnitId = Int(nameof(AppUser.UnitId));
                return;
            case IdentityUserRole<string>:
                AccountId = Value(nameof(IdentityUserRole<string>.UserId)) as string;
                RoleId = Value(nameof(IdentityUserRole<string>.RoleId)) as string;
                return;
            default:
                // Rows inside a plan name their parent; the plan (and its unit) are found from it.
                PlanId = Int("PlanId");
                TaskId = Int("TaskId");
                IndicatorId = Int("IndicatorId");
                UnitId = Int("UnitId");
                return;
        }
    }

    private string Summary()
    {
        switch (Type)
        {
            case AuditedTypes.AccountRole:
                var role = (Action == AuditAction.Delete ? Before : After).Select(v => v.Value as string).FirstOrDefault();
                var display = AuditText.Quote(role is null ? RoleId : Roles.Display(role));
                var account = AuditText.Quote(AccountName ?? AccountId);
                return Action == AuditAction.Delete ? $"Bỏ vai trò {display} của tài khoản {account}" : $"Gán vai trò {display} cho tài khoản {account}";
            case AuditedTypes.PlanImport when Action == AuditAction.Create:
                return string.Create(CultureInfo.InvariantCulture,
                    $"Nhập tệp {AuditText.Quote(Text(nameof(PlanImport.FileName)))} (thêm {Value(nameof(PlanImport.Added))}, sửa {Value(nameof(PlanImport.Changed))}, bỏ {Value(nameof(PlanImport.Removed))})");
            case AuditedTypes.Account when Action == AuditAction.Update && After.Count == 1 && After[0].Key == "Password":
                return $"Đổi mật khẩu tài khoản {AuditText.Quote(Text(nameof(AppUser.UserName)))}";
            default:
                var text = $"{AuditText.Verb(Action)} {Noun()} {Label()}".TrimEnd();
                return Action == AuditAction.Update
                    ? $"{text}: {string.Join(", ", After.Select(v => AuditText.Field(v.Key)).Distinct(StringComparer.Ordinal))}"
                    : text;
        }
    }

    private string Noun() => Entry.Entity switch
    {
        TaskUnit u => u.Role == TaskUnitRole.Lead ? "cơ quan chủ trì" : "cơ quan phối hợp",
        Unit u => u.Kind switch
        {
            UnitKind.Nation => "quốc gia",
            UnitKind.Province => "tỉnh",
            UnitKind.Commune => "xã/phường",
            UnitKind.Office => "cơ quan, đơn vị",
            _ => "đơn vị",
        },
        _ => AuditText.Noun(Type),
    };

    private string Label()
    {
        if (Entry.Entity is PlanTask)
        {
            var ordinal = Text(nameof(PlanTask.Ordinal));
            var content = AuditText.Quote(Text(nameof(PlanTask.Content)));
            return string.IsNullOrWhiteSpace(ordinal) ? content : $"{ordinal} {content}";
        }

        if (Type == AuditedTypes.Role)
        {
            return AuditText.Quote(Roles.Display(Text(nameof(IdentityRole.Name)) ?? string.Empty));
        }

        foreach (var name in LabelProperties)
        {
            if (Text(name) is { Length: > 0 } text)
            {
                return AuditText.Quote(text);
            }
        }

        return string.Empty;
    }

    private string EntityId()
    {
        if (AccountId is not null)
        {
            return AccountId;
        }

        var key = Entry.Metadata.FindPrimaryKey()!.Properties;
        return string.Join('/', key.Select(p => Convert.ToString(Value(p.Name), CultureInfo.InvariantCulture)));
    }

    private int? OwnId() => Value("Id") as int?;

    private int? Int(string property) => Entry.Metadata.FindProperty(property) is null ? null : Value(property) as int?;

    private string? Text(string property) => Entry.Metadata.FindProperty(property) is null ? null : Value(property) as string;

    /// <summary>A property's value as this entry records it: the old one of a deleted record, else the current one.</summary>
    private object? Value(string property)
    {
        var p = Entry.Property(property);
        return Action == AuditAction.Delete ? p.OriginalValue : p.CurrentValue;
    }
}
