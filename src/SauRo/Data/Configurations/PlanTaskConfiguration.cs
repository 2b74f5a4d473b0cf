using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SauRo.Data.Entities;

namespace SauRo.Data.Configurations;

public sealed class PlanTaskConfiguration : IEntityTypeConfiguration<PlanTask>
{
    public void Configure(EntityTypeBuilder<PlanTask> builder)
    {
        builder.ToTable("PlanTasks");
        builder.HasOne(t => t.ParentTask).WithMany().HasForeignKey(t => t.ParentTaskId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(t => t.Units).WithOne().HasForeignKey(u => u.TaskId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(t => t.Bases).WithOne().HasForeignKey(x => x.TaskId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(t => new { t.PlanId, t.Position });
        builder.HasIndex(t => t.DueEnd);
    }
}

public sealed class TaskUnitConfiguration : IEntityTypeConfiguration<TaskUnit>
{
    public void Configure(EntityTypeBuilder<TaskUnit> builder)
    {
        builder.ToTable("TaskUnits");
        builder.Property(u => u.Role).HasConversion<string>().HasMaxLength(16);
        builder.HasOne(u => u.Unit).WithMany().HasForeignKey(u => u.UnitId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(u => u.TaskId);
        builder.HasIndex(u => new { u.UnitId, u.Role });
    }
}

public sealed class TaskBasisConfiguration : IEntityTypeConfiguration<TaskBasis>
{
    public void Configure(EntityTypeBuilder<TaskBasis> builder)
    {
        builder.ToTable("TaskBases");
        builder.HasIndex(x => x.TaskId);
    }
}

public sealed class PendingImportConfiguration : IEntityTypeConfiguration<PendingImport>
{
    public void Configure(EntityTypeBuilder<PendingImport> builder)
    {
        builder.ToTable("PendingImports");
        builder.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16).HasDefaultValue(PendingImportKind.Plan);
        builder.HasIndex(x => x.CreatedAt);
    }
}

public sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> builder)
    {
        builder.HasOne(u => u.Unit).WithMany().HasForeignKey(u => u.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
