using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SauRo.Data.Entities;

namespace SauRo.Data.Configurations;

public sealed class PlanConfiguration : IEntityTypeConfiguration<Plan>
{
    public void Configure(EntityTypeBuilder<Plan> builder)
    {
        builder.ToTable("Plans");
        builder.HasOne(p => p.Unit).WithMany().HasForeignKey(p => p.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.ParentPlan).WithMany().HasForeignKey(p => p.ParentPlanId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(p => p.Bases).WithOne().HasForeignKey(x => x.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Indicators).WithOne(i => i.Plan).HasForeignKey(x => x.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Tasks).WithOne(t => t.Plan).HasForeignKey(x => x.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.ReportingDuties).WithOne().HasForeignKey(x => x.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Imports).WithOne().HasForeignKey(x => x.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => p.UnitId);
    }
}

public sealed class PlanBasisConfiguration : IEntityTypeConfiguration<PlanBasis>
{
    public void Configure(EntityTypeBuilder<PlanBasis> builder)
    {
        builder.ToTable("PlanBases");
        builder.HasIndex(x => new { x.PlanId, x.Position });
    }
}

public sealed class PlanReportingDutyConfiguration : IEntityTypeConfiguration<PlanReportingDuty>
{
    public void Configure(EntityTypeBuilder<PlanReportingDuty> builder)
    {
        builder.ToTable("PlanReportingDuties");
        builder.HasIndex(x => x.PlanId);
    }
}

public sealed class PlanImportConfiguration : IEntityTypeConfiguration<PlanImport>
{
    public void Configure(EntityTypeBuilder<PlanImport> builder)
    {
        builder.ToTable("PlanImports");
        builder.HasIndex(x => x.PlanId);
    }
}
