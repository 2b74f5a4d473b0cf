using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SauRo.Data.Entities;

namespace SauRo.Data.Configurations;

public sealed class IndicatorConfiguration : IEntityTypeConfiguration<Indicator>
{
    public void Configure(EntityTypeBuilder<Indicator> builder)
    {
        builder.ToTable("Indicators");
        builder.Property(i => i.TargetValue).HasPrecision(18, 4);
        builder.HasMany(i => i.Leads).WithOne().HasForeignKey(l => l.IndicatorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(i => new { i.PlanId, i.Position });
    }
}

public sealed class IndicatorLeadConfiguration : IEntityTypeConfiguration<IndicatorLead>
{
    public void Configure(EntityTypeBuilder<IndicatorLead> builder)
    {
        builder.ToTable("IndicatorLeads");
        builder.HasOne(l => l.Unit).WithMany().HasForeignKey(l => l.UnitId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(l => l.IndicatorId);
        builder.HasIndex(l => l.UnitId);
    }
}
