using FluentValidation;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Common;
using PartnershipPortal.Core.Reference;

namespace PartnershipPortal.Core.Features.Reports;

/// <summary>
/// Checks an agreement report's definition before anything is read or written: names from the lists only,
/// a period that ends after it starts, a sensible expiry window, and filters naming records that exist.
/// The record checks ask the store, so validate with <c>ValidateAsync</c>.
/// </summary>
public sealed class AgreementReportValidator : AbstractValidator<AgreementReportDefinition>
{
    public AgreementReportValidator(IReportReferences references)
    {
        ArgumentNullException.ThrowIfNull(references);
        RuleForEach(d => d.Statuses)
            .Must(IsName<AgreementStatus>)
            .WithErrorCode("AgreementReport.Statuses.Unknown")
            .WithMessage(d => $"Unknown status '{{PropertyValue}}'. Choose from: {string.Join(", ", Enum.GetNames<AgreementStatus>())}.");
        RuleFor(d => d.Statuses.ToList())
            .NoRepeats("AgreementReport.Statuses.Repeated", "The same status is chosen twice.")
            .OverridePropertyName(nameof(AgreementReportDefinition.Statuses));
        RuleForEach(d => d.Kinds)
            .Must(IsName<AgreementKind>)
            .WithErrorCode("AgreementReport.Kinds.Unknown")
            .WithMessage(d => $"Unknown kind of agreement '{{PropertyValue}}'. Choose from: {string.Join(", ", Enum.GetNames<AgreementKind>())}.");
        RuleFor(d => d.Kinds.ToList())
            .NoRepeats("AgreementReport.Kinds.Repeated", "The same kind of agreement is chosen twice.")
            .OverridePropertyName(nameof(AgreementReportDefinition.Kinds));

        RuleFor(d => d.PartyInstitutionId)
            .ValidReference("AgreementReport.PartyInstitutionId.Invalid", "Choose the party institution from the list.")
            .MustAsync((id, token) => references.InstitutionExistsAsync(id!.Value, token))
            .When(d => d.PartyInstitutionId > 0, ApplyConditionTo.CurrentValidator)
            .WithErrorCode("AgreementReport.PartyInstitutionId.NotFound")
            .WithMessage("No institution has the id {PropertyValue}: choose the party institution from the list.");
        RuleFor(d => d.CountryCode).ValidCountryCode("AgreementReport.CountryCode.Invalid");
        RuleFor(d => d.ResponsibleUnitId)
            .ValidReference("AgreementReport.ResponsibleUnitId.Invalid", "Choose the responsible unit from the list.")
            .MustAsync((id, token) => references.UnitExistsAsync(id!.Value, token))
            .When(d => d.ResponsibleUnitId > 0, ApplyConditionTo.CurrentValidator)
            .WithErrorCode("AgreementReport.ResponsibleUnitId.NotFound")
            .WithMessage("No unit has the id {PropertyValue}: choose the responsible unit from the list.");
        RuleFor(d => d.FieldCode)
            .Must(code => string.IsNullOrEmpty(code) || IscedCatalog.IsValid(code))
            .WithErrorCode("AgreementReport.FieldCode.Invalid")
            .WithMessage("'{PropertyValue}' is no ISCED-F 2013 field: use a code such as 07, 071 or 0715.");
        RuleFor(d => d.FrameworkId)
            .ValidReference("AgreementReport.FrameworkId.Invalid", "Choose the framework from the list.")
            .MustAsync((id, token) => references.FrameworkExistsAsync(id!.Value, token))
            .When(d => d.FrameworkId > 0, ApplyConditionTo.CurrentValidator)
            .WithErrorCode("AgreementReport.FrameworkId.NotFound")
            .WithMessage("No framework or programme has the id {PropertyValue}: choose the framework from the list.");
        RuleFor(d => d.SignedTo)
            .Must((d, to) => to >= d.SignedFrom)
            .When(d => d.SignedFrom is not null && d.SignedTo is not null)
            .WithErrorCode("AgreementReport.SignedTo.BeforeStart")
            .WithMessage(d => $"The signing period ends ({ValidationRules.DisplayDate(d.SignedTo!.Value)}) before it starts ({ValidationRules.DisplayDate(d.SignedFrom!.Value)}).");
        RuleFor(d => d.ExpiresWithinDays)
            .GreaterThanOrEqualTo(0)
            .WithErrorCode("AgreementReport.ExpiresWithinDays.Negative")
            .WithMessage("The number of days before expiry cannot be negative (it is {PropertyValue}).");
        RuleFor(d => d.ExpiresWithinDays)
            .LessThanOrEqualTo(AgreementReportDefinition.MaxExpiryWindowDays)
            .WithErrorCode("AgreementReport.ExpiresWithinDays.TooLarge")
            .WithMessage($"The number of days before expiry can be at most {AgreementReportDefinition.MaxExpiryWindowDays} (ten years); it is {{PropertyValue}}.");

        RuleFor(d => d.Columns)
            .Must(columns => columns.Count > 0)
            .WithErrorCode("AgreementReport.Columns.Required")
            .WithMessage("Choose at least one column.");
        RuleForEach(d => d.Columns)
            .Must(AgreementReportColumns.IsKnown)
            .WithErrorCode("AgreementReport.Columns.Unknown")
            .WithMessage($"Unknown column '{{PropertyValue}}'. Choose from: {string.Join(", ", AgreementReportColumns.All)}.");
        RuleFor(d => d.Columns.ToList())
            .NoRepeats("AgreementReport.Columns.Repeated", "The same column is chosen twice.")
            .OverridePropertyName(nameof(AgreementReportDefinition.Columns));
        RuleFor(d => d.Sort)
            .Must(sort => string.IsNullOrEmpty(sort) || AgreementReportSorts.IsKnown(sort))
            .WithErrorCode("AgreementReport.Sort.Unknown")
            .WithMessage($"The report cannot be sorted by '{{PropertyValue}}'. Choose from: {string.Join(", ", AgreementReportSorts.All)}.");
        RuleFor(d => d.GroupBy)
            .Must(group => string.IsNullOrEmpty(group) || AgreementReportGroups.IsKnown(group))
            .WithErrorCode("AgreementReport.GroupBy.Unknown")
            .WithMessage($"The report cannot be grouped by '{{PropertyValue}}'. Choose from: {string.Join(", ", AgreementReportGroups.All)}.");
    }

    /// <summary>A member's name exactly as written; numbers, which <see cref="Enum.TryParse{TEnum}(string, out TEnum)"/> would take, are refused.</summary>
    private static bool IsName<TEnum>(string value)
        where TEnum : struct, Enum =>
        Enum.GetNames<TEnum>().Contains(value, StringComparer.Ordinal);
}
