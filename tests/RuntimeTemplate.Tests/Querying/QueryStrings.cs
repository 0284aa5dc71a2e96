using ApiStudio.Runtime.Definition;
using ApiStudio.Runtime.Errors;
using ApiStudio.Runtime.Querying;
using Microsoft.AspNetCore.WebUtilities;

namespace ApiStudio.Runtime.Tests.Querying;

/// <summary>Parses query strings the way ASP.NET Core does (URL-decoded, keys case-insensitive).</summary>
public static class QueryStrings
{
    public static ListRequest Parse(string query, TableDefinition? table = null) =>
        ListRequestParser.Parse(QueryHelpers.ParseQuery(query), table ?? TicketTable.Definition);

    /// <summary>That many filters on different parameters, all valid.</summary>
    public static IEnumerable<string> DistinctFilters(int count) =>
        new[] { "priority", "title" }
            .SelectMany(column => new[] { "", ".eq", ".ne", ".gt", ".gte", ".lt", ".lte", ".in", ".nin" }.Select(op => $"{column}{op}=1"))
            .Concat(["amount=1", "amount.ne=1", "amount.gt=1", "amount.gte=1", "amount.lt=1", "amount.lte=1"])
            .Take(count);

    public static ApiError Rejection(string query, TableDefinition? table = null) =>
        Assert.Throws<ApiException>(() => Parse(query, table)).Error;
}
