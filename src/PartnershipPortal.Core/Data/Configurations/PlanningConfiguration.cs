using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnershipPortal.Core.Domain;

namespace PartnershipPortal.Core.Data.Configurations;

internal sealed class VisitDraftConfiguration : IEntityTypeConfiguration<VisitDraft>
{
    public void Configure(EntityTypeBuilder<VisitDraft> builder)
    {
        builder.MapEntity();
        builder.Property(d => d.OwnerUserId).HasMaxLength(450).IsRequired();
        builder.Property(d => d.Title).HasMaxLength(VisitDraft.TitleMaxLength).IsRequired();
        builder.Property(d => d.Content).IsRequired();
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(d => d.OwnerUserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Visit>().WithMany().HasForeignKey(d => d.VisitId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(d => new { d.OwnerUserId, d.UpdatedAt });
    }
}

internal sealed class ChecklistTemplateItemConfiguration : IEntityTypeConfiguration<ChecklistTemplateItem>
{
    public void Configure(EntityTypeBuilder<ChecklistTemplateItem> builder)
    {
        builder.MapEntity();
        builder.Property(i => i.Title).HasMaxLength(ChecklistTemplateItem.TitleMaxLength).IsRequired();
        builder.HasOne(i => i.DefaultOwner).WithMany().HasForeignKey(i => i.DefaultOwnerUserId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class VisitChecklistItemConfiguration : IEntityTypeConfiguration<VisitChecklistItem>
{
    public void Configure(EntityTypeBuilder<VisitChecklistItem> builder)
    {
        builder.MapEntity();
        builder.Property(i => i.Title).HasMaxLength(ChecklistTemplateItem.TitleMaxLength).IsRequired();
        builder.Property(i => i.DoneByUserId).HasMaxLength(450);
        builder.Property(i => i.DoneByName).HasMaxLength(PortalUser.DisplayNameMaxLength);
        builder.HasOne(i => i.Visit).WithMany().HasForeignKey(i => i.VisitId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(i => i.Owner).WithMany().HasForeignKey(i => i.OwnerUserId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(i => new { i.VisitId, i.Order });
        builder.HasIndex(i => i.OwnerUserId);
    }
}

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.HasKey(n => n.Id);
        builder.Property(n => n.UserId).HasMaxLength(450).IsRequired();
        builder.Property(n => n.Title).HasMaxLength(Notification.TitleMaxLength).IsRequired();
        builder.Property(n => n.Key).HasMaxLength(Notification.KeyMaxLength).IsRequired();
        builder.Property(n => n.Link).HasMaxLength(Notification.LinkMaxLength);
        builder.HasOne(n => n.User).WithMany().HasForeignKey(n => n.UserId).OnDelete(DeleteBehavior.Cascade);

        // The same event is notified to the same account once, whichever instance notices it first.
        builder.HasIndex(n => new { n.UserId, n.Key }).IsUnique();
        builder.HasIndex(n => new { n.UserId, n.ReadAt });
    }
}

internal sealed class AttachmentConfiguration : IEntityTypeConfiguration<Attachment>
{
    public void Configure(EntityTypeBuilder<Attachment> builder)
    {
        builder.MapEntity();
        builder.Property(a => a.FileName).HasMaxLength(Attachment.FileNameMaxLength).IsRequired();
        builder.Property(a => a.Description).HasMaxLength(Attachment.DescriptionMaxLength);
        builder.Property(a => a.Sha256).HasMaxLength(64).IsRequired();
        builder.Property(a => a.UploadedByUserId).HasMaxLength(450);
        builder.Property(a => a.UploadedByName).HasMaxLength(PortalUser.DisplayNameMaxLength).IsRequired();
        builder.HasOne(a => a.Visit).WithMany().HasForeignKey(a => a.VisitId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(a => a.Agreement).WithMany().HasForeignKey(a => a.AgreementId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => new { a.AgreementId, a.IsCurrent }).IsUnique().HasFilter("\"IsCurrent\"").HasDatabaseName("IX_Attachments_OneCurrentDocument");
        builder.HasOne(a => a.Content).WithOne().HasForeignKey<AttachmentContent>(c => c.AttachmentId).OnDelete(DeleteBehavior.Cascade);
        builder.ToTable(t => t.HasCheckConstraint(
            "CK_Attachment_OneSubject",
            "(\"VisitId\" IS NOT NULL AND \"AgreementId\" IS NULL) OR (\"VisitId\" IS NULL AND \"AgreementId\" IS NOT NULL)"));
    }
}

internal sealed class AttachmentContentConfiguration : IEntityTypeConfiguration<AttachmentContent>
{
    public void Configure(EntityTypeBuilder<AttachmentContent> builder)
    {
        builder.HasKey(c => c.AttachmentId);
        builder.Property(c => c.Data).IsRequired();
    }
}
