using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using ApiStudio.Runtime.Definition;

namespace ApiStudio.Runtime.Tests.Contract;

/// <summary>
/// The <c>request</c> block of every error body: sensitive keys and the table's masked fields redacted at any
/// depth, whatever layer failed, and the body cut at 4 KB with the marker.
/// </summary>
public abstract class RequestEchoTests(ContractApis apis) : ContractTests(apis)
{
    public const int MaxEchoBytes = 4096;
    public const string TruncatedMarker = "...[truncated]";

    /// <summary>The echo of an ASCII body longer than 4 KB: its first bytes, then the marker, 4096 bytes in all.</summary>
    public static string Truncated(string asciiBody) => asciiBody[..(MaxEchoBytes - TruncatedMarker.Length)] + TruncatedMarker;

    [Theory, ClassData(typeof(AllDialects))]
    public async Task Error_echo_redacts_every_sensitive_key_at_any_depth(ErrorDialect dialect)
    {
        var api = await ApiAsync(dialect);
        var body = new
        {
            name = "Initech",
            password = "hunter22",
            token = "t0k3n",
            secret = "s3cr3t",
            apiKey = "sk_live",
            otp = "123456",
            code = "8765",
            authorization = "Bearer abc",
            profile = new { refreshToken = "r", clientSecret = "c", nickname = "ini" },
        };

        var response = await api.Viewer.PostAsync("/companies", body);

        await ErrorContract.AssertAsync(response, dialect, ViewerMayNotCreate,
            ExpectedEcho.Post($"{api.Base}/companies",
                """{"name":"Initech","password":"[REDACTED]","token":"[REDACTED]","secret":"[REDACTED]","apiKey":"[REDACTED]","otp":"[REDACTED]","code":"[REDACTED]","authorization":"[REDACTED]","profile":{"refreshToken":"[REDACTED]","clientSecret":"[REDACTED]","nickname":"ini"}}"""));
    }

    [Theory, ClassData(typeof(AllDialects))]
    public async Task Error_echo_redacts_the_tables_masked_fields(ErrorDialect dialect)
    {
        var api = await ApiAsync(dialect);

        var response = await api.Viewer.PostAsync("/contacts", new { firstName = "Paul", email = "paul@example.com", phone = "555 0100" });

        await ErrorContract.AssertAsync(response, dialect, ViewerMayNotCreate,
            ExpectedEcho.Post($"{api.Base}/contacts", """{"firstName":"Paul","email":"[REDACTED]","phone":"[REDACTED]"}"""));
    }

    [Theory,
     ClassData(typeof(AllDialects))]
    public async Task Error_echo_redacts_masked_fields_when_authentication_fails_before_the_table_is_reached(ErrorDialect dialect)
    {
        var api = await ApiAsync(dialect);

        var response = await api.Anonymous.SendAsync(HttpMethod.Post, "/contacts", new { firstName = "Paul", email = "paul@example.com" },
            r => r.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "not-a-token"));

        await ErrorContract.AssertAsync(response, dialect,
            new ExpectedError(401, "authentication", "AUTH_INVALID_TOKEN", "Invalid authentication token", "auth/invalid-access-token")
            {
                Details = new JsonObject { ["reason"] = "the bearer token is neither a JWT nor a pk_/sk_ API key" },
                Hint = "Sign in again to get a new token",
            },
            ExpectedEcho.Post($"{api.Base}/contacts", """{"firstName":"Paul","email":"[REDACTED]"}"""));
    }

    [Theory, ClassData(typeof(AllDialects))]
    public async Task Error_echo_of_a_body_over_4_KB_is_redacted_then_cut_at_4_KB_with_the_marker(ErrorDialect dialect)
    {
        var api = await ApiAsync(dialect);
        var name = new string('a', 5000);

        var response = await api.Viewer.PostAsync("/companies", new { password = "hunter22", name });

        var read = await ErrorContract.AssertAsync(response, dialect, ViewerMayNotCreate,
            ExpectedEcho.Post($"{api.Base}/companies", Truncated($$"""{"password":"[REDACTED]","name":"{{name}}"}""")));
        var echoed = ErrorContract.RequestOf(read.Body!, dialect)!["body"]!.GetValue<string>();
        Assert.Equal(MaxEchoBytes, Encoding.UTF8.GetByteCount(echoed));
    }

    [Theory,
     ClassData(typeof(AllDialects))]
    public async Task Error_echo_of_malformed_json_redacts_every_value_under_a_sensitive_key(ErrorDialect dialect)
    {
        var api = await ApiAsync(dialect);

        // Cut short, so the echo cannot parse it and must find the sensitive keys in the text.
        var response = await api.Sales.PostRawAsync("/companies", """{"name": "Initech", "secret": {"old": "s3cr3t-old", "new": "s3cr3t-new"}, "rating": """);

        var read = await ContractResponse.ReadAsync(response);
        Assert.Equal(400, read.Status);
        var echoed = ErrorContract.RequestOf(read.Body!, dialect)!["body"]!.GetValue<string>();
        Assert.Contains("[REDACTED]", echoed, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cr3t", echoed, StringComparison.Ordinal);
    }

    [Theory, ClassData(typeof(AllDialects))]
    public async Task Error_echo_of_a_bodiless_request_has_no_body(ErrorDialect dialect)
    {
        var api = await ApiAsync(dialect);

        var read = await ContractResponse.ReadAsync(await api.Anonymous.GetAsync("/companies?limit=5"));

        var request = ErrorContract.RequestOf(read.Body!, dialect)!;
        Assert.False(request.ContainsKey("body"), request.ToJsonString());
        Assert.Equal($"{api.Base}/companies?limit=5", request["url"]!.GetValue<string>());
        Assert.Equal(read.RequestId, request["requestId"]!.GetValue<string>());
    }

    private static ExpectedError ViewerMayNotCreate { get; } =
        new(403, "access", "ACCESS_ROLE_REQUIRED", "Insufficient permissions", "data/permission-denied")
        {
            Details = new JsonObject { ["required"] = new JsonArray("sales+"), ["current"] = new JsonArray("viewer") },
            Hint = "Contact an administrator to grant necessary permissions",
        };
}

[Collection(SqliteContractApis.Collection)]
public sealed class RequestEchoTestsOnSqlite(SqliteContractApis apis) : RequestEchoTests(apis);

[Collection(PostgresContractApis.Collection)]
public sealed class RequestEchoTestsOnPostgres(PostgresContractApis apis) : RequestEchoTests(apis);
