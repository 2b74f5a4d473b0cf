using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore.Metadata;
using SauRo.Data.Entities;

namespace SauRo.Features.Audit;

/// <summary>
/// Which records the audit trail follows, the name it records them under, and which of their values it may write
/// down. Every entity is followed unless listed here as skipped; secrets are never written.
/// </summary>
public static class AuditedTypes
{
    public const string Plan = nameof(Data.Entities.Plan);
    public const string PlanTask = nameof(Data.Entities.PlanTask);
    public const string Indicator = nameof(Data.Entities.Indicator);
    public const string TaskUnit = nameof(Data.Entities.TaskUnit);
    public const string TaskBasis = nameof(Data.Entities.TaskBasis);
    public const string PlanBasis = nameof(Data.Entities.PlanBasis);
    public const string PlanImport = nameof(Data.Entities.PlanImport);
    public const string Unit = nameof(Data.Entities.Unit);
    public const string UnitAlias = nameof(Data.Entities.UnitAlias);

    /// <summary>An account (AppUser): only its name, full name, unit and lockout are recorded.</summary>
    public const string Account = "Account";

    /// <summary>A role given to or taken from an account (AspNetUserRoles); recorded under the account's id.</summary>
    public const string AccountRole = "AccountRole";

    /// <summary>A role itself (AspNetRoles).</summary>
    public const string Role = "Role";

    /// <summary>The properties of an account the trail records; never the password hash, stamps or tokens.</summary>
    private static readonly HashSet<string> AccountProperties = new(StringComparer.Ordinal)
    {
        nameof(AppUser.UserName), nameof(AppUser.FullName), nameof(AppUser.UnitId), nameof(AppUser.LockoutEnd), nameof(AppUser.LockoutEnabled),
    };

    /// <summary>Derived or bookkeeping values that would only repeat what the trail already says.</summary>
    private static readonly HashSet<string> Derived = new(StringComparer.Ordinal)
    {
        "SearchKey", "NameKey", "AliasKey", "UpdatedAt", "NormalizedName", "NormalizedUserName", "NormalizedEmail",
    };

    /// <summary>The name recorded for an entity type, or null for what the trail skips.</summary>
    public static string? Name(Type clr)
    {
        if (clr == typeof(TaskStatusSnapshot) || clr == typeof(IndicatorColourSnapshot) || clr == typeof(ReportCompletenessSnapshot))
        {
            // Statuses, colours and completeness computed from audited data: repeating them would say nothing new.
            return null;
        }

        if (clr == typeof(Notification))
        {
            // Reminders the system writes for each recipient, and their read marks: messages, not the plan's data.
            return null;
        }

        if (clr == typeof(AuditEntry) || clr == typeof(PendingImport))
        {
            // The trail itself; uploads waiting for confirmation (their content is the user's file; the import that
            // confirms one is recorded as a PlanImport with its file name).
            return null;
        }

        if (clr == typeof(AppUser))
        {
            return Account;
        }

        if (clr == typeof(IdentityUserRole<string>))
        {
            return AccountRole;
        }

        if (clr == typeof(IdentityRole))
        {
            return Role;
        }

        // Login tokens, external logins and claims hold secrets or nothing the users read.
        return clr.Namespace == typeof(IdentityUser).Namespace ? null : clr.Name;
    }

    /// <summary>May the property's value be written to the trail (as a before or after value).</summary>
    public static bool Records(string type, IProperty property)
    {
        var name = property.Name;
        if (type == Account)
        {
            return AccountProperties.Contains(name);
        }

        if (type == Role)
        {
            return name == nameof(IdentityRole.Name);
        }

        if (type == AccountRole)
        {
            return false; // recorded as the role's name (see AuditDraft.SetRole), under the account's id
        }

        if (IsSecret(name) || Derived.Contains(name) || property.ClrType == typeof(byte[]))
        {
            return false;
        }

        // A single-column key is the entry's EntityId; a composite key is the record's content.
        return !(property.IsPrimaryKey() && property.DeclaringType is IEntityType entity && entity.FindPrimaryKey()!.Properties.Count == 1);
    }

    /// <summary>Names that hold secrets, whatever the entity.</summary>
    public static bool IsSecret(string propertyName) =>
        propertyName.Contains("Password", StringComparison.OrdinalIgnoreCase)
        || propertyName.Contains("Token", StringComparison.OrdinalIgnoreCase)
        || propertyName.Contains("Secret", StringComparison.OrdinalIgnoreCase)
        || propertyName.Contains("Stamp", StringComparison.OrdinalIgnoreCase);
}
