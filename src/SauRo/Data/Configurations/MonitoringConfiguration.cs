using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SauRo.Data.Entities;

namespace SauRo.Data.Configurations;

public sealed class TaskUpdateConfiguration : IEntityTypeConfiguration<TaskUpdate>
{
    public void Configure(EntityTypeBuilder<TaskUpdate> builder)
    {
        builder.ToTable("TaskUpdates");
        builder.Property(u => u.State).HasConversion<string>().HasMaxLength(16);
        builder.HasOne<PlanTask>().WithMany().HasForeignKey(u => u.TaskId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Attachment>().WithMany().HasForeignKey(u => u.AttachmentId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(u => new { u.TaskId, u.At });
        builder.HasIndex(u => new { u.TaskId, u.State, u.At, u.CompletedOn }); // what the status rule reads, from the index alone
        builder.HasIndex(u => u.ReportId);
    }
}

public sealed class AttachmentConfiguration : IEntityTypeConfiguration<Attachment>
{
    public void Configure(EntityTypeBuilder<Attachment> builder)
    {
        builder.ToTable("Attachments");
        builder.HasIndex(a => a.UnitId);
    }
}

public sealed class IndicatorValueConfiguration : IEntityTypeConfiguration<IndicatorValue>
{
    public void Configure(EntityTypeBuilder<IndicatorValue> builder)
    {
        builder.ToTable("IndicatorValues");
        builder.Property(v => v.Value).HasPrecision(18, 4);
        builder.Property(v => v.Numerator).HasPrecision(18, 4);
        builder.Property(v => v.Denominator).HasPrecision(18, 4);
        builder.HasOne<Indicator>().WithMany().HasForeignKey(v => v.IndicatorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(v => new { v.IndicatorId, v.PeriodKey }).IsUnique();
        builder.HasIndex(v => v.ReportId);
    }
}

public sealed class ReportConfiguration : IEntityTypeConfiguration<Report>
{
    public void Configure(EntityTypeBuilder<Report> builder)
    {
        builder.ToTable("Reports");
        builder.Property(r => r.State).HasConversion<string>().HasMaxLength(16);
        builder.HasOne<Plan>().WithMany().HasForeignKey(r => r.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<PlanReportingDuty>().WithMany().HasForeignKey(r => r.DutyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.DutyId, r.UnitId, r.PeriodKey }).IsUnique();
        builder.HasIndex(r => new { r.UnitId, r.State });
    }
}

public sealed class DeadlineChangeConfiguration : IEntityTypeConfiguration<DeadlineChange>
{
    public void Configure(EntityTypeBuilder<DeadlineChange> builder)
    {
        builder.ToTable("DeadlineChanges");
        builder.Property(c => c.State).HasConversion<string>().HasMaxLength(16);
        builder.HasOne<PlanTask>().WithMany().HasForeignKey(c => c.TaskId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.TaskId, c.RequestedAt });
        builder.HasIndex(c => c.State);
    }
}

public sealed class ExplanationRequestConfiguration : IEntityTypeConfiguration<ExplanationRequest>
{
    public void Configure(EntityTypeBuilder<ExplanationRequest> builder)
    {
        builder.ToTable("ExplanationRequests");
        builder.HasOne<Plan>().WithMany().HasForeignKey(e => e.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(e => e.PlanId);
        builder.HasIndex(e => e.TaskId);
        builder.HasIndex(e => e.IndicatorId);
    }
}

public sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.ToTable("Notifications");
        builder.HasIndex(n => new { n.Key, n.UserId }).IsUnique();
        builder.HasIndex(n => new { n.UserId, n.ReadAt });
        builder.HasIndex(n => n.EmailedAt);
    }
}

public sealed class TaskStatusSnapshotConfiguration : IEntityTypeConfiguration<TaskStatusSnapshot>
{
    public void Configure(EntityTypeBuilder<TaskStatusSnapshot> builder)
    {
        builder.ToTable("TaskStatusSnapshots");
        builder.HasKey(s => s.TaskId);
        builder.Property(s => s.Status).HasConversion<string>().HasMaxLength(16);
        builder.HasOne(s => s.Task).WithOne().HasForeignKey<TaskStatusSnapshot>(s => s.TaskId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => s.ValidUntil);
        builder.HasIndex(s => s.ComputedOn);
    }
}

public sealed class IndicatorColourSnapshotConfiguration : IEntityTypeConfiguration<IndicatorColourSnapshot>
{
    public void Configure(EntityTypeBuilder<IndicatorColourSnapshot> builder)
    {
        builder.ToTable("IndicatorColourSnapshots");
        builder.HasKey(s => s.IndicatorId);
        builder.Property(s => s.Colour).HasConversion<string>().HasMaxLength(16);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.HasOne(s => s.Indicator).WithOne().HasForeignKey<IndicatorColourSnapshot>(s => s.IndicatorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => s.ValidUntil);
    }
}

public sealed class ReportCompletenessSnapshotConfiguration : IEntityTypeConfiguration<ReportCompletenessSnapshot>
{
    public void Configure(EntityTypeBuilder<ReportCompletenessSnapshot> builder)
    {
        builder.ToTable("ReportCompletenessSnapshots");
        builder.HasKey(s => s.PlanId);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.HasOne(s => s.Plan).WithOne().HasForeignKey<ReportCompletenessSnapshot>(s => s.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => s.ValidUntil);
    }
}

public sealed class SavedViewConfiguration : IEntityTypeConfiguration<SavedView>
{
    public void Configure(EntityTypeBuilder<SavedView> builder)
    {
        builder.ToTable("SavedViews");
        builder.Property(v => v.Name).HasMaxLength(SavedView.MaxNameLength);
        builder.Property(v => v.Query).HasMaxLength(SavedView.MaxQueryLength);
        builder.HasOne<Unit>().WithMany().HasForeignKey(v => v.UnitId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(v => new { v.UnitId, v.OwnerId });
    }
}
