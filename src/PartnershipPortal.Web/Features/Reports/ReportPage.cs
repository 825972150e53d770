using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Routing;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;
using Microsoft.JSInterop;

namespace PartnershipPortal.Web.Features.Reports;

/// <summary>
/// A report page: its report lives in the address, so the page reads it from there when it opens and whenever
/// the form navigates to a new query, and the downloads repeat that query. The download script (progress and
/// cancelling) is loaded once the page is interactive.
/// </summary>
public abstract class ReportPage : ComponentBase, IDisposable
{
    private string? _address;

    [Inject]
    protected NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    /// <summary>The page's path: /reports/visits.</summary>
    protected abstract string Path { get; }

    /// <summary>The query's errors, by parameter; empty when the report could be made.</summary>
    protected Dictionary<string, string[]> Errors { get; set; } = [];

    /// <summary>Reads the choices the form offers, once.</summary>
    protected virtual Task LoadChoicesAsync() => Task.CompletedTask;

    /// <summary>Reads the report the query describes, or sets <see cref="Errors"/>.</summary>
    protected abstract Task LoadAsync(Dictionary<string, StringValues> query);

    protected override async Task OnInitializedAsync()
    {
        Navigation.LocationChanged += OnLocationChanged;
        await LoadChoicesAsync();
        await LoadFromAddressAsync();
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender)
        {
            await using var module = await JS.InvokeAsync<IJSObjectReference>("import", "./js/report-download.js");
        }
    }

    /// <summary>Shows the report the form chose, by putting it in the address.</summary>
    protected void Show(List<KeyValuePair<string, string?>> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var query = ReportQuery.Create(parts.Where(p => !string.IsNullOrWhiteSpace(p.Value)).Select(p => new KeyValuePair<string, string?>(p.Key, p.Value!.Trim())).ToList());
        Navigation.NavigateTo(query.Length == 0 ? Path : $"{Path}?{query}");
    }

    private void OnLocationChanged(object? sender, LocationChangedEventArgs e) =>
        _ = InvokeAsync(async () =>
        {
            await LoadFromAddressAsync();
            StateHasChanged();
        });

    private async Task LoadFromAddressAsync()
    {
        var address = new Uri(Navigation.Uri);
        if (address.AbsolutePath != Path || address.Query == _address)
        {
            return;
        }

        _address = address.Query;
        await LoadAsync(QueryHelpers.ParseQuery(address.Query));
    }

    public void Dispose()
    {
        Navigation.LocationChanged -= OnLocationChanged;
        GC.SuppressFinalize(this);
    }
}
