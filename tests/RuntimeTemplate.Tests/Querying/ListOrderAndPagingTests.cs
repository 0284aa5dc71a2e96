using ApiStudio.Runtime.Querying;
using Microsoft.EntityFrameworkCore;
using static ApiStudio.Runtime.Tests.Querying.QueryStrings;

namespace ApiStudio.Runtime.Tests.Querying;

public sealed class ListOrderAndPagingTests : IDisposable
{
    private readonly SqliteTables database = SqliteTables.Tickets();

    public void Dispose() => database.Dispose();

    [Theory]
    [InlineData("", "t01 t02 t03 t04 t05 t06 t07 t08 t09 t10 t11 t12")]
    [InlineData("sort=-id", "t12 t11 t10 t09 t08 t07 t06 t05 t04 t03 t02 t01")]
    [InlineData("sort=priority", "t02 t09 t04 t10 t01 t06 t07 t05 t12 t03 t08 t11")]
    [InlineData("sort=-priority", "t03 t08 t11 t05 t12 t07 t01 t06 t04 t10 t02 t09")]
    [InlineData("sort=stage,-createdAt", "t09 t03 t11 t10 t06 t04 t01 t12 t07 t02 t08 t05")]
    [InlineData("sort=-urgent,amount", "t05 t12 t01 t09 t06 t04 t11 t07 t10 t02 t03 t08")]
    [InlineData("sort=dueAt,-title", "t09 t04 t01 t11 t10 t02 t07 t05 t08 t03 t06 t12")]
    public void Rows_come_sorted_by_the_keys_then_the_primary_key_with_nulls_as_the_largest_value(string query, string expected)
    {
        var sorted = ListQueryApplier.Apply(database.Rows, Parse(query), database.Table);

        Assert.Contains("ORDER BY", sorted.ToQueryString());
        Assert.Equal(expected, string.Join(" ", SqliteTables.Ids(sorted.ToList())));
    }

    [Theory]
    [InlineData("limit=5", "t01 t02 t03 t04 t05", 5, 1, true)]
    [InlineData("limit=5&page=2", "t06 t07 t08 t09 t10", 5, 2, true)]
    [InlineData("limit=5&page=3", "t11 t12", 2, 3, false)]
    [InlineData("limit=5&offset=10", "t11 t12", 2, 3, false)]
    [InlineData("limit=12", "t01 t02 t03 t04 t05 t06 t07 t08 t09 t10 t11 t12", 12, 1, false)]
    [InlineData("limit=11", "t01 t02 t03 t04 t05 t06 t07 t08 t09 t10 t11", 11, 1, true)]
    [InlineData("offset=12", "", 0, 1, false)]
    [InlineData("limit=2&offset=1&sort=-amount", "t08 t02", 2, 1, true)]
    public void A_page_fetches_one_row_more_than_the_limit_to_know_whether_more_follow(string query, string expected, int count, int page,
        bool hasMore)
    {
        var request = Parse(query);

        var fetched = ListQueryApplier.Page(ListQueryApplier.Apply(database.Rows, request, database.Table), request).ToList();
        var result = ListPage<Dictionary<string, object>>.From(fetched, request);

        Assert.Equal(expected, string.Join(" ", SqliteTables.Ids(result.Rows)));
        Assert.Equal(new ListPagination(count, page, request.Limit, hasMore), result.Pagination);
        Assert.Single(database.Commands);
        Assert.DoesNotContain("COUNT", database.Commands[0]);
        Assert.Contains("LIMIT", database.Commands[0]);
    }

    [Fact]
    public void Total_runs_one_count_over_the_filtered_rows()
    {
        var request = Parse("stage=open&limit=2&total=true");

        var fetched = ListQueryApplier.Page(ListQueryApplier.Apply(database.Rows, request, database.Table), request).ToList();
        var total = ListQueryApplier.Filter(database.Rows, request, database.Table).LongCount();
        var result = ListPage<Dictionary<string, object>>.From(fetched, request, total);

        Assert.Equal(new ListPagination(2, 1, 2, true, 5), result.Pagination);
        Assert.Contains(database.Commands, c => c.Contains("COUNT(*)") && c.Contains("\"stage\""));
    }

    [Fact]
    public void Total_is_left_out_unless_asked_for()
    {
        Assert.Null(ListPagination.From(Parse("limit=2"), fetched: 3, total: 12).Total);
        Assert.Equal(12, ListPagination.From(Parse("limit=2&total=true"), fetched: 3, total: 12).Total);
    }
}
