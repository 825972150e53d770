namespace PartnershipPortal.Core.Domain;

public enum ChangeKind
{
    Created,
    Updated,
    Deleted,
}

/// <summary>
/// One create, update or delete of a record, written in the same transaction as the change: who or which
/// process, when, which record, and each changed field with its old and new value. It outlives the record.
/// </summary>
public class ChangeRecord
{
    public long Id { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary>The account that made the change; empty for a process (an import, a background job).</summary>
    public string? UserId { get; set; }

    /// <summary>The account's name or the process's, as it was at the time.</summary>
    public string Actor { get; set; } = string.Empty;

    public string EntityType { get; set; } = string.Empty;

    public string EntityId { get; set; } = string.Empty;

    public ChangeKind Kind { get; set; }

    public List<FieldChange> Fields { get; set; } = [];
}

/// <summary>A field's value before and after, as text; null where there was none.</summary>
public sealed record FieldChange(string Field, string? Old, string? New);
