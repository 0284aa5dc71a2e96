using System.Net;
using System.Net.Http.Headers;
using ApiStudio.Runtime.Tests.Pipeline;

namespace ApiStudio.Runtime.Tests.Endpoints;

/// <summary>Every read route answers HEAD as it answers GET: same status, same headers, the same refusals.</summary>
public sealed class HeadRequestTests : IAsyncLifetime
{
    private TestApi api = null!;
    private Persona sales = null!;
    private string companyId = "";

    public async Task InitializeAsync()
    {
        api = await TestApi.StartSampleAsync("crm.api.json");
        var (orgId, owner) = await api.CreateOrganizationAsync("acme");
        sales = await api.MemberAsync(orgId, owner, "sales");
        var created = await Expect.StatusAsync(await sales.PostAsync("/companies", new { name = "Acme Ltd" }), 201);
        companyId = created["id"]!.GetValue<string>();
    }

    public async Task DisposeAsync() => await api.DisposeAsync();

    [Theory]
    [InlineData("/companies")]
    [InlineData("/companies/{id}")]
    [InlineData("/deals/views/pipeline")]
    public async Task A_HEAD_on_a_read_route_answers_as_its_GET_does(string path)
    {
        path = path.Replace("{id}", companyId, StringComparison.Ordinal);
        using var get = await sales.GetAsync(path);

        using var head = await sales.SendAsync(HttpMethod.Head, path, null);

        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Equal(get.StatusCode, head.StatusCode);
        Assert.Equal(get.Content.Headers.ContentType, head.Content.Headers.ContentType);
        Assert.Equal(get.Headers.ETag, head.Headers.ETag);
    }

    [Fact]
    public async Task A_HEAD_with_the_current_ETag_answers_304()
    {
        using var get = await sales.GetAsync($"/companies/{companyId}");

        using var head = await sales.SendAsync(HttpMethod.Head, $"/companies/{companyId}", null, r => r.Headers.IfNoneMatch.Add(get.Headers.ETag!));

        Assert.Equal(HttpStatusCode.NotModified, head.StatusCode);
    }

    [Fact]
    public async Task A_HEAD_without_credentials_is_refused_with_401_like_a_GET()
    {
        using var head = await api.Anonymous.SendAsync(HttpMethod.Head, "/companies", null);

        Assert.Equal(HttpStatusCode.Unauthorized, head.StatusCode);
    }

    [Fact]
    public async Task The_caller_and_the_document_answer_HEAD()
    {
        using var me = await sales.SendAsync(HttpMethod.Head, "/auth/me", null);
        using var document = await api.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/openapi.json"));
        using var documentGet = await api.Client.GetAsync("/openapi.json");

        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        Assert.Equal(HttpStatusCode.OK, document.StatusCode);
        Assert.Equal(documentGet.Content.Headers.ContentLength, document.Content.Headers.ContentLength);
        Assert.Empty(await document.Content.ReadAsByteArrayAsync());
    }
}
