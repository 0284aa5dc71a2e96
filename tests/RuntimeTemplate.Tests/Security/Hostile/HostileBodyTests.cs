using System.Text;
using ApiStudio.Runtime.Errors;
using ApiStudio.Runtime.Tests.Pipeline;

namespace ApiStudio.Runtime.Tests.Security.Hostile;

/// <summary>Bodies no client should send, on every endpoint that reads one: each gets a structured 4xx, never a 500.</summary>
public abstract class HostileBodyTests<TApi>(TApi api) where TApi : HostileApi
{
    public static TheoryData<string, string, string> MalformedJson => BodyEndpoints.With(
        "{", "{\"name\":", "{'name':'x'}", "{name:1}", "{\"name\":\"x\",}", "{\"name\":\"x\"} trailing", "{\"name\":NaN}",
        "/* comment */ {}", "\"unterminated", "{\"name\":\"\\x41\"}", "{\"a\":1}{\"b\":2}", "<xml/>", "name=x&password=y");

    public static TheoryData<string, string, string> NotAnObject => BodyEndpoints.With("[]", "[{\"name\":\"x\"}]", "\"text\"", "42", "true", "null");

    public static TheoryData<string, string, string> DuplicateKeys => BodyEndpoints.With(
        "{\"name\":\"a\",\"name\":\"b\"}",
        "{\"name\":\"a\",\"n\\u0061me\":\"b\"}",
        "{\"records\":[{\"name\":\"a\",\"name\":\"b\"}],\"ids\":[\"x\"]}");

    public static TheoryData<string, string, string> DeepNesting => BodyEndpoints.With(
        "{\"a\":" + new string('[', 40) + new string(']', 40) + "}",
        "{\"a\":" + new string('[', 50_000) + new string(']', 50_000) + "}",
        "{\"a\":" + string.Concat(Enumerable.Repeat("{\"a\":", 5_000)) + "1" + new string('}', 5_001));

    [Theory]
    [MemberData(nameof(MalformedJson))]
    public async Task Malformed_json_gives_400_VALIDATION_MALFORMED_JSON(string method, string path, string body) =>
        await Refusal.RequireAsync(await SendAsync(method, path, body), 400, ErrorCodes.ValidationMalformedJson);

    [Theory]
    [MemberData(nameof(NotAnObject))]
    public async Task A_body_that_is_not_an_object_gives_400_VALIDATION_MALFORMED_JSON(string method, string path, string body) =>
        await Refusal.RequireAsync(await SendAsync(method, path, body), 400, ErrorCodes.ValidationMalformedJson);

    [Theory]
    [MemberData(nameof(DuplicateKeys))]
    public async Task Duplicate_keys_anywhere_give_400_VALIDATION_MALFORMED_JSON(string method, string path, string body) =>
        await Refusal.RequireAsync(await SendAsync(method, path, body), 400, ErrorCodes.ValidationMalformedJson);

    [Theory]
    [MemberData(nameof(DeepNesting))]
    public async Task Deep_nesting_gives_400_or_413_without_exhausting_the_stack(string method, string path, string body)
    {
        // Account endpoints read at most 16 KB, so the longer documents are refused for their size first.
        var refused = await Refusal.RequireAsync(await SendAsync(method, path, body));
        Assert.Contains(refused["code"]!.GetValue<string>(), new[] { ErrorCodes.ValidationMalformedJson, ErrorCodes.ValidationBodyTooLarge });
    }

    [Fact]
    public async Task Invalid_utf8_gives_400_VALIDATION_MALFORMED_JSON()
    {
        foreach (var (method, path) in BodyEndpoints.All)
        {
            var response = await api.Owner.SendAsync(new HttpMethod(method), BodyEndpoints.Resolve(path, api), null,
                r => r.Content = new ByteArrayContent([(byte)'{', (byte)'"', 0xC3, 0x28, (byte)'"', (byte)':', (byte)'1', (byte)'}']));
            await Refusal.RequireAsync(response, 400, ErrorCodes.ValidationMalformedJson);
        }
    }

    [Theory]
    [InlineData("POST", "/companies")]
    [InlineData("PATCH", "/companies/{company}")]
    [InlineData("POST", "/companies/batch")]
    [InlineData("POST", "/deals/{deal}/advance")]
    public async Task A_body_over_1_MB_gives_413_VALIDATION_BODY_TOO_LARGE(string method, string path)
    {
        var body = "{\"name\":\"" + new string('x', 1024 * 1024 + 10) + "\"}";
        await Refusal.RequireAsync(await SendAsync(method, path, body), 413, ErrorCodes.ValidationBodyTooLarge);
    }

    [Theory]
    [InlineData("POST", "/companies")]
    [InlineData("POST", "/auth/signin")]
    public async Task A_body_over_the_limit_without_a_content_length_gives_413(string method, string path)
    {
        var bytes = Encoding.UTF8.GetBytes("{\"name\":\"" + new string('x', 1024 * 1024 + 10) + "\"}");
        var response = await api.Owner.SendAsync(new HttpMethod(method), path, null, r =>
        {
            r.Content = new StreamContent(new UnseekableStream(bytes));
            r.Content.Headers.ContentType = new("application/json");
        });
        await Refusal.RequireAsync(response, 413, ErrorCodes.ValidationBodyTooLarge);
    }

    [Theory]
    [InlineData("/auth/signup")]
    [InlineData("/auth/signin")]
    [InlineData("/organizations")]
    public async Task An_account_body_over_16_KB_gives_413_and_no_password_echo(string path)
    {
        var password = "Pw-" + new string('p', 20_000);
        var response = await api.SendRawAsync(HttpMethod.Post, path, $"{{\"email\":\"a@b.co\",\"password\":\"{password}\",\"name\":\"x\"}}");
        await Refusal.RequireAsync(response, 413, ErrorCodes.ValidationBodyTooLarge, password[..40]);
    }

    [Theory]
    [InlineData("/companies", "{\"name\":1}")]
    [InlineData("/companies", "{\"name\":[\"a\"]}")]
    [InlineData("/companies", "{\"name\":{\"$gt\":\"\"}}")]
    [InlineData("/companies", "{\"name\":true}")]
    [InlineData("/companies", "{\"name\":null}")]
    [InlineData("/companies", "{\"name\":\"ok\",\"website\":\"javascript:alert(1)\"}")]
    [InlineData("/companies", "{\"name\":\"ok\",\"domain\":\"%DOMAIN%\"}")]
    [InlineData("/deals", "{\"contactId\":123,\"title\":\"t\"}")]
    [InlineData("/deals", "{\"contactId\":\"' OR 1=1 --\",\"title\":\"t\"}")]
    [InlineData("/deals", "{\"contactId\":\"%CONTACT%\",\"title\":\"t\",\"amount\":\"1000\"}")]
    [InlineData("/deals", "{\"contactId\":\"%CONTACT%\",\"title\":\"t\",\"amount\":1e999}")]
    [InlineData("/deals", "{\"contactId\":\"%CONTACT%\",\"title\":\"t\",\"amount\":true}")]
    [InlineData("/contacts", "{\"firstName\":\"a\",\"lastName\":\"b\",\"email\":\"not an email\"}")]
    [InlineData("/contacts", "{\"firstName\":\"a\",\"lastName\":\"b\",\"status\":\"LEAD\"}")]
    [InlineData("/contacts", "{\"firstName\":\"a\",\"lastName\":\"b\",\"companyId\":\"00000000-0000-0000-0000-00000000000G\"}")]
    public async Task Values_of_the_wrong_type_or_shape_give_400_VALIDATION_FAILED(string path, string body)
    {
        body = body.Replace("%DOMAIN%", new string('d', 300)).Replace("%CONTACT%", api.ContactId);
        await Refusal.RequireAsync(await api.SendRawAsync(HttpMethod.Post, path, body), 400, ErrorCodes.ValidationFailed);
    }

    [Theory]
    [InlineData("{\"records\":{\"name\":\"x\"}}")]
    [InlineData("{\"records\":[]}")]
    [InlineData("{\"records\":[1,\"two\",null]}")]
    [InlineData("{\"records\":[{\"name\":\"x\"}],\"options\":\"atomic\"}")]
    [InlineData("{\"records\":[{\"name\":\"x\"}],\"options\":{\"atomic\":\"yes\"}}")]
    [InlineData("{\"records\":[{\"name\":\"x\"}],\"drop\":true}")]
    [InlineData("{\"records\":[%MANY%]}")]
    public async Task Hostile_batch_create_bodies_give_400(string body)
    {
        body = body.Replace("%MANY%", string.Join(',', Enumerable.Repeat("{\"name\":\"x\"}", 101)));
        var response = await api.SendRawAsync(HttpMethod.Post, "/companies/batch", body);
        var status = (int)response.StatusCode;
        if (status == 207)
        {
            // Records that are not objects fail one by one, each with its own structured error.
            var result = await Expect.StatusAsync(response, 207);
            Assert.All(result["errors"]!.AsArray(), e => Assert.Equal(ErrorCodes.ValidationMalformedJson, e!["error"]!["code"]!.GetValue<string>()));
            return;
        }

        await Refusal.RequireAsync(response);
        Assert.Equal(400, status);
    }

    [Theory]
    [InlineData("PATCH", "{\"records\":[{\"name\":\"no id\"}]}")]
    [InlineData("PATCH", "{\"records\":[{\"id\":null,\"name\":\"x\"}]}")]
    [InlineData("PATCH", "{\"records\":[\"%COMPANY%\"]}")]
    [InlineData("DELETE", "{\"ids\":[{\"id\":\"%COMPANY%\"}]}")]
    [InlineData("DELETE", "{\"ids\":[null]}")]
    [InlineData("DELETE", "{\"ids\":\"%COMPANY%\"}")]
    [InlineData("DELETE", "{}")]
    public async Task Batch_updates_and_deletes_without_usable_ids_give_400_BATCH_MISSING_IDS(string method, string body) =>
        await Refusal.RequireAsync(await SendAsync(method, "/companies/batch", body.Replace("%COMPANY%", api.CompanyId)),
            400, ErrorCodes.BatchMissingIds);

    [Fact]
    public async Task Setting_the_organization_of_another_tenant_gives_400_GUARD_SYSTEM_MANAGED_and_writes_nothing()
    {
        var body = $"{{\"name\":\"Hijack\",\"organizationId\":\"{api.OtherOrgId}\"}}";
        await Refusal.RequireAsync(await api.SendRawAsync(HttpMethod.Post, "/companies", body), 400, ErrorCodes.GuardSystemManaged);
        await Refusal.RequireAsync(await api.SendRawAsync(HttpMethod.Patch, $"/companies/{api.CompanyId}", body), 400, ErrorCodes.GuardSystemManaged);
        var list = await Expect.StatusAsync(await api.Owner.GetAsync("/companies?name=Hijack"), 200);
        Assert.Empty(list["data"]!.AsArray());
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("multipart/form-data; boundary=x")]
    public async Task A_non_json_content_type_with_a_non_json_body_gives_400(string contentType) =>
        await Refusal.RequireAsync(await api.SendRawAsync(HttpMethod.Post, "/companies", "name=x", contentType: contentType), 400, ErrorCodes.ValidationMalformedJson);

    private Task<HttpResponseMessage> SendAsync(string method, string path, string body) =>
        api.SendRawAsync(new HttpMethod(method), BodyEndpoints.Resolve(path, api), body);
}

public sealed class HostileBodyTestsOnSqlite(SqliteHostileApi api) : HostileBodyTests<SqliteHostileApi>(api), IClassFixture<SqliteHostileApi>;

public sealed class HostileBodyTestsOnPostgres(PostgresHostileApi api) : HostileBodyTests<PostgresHostileApi>(api), IClassFixture<PostgresHostileApi>;
