using System.Text.Json.Nodes;
using ApiStudio.Runtime.Errors;
using ApiStudio.Runtime.Tests.Pipeline;

namespace ApiStudio.Runtime.Tests.Security.Hostile;

/// <summary>
/// Hostile list queries: what cannot be interpreted is a structured 400 naming the parameter; what can is only data,
/// matched literally, never SQL, a wildcard or a way past the firewall.
/// </summary>
public abstract class HostileQueryTests<TApi>(TApi api) where TApi : HostileApi
{
    public static TheoryData<string> InvalidQueries()
    {
        var data = new TheoryData<string>();
        string[] queries =
        [
            "nope=1", "name.xx=1", "name.eq.eq=1", ".=1", "=1", "name=a&name=b", "Name=a&name=b", "name=%00", "name=a%0Ab",
            "name=" + new string('x', 10_000), "search=" + new string('s', 10_000), "sort=" + new string('s', 10_000),
            new string('n', 10_000) + "=1", "name.in=" + string.Join(',', Enumerable.Range(0, 101).Select(i => "v" + i)),
            "name.in=", "name.in=a,,b", "sort=name;DROP TABLE companies", "sort=-", "sort=,", "sort=name,name", "sort=nope",
            "fields=*", "fields=name,,id", "fields=password", "fields=" + new string('f', 9000), "limit=0", "limit=-1",
            "limit=1e3", "limit=99999999999999999999", "limit=101", "limit=%20", "offset=-1", "offset=99999999999", "page=0",
            "page=1&offset=1", "page=2147483647&limit=100", "total=maybe", "createdAt.gt=not-a-date", "createdAt.gt=2024-13-45",
            "id=not-a-uuid", "id=' OR 1=1 --", "id.like=abc", "organizationId.gt=x", "website.like=*a*b*c*d*e*",
            "createdAt.like=2024*", "name.in=a%00b",
        ];
        foreach (var query in queries)
        {
            data.Add(query);
        }

        return data;
    }

    public static TheoryData<string> LiteralValues() =>
    [
        "'; DROP TABLE companies;--", "\" OR \"\"=\"", "' OR '1'='1", "%", "_", "\\", "a%b_c\\d", "100%_real", "Zoë 🚀 中文",
        "$ne", "{\"$gt\":\"\"}", "*", "--", "/* */", "ǅemo", "NULL",
    ];

    [Theory]
    [MemberData(nameof(InvalidQueries))]
    public async Task Queries_that_cannot_be_interpreted_give_400_VALIDATION_INVALID_QUERY(string query) =>
        await Refusal.RequireAsync(await api.Owner.GetAsync("/companies?" + query), 400, ErrorCodes.ValidationInvalidQuery);

    [Theory]
    [MemberData(nameof(InvalidQueries))]
    public async Task Views_refuse_the_same_queries_with_a_structured_400(string query) =>
        await Refusal.RequireAsync(await api.Owner.GetAsync("/contacts/views/directory?" + query.Replace("name", "firstName")));

    [Theory]
    [MemberData(nameof(LiteralValues))]
    public async Task Sql_and_wildcard_characters_in_values_match_only_themselves(string value)
    {
        var name = $"lit-{Guid.NewGuid():N}-{value}";
        await Expect.StatusAsync(await api.Owner.PostAsync("/companies", new { name }), 201);
        var escaped = Uri.EscapeDataString(name);

        Assert.Equal([name], await NamesAsync($"/companies?name={escaped}"));
        Assert.Equal([name], await NamesAsync($"/companies?name.like={escaped}"));
        Assert.Equal([name], await NamesAsync($"/companies?name.in={escaped}&name.ne=x"));
        var searched = await NamesAsync($"/companies?search={Uri.EscapeDataString(value)}&limit=100");
        Assert.Contains(name, searched);
        Assert.All(searched, n => Assert.Contains(value.ToLowerInvariant(), n.ToLowerInvariant()));
        Assert.NotEmpty(await NamesAsync("/companies?name=Initech"));
    }

    [Theory]
    [InlineData("organizationId.ne=00000000-0000-0000-0000-000000000000")]
    [InlineData("organizationId.in=%OTHER%,%ORG%")]
    [InlineData("organizationId=%OTHER%")]
    [InlineData("search=%25")]
    [InlineData("name.like=*")]
    [InlineData("sort=-organizationId&limit=100")]
    public async Task No_query_reaches_rows_of_another_organization(string query)
    {
        await Expect.StatusAsync(await api.OtherOwner.PostAsync("/companies", new { name = "Other tenant's company" }), 201);
        var body = await Expect.StatusAsync(await api.Owner.GetAsync("/companies?" + query.Replace("%OTHER%", api.OtherOrgId).Replace("%ORG%", api.OrgId)), 200);
        Assert.All(body["data"]!.AsArray(), row => Assert.Equal(api.OrgId, row!["organizationId"]!.GetValue<string>()));
        Refusal.NeverEchoed(body.ToJsonString(), "Other tenant's company");
    }

    [Theory]
    [InlineData("limit=100&offset=2147483647")]
    [InlineData("page=21474836&limit=100")]
    [InlineData("createdAt.gt=0001-01-01T00:00:00Z&total=true")]
    [InlineData("createdAt.lt=9999-12-31T23:59:59.9999999Z&total=true")]
    [InlineData("name=%EF%BF%BD")]
    [InlineData("name=%ED%A0%80")]
    [InlineData("search=%F0%9F")]
    [InlineData("name=%C0%AE%C0%AE%2F")]
    [InlineData("name.like=" + "%25%25%25%25%25%25%25%25")]
    [InlineData("search=%25_%25_%25")]
    public async Task Extreme_but_valid_queries_answer_200(string query) =>
        await Expect.StatusAsync(await api.Owner.GetAsync("/companies?" + query), 200);

    [Theory]
    [InlineData("email=x")]
    [InlineData("phone.like=*5309")]
    [InlineData("sort=email")]
    [InlineData("email.in=a@b.co,paula.secret@hidden.example")]
    public async Task Filters_and_sorts_on_a_column_masked_for_the_caller_give_400(string query) =>
        await Refusal.RequireAsync(await api.Sales.GetAsync("/contacts?" + query), 400, ErrorCodes.ValidationInvalidQuery, HostileApi.ContactEmail);

    private async Task<List<string>> NamesAsync(string path)
    {
        var body = await Expect.StatusAsync(await api.Owner.GetAsync(path), 200);
        return body["data"]!.AsArray().Select(r => r!["name"]!.GetValue<string>()).ToList();
    }
}

public sealed class HostileQueryTestsOnSqlite(SqliteHostileApi api) : HostileQueryTests<SqliteHostileApi>(api), IClassFixture<SqliteHostileApi>;

public sealed class HostileQueryTestsOnPostgres(PostgresHostileApi api) : HostileQueryTests<PostgresHostileApi>(api), IClassFixture<PostgresHostileApi>;
