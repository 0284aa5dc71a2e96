using System.Text.Json;
using System.Text.Json.Nodes;
using ApiStudio.Runtime.Definition;
using ApiStudio.Studio.Simulator;
using ApiStudio.Studio.Tests.Tables;

namespace ApiStudio.Studio.Tests.Simulator;

/// <summary>Rebuilt sandboxes share what is immutable (the EF Core model of an unchanged schema) and nothing else.</summary>
public sealed class SandboxRebuildTests
{
    private static readonly ApiDefinition Crm = Samples.Crm;

    private static ApiDefinition WithDeals(Func<TableDefinition, TableDefinition> change) => Crm with
    {
        Tables = Crm.Tables.Select(t => t.Name == "deals" ? change(t) : t).ToList(),
    };

    private static async Task<JsonObject> FirstDealAsync(Sandbox sandbox)
    {
        var deal = sandbox.Records.First(r => r.Table == "deals" && r.Organization == "A").Id;
        var response = await sandbox.SendAsync(new SimulatedRequest("GET", $"/api/v1/deals/{deal}", null, "user-A-admin"));
        Assert.Equal(200, response.Status);
        return JsonNode.Parse(response.Body)!.AsObject();
    }

    [Fact]
    public async Task A_sandbox_of_a_changed_schema_has_the_new_column_while_the_old_one_keeps_its_own()
    {
        await using var before = await Sandbox.CreateAsync(Crm);
        var changed = WithDeals(t => t with
        {
            Columns = [.. t.Columns, new ColumnDefinition { Name = "probability", Type = ColumnType.Integer }],
            Guards = t.Guards with { Createable = [.. t.Guards.Createable, "probability"] },
        });
        await using var after = await Sandbox.CreateAsync(changed);

        Assert.Equal(JsonValueKind.Number, (await FirstDealAsync(after))["probability"]?.GetValueKind());
        Assert.False((await FirstDealAsync(before)).ContainsKey("probability"));
        var contact = after.Records.First(r => r.Table == "contacts" && r.Organization == "A" && !r.Deleted).Id;
        var created = await after.SendAsync(new SimulatedRequest("POST", "/api/v1/deals",
            $$"""{"title":"New","contactId":"{{contact}}","amount":5,"probability":40}""", "user-A-sales"));
        Assert.Equal(201, created.Status);
        var id = JsonNode.Parse(created.Body)!["id"]!.GetValue<string>();
        var stored = await after.SendAsync(new SimulatedRequest("GET", $"/api/v1/deals/{id}", null, "user-A-sales"));
        Assert.Equal(40, JsonNode.Parse(stored.Body)!["probability"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_changed_column_type_is_stored_with_the_new_type()
    {
        var asText = WithDeals(t => t with { Columns = t.Columns.Select(c => c.Name == "amount" ? c with { Type = ColumnType.Text } : c).ToList() });
        await using var real = await Sandbox.CreateAsync(Crm);
        await using var text = await Sandbox.CreateAsync(asText);

        Assert.Equal(JsonValueKind.Number, (await FirstDealAsync(real))["amount"]!.GetValueKind());
        Assert.Equal(JsonValueKind.String, (await FirstDealAsync(text))["amount"]!.GetValueKind());
    }

    private static async Task<int> CountDealsAsync(Sandbox sandbox)
    {
        var response = await sandbox.SendAsync(new SimulatedRequest("GET", "/api/v1/deals", null, "user-A-admin"));
        return JsonNode.Parse(response.Body)!["data"]!.AsArray().Count;
    }

    [Fact]
    public async Task Two_sandboxes_of_the_same_design_do_not_share_rows()
    {
        await using var first = await Sandbox.CreateAsync(Crm);
        await using var second = await Sandbox.CreateAsync(Crm);
        var deal = first.Records.First(r => r.Table == "deals" && r.Organization == "A").Id;

        var deleted = await first.SendAsync(new SimulatedRequest("DELETE", $"/api/v1/deals/{deal}", null, "user-A-admin"));

        Assert.Equal(200, deleted.Status);
        Assert.Equal(2, await CountDealsAsync(first));
        Assert.Equal(3, await CountDealsAsync(second));
        Assert.Equal(200, (await second.SendAsync(new SimulatedRequest("GET", $"/api/v1/deals/{deal}", null, "user-A-admin"))).Status);
    }

    [Fact]
    public async Task A_rule_change_on_the_same_schema_takes_effect_in_the_rebuilt_sandbox()
    {
        var viewersCreate = WithDeals(t => t with { Access = t.Access with { Create = new AccessRule { Roles = ["viewer+"] } } });
        await using var before = await Sandbox.CreateAsync(Crm);
        await using var after = await Sandbox.CreateAsync(viewersCreate);
        var contact = after.Records.First(r => r.Table == "contacts" && r.Organization == "A" && !r.Deleted).Id;
        var create = new SimulatedRequest("POST", "/api/v1/deals", $$"""{"title":"New","contactId":"{{contact}}","amount":5}""", "user-A-viewer");

        Assert.Equal(403, (await before.SendAsync(create)).Status);
        Assert.Equal(201, (await after.SendAsync(create)).Status);
    }

    [Fact]
    public void The_model_key_ignores_descriptions_and_rules_but_not_storage()
    {
        var key = SandboxTableModel.SchemaKey(Crm);

        Assert.Equal(key, SandboxTableModel.SchemaKey(WithDeals(t => t with
        {
            Description = "changed",
            Columns = t.Columns.Select(c => c with { Description = "changed" }).ToList(),
            Access = new AccessDefinition(),
            Guards = new GuardDefinition(),
        })));
        Assert.NotEqual(key, SandboxTableModel.SchemaKey(WithDeals(t => t with { Columns = [.. t.Columns, new ColumnDefinition { Name = "extra" }] })));
        Assert.NotEqual(key, SandboxTableModel.SchemaKey(WithDeals(t => t with { SoftDelete = !t.SoftDelete })));
        Assert.NotEqual(key, SandboxTableModel.SchemaKey(WithDeals(t => t with { Name = "opportunities" })));
        Assert.NotEqual(key, SandboxTableModel.SchemaKey(WithDeals(t => t with { Firewall = t.Firewall with { Exception = !t.Firewall.Exception } })));
        foreach (var change in new Func<ColumnDefinition, ColumnDefinition>[]
        {
            c => c with { Type = ColumnType.Text },
            c => c with { Nullable = !c.Nullable },
            c => c with { MaxLength = 10 },
            c => c with { Unique = !c.Unique },
            c => c with { Name = "renamed" },
        })
        {
            Assert.NotEqual(key, SandboxTableModel.SchemaKey(WithDeals(t => t with { Columns = t.Columns.Select(c => c.Name == "amount" ? change(c) : c).ToList() })));
        }
    }
}
