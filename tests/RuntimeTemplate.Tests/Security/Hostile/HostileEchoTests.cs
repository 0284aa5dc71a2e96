using System.Net.Http.Headers;
using ApiStudio.Runtime.Errors;
using ApiStudio.Runtime.Tests.Pipeline;

namespace ApiStudio.Runtime.Tests.Security.Hostile;

/// <summary>
/// Error bodies echo the request (method, URL, redacted body): whatever the shape of a refused request, a password,
/// token, key or masked value in it must never come back.
/// </summary>
public abstract class HostileEchoTests<TApi>(TApi api) where TApi : HostileApi
{
    private const string Password = "Correct-Horse-Battery-9";

    public static TheoryData<string, string> SignInBodies()
    {
        var data = new TheoryData<string, string>();
        string[] bodies =
        [
            $"{{\"email\":\"a@b.co\",\"password\":\"{Password}\"",
            $"{{\"email\":\"a@b.co\",\"password\":\"{Password}",
            $"{{\"email\":\"a@b.co\",\"password\":\"{Password}\"}}}}",
            $"{{\"email\":\"a@b.co\",\"password\":\"{Password}\",\"password\":\"{Password}\"}}",
            $"{{\"email\":\"a@b.co\",\"Password\":\"{Password}\",}}",
            $"{{\"email\":\"a@b.co\",\"password\":{Password}}}",
            $"{{\"user\":{{\"password\":\"{Password}\"}},",
            $"{{\"email\":\"a@b.co\",\"password\":\"{Password}\",\"name\":\"{new string('n', 5000)}\"",
            $"{{\"email\":\"a@b.co\",\"password\":[\"{Password}\"]}}",
        ];
        foreach (var path in new[] { "/auth/signup", "/auth/signin" })
        {
            foreach (var body in bodies)
            {
                data.Add(path, body);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SignInBodies))]
    public async Task Refused_sign_in_and_sign_up_bodies_never_echo_the_password(string path, string body) =>
        await Refusal.RequireAsync(await api.SendRawAsync(HttpMethod.Post, path, body), Password);

    [Theory]
    [InlineData("/auth/signin")]
    [InlineData("/auth/signup")]
    public async Task A_form_encoded_sign_in_never_echoes_the_password(string path) =>
        await Refusal.RequireAsync(await api.SendRawAsync(HttpMethod.Post, path, $"email=a%40b.co&password={Password}",
            contentType: "application/x-www-form-urlencoded"), 400, ErrorCodes.ValidationMalformedJson, Password);

    [Theory]
    [InlineData("/auth/signin", "{\"email\":\"a@b.co\",\"pass\\u0077ord\":\"" + Password + "\",\"x\":}")]
    [InlineData("/auth/signup", "{\"email\":\"a@b.co\",\"\\u0070assword\":\"" + Password + "\",\"\\u0070assword\":\"" + Password + "\"}")]
    public async Task A_malformed_body_with_an_escaped_password_key_never_echoes_the_password(string path, string body) =>
        await Refusal.RequireAsync(await api.SendRawAsync(HttpMethod.Post, path, body), 400, ErrorCodes.ValidationMalformedJson, Password);

    [Theory]
    [InlineData("{\"refreshToken\":\"rt-0123456789abcdef-secret\"")]
    [InlineData("{\"refreshToken\":\"rt-0123456789abcdef-secret\"}")]
    [InlineData("{\"refreshToken\":\"rt-0123456789abcdef-secret\",\"organizationId\":7}")]
    public async Task Refused_refresh_bodies_never_echo_the_refresh_token(string body) =>
        await Refusal.RequireAsync(await api.SendRawAsync(HttpMethod.Post, "/auth/refresh", body), "rt-0123456789abcdef-secret");

    [Fact]
    public async Task Sensitive_keys_in_a_refused_table_write_are_redacted_in_the_echo()
    {
        var body = "{\"name\":\"x\",\"apiKey\":\"ak-live-123456\",\"password\":\"pw-123456789\",\"clientSecret\":\"cs-123456789\","
            + "\"accessToken\":\"at-123456789\",\"otp\":\"otp-98765\"}";
        var refused = await Refusal.RequireAsync(await api.SendRawAsync(HttpMethod.Post, "/companies", body), 400, ErrorCodes.GuardFieldNotCreateable,
            "ak-live-123456", "pw-123456789", "cs-123456789", "at-123456789", "otp-98765");
        Assert.Contains(BodyRedaction.Redacted, refused["request"]!["body"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_refused_write_never_echoes_the_values_of_masked_columns()
    {
        var body = "{\"firstName\":\"A\",\"lastName\":\"B\",\"email\":\"masked.echo@hidden.example\",\"phone\":\"+1 555 000 1234\"}";
        await Refusal.RequireAsync(await api.SendRawAsync(HttpMethod.Post, "/contacts", body, api.Viewer), 403, ErrorCodes.AccessRoleRequired,
            "masked.echo@hidden.example", "+1 555 000 1234");
    }

    [Fact]
    public async Task Batch_errors_never_echo_the_values_of_masked_columns()
    {
        var body = "{\"records\":[{\"firstName\":\"A\",\"lastName\":\"B\",\"email\":\"batch.echo@hidden.example\",\"organizationId\":\"x\"}]}";
        var response = await api.SendRawAsync(HttpMethod.Post, "/contacts/batch", body, api.Sales);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(207, (int)response.StatusCode);
        Refusal.NeverEchoed(text, "batch.echo@hidden.example");
    }

    [Fact]
    public async Task A_refused_filter_on_a_masked_column_never_echoes_the_guessed_value() =>
        await Refusal.RequireAsync(await api.Sales.GetAsync($"/contacts?email={Uri.EscapeDataString(HostileApi.ContactEmail)}"),
            400, ErrorCodes.ValidationInvalidQuery, HostileApi.ContactEmail);

    [Fact]
    public async Task Garbage_credentials_are_never_echoed()
    {
        var jwt = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJzb21lb25lIn0.c2lnbmF0dXJlLWdhcmJhZ2UtMTIzNDU2Nzg5MA";
        var basic = Convert.ToBase64String("admin:Sup3r-Secret-Basic"u8.ToArray());
        var unknownKey = "sk_" + new string('a', 64);
        var cases = new (string Header, string Value, string Secret)[]
        {
            ("Authorization", "Bearer " + jwt, jwt),
            ("Authorization", "Basic " + basic, basic),
            ("Authorization", "Bearer " + unknownKey, unknownKey),
            ("X-API-Key", unknownKey, unknownKey),
            ("X-API-Key", "sk_" + new string('g', 64), new string('g', 64)),
            ("Cookie", "api_session=cookie-0123456789abcdef", "cookie-0123456789abcdef"),
        };
        foreach (var (header, value, secret) in cases)
        {
            var response = await api.SendBareAsync(HttpMethod.Get, "/companies", r => r.Headers.TryAddWithoutValidation(header, value));
            await Refusal.RequireAsync(response, 401, ErrorCodes.AuthInvalidToken, secret);
        }
    }

    [Fact]
    public async Task A_key_sent_in_Authorization_without_a_scheme_is_not_echoed()
    {
        var response = await api.SendBareAsync(HttpMethod.Get, "/companies", r => r.Headers.TryAddWithoutValidation("Authorization", api.SecretKey));
        await Refusal.RequireAsync(response, 401, ErrorCodes.AuthInvalidToken, api.SecretKey[..16]);
    }

    [Theory]
    [InlineData("/companies?nope=1&limit=0&nope=2")]
    [InlineData("/companies?Name=a&name=b")]
    [InlineData("/companies?search=a+b&limit=x")]
    public async Task The_echoed_url_is_the_url_as_sent_when_nothing_is_redacted(string path)
    {
        var response = await api.Owner.GetAsync(path);
        var refused = await Refusal.RequireAsync(response, 400, ErrorCodes.ValidationInvalidQuery);
        Assert.Equal(response.RequestMessage!.RequestUri!.PathAndQuery, refused["request"]!["url"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_sensitive_query_value_is_redacted_in_place_and_every_other_pair_echoed_as_sent()
    {
        var response = await api.Owner.GetAsync("/companies?limit=x&apiKey=sk-live-123456&Name=a+b&apiKey=two-secret-99");

        var refused = await Refusal.RequireAsync(response, 400, ErrorCodes.ValidationInvalidQuery, "sk-live-123456", "two-secret-99");

        Assert.Equal($"{api.Api.Base}/companies?limit=x&apiKey=%5BREDACTED%5D&Name=a+b&apiKey=%5BREDACTED%5D", refused["request"]!["url"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_wrong_password_is_answered_401_without_the_password()
    {
        var response = await api.Api.Client.PostAsync($"{api.Api.Base}/auth/signin",
            new StringContent($"{{\"email\":\"{api.Owner.Email}\",\"password\":\"{Password}\"}}", new MediaTypeHeaderValue("application/json")));
        await Refusal.RequireAsync(response, 401, ErrorCodes.AuthInvalidCredentials, Password);
    }

    [Fact]
    public async Task A_too_short_password_is_answered_400_without_the_password() =>
        await Refusal.RequireAsync(await api.SendRawAsync(HttpMethod.Post, "/auth/signup", "{\"email\":\"short@b.co\",\"password\":\"Pw-7x\"}"),
            400, ErrorCodes.ValidationFailed, "Pw-7x");
}

public sealed class HostileEchoTestsOnSqlite(SqliteHostileApi api) : HostileEchoTests<SqliteHostileApi>(api), IClassFixture<SqliteHostileApi>;

public sealed class HostileEchoTestsOnPostgres(PostgresHostileApi api) : HostileEchoTests<PostgresHostileApi>(api), IClassFixture<PostgresHostileApi>;
