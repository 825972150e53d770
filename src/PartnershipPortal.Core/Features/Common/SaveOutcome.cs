using FluentValidation.Results;

namespace PartnershipPortal.Core.Features.Common;

public enum SaveStatus
{
    Saved,
    Invalid,
    Conflict,
    Forbidden,
    NotFound,
}

/// <summary>
/// The answer of a service to a save: saved (with the record's id and new version), refused with messages
/// per field (shown beside the field), refused because a newer version exists (with the conflict), or
/// refused outright. Nothing is written unless the status is <see cref="SaveStatus.Saved"/>.
/// </summary>
public sealed record SaveOutcome(SaveStatus Status, int Id = 0, Guid Version = default, IReadOnlyDictionary<string, string[]>? Errors = null, SaveConflict? Conflict = null)
{
    public static SaveOutcome Forbidden { get; } = new(SaveStatus.Forbidden);

    public static SaveOutcome NotFound { get; } = new(SaveStatus.NotFound);

    public bool Succeeded => Status == SaveStatus.Saved;

    public static SaveOutcome Saved(int id, Guid version) => new(SaveStatus.Saved, id, version);

    public static SaveOutcome Invalid(IEnumerable<ValidationFailure> failures) =>
        new(SaveStatus.Invalid, Errors: failures.GroupBy(f => f.PropertyName).ToDictionary(g => g.Key, g => g.Select(f => f.ErrorMessage).ToArray()));

    public static SaveOutcome Invalid(string field, string message) =>
        new(SaveStatus.Invalid, Errors: new Dictionary<string, string[]> { [field] = [message] });

    public static SaveOutcome Conflicted(SaveConflict conflict) => new(SaveStatus.Conflict, Conflict: conflict);
}
