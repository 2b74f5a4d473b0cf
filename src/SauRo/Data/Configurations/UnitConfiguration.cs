using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SauRo.Data.Entities;

namespace SauRo.Data.Configurations;

public sealed class UnitConfiguration : IEntityTypeConfiguration<Unit>
{
    public void Configure(EntityTypeBuilder<Unit> builder)
    {
        builder.ToTable("Units");
        builder.Property(u => u.Kind).HasConversion<string>().HasMaxLength(16);
        builder.HasOne(u => u.Parent).WithMany(u => u.Children).HasForeignKey(u => u.ParentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(u => u.ParentId);
        builder.HasIndex(u => u.NameKey);
    }
}

public sealed class UnitAliasConfiguration : IEntityTypeConfiguration<UnitAlias>
{
    public void Configure(EntityTypeBuilder<UnitAlias> builder)
    {
        builder.ToTable("UnitAliases");
        builder.HasOne(a => a.Unit).WithMany(u => u.Aliases).HasForeignKey(a => a.UnitId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => new { a.UnitId, a.AliasKey }).IsUnique();
        builder.HasIndex(a => a.AliasKey);
    }
}
