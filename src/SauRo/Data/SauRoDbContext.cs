using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using SauRo.Data.Entities;

namespace SauRo.Data;

/// <summary>The application's store, on SQLite (embedded default) or PostgreSQL (production).</summary>
public class SauRoDbContext(DbContextOptions<SauRoDbContext> options) : IdentityDbContext<AppUser>(options)
{
    public DbSet<Unit> Units => Set<Unit>();

    public DbSet<UnitAlias> UnitAliases => Set<UnitAlias>();

    public DbSet<Plan> Plans => Set<Plan>();

    public DbSet<PlanBasis> PlanBases => Set<PlanBasis>();

    public DbSet<PlanReportingDuty> PlanReportingDuties => Set<PlanReportingDuty>();

    public DbSet<PlanImport> PlanImports => Set<PlanImport>();

    public DbSet<Indicator> Indicators => Set<Indicator>();

    public DbSet<IndicatorLead> IndicatorLeads => Set<IndicatorLead>();

    public DbSet<PlanTask> Tasks => Set<PlanTask>();

    public DbSet<TaskUnit> TaskUnits => Set<TaskUnit>();

    public DbSet<TaskBasis> TaskBases => Set<TaskBasis>();

    public DbSet<PendingImport> PendingImports => Set<PendingImport>();

    public DbSet<TaskComment> TaskComments => Set<TaskComment>();

    public DbSet<TaskUpdate> TaskUpdates => Set<TaskUpdate>();

    public DbSet<Attachment> Attachments => Set<Attachment>();

    public DbSet<IndicatorValue> IndicatorValues => Set<IndicatorValue>();

    public DbSet<Report> Reports => Set<Report>();

    public DbSet<DeadlineChange> DeadlineChanges => Set<DeadlineChange>();

    public DbSet<ExplanationRequest> ExplanationRequests => Set<ExplanationRequest>();

    public DbSet<Notification> Notifications => Set<Notification>();

    /// <summary>Derived: each task's status as last computed (see <see cref="TaskStatusSnapshot"/>).</summary>
    public DbSet<TaskStatusSnapshot> TaskStatusSnapshots => Set<TaskStatusSnapshot>();

    /// <summary>Derived: each indicator's colour as last computed (see <see cref="IndicatorColourSnapshot"/>).</summary>
    public DbSet<IndicatorColourSnapshot> IndicatorColourSnapshots => Set<IndicatorColourSnapshot>();

    /// <summary>Derived: each plan's report completeness as last computed (see <see cref="ReportCompletenessSnapshot"/>).</summary>
    public DbSet<ReportCompletenessSnapshot> ReportCompletenessSnapshots => Set<ReportCompletenessSnapshot>();

    /// <summary>Dashboard filters kept under a name (see <see cref="SavedView"/>).</summary>
    public DbSet<SavedView> SavedViews => Set<SavedView>();

    /// <summary>Append-only: written by the audit interceptor, never updated or deleted.</summary>
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(SauRoDbContext).Assembly);
        SqlWindow.Map(builder);

        if (Database.IsSqlite())
        {
            // SQLite has no date-time-with-offset type: store instants as sortable numbers.
            foreach (var property in builder.Model.GetEntityTypes().SelectMany(t => t.GetProperties())
                         .Where(p => p.ClrType == typeof(DateTimeOffset) || p.ClrType == typeof(DateTimeOffset?)))
            {
                property.SetValueConverter(new DateTimeOffsetToBinaryConverter());
            }
        }
        else
        {
            // PostgreSQL's timestamptz takes only UTC instants: a moment written with Vietnam's offset is the same instant.
            var toUtc = new ValueConverter<DateTimeOffset, DateTimeOffset>(v => v.ToUniversalTime(), v => v);
            foreach (var property in builder.Model.GetEntityTypes().SelectMany(t => t.GetProperties())
                         .Where(p => p.ClrType == typeof(DateTimeOffset) || p.ClrType == typeof(DateTimeOffset?)))
            {
                property.SetValueConverter(toUtc);
            }
        }
    }
}
