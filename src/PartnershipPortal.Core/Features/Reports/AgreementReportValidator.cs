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
        Names<AgreementStatus>(d => d.Statuses, nameof(AgreementReportDefinition.Statuses), "status");
        Names<AgreementKind>(d => d.Kinds, nameof(AgreementReportDefinition.Kinds), "kind of agreement");
        RuleFor(d => d.PartyInstitutionId)
            .ExistingRecord(references.InstitutionExistsAsync, "AgreementReport.PartyInstitutionId", "institution", "the party institution");
        RuleFor(d => d.CountryCode).ValidCountryCode("AgreementReport.CountryCode.Invalid");
        RuleFor(d => d.ResponsibleUnitId)
            .ExistingRecord(references.UnitExistsAsync, "AgreementReport.ResponsibleUnitId", "unit", "the responsible unit");
        RuleFor(d => d.FieldCode)
            .Must(code => string.IsNullOrEmpty(code) || IscedCatalog.IsValid(code))
            .WithErrorCode("AgreementReport.FieldCode.Invalid")
            .WithMessage("'{PropertyValue}' is no ISCED-F 2013 field: use a code such as 07, 071 or 0715.");
        RuleFor(d => d.FrameworkId)
            .ExistingRecord(references.FrameworkExistsAsync, "AgreementReport.FrameworkId", "framework or programme", "the framework");
        RuleFor(d => d.SignedTo).NotBefore(d => d.SignedFrom, "AgreementReport.SignedTo.BeforeStart", "signing period");
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

    /// <summary>Each name one of <typeparamref name="TEnum"/>'s, none twice.</summary>
    private void Names<TEnum>(System.Linq.Expressions.Expression<Func<AgreementReportDefinition, IEnumerable<string>>> names, string property, string noun)
        where TEnum : struct, Enum
    {
        RuleForEach<string>(names)
            .Must(ReportRules.IsNameOrEmpty<TEnum>)
            .WithErrorCode($"AgreementReport.{property}.Unknown")
            .WithMessage(ReportRules.UnknownName<TEnum>(noun));
        var list = names.Compile();
        RuleFor(d => list(d).ToList())
            .NoRepeats($"AgreementReport.{property}.Repeated", $"The same {noun} is chosen twice.")
            .OverridePropertyName(property);
    }
}
