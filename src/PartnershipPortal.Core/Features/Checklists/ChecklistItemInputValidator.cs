using FluentValidation;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Common;

namespace PartnershipPortal.Core.Features.Checklists;

public sealed class ChecklistItemInputValidator : AbstractValidator<ChecklistItemInput>
{
    public ChecklistItemInputValidator()
    {
        RuleFor(i => i.Title)
            .Required("Checklist.Title.Required", "Say what must be done.")
            .MaxChars(ChecklistTemplateItem.TitleMaxLength, "Checklist.Title.TooLong", "The task");
        RuleFor(i => i.OffsetDays)
            .InclusiveBetween(-ChecklistTemplateItem.MaxOffsetDays, ChecklistTemplateItem.MaxOffsetDays)
            .WithErrorCode("Checklist.OffsetDays.OutOfRange")
            .WithMessage($"A task falls at most {ChecklistTemplateItem.MaxOffsetDays} days before or after the visit's first day.");
    }
}
