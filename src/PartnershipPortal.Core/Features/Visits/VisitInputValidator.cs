using System.Globalization;
using FluentValidation;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Common;
using PartnershipPortal.Core.Reference;

namespace PartnershipPortal.Core.Features.Visits;

public sealed class VisitInputValidator : AbstractValidator<VisitInput>
{
    public VisitInputValidator()
    {
        RuleFor(v => v.Title)
            .Required("Visit.Title.Required", "Enter a title for the visit.")
            .MaxChars(Visit.TitleMaxLength, "Visit.Title.TooLong", "The title");
        RuleFor(v => v.Direction)
            .KnownValue("Visit.Direction.Invalid", "Choose whether the visit was received or sent.");
        RuleFor(v => v.StartDate)
            .NotNull().WithErrorCode("Visit.StartDate.Required").WithMessage("Enter the date the visit starts.");
        RuleFor(v => v.EndDate)
            .NotNull().WithErrorCode("Visit.EndDate.Required")
            .WithMessage("Enter the date the visit ends (the start date again for a one-day visit).");
        RuleFor(v => v.EndDate)
            .Must((visit, end) => end >= visit.StartDate)
            .When(v => v.StartDate is not null && v.EndDate is not null)
            .WithErrorCode("Visit.EndDate.BeforeStart")
            .WithMessage("The visit cannot end before it starts.");
        RuleFor(v => v.TimeZoneId)
            .Required("Visit.TimeZoneId.Required", "Choose the time zone of the place of the visit.")
            .IanaTimeZone("Visit.TimeZoneId.Invalid");
        RuleFor(v => v.HostInstitutionId)
            .RequiredReference("Visit.HostInstitutionId.Required", "Choose the host institution.");
        RuleFor(v => v.Place)
            .MaxChars(Visit.PlaceMaxLength, "Visit.Place.TooLong", "The place");
        RuleFor(v => v.Status)
            .KnownValue("Visit.Status.Invalid", "Choose the visit's status from the list.");
        RuleFor(v => v.Summary)
            .MaxChars(Visit.TextMaxLength, "Visit.Summary.TooLong", "The summary");
        RuleFor(v => v.Delegation!).SetValidator(new DelegationInputValidator());

        RuleForEach(v => v.Hosts).SetValidator(new VisitHostInputValidator());
        RuleFor(v => v.Hosts).EachKeyOnce(
            h => h.PersonId?.ToString(CultureInfo.InvariantCulture),
            nameof(VisitHostInput.PersonId),
            "VisitHost.PersonId.Repeated",
            _ => "This person is already listed as a host.");

        RuleForEach(v => v.AgendaItems).SetValidator(new AgendaItemInputValidator());
        RuleFor(v => v.AgendaItems).Custom(ReportItemsOutsideTheVisit);

        RuleForEach(v => v.FieldsOfInterest).SetValidator(new FieldOfInterestInputValidator());
        RuleFor(v => v.FieldsOfInterest).EachKeyOnce(
            f => f.IscedCode,
            nameof(FieldOfInterestInput.IscedCode),
            "FieldOfInterest.IscedCode.Repeated",
            code => $"{code} ({IscedCatalog.NameOf(code)}) is already listed.");

        RuleForEach(v => v.CooperationInterests).SetValidator(new CooperationInterestInputValidator());
        RuleFor(v => v.CooperationInterests).EachKeyOnce(
            c => c.Kind == CooperationKind.Other ? null : c.Kind.ToString(),
            nameof(CooperationInterestInput.Kind),
            "CooperationInterest.Kind.Repeated",
            _ => "This kind of cooperation is already listed; use \"Other\" with a wording for anything further.");

        RuleFor(v => v.FrameworkIds)
            .ChosenOnceEach("Visit.FrameworkIds", "framework");

        RuleForEach(v => v.Outcomes)
            .Required("Visit.Outcomes.Required", "Write the outcome or remove the empty line.")
            .MaxChars(Visit.TextMaxLength, "Visit.Outcomes.TooLong", "An outcome");

        RuleForEach(v => v.Quotations).SetValidator(new QuotationInputValidator());
    }

    /// <summary>Checked here rather than on the row, because a row does not know the visit's dates.</summary>
    private static void ReportItemsOutsideTheVisit(List<AgendaItemInput> items, ValidationContext<VisitInput> context)
    {
        var visit = context.InstanceToValidate;
        if (visit.StartDate is not { } start || visit.EndDate is not { } end || end < start)
        {
            return;
        }

        var message = start == end
            ? $"This item must be on the day of the visit, {ValidationRules.DisplayDate(start)}."
            : $"This item must be between {ValidationRules.DisplayDate(start)} and {ValidationRules.DisplayDate(end)}, the dates of the visit.";
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i].Date < start || items[i].Date > end)
            {
                context.AddFailure(ValidationRules.RowFailure(
                    context.PropertyPath, i, nameof(AgendaItemInput.Date), "AgendaItem.Date.OutsideVisit", message, items[i].Date));
            }
        }
    }
}

public sealed class VisitHostInputValidator : AbstractValidator<VisitHostInput>
{
    public VisitHostInputValidator()
    {
        RuleFor(h => h.PersonId)
            .ValidReference("VisitHost.PersonId.Invalid", "Choose the host from the list of people.");
        RuleFor(h => h.RoleDescription)
            .RequiredWithoutPerson(h => h.PersonId, "VisitHost.PersonOrRole.Missing",
                "A host needs a person or a role description, such as \"dean of the Medical School\".");
        RuleFor(h => h.RoleDescription)
            .MaxChars(VisitHost.RoleMaxLength, "VisitHost.RoleDescription.TooLong", "The role description");
        RuleFor(h => h.UnitId)
            .ValidReference("VisitHost.UnitId.Invalid", "Choose the host's unit from the list.");
    }
}

public sealed class AgendaItemInputValidator : AbstractValidator<AgendaItemInput>
{
    public AgendaItemInputValidator()
    {
        RuleFor(a => a.Title)
            .Required("AgendaItem.Title.Required", "Say what happened in this part of the agenda.")
            .MaxChars(AgendaItem.TitleMaxLength, "AgendaItem.Title.TooLong", "The title");
        RuleFor(a => a.Kind)
            .KnownValue("AgendaItem.Kind.Invalid", "Choose the kind of agenda item from the list.");
        RuleFor(a => a.EndTime)
            .Must((item, end) => end >= item.StartTime)
            .When(a => a.StartTime is not null && a.EndTime is not null)
            .WithErrorCode("AgendaItem.EndTime.BeforeStart")
            .WithMessage("The item cannot end before it starts.");
        RuleFor(a => a.Notes)
            .MaxChars(AgendaItemInput.NotesMaxLength, "AgendaItem.Notes.TooLong", "The notes");
        RuleFor(a => a.FacilityId)
            .NotNull()
            .When(a => a.Kind == AgendaItemKind.FacilityTour)
            .WithErrorCode("AgendaItem.FacilityId.RequiredForTour")
            .WithMessage("Choose the facility toured.");
        RuleFor(a => a.FacilityId)
            .ValidReference("AgendaItem.FacilityId.Invalid", "Choose the facility from the list.");
    }
}

public sealed class FieldOfInterestInputValidator : AbstractValidator<FieldOfInterestInput>
{
    public FieldOfInterestInputValidator()
    {
        RuleFor(f => f.IscedCode)
            .Required("FieldOfInterest.IscedCode.Required", "Choose a field of study or remove the empty line.")
            .DetailedIscedCode("FieldOfInterest.IscedCode.Invalid");
        RuleFor(f => f.Wording)
            .MaxChars(FieldOfInterestInput.WordingMaxLength, "FieldOfInterest.Wording.TooLong", "The wording");
    }
}

public sealed class CooperationInterestInputValidator : AbstractValidator<CooperationInterestInput>
{
    public CooperationInterestInputValidator()
    {
        RuleFor(c => c.Kind)
            .KnownValue("CooperationInterest.Kind.Invalid", "Choose the kind of cooperation from the list.");
        RuleFor(c => c.Wording)
            .MaxChars(CooperationInterestInput.WordingMaxLength, "CooperationInterest.Wording.TooLong", "The wording");
    }
}

public sealed class QuotationInputValidator : AbstractValidator<QuotationInput>
{
    public QuotationInputValidator()
    {
        RuleFor(q => q.Text)
            .Required("Quotation.Text.Required", "Enter the words quoted.")
            .MaxChars(Visit.TextMaxLength, "Quotation.Text.TooLong", "The quotation");
        RuleFor(q => q.SpeakerPersonId)
            .ValidReference("Quotation.SpeakerPersonId.Invalid", "Choose the speaker from the list of people.");
        RuleFor(q => q.SpeakerDescription)
            .RequiredWithoutPerson(q => q.SpeakerPersonId, "Quotation.Speaker.Missing",
                "Name the speaker: choose a person or describe who spoke.");
        RuleFor(q => q.SpeakerDescription)
            .MaxChars(QuotationInput.SpeakerDescriptionMaxLength, "Quotation.SpeakerDescription.TooLong", "The speaker description");
    }
}
