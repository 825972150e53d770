using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnershipPortal.Core.Domain;

namespace PartnershipPortal.Core.Data.Configurations;

internal sealed class InstitutionConfiguration : IEntityTypeConfiguration<Institution>
{
    public void Configure(EntityTypeBuilder<Institution> builder)
    {
        builder.MapEntity();
        builder.MapSearchText();
        builder.Property(i => i.Name).HasMaxLength(Institution.NameMaxLength).IsRequired();
        builder.Property(i => i.OriginalName).HasMaxLength(Institution.NameMaxLength);
        builder.Property(i => i.Acronym).HasMaxLength(Institution.AcronymMaxLength);
        builder.Property(i => i.CountryCode).HasMaxLength(2).IsFixedLength().IsRequired();
        builder.Property(i => i.City).HasMaxLength(Institution.CityMaxLength);
        builder.Property(i => i.Region).HasMaxLength(Institution.CityMaxLength);
        builder.Property(i => i.Website).HasMaxLength(Institution.WebsiteMaxLength);
        builder.Property(i => i.RorId).HasMaxLength(9).IsFixedLength();
        builder.HasOne(i => i.Parent).WithMany().HasForeignKey(i => i.ParentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(i => i.Units).WithOne(u => u.Institution).HasForeignKey(u => u.InstitutionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(i => i.People).WithOne(p => p.Institution).HasForeignKey(p => p.InstitutionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(i => i.CountryCode);
        builder.HasIndex(i => i.Name);
    }
}

internal sealed class OrganisationalUnitConfiguration : IEntityTypeConfiguration<OrganisationalUnit>
{
    public void Configure(EntityTypeBuilder<OrganisationalUnit> builder)
    {
        builder.MapEntity();
        builder.Property(u => u.Name).HasMaxLength(OrganisationalUnit.NameMaxLength).IsRequired();
        builder.Property(u => u.OriginalName).HasMaxLength(OrganisationalUnit.NameMaxLength);
        builder.HasMany(u => u.Facilities).WithOne(f => f.Unit).HasForeignKey(f => f.UnitId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class FacilityConfiguration : IEntityTypeConfiguration<Facility>
{
    public void Configure(EntityTypeBuilder<Facility> builder)
    {
        builder.MapEntity();
        builder.Property(f => f.Name).HasMaxLength(Facility.NameMaxLength).IsRequired();
        builder.Property(f => f.Description).HasMaxLength(2000);
    }
}

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> builder)
    {
        builder.MapEntity();
        builder.MapSearchText();
        builder.Property(p => p.FullName).HasMaxLength(Person.NameMaxLength).IsRequired();
        builder.Property(p => p.OriginalScriptName).HasMaxLength(Person.NameMaxLength);
        builder.Property(p => p.Position).HasMaxLength(Person.PositionMaxLength);
        builder.Property(p => p.Email).HasMaxLength(Person.EmailMaxLength);
        builder.Property(p => p.Phone).HasMaxLength(Person.PhoneMaxLength);
        builder.HasOne(p => p.Unit).WithMany().HasForeignKey(p => p.UnitId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class FrameworkProgrammeConfiguration : IEntityTypeConfiguration<FrameworkProgramme>
{
    public void Configure(EntityTypeBuilder<FrameworkProgramme> builder)
    {
        builder.MapEntity();
        builder.MapSearchText();
        builder.Property(f => f.Name).HasMaxLength(FrameworkProgramme.NameMaxLength).IsRequired();
        builder.Property(f => f.Acronym).HasMaxLength(30);
        builder.Property(f => f.Description).HasMaxLength(4000);
        builder.HasOne(f => f.OwnerInstitution).WithMany().HasForeignKey(f => f.OwnerInstitutionId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class IscedFieldConfiguration : IEntityTypeConfiguration<IscedField>
{
    public void Configure(EntityTypeBuilder<IscedField> builder)
    {
        builder.HasKey(f => f.Code);
        builder.Property(f => f.Code).HasMaxLength(4);
        builder.Property(f => f.Name).HasMaxLength(200).IsRequired();
        builder.Property(f => f.ParentCode).HasMaxLength(4);
        builder.HasOne<IscedField>().WithMany().HasForeignKey(f => f.ParentCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasData(Reference.IscedCatalog.All.Select(e => new IscedField
        {
            Code = e.Code,
            Level = e.Level,
            Name = e.Name,
            ParentCode = e.ParentCode,
        }));
    }
}
