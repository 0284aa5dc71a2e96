using ApiStudio.Runtime.Definition;
using ApiStudio.Runtime.Querying;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using static ApiStudio.Runtime.Tests.Querying.QueryStrings;

namespace ApiStudio.Runtime.Tests.Querying;

public sealed class ListRequestParserTests
{
    [Fact]
    public void An_empty_query_asks_for_the_first_50_rows_in_key_order()
    {
        var request = Parse("");

        Assert.Empty(request.Filters);
        Assert.Empty(request.Sort);
        Assert.Empty(request.Fields);
        Assert.Null(request.Search);
        Assert.False(request.IncludeTotal);
        Assert.Equal((ListQuery.DefaultLimit, 0, 1), (request.Limit, request.Offset, request.Page));
    }

    [Fact]
    public void A_bare_parameter_is_an_equality_filter_typed_as_the_column()
    {
        var filter = Assert.Single(Parse("stage=open").Filters);

        Assert.Equal(new ListFilter("stage", FilterOperator.Equal, ["open"]), filter, FilterComparer.Instance);
    }

    [Theory]
    [InlineData("priority.gte=3", "priority", FilterOperator.GreaterThanOrEqual, 3L)]
    [InlineData("priority.eq=3", "priority", FilterOperator.Equal, 3L)]
    [InlineData("amount.lt=10.5", "amount", FilterOperator.LessThan, 10.5)]
    [InlineData("amount.gt=-1e2", "amount", FilterOperator.GreaterThan, -100.0)]
    [InlineData("urgent=true", "urgent", FilterOperator.Equal, true)]
    [InlineData("urgent.ne=False", "urgent", FilterOperator.NotEqual, false)]
    [InlineData("title.like=print*", "title", FilterOperator.Like, "print*")]
    [InlineData("title.lte=M", "title", FilterOperator.LessThanOrEqual, "M")]
    [InlineData("title=' OR '1'='1", "title", FilterOperator.Equal, "' OR '1'='1")]
    public void Each_operator_suffix_parses_to_its_operator_and_a_typed_value(string query, string column, FilterOperator op, object value)
    {
        var filter = Assert.Single(Parse(query).Filters);

        Assert.Equal((column, op), (filter.Column, filter.Operator));
        Assert.Equal(value, Assert.Single(filter.Values));
    }

    [Fact]
    public void Timestamps_are_read_as_utc_and_uuids_as_guids()
    {
        var request = Parse($"dueAt.lt=2024-06-01T02:00:00%2B02:00&externalRef.in={TicketTable.RefLow},{TicketTable.RefHigh}");

        var due = Assert.IsType<DateTime>(Assert.Single(request.Filters[0].Values));
        Assert.Equal((new DateTime(2024, 6, 1, 0, 0, 0), DateTimeKind.Utc), (due, due.Kind));
        Assert.Equal([TicketTable.RefLow, TicketTable.RefHigh], request.Filters[1].Values.Cast<Guid>());
    }

    [Fact]
    public void In_and_nin_split_their_value_on_commas()
    {
        var request = Parse("stage.in=open,won&priority.nin=1,2,3");

        Assert.Equal(["open", "won"], request.Filters[0].Values);
        Assert.Equal(FilterOperator.NotIn, request.Filters[1].Operator);
        Assert.Equal([1L, 2L, 3L], request.Filters[1].Values);
    }

    [Fact]
    public void Filters_keep_the_parameter_they_came_from_for_messages()
    {
        Assert.Equal("priority.gte", Assert.Single(Parse("priority.gte=1").Filters).Parameter);
    }

    [Theory]
    [InlineData("limit=20", 20, 0, 1)]
    [InlineData("limit=100", 100, 0, 1)]
    [InlineData("limit=1&offset=0", 1, 0, 1)]
    [InlineData("page=3&limit=20", 20, 40, 3)]
    [InlineData("page=2", 50, 50, 2)]
    [InlineData("offset=45&limit=20", 20, 45, 3)]
    public void Limit_offset_and_page_set_the_window(string query, int limit, int offset, int page)
    {
        var request = Parse(query);

        Assert.Equal((limit, offset, page), (request.Limit, request.Offset, request.Page));
    }

    [Fact]
    public void Sort_keys_keep_their_order_and_a_leading_minus_sorts_descending()
    {
        Assert.Equal([new SortKey("stage"), new SortKey("createdAt", Descending: true), new SortKey("title")],
            Parse("sort=stage,-createdAt,%2Btitle").Sort);
    }

    [Fact]
    public void A_plus_that_arrives_decoded_as_a_space_still_sorts_ascending()
    {
        Assert.Equal([new SortKey("title"), new SortKey("priority", Descending: true)], Parse("sort=+title,-priority").Sort);
    }

    [Fact]
    public void Fields_are_validated_deduplicated_and_give_the_response_columns_in_order()
    {
        var request = Parse("fields=title,id,title,createdAt");

        Assert.Equal(["title", "id", "createdAt"], request.Fields);
        Assert.Equal(["title", "id", "createdAt"], request.ResponseColumns(TicketTable.Definition).Select(c => c.Name));
    }

    [Fact]
    public void Without_fields_the_response_has_every_column_including_audit_columns()
    {
        var names = Parse("").ResponseColumns(TicketTable.Definition).Select(c => c.Name).ToList();

        Assert.Equal(SystemColumns.EffectiveColumns(TicketTable.Definition).Select(c => c.Name), names);
        Assert.Contains("modifiedBy", names);
    }

    [Theory]
    [InlineData("search=printer", "printer")]
    [InlineData("search=%2050%25%20", " 50% ")]
    [InlineData("search=", null)]
    [InlineData("search=%20%20", null)]
    public void Search_keeps_the_term_as_typed_and_ignores_a_blank_one(string query, string? term)
    {
        Assert.Equal(term, Parse(query).Search);
    }

    [Theory]
    [InlineData("total=true", true)]
    [InlineData("total=TRUE", true)]
    [InlineData("total=false", false)]
    [InlineData("", false)]
    public void Total_is_asked_for_with_true(string query, bool expected)
    {
        Assert.Equal(expected, Parse(query).IncludeTotal);
    }

    [Fact]
    public void Reserved_parameter_names_are_case_insensitive()
    {
        var request = Parse("LIMIT=7&Sort=-title&Total=true");

        Assert.Equal((7, true), (request.Limit, request.IncludeTotal));
        Assert.Equal([new SortKey("title", true)], request.Sort);
    }

    [Fact]
    public void A_request_query_collection_parses_the_same()
    {
        var query = new QueryCollection(new Dictionary<string, StringValues> { ["stage"] = "open", ["limit"] = "5" });

        var request = ListRequestParser.Parse(query, TicketTable.Definition);

        Assert.Equal((5, "stage"), (request.Limit, Assert.Single(request.Filters).Column));
    }

    [Fact]
    public void Up_to_20_filters_and_100_in_values_are_accepted()
    {
        var filters = string.Join("&", QueryStrings.DistinctFilters(ListQueryLimits.MaxFilters - 1));
        var values = string.Join(",", Enumerable.Range(0, ListQueryLimits.MaxListValues));

        var request = Parse($"{filters}&amount.nin={values}");

        Assert.Equal(ListQueryLimits.MaxFilters, request.Filters.Count);
        Assert.Equal(ListQueryLimits.MaxListValues, request.Filters[^1].Values.Count);
    }

    private sealed class FilterComparer : IEqualityComparer<ListFilter>
    {
        public static readonly FilterComparer Instance = new();

        public bool Equals(ListFilter? x, ListFilter? y) =>
            x is not null && y is not null && x.Column == y.Column && x.Operator == y.Operator && x.Values.SequenceEqual(y.Values);

        public int GetHashCode(ListFilter obj) => obj.Column.GetHashCode();
    }
}
