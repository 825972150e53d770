namespace PartnershipPortal.Web.Components.Shared;

public static class ListPageSizes
{
    public static readonly int[] Options = [10, 25, 50, 100];
}
