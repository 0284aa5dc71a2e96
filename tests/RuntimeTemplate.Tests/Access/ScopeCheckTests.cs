using ApiStudio.Runtime.Access;
using ApiStudio.Runtime.Errors;
using ApiStudio.Runtime.Identity;
using ApiStudio.Runtime.Tracing;

namespace ApiStudio.Runtime.Tests.Access;

public sealed class ScopeCheckTests
{
    private static CallerIdentity Key(CallerKind kind, params string[] scopes) => new()
    {
        Kind = kind, UserId = "creator", ActiveOrgId = "org", ApiKeyId = "key", Scopes = scopes,
    };

    [Theory]
    [InlineData("create")]
    [InlineData("update")]
    [InlineData("delete")]
    [InlineData("advance")]
    public void A_publishable_key_with_every_scope_may_still_not_write_and_gets_ACCESS_SCOPE_INSUFFICIENT(string operation)
    {
        var trace = new DecisionTrace();

        var refused = Assert.Throws<ApiException>(() => ScopeCheck.Require(Key(CallerKind.PublishableKey, "*:*"), "deals", operation, trace));

        Assert.Equal(403, refused.Error.Status);
        Assert.Equal(ErrorCodes.AccessScopeInsufficient, refused.Error.Code);
        Assert.Equal($"deals:{operation}", refused.Error.Details!["required"]!.GetValue<string>());
        Assert.Equal(ScopeCheck.PublishableReadOnly, refused.Error.Details!["reason"]!.GetValue<string>());
        Assert.Equal(TraceOutcome.Failed, trace.Steps[^1].Outcome);
    }

    [Theory]
    [InlineData("list")]
    [InlineData("get")]
    public void A_publishable_key_reads_within_its_scopes(string operation) =>
        ScopeCheck.Require(Key(CallerKind.PublishableKey, "*:*"), "deals", operation, new DecisionTrace());

    [Fact]
    public void A_publishable_key_without_the_scope_is_refused_without_the_read_only_reason()
    {
        var refused = Assert.Throws<ApiException>(() => ScopeCheck.Require(Key(CallerKind.PublishableKey, "contacts:read"), "deals", "list", new DecisionTrace()));

        Assert.Equal(ErrorCodes.AccessScopeInsufficient, refused.Error.Code);
        Assert.Null(refused.Error.Details!["reason"]);
    }

    [Fact]
    public void A_secret_key_writes_within_its_scopes() =>
        ScopeCheck.Require(Key(CallerKind.SecretKey, "*:*"), "deals", "create", new DecisionTrace());

    [Theory]
    [InlineData(CallerKind.PublishableKey, "*:*", "create")]
    [InlineData(CallerKind.PublishableKey, "contacts:read", "list")]
    [InlineData(CallerKind.SecretKey, "contacts:read", "update")]
    public void Refusal_returns_the_error_that_Require_throws(CallerKind kind, string scope, string operation)
    {
        var thrown = Assert.Throws<ApiException>(() => ScopeCheck.Require(Key(kind, scope), "deals", operation, new DecisionTrace()));
        var trace = new DecisionTrace();

        var refusal = ScopeCheck.Refusal(Key(kind, scope), "deals", operation, trace);

        Assert.Equal(ErrorText.Of(thrown.Error), ErrorText.Of(refusal));
        Assert.Equal(TraceOutcome.Failed, trace.Steps[^1].Outcome);
    }

    [Fact]
    public void Refusal_is_null_when_the_scopes_allow_the_operation() =>
        Assert.Null(ScopeCheck.Refusal(Key(CallerKind.SecretKey, "deals:*"), "deals", "create", new DecisionTrace()));
}
