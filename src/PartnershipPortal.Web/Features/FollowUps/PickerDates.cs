namespace PartnershipPortal.Web.Features.FollowUps;

/// <summary>MudDatePicker speaks DateTime; the portal's calendar dates are DateOnly.</summary>
internal static class PickerDates
{
    public static DateTime? ToPicker(DateOnly? date) => date?.ToDateTime(TimeOnly.MinValue);

    public static DateOnly? FromPicker(DateTime? date) => date is { } value ? DateOnly.FromDateTime(value) : null;
}
