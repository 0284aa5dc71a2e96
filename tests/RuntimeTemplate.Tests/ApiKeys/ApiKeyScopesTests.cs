using ApiStudio.Runtime.ApiKeys;
using ApiStudio.Runtime.Definition;
using ApiStudio.Runtime.Tests.Authentication;

namespace ApiStudio.Runtime.Tests.ApiKeys;

public sealed class ApiKeyScopesTests
{
    [Theory]
    [InlineData("deals:create", "deals", "create", true)]
    [InlineData("deals:create", "deals", "update", false)]
    [InlineData("deals:create", "contacts", "create", false)]
    [InlineData("deals:*", "deals", "delete", true)]
    [InlineData("deals:*", "contacts", "delete", false)]
    [InlineData("*:list", "contacts", "list", true)]
    [InlineData("*:list", "contacts", "get", false)]
    [InlineData("*:*", "anything", "close", true)]
    [InlineData("deals:read", "deals", "list", true)]
    [InlineData("deals:read", "deals", "get", true)]
    [InlineData("deals:read", "deals", "create", false)]
    [InlineData("deals:CREATE", "deals", "create", true)]
    [InlineData("Deals:create", "deals", "create", false)]
    [InlineData("deals:close", "deals", "close", true)]
    [InlineData("deals", "deals", "create", false)]
    [InlineData(":create", "deals", "create", false)]
    public void Scope_admits_exactly_its_table_and_operation(string scope, string table, string operation, bool allowed)
    {
        Assert.Equal(allowed, ApiKeyScopes.Allows([scope], table, operation));
    }

    [Fact]
    public void Any_one_of_several_scopes_is_enough()
    {
        Assert.True(ApiKeyScopes.Allows(["contacts:read", "deals:update"], "deals", CrudOperation.Update));
        Assert.False(ApiKeyScopes.Allows(["contacts:read", "deals:update"], "deals", CrudOperation.Delete));
    }

    [Fact]
    public void No_scopes_admit_nothing()
    {
        Assert.False(ApiKeyScopes.Allows([], "deals", "list"));
    }

    [Fact]
    public void Required_names_the_scope_that_would_admit_the_operation()
    {
        Assert.Equal("deals:update", ApiKeyScopes.Required("deals", "Update"));
    }

    [Theory]
    [InlineData("deals:read", null)]
    [InlineData("*:*", null)]
    [InlineData("deals:close", null)]
    [InlineData("contacts:close", "names no operation")]
    [InlineData("invoices:read", "names no table")]
    [InlineData("deals:fly", "names no operation")]
    [InlineData("deals", "not of the form")]
    [InlineData("a:b:c", "not of the form")]
    public void Problem_explains_scopes_that_name_no_table_or_operation_of_the_API(string scope, string? problem)
    {
        var found = ApiKeyScopes.Problem(TestApis.Crm(), scope);

        if (problem is null)
        {
            Assert.Null(found);
        }
        else
        {
            Assert.Contains(problem, found, StringComparison.Ordinal);
        }
    }
}
