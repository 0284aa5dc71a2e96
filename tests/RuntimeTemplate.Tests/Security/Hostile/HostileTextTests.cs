using ApiStudio.Runtime.Errors;

namespace ApiStudio.Runtime.Tests.Security.Hostile;

/// <summary>
/// Text no database should be handed: NUL characters (PostgreSQL refuses them in text) and escaped lone surrogates
/// (which .NET cannot turn into a string). Each must be refused as invalid input, the same on every database.
/// </summary>
public abstract class HostileTextTests<TApi>(TApi api) where TApi : HostileApi
{
    public static TheoryData<string, string> NulInTextValues() => new()
    {
        { "/companies", "{\"name\":\"a\\u0000b\"}" },
        { "/deals/{deal}/advance", "{\"stage\":\"a\\u0000b\"}" },
        { "/auth/signin", "{\"email\":\"a\\u0000@b.co\",\"password\":\"12345678x\"}" },
        { "/auth/signin", "{\"email\":\"{owner}\",\"password\":\"{password}\",\"organizationId\":\"a\\u0000b\"}" },
        { "/auth/signup", "{\"email\":\"nul-name@b.co\",\"password\":\"12345678x\",\"name\":\"a\\u0000b\"}" },
        { "/organizations", "{\"name\":\"a\\u0000b\"}" },
        { "/organizations/{org}/members", "{\"email\":\"a\\u0000@b.co\",\"role\":\"sales\"}" },
    };

    public static TheoryData<string, string> LoneSurrogates() => new()
    {
        { "/companies", "{\"name\":\"a\\ud800b\"}" },
        { "/companies", "{\"na\\ud800me\":\"x\"}" },
        { "/companies", "{\"name\":\"\\udfff\"}" },
        { "/companies/batch", "{\"records\":[{\"name\":\"\\ud800\"}]}" },
        { "/deals/{deal}/advance", "{\"stage\":\"\\ud800\"}" },
        { "/auth/signin", "{\"email\":\"\\ud800@b.co\",\"password\":\"12345678x\"}" },
        { "/organizations", "{\"name\":\"\\ud800\"}" },
    };

    [Theory]
    [MemberData(nameof(NulInTextValues))]
    public async Task A_nul_character_in_a_text_value_gives_400_VALIDATION_FAILED(string path, string body)
    {
        body = body.Replace("{owner}", api.Owner.Email).Replace("{password}", Pipeline.TestApi.Password);
        var response = await api.SendRawAsync(HttpMethod.Post, BodyEndpoints.Resolve(path, api), body);
        var refused = await Refusal.RequireAsync(response, 400, ErrorCodes.ValidationFailed);
        Assert.Equal("validation", refused["layer"]!.GetValue<string>());
        Assert.Contains(refused["details"]!["errors"]!.AsObject(), e => e.Value!.GetValue<string>().Contains("U+0000", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_nul_character_in_a_batch_record_fails_that_record_with_VALIDATION_FAILED()
    {
        var response = await api.SendRawAsync(HttpMethod.Post, "/companies/batch", "{\"records\":[{\"name\":\"a\\u0000b\"}]}");
        var body = await Pipeline.Expect.StatusAsync(response, 207);
        Assert.Equal(0, body["meta"]!["succeeded"]!.GetValue<int>());
        var error = body["errors"]![0]!["error"]!;
        Assert.Equal(ErrorCodes.ValidationFailed, error["code"]!.GetValue<string>());
        Assert.Contains("U+0000", error["details"]!["errors"]!["name"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(LoneSurrogates))]
    public async Task An_escaped_lone_surrogate_gives_400_VALIDATION_MALFORMED_JSON(string path, string body) =>
        await Refusal.RequireAsync(await api.SendRawAsync(HttpMethod.Post, BodyEndpoints.Resolve(path, api), body), 400, ErrorCodes.ValidationMalformedJson);

    [Theory]
    [InlineData("{\"name\":\"\\ud83d\\ude80 rocket\"}")]
    [InlineData("{\"name\":\"Zoë 中文\"}")]
    [InlineData("{\"name\":\"\\u200b\\u202e\\ufeff\"}")]
    public async Task Valid_unicode_text_is_stored_and_read_back_unchanged(string body)
    {
        var created = await Pipeline.Expect.StatusAsync(await api.SendRawAsync(HttpMethod.Post, "/companies", body), 201);
        var expected = System.Text.Json.Nodes.JsonNode.Parse(body)!["name"]!.GetValue<string>();
        var read = await Pipeline.Expect.StatusAsync(await api.Owner.GetAsync($"/companies/{created["id"]}"), 200);
        Assert.Equal(expected, read["name"]!.GetValue<string>());
    }
}

public sealed class HostileTextTestsOnSqlite(SqliteHostileApi api) : HostileTextTests<SqliteHostileApi>(api), IClassFixture<SqliteHostileApi>;

public sealed class HostileTextTestsOnPostgres(PostgresHostileApi api) : HostileTextTests<PostgresHostileApi>(api), IClassFixture<PostgresHostileApi>;
