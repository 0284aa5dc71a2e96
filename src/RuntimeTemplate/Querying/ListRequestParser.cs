using System.Globalization;
using ApiStudio.Runtime.Definition;
using Microsoft.Extensions.Primitives;

namespace ApiStudio.Runtime.Querying;

/// <summary>
/// Reads a list endpoint's query string into a <see cref="ListRequest"/>. Anything it cannot interpret,
/// however hostile, is a 400 VALIDATION_INVALID_QUERY naming the parameter and the reason, never a 500:
/// names are checked against the table's columns before they come near SQL, and values are typed here
/// and reach the database only as parameters.
/// </summary>
public static class ListRequestParser
{
    /// <summary>Accepts an <c>IQueryCollection</c> or any list of parameters.</summary>
    /// <exception cref="Errors.ApiException">VALIDATION_INVALID_QUERY.</exception>
    public static ListRequest Parse(IEnumerable<KeyValuePair<string, StringValues>> parameters, TableDefinition table)
    {
        var columns = SystemColumns.EffectiveColumns(table);
        // Case-insensitive like ASP.NET Core's query collection, which merges "Stage" and "stage" into one key.
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var filters = new List<ListFilter>();
        int? limit = null, offset = null, page = null;
        IReadOnlyList<SortKey> sort = [];
        IReadOnlyList<string> fields = [];
        string? search = null;
        var includeTotal = false;

        foreach (var (rawName, values) in parameters)
        {
            var name = rawName ?? "";
            if (name.Length == 0)
            {
                throw QueryText.Invalid(name, "a parameter has no name");
            }

            if (QueryText.Problem(name, ListQueryLimits.MaxValueLength) is { } nameProblem)
            {
                throw QueryText.Invalid(name, $"the parameter name {nameProblem}");
            }

            if (values.Count > 1 || !seen.Add(name))
            {
                throw QueryText.Invalid(name, "is given more than once; for several values of a filter use .in=a,b");
            }

            var value = values.Count == 0 ? "" : values[0] ?? "";
            var key = name.ToLowerInvariant();
            if (QueryText.Problem(value, MaxLength(key)) is { } valueProblem)
            {
                throw QueryText.Invalid(name, $"the value {valueProblem}");
            }

            switch (ListQuery.ReservedParameters.Contains(name) ? key : null)
            {
                case ListQuery.Limit:
                    limit = Number(name, value, 1, ListQuery.MaxLimit, $"must be a whole number from 1 to {ListQuery.MaxLimit}");
                    break;
                case ListQuery.Offset:
                    offset = Number(name, value, 0, int.MaxValue, "must be a whole number, 0 or more");
                    break;
                case ListQuery.Page:
                    page = Number(name, value, 1, int.MaxValue, "must be a whole number, 1 or more (the first page is 1)");
                    break;
                case ListQuery.Sort:
                    sort = SortKeys(name, value, table, columns);
                    break;
                case ListQuery.Fields:
                    fields = Fields(name, value, table, columns);
                    break;
                case ListQuery.Search:
                    search = Search(name, value, table);
                    break;
                case ListQuery.Total:
                    includeTotal = bool.TryParse(value, out var total)
                        ? total
                        : throw QueryText.Invalid(name, "must be true or false");
                    break;
                default:
                    if (filters.Count == ListQueryLimits.MaxFilters)
                    {
                        throw QueryText.Invalid(name, $"too many filters; at most {ListQueryLimits.MaxFilters} are accepted");
                    }

                    filters.Add(ListFilterParser.Parse(name, value, table, columns));
                    break;
            }
        }

        var pageSize = limit ?? ListQuery.DefaultLimit;
        return new ListRequest
        {
            Filters = filters,
            Sort = sort,
            Limit = pageSize,
            Offset = PageOffset(page, offset, pageSize),
            Fields = fields,
            Search = search,
            IncludeTotal = includeTotal,
        };
    }

    private static int MaxLength(string key) =>
        key is ListQuery.Sort or ListQuery.Fields || key.EndsWith(".in", StringComparison.Ordinal) || key.EndsWith(".nin", StringComparison.Ordinal)
            ? ListQueryLimits.MaxListLength
            : key == ListQuery.Search ? ListQueryLimits.MaxSearchLength : ListQueryLimits.MaxValueLength;

    private static int PageOffset(int? page, int? offset, int pageSize)
    {
        if (page is null)
        {
            return offset ?? 0;
        }

        if (offset is not null)
        {
            throw QueryText.Invalid(ListQuery.Page, "page and offset cannot be combined; use one of them");
        }

        var start = (page.Value - 1L) * pageSize;
        return start <= int.MaxValue
            ? (int)start
            : throw QueryText.Invalid(ListQuery.Page, "is too large for this limit");
    }

    private static int Number(string name, string value, int min, int max, string rule) =>
        int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max
            ? number
            : throw QueryText.Invalid(name, $"{rule}, not '{QueryText.Shorten(value)}'");

    private static IReadOnlyList<SortKey> SortKeys(string name, string value, TableDefinition table, IReadOnlyList<ColumnDefinition> columns)
    {
        var keys = new List<SortKey>();
        foreach (var item in Items(name, value, "sort=status,-createdAt"))
        {
            var descending = item.StartsWith('-');
            var columnName = descending || item.StartsWith('+') ? item[1..] : item;
            var column = columns.FirstOrDefault(c => c.Name == columnName)
                ?? throw QueryText.Invalid(name, ListFilterParser.UnknownColumn(columnName, table, columns));
            if (column.Type == ColumnType.Json)
            {
                throw QueryText.Invalid(name, $"'{column.Name}' is a json column and cannot be sorted by");
            }

            if (keys.Any(k => k.Column == column.Name))
            {
                throw QueryText.Invalid(name, $"'{column.Name}' appears more than once");
            }

            keys.Add(new SortKey(column.Name, descending));
        }

        return keys;
    }

    private static IReadOnlyList<string> Fields(string name, string value, TableDefinition table, IReadOnlyList<ColumnDefinition> columns)
    {
        var fields = new List<string>();
        foreach (var item in Items(name, value, "fields=id,title"))
        {
            if (columns.All(c => c.Name != item))
            {
                throw QueryText.Invalid(name, ListFilterParser.UnknownColumn(item, table, columns));
            }

            if (!fields.Contains(item))
            {
                fields.Add(item);
            }
        }

        return fields;
    }

    private static string? Search(string name, string value, TableDefinition table)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            // Search boxes send an empty term when cleared; that is no search, not an error.
            return null;
        }

        return SearchableColumns.Of(table).Count > 0
            ? value
            : throw QueryText.Invalid(name, $"'{table.Name}' has no text columns that can be searched");
    }

    private static IEnumerable<string> Items(string name, string value, string example)
    {
        // '+' in a query string decodes to a space, so "sort=+title" arrives as " title".
        var items = value.Split(',').Select(i => i.Trim()).ToList();
        if (items.Any(i => i.Length == 0))
        {
            throw QueryText.Invalid(name, $"has an empty item; write {example}");
        }

        return items;
    }
}
