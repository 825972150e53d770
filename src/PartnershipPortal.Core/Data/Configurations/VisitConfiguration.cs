using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnershipPortal.Core.Domain;

namespace PartnershipPortal.Core.Data.Configurations;

internal sealed class DelegationConfiguration : IEntityTypeConfiguration<Delegation>
{
    public void Configure(EntityTypeBuilder<Delegation> builder)
    {
        builder.MapEntity();
        builder.MapSearchText();
        builder.Property(d => d.Title).HasMaxLength(Delegation.TitleMaxLength).IsRequired();
        builder.HasOne(d => d.Head).WithMany().HasForeignKey(d => d.HeadPersonId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(d => d.Members).WithOne().HasForeignKey(m => m.DelegationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(d => d.Institutions).WithOne().HasForeignKey(i => i.DelegationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class DelegationMemberConfiguration : IEntityTypeConfiguration<DelegationMember>
{
    public void Configure(EntityTypeBuilder<DelegationMember> builder)
    {
        builder.Property(m => m.RoleInDelegation).HasMaxLength(200);
        builder.HasOne(m => m.Person).WithMany().HasForeignKey(m => m.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => new { m.DelegationId, m.PersonId }).IsUnique();
    }
}

internal sealed class DelegationInstitutionConfiguration : IEntityTypeConfiguration<DelegationInstitution>
{
    public void Configure(EntityTypeBuilder<DelegationInstitution> builder)
    {
        builder.HasOne(i => i.Institution).WithMany().HasForeignKey(i => i.InstitutionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(i => new { i.DelegationId, i.InstitutionId }).IsUnique();
    }
}

internal sealed class VisitConfiguration : IEntityTypeConfiguration<Visit>
{
    public void Configure(EntityTypeBuilder<Visit> builder)
    {
        builder.MapEntity();
        builder.MapSearchText();
        builder.Property(v => v.Title).HasMaxLength(Visit.TitleMaxLength).IsRequired();
        builder.Property(v => v.TimeZoneId).HasMaxLength(64).IsRequired();
        builder.Property(v => v.Place).HasMaxLength(Visit.PlaceMaxLength);
        builder.Property(v => v.Summary).HasMaxLength(Visit.TextMaxLength);
        builder.HasOne(v => v.HostInstitution).WithMany().HasForeignKey(v => v.HostInstitutionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(v => v.Delegation).WithMany().HasForeignKey(v => v.DelegationId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(v => v.Hosts).WithOne().HasForeignKey(h => h.VisitId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(v => v.AgendaItems).WithOne().HasForeignKey(a => a.VisitId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(v => v.FieldsOfInterest).WithOne().HasForeignKey(f => f.VisitId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(v => v.CooperationInterests).WithOne().HasForeignKey(c => c.VisitId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(v => v.Frameworks).WithOne().HasForeignKey(f => f.VisitId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(v => v.Outcomes).WithOne().HasForeignKey(o => o.VisitId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(v => v.Quotations).WithOne().HasForeignKey(q => q.VisitId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(v => v.StartDate);
    }
}

internal sealed class VisitHostConfiguration : IEntityTypeConfiguration<VisitHost>
{
    public void Configure(EntityTypeBuilder<VisitHost> builder)
    {
        builder.Property(h => h.RoleDescription).HasMaxLength(VisitHost.RoleMaxLength);
        builder.HasOne(h => h.Person).WithMany().HasForeignKey(h => h.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(h => h.Unit).WithMany().HasForeignKey(h => h.UnitId).OnDelete(DeleteBehavior.SetNull);
        builder.ToTable(t => t.HasCheckConstraint("CK_VisitHost_PersonOrRole", "\"PersonId\" IS NOT NULL OR \"RoleDescription\" IS NOT NULL"));
    }
}

internal sealed class AgendaItemConfiguration : IEntityTypeConfiguration<AgendaItem>
{
    public void Configure(EntityTypeBuilder<AgendaItem> builder)
    {
        builder.Property(a => a.Title).HasMaxLength(AgendaItem.TitleMaxLength).IsRequired();
        builder.Property(a => a.Notes).HasMaxLength(4000);
        builder.HasOne(a => a.Facility).WithMany().HasForeignKey(a => a.FacilityId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class VisitFieldOfInterestConfiguration : IEntityTypeConfiguration<VisitFieldOfInterest>
{
    public void Configure(EntityTypeBuilder<VisitFieldOfInterest> builder)
    {
        builder.Property(f => f.IscedCode).HasMaxLength(4).IsRequired();
        builder.Property(f => f.Wording).HasMaxLength(200);
        builder.HasOne<IscedField>().WithMany().HasForeignKey(f => f.IscedCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(f => new { f.VisitId, f.IscedCode }).IsUnique();
    }
}

internal sealed class VisitCooperationInterestConfiguration : IEntityTypeConfiguration<VisitCooperationInterest>
{
    public void Configure(EntityTypeBuilder<VisitCooperationInterest> builder) =>
        builder.Property(c => c.Wording).HasMaxLength(200);
}

internal sealed class VisitFrameworkConfiguration : IEntityTypeConfiguration<VisitFramework>
{
    public void Configure(EntityTypeBuilder<VisitFramework> builder)
    {
        builder.HasKey(f => new { f.VisitId, f.FrameworkId });
        builder.HasOne(f => f.Framework).WithMany().HasForeignKey(f => f.FrameworkId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class VisitOutcomeConfiguration : IEntityTypeConfiguration<VisitOutcome>
{
    public void Configure(EntityTypeBuilder<VisitOutcome> builder) =>
        builder.Property(o => o.Text).HasMaxLength(Visit.TextMaxLength).IsRequired();
}

internal sealed class QuotationConfiguration : IEntityTypeConfiguration<Quotation>
{
    public void Configure(EntityTypeBuilder<Quotation> builder)
    {
        builder.Property(q => q.Text).HasMaxLength(Visit.TextMaxLength).IsRequired();
        builder.Property(q => q.SpeakerDescription).HasMaxLength(200);
        builder.HasOne(q => q.Speaker).WithMany().HasForeignKey(q => q.SpeakerPersonId).OnDelete(DeleteBehavior.Restrict);
    }
}
