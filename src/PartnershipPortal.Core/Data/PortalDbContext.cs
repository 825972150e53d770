using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using PartnershipPortal.Core.Domain;

namespace PartnershipPortal.Core.Data;

/// <summary>
/// The one model of the portal. Each store has a subclass only to own its migration set; services depend
/// on this type through <see cref="IDbContextFactory{TContext}"/> and never see the provider. Accounts
/// (Identity), the Data Protection key ring and the change history live in the same store, so one backup
/// holds everything.
/// </summary>
public class PortalDbContext : IdentityDbContext<PortalUser, IdentityRole, string>, IDataProtectionKeyContext
{
    public PortalDbContext(DbContextOptions<PortalDbContext> options)
        : base(options)
    {
    }

    protected PortalDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<Institution> Institutions => Set<Institution>();

    public DbSet<OrganisationalUnit> Units => Set<OrganisationalUnit>();

    public DbSet<Facility> Facilities => Set<Facility>();

    public DbSet<Person> People => Set<Person>();

    public DbSet<FrameworkProgramme> Frameworks => Set<FrameworkProgramme>();

    public DbSet<Delegation> Delegations => Set<Delegation>();

    public DbSet<Visit> Visits => Set<Visit>();

    public DbSet<CooperationAgreement> Agreements => Set<CooperationAgreement>();

    public DbSet<FollowUpAction> FollowUps => Set<FollowUpAction>();

    public DbSet<IscedField> IscedFields => Set<IscedField>();

    public DbSet<PartnerReview> PartnerReviews => Set<PartnerReview>();

    public DbSet<ReviewRequest> ReviewRequests => Set<ReviewRequest>();

    public DbSet<VisitDraft> VisitDrafts => Set<VisitDraft>();

    public DbSet<ChecklistTemplateItem> ChecklistTemplate => Set<ChecklistTemplateItem>();

    public DbSet<VisitChecklistItem> ChecklistItems => Set<VisitChecklistItem>();

    public DbSet<Notification> Notifications => Set<Notification>();

    public DbSet<SavedReport> SavedReports => Set<SavedReport>();

    public DbSet<Attachment> Attachments => Set<Attachment>();

    public DbSet<AttachmentContent> AttachmentContents => Set<AttachmentContent>();

    public DbSet<ChangeRecord> ChangeRecords => Set<ChangeRecord>();

    public DbSet<DeanUnitAssignment> DeanUnits => Set<DeanUnitAssignment>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>Who makes the changes saved through this context; services set it from the signed-in user.</summary>
    public ChangeActor Actor { get; set; } = ChangeActor.System;

    /// <summary>Change records waiting for the keys of new rows; see <see cref="AuditingInterceptor"/>.</summary>
    internal List<PendingChange>? PendingChanges { get; set; }

    internal Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction? AuditTransaction { get; set; }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(PortalDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        base.ConfigureConventions(configurationBuilder);

        // Enums are stored by name so that the data reads the same in SQL, reports and both stores.
        foreach (var enumType in typeof(InstitutionKind).Assembly.GetTypes().Where(t => t.IsEnum && t.Namespace == typeof(InstitutionKind).Namespace))
        {
            configurationBuilder.Properties(enumType).HaveConversion<string>().HaveMaxLength(40);
        }
    }
}

/// <summary>The account or process a change is recorded against.</summary>
public sealed record ChangeActor(string? UserId, string Name)
{
    public static readonly ChangeActor System = new(null, "System");

    public static ChangeActor Process(string name) => new(null, name);
}
