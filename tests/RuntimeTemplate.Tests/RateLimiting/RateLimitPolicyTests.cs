using System.Net;
using ApiStudio.Runtime.Definition;
using ApiStudio.Runtime.Identity;
using ApiStudio.Runtime.RateLimiting;
using ApiStudio.Runtime.Tests.Authentication;
using Microsoft.AspNetCore.Http;

namespace ApiStudio.Runtime.Tests.RateLimiting;

public sealed class RateLimitPolicyTests
{
    private static DefaultHttpContext Request(string method, RateLimitedOperation? operation = null, CallerIdentity? caller = null)
    {
        var context = new DefaultHttpContext();
        context.Request.Method = method;
        context.Connection.RemoteIpAddress = IPAddress.Parse("::ffff:192.0.2.4");
        if (operation is not null)
        {
            context.SetEndpoint(new Endpoint(null, new EndpointMetadataCollection(operation), "test"));
        }

        if (caller is not null)
        {
            context.SetCaller(caller);
        }

        return context;
    }

    [Theory]
    [InlineData("GET", "read")]
    [InlineData("HEAD", "read")]
    [InlineData("POST", "create")]
    [InlineData("PATCH", "update")]
    [InlineData("PUT", "update")]
    [InlineData("DELETE", "delete")]
    public void Endpoint_without_metadata_counts_by_HTTP_method(string method, string kind)
    {
        Assert.Equal(kind, RateLimitPolicy.BucketFor(Request(method), TestApis.Crm()).Kind);
    }

    [Fact]
    public void Declared_list_and_get_count_as_reads_with_the_project_limit()
    {
        var bucket = RateLimitPolicy.BucketFor(Request("GET", new RateLimitedOperation("list", "contacts")), TestApis.Crm());

        Assert.Equal(("read", 1000, (string?)null), (bucket.Kind, bucket.Limit, bucket.Table));
        Assert.Equal(TimeSpan.FromSeconds(60), bucket.Window);
    }

    [Fact]
    public void Table_override_sets_the_limit_and_separates_the_counter()
    {
        var bucket = RateLimitPolicy.BucketFor(Request("GET", new RateLimitedOperation("read", "deals")), TestApis.Crm(dealsReadLimit: 7));

        Assert.Equal((7, "deals"), (bucket.Limit, bucket.Table));
    }

    [Fact]
    public void Override_of_another_kind_leaves_the_project_limit()
    {
        var bucket = RateLimitPolicy.BucketFor(Request("POST", new RateLimitedOperation("create", "deals")), TestApis.Crm(dealsReadLimit: 7));

        Assert.Equal((200, (string?)null), (bucket.Limit, bucket.Table));
    }

    [Fact]
    public void Identity_is_the_api_key_then_the_user_then_the_client_address()
    {
        var key = new CallerIdentity { Kind = CallerKind.SecretKey, ApiKeyId = "k1", UserId = "u1" };
        var user = new CallerIdentity { Kind = CallerKind.User, UserId = "u1" };

        Assert.Equal("key:k1", RateLimitPolicy.Identity(Request("GET", caller: key)));
        Assert.Equal("user:u1", RateLimitPolicy.Identity(Request("GET", caller: user)));
        Assert.Equal("ip:192.0.2.4", RateLimitPolicy.Identity(Request("GET")));
    }

    [Fact]
    public void Sign_in_counts_per_client_address_even_for_a_signed_in_caller()
    {
        var bucket = RateLimitPolicy.BucketFor(
            Request("POST", new RateLimitedOperation(RateLimitKinds.SignIn), new CallerIdentity { Kind = CallerKind.User, UserId = "u1" }),
            TestApis.Crm(new RateLimitSettings { SignIn = 4 }));

        Assert.Equal(("ip:192.0.2.4", "signIn", 4), (bucket.Identity, bucket.Kind, bucket.Limit));
    }
}
