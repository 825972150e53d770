namespace PartnershipPortal.Web.Components.Shared;

/// <summary>Messages a service returned per field, shown beside those fields until the next save.</summary>
public sealed class ServerErrors
{
    private IReadOnlyDictionary<string, string[]> _errors = new Dictionary<string, string[]>();

    public bool Has(string field) => _errors.ContainsKey(field);

    public string? Text(string field) => _errors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;

    public void Set(IReadOnlyDictionary<string, string[]> errors) => _errors = errors;

    public void Clear() => _errors = new Dictionary<string, string[]>();
}
