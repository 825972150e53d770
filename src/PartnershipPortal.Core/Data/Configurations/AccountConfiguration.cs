using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnershipPortal.Core.Domain;

namespace PartnershipPortal.Core.Data.Configurations;

internal sealed class PortalUserConfiguration : IEntityTypeConfiguration<PortalUser>
{
    public void Configure(EntityTypeBuilder<PortalUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(PortalUser.DisplayNameMaxLength).IsRequired();
        builder.HasMany(u => u.DeanUnits).WithOne().HasForeignKey(d => d.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class DeanUnitAssignmentConfiguration : IEntityTypeConfiguration<DeanUnitAssignment>
{
    public void Configure(EntityTypeBuilder<DeanUnitAssignment> builder)
    {
        builder.HasKey(d => new { d.UserId, d.UnitId });
        builder.HasOne(d => d.Unit).WithMany().HasForeignKey(d => d.UnitId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ChangeRecordConfiguration : IEntityTypeConfiguration<ChangeRecord>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public void Configure(EntityTypeBuilder<ChangeRecord> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.UserId).HasMaxLength(450);
        builder.Property(c => c.Actor).HasMaxLength(256).IsRequired();
        builder.Property(c => c.EntityType).HasMaxLength(100).IsRequired();
        builder.Property(c => c.EntityId).HasMaxLength(100).IsRequired();

        // Field changes are read with their record and never queried inside, so they are kept as JSON text
        // that both stores hold alike.
        builder.Property(c => c.Fields)
            .HasConversion(
                fields => JsonSerializer.Serialize(fields, Json),
                text => JsonSerializer.Deserialize<List<FieldChange>>(text, Json) ?? new List<FieldChange>(),
                new ValueComparer<List<FieldChange>>(
                    (a, b) => a!.SequenceEqual(b!),
                    list => list.Aggregate(0, (hash, field) => HashCode.Combine(hash, field.GetHashCode())),
                    list => list.ToList()))
            .IsRequired();
        builder.HasIndex(c => new { c.EntityType, c.EntityId });
        builder.HasIndex(c => c.At);
        builder.HasIndex(c => c.UserId);
    }
}
