namespace PartnershipPortal.Web.Features.Agreements;

/// <summary>MudDatePicker speaks DateTime; an agreement's dates are DateOnly.</summary>
internal static class AgreementPickerDates
{
    public static DateTime? ToPicker(DateOnly? date) => date?.ToDateTime(TimeOnly.MinValue);

    public static DateOnly? FromPicker(DateTime? date) => date is { } value ? DateOnly.FromDateTime(value) : null;
}
