using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnershipPortal.Core.Domain;

namespace PartnershipPortal.Core.Data.Configurations;

internal sealed class PartnerReviewConfiguration : IEntityTypeConfiguration<PartnerReview>
{
    public void Configure(EntityTypeBuilder<PartnerReview> builder)
    {
        builder.MapEntity();
        builder.Ignore(r => r.Average);
        builder.Property(r => r.AuthorUserId).HasMaxLength(450).IsRequired();
        builder.Property(r => r.AuthorName).HasMaxLength(PortalUser.DisplayNameMaxLength).IsRequired();
        builder.Property(r => r.Strengths).HasMaxLength(PartnerReview.TextMaxLength);
        builder.Property(r => r.Concerns).HasMaxLength(PartnerReview.TextMaxLength);
        builder.HasOne(r => r.Institution).WithMany().HasForeignKey(r => r.InstitutionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(r => r.Unit).WithMany().HasForeignKey(r => r.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.InstitutionId, r.UnitId, r.ReviewedOn });
        builder.ToTable(t =>
        {
            foreach (var rating in new[] { nameof(PartnerReview.StrategicFit), nameof(PartnerReview.AcademicQuality), nameof(PartnerReview.Activity), nameof(PartnerReview.Reliability) })
            {
                t.HasCheckConstraint($"CK_PartnerReview_{rating}", $"\"{rating}\" BETWEEN 1 AND 5");
            }
        });
    }
}

internal sealed class ReviewRequestConfiguration : IEntityTypeConfiguration<ReviewRequest>
{
    public void Configure(EntityTypeBuilder<ReviewRequest> builder)
    {
        builder.MapEntity();
        builder.Property(r => r.RequestedBy).HasMaxLength(PortalUser.DisplayNameMaxLength).IsRequired();
        builder.Property(r => r.Reason).HasMaxLength(1000);
        builder.HasOne(r => r.Institution).WithMany().HasForeignKey(r => r.InstitutionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(r => r.Unit).WithMany().HasForeignKey(r => r.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.FulfilledBy).WithMany().HasForeignKey(r => r.FulfilledByReviewId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(r => new { r.UnitId, r.FulfilledByReviewId });
    }
}
