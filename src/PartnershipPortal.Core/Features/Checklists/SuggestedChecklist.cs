namespace PartnershipPortal.Core.Features.Checklists;

/// <summary>
/// The reception checklist an office starts from when its template is empty: what it takes to receive a
/// delegation well, each at the usual number of days from the visit's first day.
/// </summary>
public static class SuggestedChecklist
{
    public static readonly IReadOnlyList<(string Title, int OffsetDays)> Items =
    [
        ("Invitation letter sent", -30),
        ("Agenda agreed with the guests", -14),
        ("Interpreters booked", -10),
        ("Hosts and speakers confirmed", -7),
        ("Gifts prepared", -3),
        ("Signing room reserved", -3),
        ("Name cards and welcome sign ready", -1),
        ("News release drafted", 1),
        ("Photos archived", 3),
        ("Thank-you letters sent", 5),
    ];
}
