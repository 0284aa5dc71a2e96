using ApiStudio.Runtime.Definition;
using ApiStudio.Runtime.Errors;
using ApiStudio.Runtime.Querying;
using Microsoft.Extensions.Primitives;
using static ApiStudio.Runtime.Tests.Querying.QueryStrings;

namespace ApiStudio.Runtime.Tests.Querying;

public sealed class ListRequestRejectionTests
{
    [Theory]
    // Unknown names, including ones built to look like SQL.
    [InlineData("nope=1", "nope", "'nope' is not a column of 'tickets'; columns are id, title,")]
    [InlineData("STAGE=open", "STAGE", "'STAGE' is not a column")]
    [InlineData("title%3BDROP%20TABLE%20tickets=1", "title;DROP TABLE tickets", "is not a column")]
    [InlineData("id'%20OR%20'1'%3D'1=1", "id' OR '1'='1", "is not a column")]
    [InlineData("stage.between=1", "stage.between", "'between' is not a filter operator; use one of eq, ne, gt")]
    [InlineData("stage.ne.gt=1", "stage.ne.gt", "'ne.gt' is not a filter operator")]
    // Values that are not of the column's type.
    [InlineData("priority=abc", "priority", "'abc' is not valid for 'priority': expected a whole number")]
    [InlineData("priority=1%3B%20DROP%20TABLE%20tickets", "priority", "expected a whole number")]
    [InlineData("priority=99999999999999999999", "priority", "expected a whole number")]
    [InlineData("amount.gt=NaN", "amount.gt", "expected a number")]
    [InlineData("urgent=yes", "urgent", "expected true or false")]
    [InlineData("dueAt.gt=yesterday", "dueAt.gt", "expected an ISO 8601 timestamp")]
    [InlineData("externalRef=123", "externalRef", "expected a uuid")]
    [InlineData("stage=closed", "stage", "'closed' is not a value of 'stage'; values are open, won, lost")]
    [InlineData("stage.in=open,closed", "stage.in", "'closed' is not a value of 'stage'")]
    // Operators that do not fit the column.
    [InlineData("details=x", "details", "'details' is a json column and cannot be filtered")]
    [InlineData("details.like=*x*", "details.like", "json column")]
    [InlineData("priority.like=1*", "priority.like", "'like' does not apply to 'priority' (integer); use eq, ne, gt, gte, lt, lte, in, nin")]
    [InlineData("urgent.gt=true", "urgent.gt", "'gt' does not apply to 'urgent'")]
    [InlineData("externalRef.lt=10000000-0000-0000-0000-000000000000", "externalRef.lt", "does not apply")]
    // Lists.
    [InlineData("stage.in=", "stage.in", "needs at least one value, for example stage.in=a,b")]
    [InlineData("stage.nin=open,,won", "stage.nin", "value 2 of the list is empty")]
    [InlineData("title.like=*a*b*c*d*e", "title.like", "more than 4 wildcards")]
    // Paging.
    [InlineData("limit=0", "limit", "must be a whole number from 1 to 100, not '0'")]
    [InlineData("limit=101", "limit", "from 1 to 100")]
    [InlineData("limit=ten", "limit", "from 1 to 100")]
    [InlineData("limit=-5", "limit", "from 1 to 100")]
    [InlineData("limit=1.5", "limit", "from 1 to 100")]
    [InlineData("limit=", "limit", "from 1 to 100")]
    [InlineData("offset=-1", "offset", "must be a whole number, 0 or more")]
    [InlineData("offset=abc", "offset", "0 or more")]
    [InlineData("offset=99999999999", "offset", "0 or more")]
    [InlineData("page=0", "page", "1 or more")]
    [InlineData("page=2&offset=10", "page", "page and offset cannot be combined")]
    [InlineData("page=2147483647&limit=100", "page", "too large")]
    // Sort, fields, total.
    [InlineData("sort=nope", "sort", "'nope' is not a column")]
    [InlineData("sort=-details", "sort", "'details' is a json column and cannot be sorted by")]
    [InlineData("sort=title,-title", "sort", "'title' appears more than once")]
    [InlineData("sort=title,,stage", "sort", "has an empty item")]
    [InlineData("sort=", "sort", "has an empty item")]
    [InlineData("fields=title,secret", "fields", "'secret' is not a column")]
    [InlineData("fields=", "fields", "has an empty item")]
    [InlineData("total=yes", "total", "must be true or false")]
    // Repeats and hostile text.
    [InlineData("title=a&title=b", "title", "is given more than once")]
    [InlineData("limit=10&LIMIT=20", "limit", "is given more than once")]
    [InlineData("title=a%00b", "title", "the value contains a control character")]
    [InlineData("title=line%0Abreak", "title", "control character")]
    [InlineData("search=%1B%5B31m", "search", "control character")]
    public void A_bad_parameter_is_a_400_VALIDATION_INVALID_QUERY_naming_it_and_why(string query, string parameter, string reason)
    {
        var error = Rejection(query);

        Assert.Equal((400, ErrorCodes.ValidationInvalidQuery), (error.Status, error.Code));
        Assert.Equal(parameter, (string?)error.Details!["parameter"]);
        Assert.Contains(reason, (string?)error.Details["reason"]);
    }

    [Fact]
    public void Too_many_filters_is_rejected_at_the_first_one_over_the_cap()
    {
        var filters = QueryStrings.DistinctFilters(ListQueryLimits.MaxFilters).Append("urgent=true");

        var error = Rejection(string.Join("&", filters));

        Assert.Equal("urgent", (string?)error.Details!["parameter"]);
        Assert.Contains("too many filters; at most 20", (string?)error.Details["reason"]);
    }

    [Fact]
    public void More_than_100_in_values_are_rejected()
    {
        var error = Rejection("priority.in=" + string.Join(",", Enumerable.Range(0, ListQueryLimits.MaxListValues + 1)));

        Assert.Contains("has 101 values; at most 100", (string?)error.Details!["reason"]);
    }

    [Fact]
    public void A_10000_character_value_is_rejected_without_echoing_it()
    {
        var error = Rejection("title=" + new string('x', 10_000));

        var reason = (string?)error.Details!["reason"];
        Assert.Equal("the value is 10000 characters long; at most 1024 are accepted", reason);
    }

    [Fact]
    public void A_10000_character_name_is_rejected_and_echoed_cut_short()
    {
        var error = Rejection(new string('n', 10_000) + "=1");

        var parameter = (string?)error.Details!["parameter"];
        Assert.Equal(new string('n', 64) + "…", parameter);
        Assert.Contains("the parameter name is 10000 characters long", (string?)error.Details["reason"]);
    }

    [Fact]
    public void A_long_unknown_column_name_is_cut_short_in_the_reason_too()
    {
        var error = Rejection(new string('c', 500) + ".eq=1");

        Assert.True(((string?)error.Details!["reason"])!.Length < 400);
    }

    [Fact]
    public void A_search_term_over_200_characters_is_rejected()
    {
        Assert.Contains("at most 200", (string?)Rejection("search=" + new string('s', 201)).Details!["reason"]);
    }

    [Fact]
    public void Names_and_values_that_no_database_driver_could_encode_are_rejected()
    {
        // Built in code: test-case serialization would replace lone surrogates with U+FFFD.
        var cases = new (string Name, string Value, string Reason)[]
        {
            ("title", "a" + (char)0xD800, "the value contains invalid Unicode"),
            ("title", (char)0xDC00 + "b", "the value contains invalid Unicode"),
            ("ti" + (char)0xD83D + "tle", "x", "the parameter name contains invalid Unicode"),
            ("", "x", "a parameter has no name"),
            ("ti\u0000tle", "x", "the parameter name contains a control character"),
        };

        foreach (var (name, value, reason) in cases)
        {
            var parameters = new[] { KeyValuePair.Create(name, new StringValues(value)) };

            var error = Assert.Throws<ApiException>(() => ListRequestParser.Parse(parameters, TicketTable.Definition)).Error;

            Assert.Equal((ErrorCodes.ValidationInvalidQuery, reason), (error.Code, (string?)error.Details!["reason"]));
        }
    }

    [Fact]
    public void A_well_formed_surrogate_pair_is_an_ordinary_value()
    {
        Assert.Equal("🎫", Assert.Single(Parse("title=🎫").Filters).Values[0]);
    }

    [Fact]
    public void The_same_filter_twice_in_a_plain_parameter_list_is_rejected_like_in_a_query_collection()
    {
        var parameters = new[] { KeyValuePair.Create("stage", new StringValues("open")), KeyValuePair.Create("Stage", new StringValues("won")) };

        var error = Assert.Throws<ApiException>(() => ListRequestParser.Parse(parameters, TicketTable.Definition)).Error;

        Assert.Contains("more than once", (string?)error.Details!["reason"]);
    }

    [Fact]
    public void Search_on_a_table_without_searchable_text_is_rejected()
    {
        var table = new TableDefinition
        {
            Name = "counters",
            Columns = [new() { Name = "id", Type = ColumnType.Uuid, PrimaryKey = true }, new() { Name = "email", Type = ColumnType.Text }],
        };

        Assert.Contains("'counters' has no text columns that can be searched", (string?)Rejection("search=x", table).Details!["reason"]);
    }

    [Fact]
    public void Every_rejection_carries_the_list_query_hint()
    {
        Assert.Contains("?field.op=value", Rejection("nope=1").Hint);
    }
}
