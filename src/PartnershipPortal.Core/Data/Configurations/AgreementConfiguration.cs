using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnershipPortal.Core.Domain;

namespace PartnershipPortal.Core.Data.Configurations;

internal sealed class CooperationAgreementConfiguration : IEntityTypeConfiguration<CooperationAgreement>
{
    public void Configure(EntityTypeBuilder<CooperationAgreement> builder)
    {
        builder.MapEntity();
        builder.MapSearchText();
        builder.Property(a => a.Title).HasMaxLength(CooperationAgreement.TitleMaxLength).IsRequired();
        builder.Property(a => a.Notes).HasMaxLength(8000);
        builder.HasOne(a => a.ResponsibleUnit).WithMany().HasForeignKey(a => a.ResponsibleUnitId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(a => a.ResponsiblePerson).WithMany().HasForeignKey(a => a.ResponsiblePersonId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(a => a.ResponsibleUser).WithMany().HasForeignKey(a => a.ResponsibleUserId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(a => a.Transitions).WithOne().HasForeignKey(t => t.AgreementId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(a => a.RenewsAgreement).WithMany().HasForeignKey(a => a.RenewsAgreementId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(a => a.Parties).WithOne().HasForeignKey(p => p.AgreementId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Fields).WithOne().HasForeignKey(f => f.AgreementId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Frameworks).WithOne().HasForeignKey(f => f.AgreementId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Visits).WithOne().HasForeignKey(v => v.AgreementId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => a.ExpiresOn);
        builder.HasIndex(a => a.Status);
    }
}

internal sealed class AgreementTransitionConfiguration : IEntityTypeConfiguration<AgreementTransition>
{
    public void Configure(EntityTypeBuilder<AgreementTransition> builder)
    {
        builder.Property(t => t.ByUserId).HasMaxLength(450);
        builder.Property(t => t.ByName).HasMaxLength(PortalUser.DisplayNameMaxLength).IsRequired();
        builder.Property(t => t.Reason).HasMaxLength(AgreementTransition.ReasonMaxLength);
        builder.HasIndex(t => new { t.AgreementId, t.At });
    }
}

internal sealed class AgreementSignatoryConfiguration : IEntityTypeConfiguration<AgreementSignatory>
{
    public void Configure(EntityTypeBuilder<AgreementSignatory> builder)
    {
        builder.Property(s => s.Name).HasMaxLength(AgreementSignatory.NameMaxLength);
        builder.Property(s => s.Position).HasMaxLength(AgreementSignatory.PositionMaxLength);
        builder.HasOne(s => s.Person).WithMany().HasForeignKey(s => s.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.ToTable(t => t.HasCheckConstraint("CK_AgreementSignatory_PersonOrName", "\"PersonId\" IS NOT NULL OR \"Name\" IS NOT NULL"));
    }
}

internal sealed class AgreementPartyConfiguration : IEntityTypeConfiguration<AgreementParty>
{
    public void Configure(EntityTypeBuilder<AgreementParty> builder)
    {
        builder.HasMany(p => p.Signatories).WithOne().HasForeignKey(s => s.AgreementPartyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(p => p.Institution).WithMany().HasForeignKey(p => p.InstitutionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.AgreementId, p.InstitutionId }).IsUnique();
    }
}

internal sealed class AgreementFieldConfiguration : IEntityTypeConfiguration<AgreementField>
{
    public void Configure(EntityTypeBuilder<AgreementField> builder)
    {
        builder.HasKey(f => new { f.AgreementId, f.IscedCode });
        builder.Property(f => f.IscedCode).HasMaxLength(4);
        builder.HasOne<IscedField>().WithMany().HasForeignKey(f => f.IscedCode).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AgreementFrameworkConfiguration : IEntityTypeConfiguration<AgreementFramework>
{
    public void Configure(EntityTypeBuilder<AgreementFramework> builder)
    {
        builder.HasKey(f => new { f.AgreementId, f.FrameworkId });
        builder.HasOne(f => f.Framework).WithMany().HasForeignKey(f => f.FrameworkId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AgreementVisitConfiguration : IEntityTypeConfiguration<AgreementVisit>
{
    public void Configure(EntityTypeBuilder<AgreementVisit> builder)
    {
        builder.HasKey(v => new { v.AgreementId, v.VisitId });
        builder.HasOne(v => v.Visit).WithMany().HasForeignKey(v => v.VisitId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class FollowUpActionConfiguration : IEntityTypeConfiguration<FollowUpAction>
{
    public void Configure(EntityTypeBuilder<FollowUpAction> builder)
    {
        builder.MapEntity();
        builder.Property(f => f.Title).HasMaxLength(FollowUpAction.TitleMaxLength).IsRequired();
        builder.Property(f => f.Notes).HasMaxLength(4000);
        builder.HasOne(f => f.Owner).WithMany().HasForeignKey(f => f.OwnerPersonId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(f => f.OwnerUser).WithMany().HasForeignKey(f => f.OwnerUserId).OnDelete(DeleteBehavior.SetNull);
        builder.Property(f => f.CompletedByUserId).HasMaxLength(450);
        builder.Property(f => f.CompletedByName).HasMaxLength(PortalUser.DisplayNameMaxLength);
        builder.HasIndex(f => new { f.OwnerUserId, f.Status });
        builder.HasOne(f => f.Visit).WithMany().HasForeignKey(f => f.VisitId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(f => f.Agreement).WithMany().HasForeignKey(f => f.AgreementId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(f => f.DueOn);
        builder.ToTable(t => t.HasCheckConstraint(
            "CK_FollowUpAction_OneSubject",
            "(\"VisitId\" IS NOT NULL AND \"AgreementId\" IS NULL) OR (\"VisitId\" IS NULL AND \"AgreementId\" IS NOT NULL)"));
    }
}
