using ApiStudio.Runtime.Errors;
using ApiStudio.Runtime.Tests.Pipeline;

namespace ApiStudio.Runtime.Tests.Security.Hostile;

/// <summary>Garbage in X-Organization-Id, Authorization and X-API-Key: a structured 401 or 403, never a 500 and never the credential.</summary>
public abstract class HostileHeaderTests<TApi>(TApi api) where TApi : HostileApi
{
    public static TheoryData<string> GarbageOrganizations() =>
    [
        "not-an-org", "' OR 1=1 --", "00000000-0000-0000-0000-000000000000", new string('o', 10_000), "%00", "*", "..", "null",
        "Zoë 中文 🚀", "{org}x", "{ORG}", "{other}",
    ];

    public static TheoryData<string> GarbageAuthorizations() =>
    [
        "Bearer", "Bearer x", "bearer x", "Basic dXNlcjpwYXNz", "Bearer " + new string('x', 100_000), "Bearer a.b.c", "Bearer ...",
        "Bearer eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJzdWIiOiJ4Iiwic2lkIjoieSIsImV4cCI6OTk5OTk5OTk5OX0.",
        "Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.AAAA", "Bearer {tampered}", "Bearer sk_" + new string('0', 64),
        "Bearer pk_zzz", "Bearer sk_", "Digest username=x, realm=y", "Bearer Zoë", "Bearer x y z", "Negotiate " + new string('Y', 5000),
    ];

    public static TheoryData<string> GarbageApiKeys() =>
    [
        "x", "sk_", "pk_", "sk_" + new string('g', 64), "pk_" + new string('a', 63), "sk_" + new string('a', 65), "sk_" + new string('A', 64),
        "sk_" + new string('0', 64), "pk_" + new string('0', 64), new string('k', 10_000), "sk_ " + new string('0', 63), "Bearer sk_x",
    ];

    [Theory]
    [MemberData(nameof(GarbageOrganizations))]
    public async Task A_garbage_X_Organization_Id_gives_403_ACCESS_NO_ORG(string organization)
    {
        var value = organization.Replace("{org}", api.OrgId).Replace("{ORG}", api.OrgId.ToUpperInvariant()).Replace("{other}", api.OtherOrgId);
        var refused = await Refusal.RequireAsync(await api.Owner.GetAsync("/companies", r => r.Headers.TryAddWithoutValidation("X-Organization-Id", value)),
            403, ErrorCodes.AccessNoOrg);
        Assert.True(refused["details"]!["requested"]!.GetValue<string>().Length <= 65, "the echoed organization is not capped");
    }

    [Theory]
    [MemberData(nameof(GarbageOrganizations))]
    public async Task A_garbage_X_Organization_Id_with_a_key_gives_403_ACCESS_NO_ORG(string organization)
    {
        var value = organization.Replace("{org}", api.OrgId + "x").Replace("{ORG}", api.OrgId.ToUpperInvariant()).Replace("{other}", api.OtherOrgId);
        var response = await api.SendBareAsync(HttpMethod.Get, "/companies", r =>
        {
            r.Headers.Add("X-API-Key", api.SecretKey);
            r.Headers.TryAddWithoutValidation("X-Organization-Id", value);
        });
        await Refusal.RequireAsync(response, 403, ErrorCodes.AccessNoOrg, api.SecretKey);
    }

    [Theory]
    [InlineData("ab{nul}cd")]
    [InlineData("ab{surrogate}cd")]
    public async Task An_X_Organization_Id_with_characters_the_database_cannot_store_gives_403(string organization)
    {
        // Written as placeholders: a lone surrogate does not survive the serialization of theory data.
        var value = organization.Replace("{nul}", "\0").Replace("{surrogate}", "\ud800");
        await Refusal.RequireAsync(await api.Owner.GetAsync("/companies", r => r.Headers.TryAddWithoutValidation("X-Organization-Id", value)),
            403, ErrorCodes.AccessNoOrg);
    }

    [Theory]
    [MemberData(nameof(GarbageAuthorizations))]
    public async Task A_garbage_Authorization_gives_401_AUTH_INVALID_TOKEN_without_echoing_it(string authorization)
    {
        var value = authorization.Replace("{tampered}", Tampered(api.Owner.Token!));
        var response = await api.SendBareAsync(HttpMethod.Get, "/companies", r => r.Headers.TryAddWithoutValidation("Authorization", value));
        var credential = value.Contains(' ') ? value[(value.IndexOf(' ') + 1)..] : "";
        await Refusal.RequireAsync(response, 401, ErrorCodes.AuthInvalidToken, credential.Length >= 12 ? credential[..12] : "");
    }

    [Theory]
    [MemberData(nameof(GarbageApiKeys))]
    public async Task A_garbage_X_API_Key_gives_401_AUTH_INVALID_TOKEN_without_echoing_it(string key)
    {
        var response = await api.SendBareAsync(HttpMethod.Get, "/companies", r => r.Headers.TryAddWithoutValidation("X-API-Key", key));
        await Refusal.RequireAsync(response, 401, ErrorCodes.AuthInvalidToken, key.Length >= 12 ? key[..12] : "");
    }

    [Theory]
    [InlineData("api_session=garbage-0123456789")]
    [InlineData("api_session=")]
    [InlineData("api_session=%00%ff")]
    public async Task A_garbage_session_cookie_gives_401_or_is_ignored(string cookie)
    {
        var response = await api.SendBareAsync(HttpMethod.Get, "/companies", r => r.Headers.TryAddWithoutValidation("Cookie", cookie));
        var refused = await Refusal.RequireAsync(response, "garbage-0123456789");
        Assert.Contains(refused["code"]!.GetValue<string>(), new[] { ErrorCodes.AuthInvalidToken, ErrorCodes.AuthMissing });
    }

    [Theory]
    [InlineData("If-None-Match", "garbage")]
    [InlineData("If-None-Match", "W/\"\"")]
    [InlineData("Accept", "text/html")]
    [InlineData("Accept-Language", "xx-INVALID-;;;")]
    [InlineData("X-Forwarded-For", "127.0.0.1, ' OR 1=1")]
    [InlineData("X-Request-Id", "<script>alert(1)</script>")]
    public async Task Other_garbage_headers_do_not_change_a_good_answer(string header, string value) =>
        await Expect.StatusAsync(await api.Owner.GetAsync("/companies", r => r.Headers.TryAddWithoutValidation(header, value)), 200);

    /// <summary>A real access token with its signature's last characters changed.</summary>
    private static string Tampered(string token) => token[..^4] + (token.EndsWith("AAAA", StringComparison.Ordinal) ? "BBBB" : "AAAA");
}

public sealed class HostileHeaderTestsOnSqlite(SqliteHostileApi api) : HostileHeaderTests<SqliteHostileApi>(api), IClassFixture<SqliteHostileApi>;

public sealed class HostileHeaderTestsOnPostgres(PostgresHostileApi api) : HostileHeaderTests<PostgresHostileApi>(api), IClassFixture<PostgresHostileApi>;
