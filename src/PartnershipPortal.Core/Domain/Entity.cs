namespace PartnershipPortal.Core.Domain;

/// <summary>
/// Base of every stored record: an identity, the moments it was created and changed (UTC), and a
/// concurrency token that the application renews on every save so that both stores detect a stale write.
/// </summary>
public abstract class Entity
{
    public int Id { get; set; }

    public DateTimeOffset CreatedAt { get; internal set; }

    public DateTimeOffset UpdatedAt { get; internal set; }

    public Guid Version { get; internal set; }
}

/// <summary>A record whose folded text feeds list filters, global search and duplicate checks.</summary>
public interface ISearchable
{
    string SearchText { get; }

    void RefreshSearchText();
}

/// <summary>A record that is archived rather than deleted: still readable and in history, left out of pickers.</summary>
public interface IArchivable
{
    bool IsArchived { get; set; }
}
