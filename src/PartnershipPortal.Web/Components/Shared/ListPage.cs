using System.Globalization;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using PartnershipPortal.Core.Features.Common;

namespace PartnershipPortal.Web.Components.Shared;

/// <summary>
/// A list page whose filter, sort and page live in the address (<c>/visits?q=kazakh&amp;sort=start&amp;page=2</c>),
/// so that a filtered list can be bookmarked and linked. The grid asks for rows through
/// <see cref="LoadAsync"/>; paging, sorting and filtering run in the database.
/// </summary>
/// <remarks>
/// The grid loads its data after the first interactive render, so prerendering queries nothing. When the
/// address changes from outside the grid (a link, the search box), the grid is re-created on the new state.
/// Pages bind RowsPerPage before CurrentPage: the grid resets the page when it first takes a page size.
/// </remarks>
public abstract class ListPage<TRow> : ComponentBase
{
    private string? _addressShownByGrid;

    [Inject]
    protected NavigationManager Navigation { get; set; } = default!;

    [SupplyParameterFromQuery(Name = "q")]
    public string? Q { get; set; }

    [SupplyParameterFromQuery(Name = "sort")]
    public string? SortParameter { get; set; }

    [SupplyParameterFromQuery(Name = "page")]
    public int? PageParameter { get; set; }

    [SupplyParameterFromQuery(Name = "size")]
    public int? SizeParameter { get; set; }

    /// <summary>Re-keys the grid when the address changes from outside it.</summary>
    protected Guid GridKey { get; private set; } = Guid.NewGuid();

    protected string Search { get; private set; } = string.Empty;

    protected int PageIndex { get; set; }

    protected int RowsPerPage { get; set; } = ListRequest.DefaultPageSize;

    protected string? SortKey { get; private set; }

    protected bool SortDescending { get; private set; }

    protected int? TotalCount { get; private set; }

    /// <summary>The path of the list (<c>/visits</c>).</summary>
    protected abstract string BasePath { get; }

    /// <summary>Grid column property names mapped to the sort keys of the address and the service.</summary>
    protected abstract IReadOnlyDictionary<string, string> SortKeys { get; }

    protected abstract Task<Page<TRow>> FetchAsync(ListRequest request, CancellationToken cancellationToken);

    /// <summary>A list's own filters as address parameters (null leaves one out); they survive paging and sorting.</summary>
    protected virtual IEnumerable<KeyValuePair<string, object?>> FilterParameters => [];

    /// <summary>Applies changed filters: back to the first page, with everything in the address.</summary>
    protected void OnFiltersChanged()
    {
        _addressShownByGrid = null;
        Navigation.NavigateTo(AddressFor(Search, SortKey, SortDescending, 1, RowsPerPage), replace: true);
    }

    protected override void OnParametersSet()
    {
        if (_addressShownByGrid is not null && Navigation.Uri == _addressShownByGrid)
        {
            return;
        }

        Search = Q ?? string.Empty;
        var sort = SortParameter ?? string.Empty;
        SortDescending = sort.StartsWith('-');
        SortKey = sort.TrimStart('-') is { Length: > 0 } key ? key : null;
        RowsPerPage = Math.Clamp(SizeParameter ?? ListRequest.DefaultPageSize, 1, ListRequest.MaxPageSize);
        PageIndex = Math.Max(0, (PageParameter ?? 1) - 1);
        GridKey = Guid.NewGuid();
        _addressShownByGrid = null;
    }

    /// <summary>The direction a column starts with, from the address.</summary>
    protected SortDirection DirectionOf(string sortKey) =>
        !string.Equals(SortKey, sortKey, StringComparison.OrdinalIgnoreCase) ? SortDirection.None
        : SortDescending ? SortDirection.Descending : SortDirection.Ascending;

    protected async Task<GridData<TRow>> LoadAsync(GridState<TRow> state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(state);
        var sort = state.SortDefinitions.FirstOrDefault();
        if (sort is not null && SortKeys.TryGetValue(sort.SortBy, out var key))
        {
            SortKey = key;
            SortDescending = sort.Descending;
        }
        else if (sort is null && state.SortDefinitions.Count == 0 && _addressShownByGrid is not null)
        {
            SortKey = null;
            SortDescending = false;
        }

        var request = new ListRequest(Search, SortKey, SortDescending, state.Page + 1, state.PageSize);
        var page = await FetchAsync(request, cancellationToken);
        TotalCount = page.TotalCount;

        var address = AddressFor(Search, SortKey, SortDescending, page.PageNumber, page.PageSize);
        if (page.PageNumber != state.Page + 1)
        {
            // The requested page lies beyond the last one: show the last page, as the service did.
            Navigation.NavigateTo(address, replace: true);
        }
        else if (address != Navigation.Uri)
        {
            _addressShownByGrid = address;
            Navigation.NavigateTo(address, replace: true);
        }
        else
        {
            _addressShownByGrid = address;
        }

        return new GridData<TRow> { Items = page.Items, TotalItems = page.TotalCount };
    }

    protected void OnSearchChanged(string? text)
    {
        _addressShownByGrid = null;
        Navigation.NavigateTo(AddressFor(text, SortKey, SortDescending, 1, RowsPerPage), replace: true);
    }

    private string AddressFor(string? text, string? sortKey, bool descending, int page, int size)
    {
        var parameters = new Dictionary<string, object?>
        {
            ["q"] = string.IsNullOrWhiteSpace(text) ? null : text.Trim(),
            ["sort"] = sortKey is null ? null : (descending ? "-" : string.Empty) + sortKey,
            ["page"] = page > 1 ? page : null,
            ["size"] = size != ListRequest.DefaultPageSize ? size : null,
        };
        foreach (var (key, value) in FilterParameters)
        {
            parameters[key] = value;
        }

        var relative = Navigation.GetUriWithQueryParameters(BasePath, parameters);
        return Navigation.ToAbsoluteUri(relative).ToString();
    }

    protected static string Count(int value) => value.ToString("N0", CultureInfo.CurrentCulture);
}
