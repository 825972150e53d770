using FluentValidation;
using FluentValidation.Results;

namespace PartnershipPortal.Core.Features.Reports;

/// <summary>What every report's service does first: check its definition with the report's one validator, and know what day it is.</summary>
public abstract class ReportService<TDefinition>(IValidator<TDefinition> validator, TimeProvider clock)
{
    /// <summary>How many rows a preview shows.</summary>
    public const int PreviewSize = 50;

    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public Task<ValidationResult> CheckAsync(TDefinition definition, CancellationToken cancellationToken = default) =>
        validator.ValidateAsync(definition, cancellationToken);

    /// <summary>Refuses a definition the validator rejects, before anything is read.</summary>
    protected Task EnsureValidAsync(TDefinition definition, CancellationToken cancellationToken) =>
        validator.ValidateAndThrowAsync(definition, cancellationToken);
}
