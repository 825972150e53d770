using Microsoft.EntityFrameworkCore;
using PartnershipPortal.Core.Domain;

namespace PartnershipPortal.Core.Data;

/// <summary>
/// The one model of the portal. Each store has a subclass only to own its migration set; services depend
/// on this type through <see cref="IDbContextFactory{TContext}"/> and never see the provider.
/// </summary>
public class PortalDbContext : DbContext
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

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PortalDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);

        // Enums are stored by name so that the data reads the same in SQL, reports and both stores.
        foreach (var enumType in typeof(InstitutionKind).Assembly.GetTypes().Where(t => t.IsEnum && t.Namespace == typeof(InstitutionKind).Namespace))
        {
            configurationBuilder.Properties(enumType).HaveConversion<string>().HaveMaxLength(40);
        }
    }
}
