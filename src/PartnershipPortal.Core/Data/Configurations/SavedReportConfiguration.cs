using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnershipPortal.Core.Domain;

namespace PartnershipPortal.Core.Data.Configurations;

internal sealed class SavedReportConfiguration : IEntityTypeConfiguration<SavedReport>
{
    public void Configure(EntityTypeBuilder<SavedReport> builder)
    {
        builder.MapEntity();
        builder.Property(r => r.OwnerUserId).HasMaxLength(450).IsRequired();
        builder.Property(r => r.Report).HasMaxLength(SavedReport.ReportMaxLength).IsRequired();
        builder.Property(r => r.Name).HasMaxLength(SavedReport.NameMaxLength).IsRequired();
        builder.Property(r => r.NormalizedName).HasMaxLength(SavedReport.NameMaxLength).IsRequired();
        builder.Property(r => r.Query).HasMaxLength(SavedReport.QueryMaxLength).IsRequired();
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(r => r.OwnerUserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.OwnerUserId, r.Report, r.NormalizedName }).IsUnique();
    }
}
