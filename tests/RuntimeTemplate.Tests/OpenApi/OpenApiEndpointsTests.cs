using System.Net;
using System.Text.Json.Nodes;
using ApiStudio.Runtime.OpenApi;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace ApiStudio.Runtime.Tests.OpenApi;

public sealed class OpenApiEndpointsTests : IAsyncLifetime
{
    private WebApplication app = null!;
    private HttpClient client = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddApiHealthChecks();
        app = builder.Build();
        app.MapOpenApiDocument(SampleDocuments.Definition("crm"));
        await app.StartAsync();
        client = app.GetTestClient();
    }

    public async Task DisposeAsync()
    {
        client.Dispose();
        await app.DisposeAsync();
    }

    [Fact]
    public async Task Openapi_json_is_served_as_application_json_and_equals_the_built_document()
    {
        var response = await client.GetAsync(OpenApiEndpoints.DocumentPath);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(OpenApiDocumentBuilder.Serialize(SampleDocuments.Definition("crm")), text);
        Assert.Equal("3.1.0", (string?)JsonNode.Parse(text)!["openapi"]);
    }

    [Fact]
    public async Task Openapi_json_answers_304_when_the_etag_matches()
    {
        var first = await client.GetAsync(OpenApiEndpoints.DocumentPath);
        using var again = new HttpRequestMessage(HttpMethod.Get, OpenApiEndpoints.DocumentPath);
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        var second = await client.SendAsync(again);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }

    [Fact]
    public async Task Docs_redirects_to_swagger_ui_which_serves_html_pointing_at_openapi_json()
    {
        var redirect = await client.GetAsync("/docs");
        Assert.Equal(HttpStatusCode.MovedPermanently, redirect.StatusCode);
        var target = new Uri(new Uri(client.BaseAddress!, "/docs"), redirect.Headers.Location!);

        var page = await client.GetAsync(target);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("/docs/index.html", target.AbsolutePath);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("swagger-ui", html);
        Assert.Contains("crm API", html);
    }

    [Fact]
    public async Task Docs_serves_swagger_ui_assets_and_its_configuration_names_the_document()
    {
        var bundle = await client.GetAsync("/docs/swagger-ui-bundle.js");
        var config = await client.GetStringAsync("/docs/index.js");

        Assert.Equal(HttpStatusCode.OK, bundle.StatusCode);
        Assert.Contains("../openapi.json", config);
    }

    [Fact]
    public async Task Health_answers_status_ok()
    {
        var response = await client.GetAsync(OpenApiEndpoints.HealthPath);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("""{"status":"ok"}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Mapping_without_the_health_check_services_fails_with_a_clear_message()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        await using var bare = builder.Build();

        var error = Assert.Throws<InvalidOperationException>(() => bare.MapOpenApiDocument(SampleDocuments.Definition("crm")));

        Assert.Contains(nameof(OpenApiEndpoints.AddApiHealthChecks), error.Message);
    }
}
