using System.Text.Json;
using ApiStudio.Runtime.Data;
using ApiStudio.Runtime.Definition;
using ApiStudio.Runtime.Firewall;
using ApiStudio.Runtime.Identity;
using ApiStudio.Runtime.Querying;
using ApiStudio.Runtime.Tracing;
using static ApiStudio.Runtime.Tests.Querying.QueryStrings;

namespace ApiStudio.Runtime.Tests.Querying;

/// <summary>The list request as the table store runs it: inside the firewall scope, with the access rule's condition.</summary>
public sealed class ListQueryShapeTests : IDisposable
{
    private static readonly CallerIdentity UserOneInOrgA = new()
    {
        Kind = CallerKind.User,
        UserId = "u1",
        ActiveOrgId = TicketTable.OrgA.ToString(),
        Roles = ["member"],
    };

    private readonly SqliteTables database = SqliteTables.Tickets();

    public void Dispose() => database.Dispose();

    [Fact]
    public void The_store_runs_the_list_inside_the_firewall_scope_and_counts_the_same_rows()
    {
        // ownerId and organizationId are detected: u1's rows of organization A are t01, t10 and t12.
        var store = TableStore.For(database.Context, database.Table);
        var scope = FirewallScope.For(database.Table, UserOneInOrgA, new DecisionTrace());
        var request = Parse("sort=-priority&limit=1&total=true");
        var shape = new ListQueryShape(request, database.Table);

        var fetched = store.QueryAsync(scope, shape, CancellationToken.None).Result;
        var total = store.CountAsync(scope, shape, CancellationToken.None).Result;
        var page = ListPage<Dictionary<string, object?>>.From(fetched, request, total);

        Assert.Equal(["t12"], page.Rows.Select(r => (string)r["id"]!));
        Assert.Equal(new ListPagination(1, 1, 1, true, 3), page.Pagination);
    }

    [Fact]
    public void The_record_condition_of_the_access_rule_narrows_the_rows_and_the_count()
    {
        var store = TableStore.For(database.Context, database.Table);
        var scope = FirewallScope.For(database.Table, UserOneInOrgA, new DecisionTrace());
        var shape = new ListQueryShape(Parse("total=true"), database.Table)
        {
            RecordCondition = JsonSerializer.Deserialize<Condition>("""{ "stage": { "equals": "open" }, "ownerId": { "equals": "$ctx.userId" } }""", DefinitionJson.Options),
            Caller = UserOneInOrgA,
        };

        var rows = store.QueryAsync(scope, shape, CancellationToken.None).Result;

        Assert.Equal(["t01", "t10"], rows.Select(r => (string)r["id"]!));
        Assert.Equal(2, store.CountAsync(scope, shape, CancellationToken.None).Result);
    }
}
