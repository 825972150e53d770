using System.Linq.Expressions;
using PartnershipPortal.Core.Domain;

namespace PartnershipPortal.Core.Features.Common;

/// <summary>
/// What a list page asks for: a text filter, a sort key with direction and a page. Lists never load a
/// whole table; the page size is capped.
/// </summary>
public sealed record ListRequest(string? Text = null, string? Sort = null, bool Descending = false, int Page = 1, int PageSize = ListRequest.DefaultPageSize)
{
    public const int DefaultPageSize = 25;
    public const int MaxPageSize = 100;

    public int SafePage => Math.Max(1, Page);

    public int SafePageSize => Math.Clamp(PageSize, 1, MaxPageSize);

    public string FoldedText => SearchFolding.Fold(Text);
}

/// <summary>One page of a list and the number of rows the filter matches in all.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int TotalCount, int PageNumber, int PageSize);

/// <summary>
/// The sort keys a list accepts, each mapped to an expression the database can order by. Unknown keys
/// fall back to the list's default, so a hand-edited address never fails; ties break on the id so paging
/// is stable.
/// </summary>
public sealed class SortMap<T>
    where T : class
{
    private readonly Dictionary<string, Func<IQueryable<T>, bool, IOrderedQueryable<T>>> _sorts = new(StringComparer.OrdinalIgnoreCase);
    private readonly Expression<Func<T, int>> _id;
    private string _default = string.Empty;

    public SortMap(Expression<Func<T, int>> id) => _id = id;

    public IReadOnlyCollection<string> Keys => _sorts.Keys;

    public SortMap<T> Add<TKey>(string key, Expression<Func<T, TKey>> by, bool isDefault = false)
    {
        _sorts[key] = (query, descending) => descending ? query.OrderByDescending(by) : query.OrderBy(by);
        if (isDefault || _default.Length == 0)
        {
            _default = key;
        }

        return this;
    }

    public bool IsKnown(string? key) => key is not null && _sorts.ContainsKey(key);

    public IOrderedQueryable<T> Apply(IQueryable<T> query, string? key, bool descending)
    {
        var sort = IsKnown(key) ? _sorts[key!] : _sorts[_default];
        var ordered = sort(query, descending);
        return descending ? ordered.ThenByDescending(_id) : ordered.ThenBy(_id);
    }
}
