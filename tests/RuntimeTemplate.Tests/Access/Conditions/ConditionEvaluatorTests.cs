using System.Text.Json;
using ApiStudio.Runtime.Access.Conditions;
using ApiStudio.Runtime.Definition;
using ApiStudio.Runtime.Identity;
using ApiStudio.Runtime.Tests.Querying;

namespace ApiStudio.Runtime.Tests.Access.Conditions;

public sealed class ConditionEvaluatorTests
{
    private static readonly CallerIdentity UserOne = Callers.All["u1 in org A"];

    [Fact]
    public void A_met_condition_has_no_failure()
    {
        var result = Evaluate("""{ "stage": { "equals": "open" } }""", Row("t01"));

        Assert.Equal(ConditionResult.Passed, result);
        Assert.Null(result.FailedComparison);
    }

    [Theory]
    [InlineData("""{ "stage": { "equals": "open" } }""", "t02", "stage = 'open' failed: stage is 'won'")]
    [InlineData("""{ "stage": { "notEquals": "won" } }""", "t08", "stage != 'won' failed: stage is null")]
    [InlineData("""{ "priority": { "greaterThan": 3 } }""", "t01", "priority > 3 failed: priority is 3")]
    [InlineData("""{ "amount": { "lessThan": 10 } }""", "t01", "amount < 10 failed: amount is 10.5")]
    [InlineData("""{ "urgent": { "equals": true } }""", "t02", "urgent = true failed: urgent is false")]
    [InlineData("""{ "dueAt": { "lessThan": "2024-01-01T00:00:00Z" } }""", "t01", "dueAt < '2024-01-01T00:00:00Z' failed: dueAt is '2024-05-01T00:00:00.000Z'")]
    [InlineData("""{ "externalRef": { "isNull": true } }""", "t01", "externalRef is null failed: externalRef is '10000000-0000-0000-0000-000000000000'")]
    [InlineData("""{ "ownerId": { "isNull": false } }""", "t03", "ownerId is not null failed: ownerId is null")]
    [InlineData("""{ "stage": { "in": ["won", "lost"] } }""", "t01", "stage in ['won', 'lost'] failed: stage is 'open'")]
    [InlineData("""{ "ownerId": { "equals": "$ctx.userId" } }""", "t02", "ownerId = $ctx.userId failed: ownerId is 'u2' (the caller's userId is 'u1')")]
    public void A_failure_names_the_comparison_and_the_records_actual_value(string condition, string id, string reason)
    {
        var result = Evaluate(condition, Row(id));

        Assert.False(result.Met);
        Assert.Equal(reason, result.Reason);
        Assert.NotNull(result.FailedComparison);
    }

    [Fact]
    public void The_first_failing_comparison_is_reported()
    {
        var result = Evaluate("""{ "stage": { "equals": "open" }, "urgent": { "equals": true }, "and": [{ "priority": { "lessThan": 2 } }] }""", Row("t04"));

        Assert.Equal(new Comparison("urgent", ComparisonOperator.Equal, Operand.Boolean(true)), result.FailedComparison);
        Assert.Equal("urgent = true failed: urgent is false", result.Reason);
    }

    [Fact]
    public void A_failed_or_lists_why_each_alternative_failed()
    {
        var result = Evaluate("""{ "or": [{ "ownerId": { "equals": "$ctx.userId" } }, { "ownerId": { "isNull": true } }] }""", Row("t02"));

        Assert.Equal("ownerId", result.FailedComparison!.Field);
        Assert.Equal("no alternative held: ownerId = $ctx.userId failed: ownerId is 'u2' (the caller's userId is 'u1'); " +
            "ownerId is null failed: ownerId is 'u2'", result.Reason);
    }

    [Fact]
    public void A_missing_user_id_fails_and_says_so()
    {
        var result = ConditionEvaluator.Evaluate(Parse("""{ "ownerId": { "notEquals": "$ctx.userId" } }"""), Row("t02"), TicketTable.Definition,
            CallerIdentity.Anonymous);

        Assert.Equal("ownerId != $ctx.userId failed: the caller has no userId", result.Reason);
    }

    [Fact]
    public void An_active_organization_that_is_not_a_uuid_fails_a_uuid_comparison()
    {
        var result = ConditionEvaluator.Evaluate(Parse("""{ "organizationId": { "equals": "$ctx.activeOrgId" } }"""), Row("t01"), TicketTable.Definition,
            Callers.All["key with a non-uuid org"]);

        Assert.Equal("organizationId = $ctx.activeOrgId failed: the caller's activeOrgId 'org-a' is not a uuid string", result.Reason);
    }

    [Fact]
    public void A_row_read_without_the_tested_column_fails_rather_than_counting_as_null()
    {
        var row = new Dictionary<string, object?> { ["id"] = "t99" };

        var result = Evaluate("""{ "ownerId": { "isNull": true } }""", row);

        Assert.Equal("ownerId is null failed: the record was read without 'ownerId'", result.Reason);
    }

    [Fact]
    public void Row_values_in_other_clr_shapes_compare_as_the_column_type()
    {
        var row = new Dictionary<string, object?>
        {
            ["priority"] = 3,
            ["amount"] = 10.5m,
            ["organizationId"] = TicketTable.OrgA.ToString().ToUpperInvariant(),
            ["dueAt"] = new DateTimeOffset(2024, 5, 1, 2, 0, 0, TimeSpan.FromHours(2)),
            ["urgent"] = JsonDocument.Parse("true").RootElement,
        };

        var result = Evaluate("""
            { "priority": { "equals": 3 }, "amount": { "greaterThan": 10 }, "organizationId": { "equals": "$ctx.activeOrgId" },
              "dueAt": { "equals": "2024-05-01T00:00:00Z" }, "urgent": { "equals": true } }
            """, row);

        Assert.True(result.Met, result.Reason);
    }

    [Fact]
    public void A_value_that_does_not_fit_the_column_fails_with_its_type()
    {
        var result = Evaluate("""{ "priority": { "equals": 3 } }""", new Dictionary<string, object?> { ["priority"] = new object() });

        Assert.Equal("priority = 3 failed: priority holds an unreadable value (Object); expected a whole number", result.Reason);
    }

    [Theory]
    [InlineData("""{ "nope": { "equals": 1 } }""", "'nope' is not a column of 'tickets'")]
    [InlineData("""{ "priority": { "equals": "high" } }""", "expected a whole number")]
    [InlineData("""{ "details": { "equals": "{}" } }""", "cannot test a json column")]
    [InlineData("""{ "urgent": { "lessThan": true } }""", "cannot test a boolean column")]
    [InlineData("""{ "stage": { "in": "open" } }""", "takes a non-empty list")]
    [InlineData("""{ "stage": { "equals": ["open"] } }""", "takes a single value")]
    [InlineData("""{ "stage": { "equals": null } }""", "null can only be tested with isNull")]
    [InlineData("""{ "ownerId": { "equals": "$input.owner" } }""", "'$input.owner' is not known")]
    public void A_condition_the_validator_rejects_is_a_bug_in_both_translations(string condition, string problem)
    {
        var parsed = Parse(condition);

        var inMemory = Assert.Throws<InvalidOperationException>(() => ConditionEvaluator.Evaluate(parsed, Row("t01"), TicketTable.Definition, UserOne));
        var inSql = Assert.Throws<InvalidOperationException>(() => ConditionExpression.Build<Dictionary<string, object>>(parsed, TicketTable.Definition, UserOne));

        Assert.Contains(problem, inMemory.Message);
        Assert.Equal(inMemory.Message, inSql.Message);
    }

    private static ConditionResult Evaluate(string condition, IReadOnlyDictionary<string, object?> row) =>
        ConditionEvaluator.Evaluate(Parse(condition), row, TicketTable.Definition, UserOne);

    private static IReadOnlyDictionary<string, object?> Row(string id) => TicketTable.Rows.Single(r => (string)r["id"]! == id);

    private static Condition Parse(string json) => JsonSerializer.Deserialize<Condition>(json, DefinitionJson.Options)!;
}
