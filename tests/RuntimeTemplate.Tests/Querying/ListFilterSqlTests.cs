using ApiStudio.Runtime.Definition;
using ApiStudio.Runtime.Querying;
using Microsoft.EntityFrameworkCore;
using static ApiStudio.Runtime.Tests.Querying.QueryStrings;

namespace ApiStudio.Runtime.Tests.Querying;

public sealed class ListFilterSqlTests : IDisposable
{
    private readonly SqliteTables database = SqliteTables.Tickets();

    public void Dispose() => database.Dispose();

    [Theory]
    [InlineData("stage=open", "t01 t04 t06 t10 t11")]
    [InlineData("stage.eq=won", "t02 t07 t12")]
    [InlineData("stage.ne=open", "t02 t03 t07 t09 t12")]
    [InlineData("stage.in=won,lost", "t02 t03 t07 t09 t12")]
    [InlineData("stage.nin=open,won", "t03 t09")]
    [InlineData("priority.gt=3", "t05 t07 t12")]
    [InlineData("priority.gte=3", "t01 t05 t06 t07 t12")]
    [InlineData("priority.lt=2", "t02 t09")]
    [InlineData("priority.lte=2", "t02 t04 t09 t10")]
    [InlineData("priority.nin=1,2,3", "t05 t07 t12")]
    [InlineData("amount.gt=10.5", "t02 t06 t10")]
    [InlineData("amount.lte=0", "t04 t05")]
    [InlineData("urgent=true", "t01 t05 t06 t09 t12")]
    [InlineData("urgent.ne=true", "t02 t03 t04 t07 t08 t10 t11")]
    [InlineData("dueAt.lt=2024-05-01", "t04 t09")]
    [InlineData("dueAt.gte=2024-06-01T00:00:00Z", "t02 t05 t07")]
    [InlineData("dueAt=2024-05-01T00:00:00Z", "t01 t11")]
    [InlineData("externalRef=10000000-0000-0000-0000-000000000000", "t01 t06 t12")]
    [InlineData("externalRef.ne=10000000-0000-0000-0000-000000000000", "t03 t09")]
    [InlineData("externalRef.in=10000000-0000-0000-0000-000000000000,F0000000-0000-0000-0000-000000000000", "t01 t03 t06 t09 t12")]
    [InlineData("title.gt=P", "t01 t02 t03 t05 t06 t08 t09")]
    [InlineData("createdAt.gt=2024-01-10", "t11 t12")]
    [InlineData("ownerId=u1&stage=open&priority.lt=3", "t04 t10")]
    public void Each_operator_filters_in_sql(string query, string expected)
    {
        var filtered = ListQueryApplier.Filter(database.Rows, Parse(query), database.Table);

        var sql = filtered.ToQueryString();
        Assert.Contains("WHERE", sql);
        foreach (var column in Parse(query).Filters.Select(f => f.Column))
        {
            Assert.Contains($"\"{column}\"", sql[sql.IndexOf("WHERE", StringComparison.Ordinal)..]);
        }

        Assert.Equal(expected.Split(' '), SqliteTables.Ids(filtered.ToList()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Values_reach_sql_as_parameters_not_as_text()
    {
        var sql = ListQueryApplier.Filter(database.Rows, Parse("title=zzz-marker&priority.in=71,72"), database.Table).ToQueryString();

        var where = sql[sql.IndexOf("WHERE", StringComparison.Ordinal)..];
        Assert.DoesNotContain("zzz-marker", where);
        Assert.DoesNotContain("71", where);
        Assert.Contains("@", where);
    }

    [Fact]
    public void Not_equals_and_not_in_never_match_null_columns()
    {
        var rows = ListQueryApplier.Filter(database.Rows, Parse("ownerId.ne=u1"), database.Table).ToList();

        Assert.Equal(["t02", "t05", "t06", "t09", "t11"], SqliteTables.Ids(rows).Order(StringComparer.Ordinal));
        Assert.Empty(ListQueryApplier.Filter(database.Rows, Parse("ownerId.nin=u1,u2,u3"), database.Table).ToList());
    }

    [Theory]
    [InlineData("title=' OR '1'='1", "")]
    [InlineData("notes='; DROP TABLE tickets; --", "t07")]
    [InlineData("title.like=*' OR 1=1 --*", "")]
    [InlineData("title=O'Brien's ticket", "t07")]
    public void Sql_metacharacters_in_values_are_only_data(string query, string expected)
    {
        var rows = ListQueryApplier.Filter(database.Rows, Parse(query), database.Table).ToList();

        Assert.Equal(expected, string.Join(" ", SqliteTables.Ids(rows)));
        Assert.Equal(12, database.Rows.Count());
    }

    [Theory]
    [InlineData("title.like=print*", "t01 t06")]
    [InlineData("title.like=%25jam", "t06")]
    [InlineData("title.like=*_*", "t03 t12")]
    [InlineData("title.like=mouse_pad", "t12")]
    [InlineData("title.like=mouse", "")]
    [InlineData(@"title.like=back\slash*", "t05")]
    [InlineData(@"title.like=*\*", "t05")]
    [InlineData("title.like=*'*", "t07")]
    [InlineData("title.like=*50*", "t02")]
    [InlineData("title.like=CAFÉ*", "t04")]
    [InlineData("notes.like=*éclair*", "")]
    [InlineData("notes.like=*Éclair*", "t11")]
    [InlineData("notes.like=*CAFÉ*", "t09")]
    [InlineData("title.like=**printer***", "t01 t06")]
    public void Like_treats_star_and_percent_as_wildcards_and_every_other_character_literally(string query, string expected)
    {
        var filtered = ListQueryApplier.Filter(database.Rows, Parse(query), database.Table);

        Assert.Contains("LIKE", filtered.ToQueryString());
        Assert.Equal(expected, string.Join(" ", SqliteTables.Ids(filtered.ToList()).Order(StringComparer.Ordinal)));
    }

    [Theory]
    [InlineData("search=printer", "t01 t06")]
    [InlineData("search=PRINTER%20AGAIN", "t06")]
    [InlineData("search=_", "t03 t12")]
    [InlineData("search=50%25", "t02")]
    [InlineData(@"search=\", "t05")]
    [InlineData("search=café", "t04 t09")]
    [InlineData("search=' OR ''='", "")]
    [InlineData("search=printer&ownerId=u2", "t06")]
    public void Search_matches_any_searchable_text_column_case_insensitively_with_the_term_taken_literally(string query, string expected)
    {
        var filtered = ListQueryApplier.Filter(database.Rows, Parse(query), database.Table);

        Assert.Contains("LIKE", filtered.ToQueryString());
        Assert.Equal(expected, string.Join(" ", SqliteTables.Ids(filtered.ToList()).Order(StringComparer.Ordinal)));
    }

    [Fact]
    public void Search_leaves_out_sensitive_id_audit_and_json_columns()
    {
        Assert.Equal(["title", "stage", "notes"], SearchableColumns.Of(database.Table).Select(c => c.Name));
        Assert.Empty(ListQueryApplier.Filter(database.Rows, Parse("search=ann@example"), database.Table).ToList());
        Assert.Empty(ListQueryApplier.Filter(database.Rows, Parse("search=u1"), database.Table).ToList());
    }

    [Fact]
    public void A_column_masked_as_none_is_searchable_and_a_masked_one_is_not()
    {
        var table = database.Table with
        {
            Masking = new Dictionary<string, MaskingRule> { ["email"] = new() { Kind = MaskKind.None }, ["notes"] = new() { Kind = MaskKind.Redact } },
        };

        Assert.Equal(["title", "stage", "email"], SearchableColumns.Of(table).Select(c => c.Name));
    }

    [Fact]
    public void A_condition_that_cannot_be_translated_throws_rather_than_filtering_in_memory()
    {
        var untranslatable = database.Rows.Where(r => r.ToString()!.Length > 3);

        Assert.Throws<InvalidOperationException>(() => untranslatable.ToList());
    }
}
