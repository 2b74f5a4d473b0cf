using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SauRo.Data.Entities;

namespace SauRo.Data.Configurations;

/// <summary>The audit table: no foreign keys; indexed by what history is shown and searched by.</summary>
public sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("AuditEntries");
        builder.Property(a => a.Action).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.EntityType).HasMaxLength(64);
        builder.Property(a => a.EntityId).HasMaxLength(200);
        builder.HasIndex(a => a.PlanId);
        builder.HasIndex(a => a.TaskId);
        builder.HasIndex(a => a.IndicatorId);
        builder.HasIndex(a => a.UnitId);
        builder.HasIndex(a => a.At);
        builder.HasIndex(a => a.UserName);
    }
}
