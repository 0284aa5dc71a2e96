using System.Text.Json;
using ApiStudio.Runtime.Access.Conditions;
using ApiStudio.Runtime.Definition;
using ApiStudio.Runtime.Tests.Querying;
using Microsoft.EntityFrameworkCore;

namespace ApiStudio.Runtime.Tests.Access.Conditions;

/// <summary>The SQL a list runs and the in-memory check a get runs must select exactly the same rows.</summary>
public sealed class ConditionAgreementTests(TicketDatabase fixture) : IClassFixture<TicketDatabase>
{
    private readonly SqliteTables database = fixture.Tables;

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var condition in ConditionCases.All.Keys)
        {
            foreach (var caller in Callers.All.Keys)
            {
                data.Add(condition, caller);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Sql_and_in_memory_evaluation_select_the_same_rows(string conditionName, string callerName)
    {
        var condition = Parse(ConditionCases.All[conditionName]);
        var caller = Callers.All[callerName];

        var predicate = ConditionExpression.Build<Dictionary<string, object>>(condition, database.Table, caller);
        var inSql = SqliteTables.Ids(database.Rows.Where(predicate).ToList()).Order(StringComparer.Ordinal);
        var inMemory = database.LoadAll()
            .Where(row => ConditionEvaluator.Evaluate(condition, row, database.Table, caller).Met)
            .Select(row => (string)row["id"]!)
            .Order(StringComparer.Ordinal);

        Assert.Equal(inMemory, inSql);
    }

    [Fact]
    public void Every_case_selects_some_rows_and_leaves_out_others_for_some_caller()
    {
        var trivial = ConditionCases.All
            .Where(c => c.Key is not ("always" or "not-null column isNull"))
            .Where(c => Callers.All.Values.All(caller =>
            {
                var count = database.Rows.Count(ConditionExpression.Build<Dictionary<string, object>>(Parse(c.Value), database.Table, caller));
                return count is 0 or 12;
            }))
            .Select(c => c.Key);

        Assert.Empty(trivial);
    }

    [Fact]
    public void The_condition_runs_as_a_sql_where_clause_with_parameters()
    {
        var condition = Parse(ConditionCases.All["nested and or"]);

        var sql = database.Rows.Where(ConditionExpression.Build<Dictionary<string, object>>(condition, database.Table, Callers.All["u1 in org A"]))
            .ToQueryString();

        var where = sql[sql.IndexOf("WHERE", StringComparison.Ordinal)..];
        Assert.Contains("\"stage\"", where);
        Assert.Contains("\"ownerId\" = @", where);
        Assert.Contains("\"priority\" >= @", where);
        Assert.DoesNotContain("'u1'", where);
    }

    [Theory]
    [InlineData("own rows")]
    [InlineData("others' rows")]
    [InlineData("in with a context value")]
    [InlineData("notIn with a context value")]
    public void A_missing_user_id_matches_no_row_at_all(string conditionName)
    {
        var predicate = ConditionExpression.Build<Dictionary<string, object>>(Parse(ConditionCases.All[conditionName]), database.Table,
            Callers.All["anonymous"]);

        Assert.Empty(database.Rows.Where(predicate).ToList());
    }

    [Theory]
    [InlineData("u2 without org")]
    [InlineData("key with a non-uuid org")]
    public void A_missing_or_unusable_active_organization_matches_no_row_even_with_notEquals(string callerName)
    {
        var predicate = ConditionExpression.Build<Dictionary<string, object>>(Parse(ConditionCases.All["other organizations"]), database.Table,
            Callers.All[callerName]);

        Assert.Empty(database.Rows.Where(predicate).ToList());
    }

    [Fact]
    public void A_missing_context_value_fails_its_alternative_while_an_explicit_isNull_still_holds()
    {
        var predicate = ConditionExpression.Build<Dictionary<string, object>>(Parse(ConditionCases.All["mine or unassigned"]), database.Table,
            Callers.All["anonymous"]);

        // Only the explicit isNull alternative lets the unassigned rows through, never the failed $ctx comparison.
        Assert.Equal(["t03", "t08"], SqliteTables.Ids(database.Rows.Where(predicate).ToList()).Order(StringComparer.Ordinal));
    }

    private static Condition Parse(string json) => JsonSerializer.Deserialize<Condition>(json, DefinitionJson.Options)!;
}
