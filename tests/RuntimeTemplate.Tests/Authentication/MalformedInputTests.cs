using System.Net;
using ApiStudio.Runtime.Errors;

namespace ApiStudio.Runtime.Tests.Authentication;

/// <summary>Every account endpoint that reads a body answers bad input with a structured 400 (413 when too large), never a 500.</summary>
public sealed class MalformedInputTests
{
    /// <summary>Endpoint paths ({org} is the owner's organization) and a body whose fields all have the wrong JSON type.</summary>
    private static readonly (string Path, string WrongTypes)[] Cases =
    [
        ("auth/signup", """{"email":42,"password":true,"name":[]}"""),
        ("auth/signin", """{"email":[],"password":{},"organizationId":1}"""),
        ("auth/refresh", """{"refreshToken":123,"organizationId":false}"""),
        ("auth/signout", """{"refreshToken":5}"""),
        ("organizations", """{"name":7}"""),
        ("organizations/{org}/members", """{"email":1,"role":2}"""),
        ("organizations/{org}/api-keys", """{"kind":1,"scopes":"deals:read","environment":3,"expiresAt":12}"""),
    ];

    public static TheoryData<string, string> EndpointsWithWrongTypes
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var (path, wrongTypes) in Cases)
            {
                data.Add(path, wrongTypes);
            }

            return data;
        }
    }

    public static TheoryData<string> Endpoints => new(Cases.Select(c => c.Path));

    /// <summary>Endpoints for which every field is required, so {} is invalid.</summary>
    public static TheoryData<string> EndpointsWithRequiredFields => new(Cases.Select(c => c.Path).Where(p => p != "auth/signout"));

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Malformed_JSON_returns_400_VALIDATION_MALFORMED_JSON(string endpoint)
    {
        await using var host = await AuthTestHost.StartAsync();
        var (path, token) = await PrepareAsync(host, endpoint);

        var response = await host.PostAsync(path, "{\"email\": \"ann@example.com\", \"password\": ", token);

        ErrorBodies.AssertFlat(response, HttpStatusCode.BadRequest, ErrorLayer.Validation, ErrorCodes.ValidationMalformedJson, "POST", path);
        Assert.False(string.IsNullOrEmpty(ErrorBodies.Reason(response)));
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Body_that_is_not_an_object_returns_400_VALIDATION_MALFORMED_JSON(string endpoint)
    {
        await using var host = await AuthTestHost.StartAsync();
        var (path, token) = await PrepareAsync(host, endpoint);

        var response = await host.PostAsync(path, "[1,2,3]", token);

        ErrorBodies.AssertFlat(response, HttpStatusCode.BadRequest, ErrorLayer.Validation, ErrorCodes.ValidationMalformedJson, "POST", path);
    }

    [Theory]
    [MemberData(nameof(EndpointsWithWrongTypes))]
    public async Task Fields_of_the_wrong_type_return_400_VALIDATION_FAILED_naming_each_field(string endpoint, string body)
    {
        await using var host = await AuthTestHost.StartAsync();
        var (path, token) = await PrepareAsync(host, endpoint);

        var response = await host.PostAsync(path, body, token);

        ErrorBodies.AssertFlat(response, HttpStatusCode.BadRequest, ErrorLayer.Validation, ErrorCodes.ValidationFailed, "POST", path);
        var sent = System.Text.Json.Nodes.JsonNode.Parse(body)!.AsObject().Select(p => p.Key).Order();
        var named = response.Body["details"]!["fields"]!.AsArray().Select(f => (string)f!).Order();
        Assert.Equal(sent, named);
    }

    [Theory]
    [MemberData(nameof(EndpointsWithRequiredFields))]
    public async Task Empty_object_returns_400_VALIDATION_FAILED_listing_the_required_fields(string endpoint)
    {
        await using var host = await AuthTestHost.StartAsync();
        var (path, token) = await PrepareAsync(host, endpoint);

        var response = await host.PostAsync(path, "{}", token);

        ErrorBodies.AssertFlat(response, HttpStatusCode.BadRequest, ErrorLayer.Validation, ErrorCodes.ValidationFailed, "POST", path);
        Assert.All(response.Body["details"]!["errors"]!.AsObject(), error => Assert.Equal("is required", (string?)error.Value));
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Oversized_body_returns_413_VALIDATION_BODY_TOO_LARGE(string endpoint)
    {
        await using var host = await AuthTestHost.StartAsync();
        var (path, token) = await PrepareAsync(host, endpoint);

        var response = await host.PostAsync(path, new { name = new string('x', 20_000) }, token);

        ErrorBodies.AssertFlat(response, HttpStatusCode.RequestEntityTooLarge, ErrorLayer.Validation, ErrorCodes.ValidationBodyTooLarge, "POST", path);
    }

    [Fact]
    public async Task Duplicate_keys_are_refused_so_a_check_and_the_store_cannot_see_different_values()
    {
        await using var host = await AuthTestHost.StartAsync();

        var response = await host.PostAsync("auth/signup", """{"email":"a@example.com","email":"b@example.com","password":"long enough pw"}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(ErrorCodes.ValidationMalformedJson, (string?)response.Body["code"]);
    }

    [Fact]
    public async Task Malformed_JSON_echo_never_contains_the_password()
    {
        await using var host = await AuthTestHost.StartAsync();

        var response = await host.PostAsync("auth/signin", """{"email":"ann@example.com","password":"hunter2-secret",""");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.DoesNotContain("hunter2-secret", response.Text, StringComparison.Ordinal);
    }

    private static async Task<(string Path, string Token)> PrepareAsync(AuthTestHost host, string endpoint)
    {
        var owner = await host.OwnerAsync();
        return (endpoint.Replace("{org}", owner.OrganizationId, StringComparison.Ordinal), owner.AccessToken);
    }
}
