using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnershipPortal.Core.Domain;

namespace PartnershipPortal.Core.Data.Configurations;

internal static class EntityMapping
{
    public const int SearchTextMaxLength = SearchFolding.MaxLength;

    /// <summary>Maps what every <see cref="Entity"/> shares: key, moments and the concurrency token.</summary>
    public static void MapEntity<T>(this EntityTypeBuilder<T> builder)
        where T : Entity
    {
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Version).IsConcurrencyToken();
    }

    public static void MapSearchText<T>(this EntityTypeBuilder<T> builder)
        where T : Entity, ISearchable
    {
        builder.Property(e => e.SearchText).HasMaxLength(SearchTextMaxLength).IsRequired();
        builder.HasIndex(e => e.SearchText);
    }
}
