using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using ApiStudio.Runtime.Errors;
using ApiStudio.Runtime.Data;
using ApiStudio.Runtime.Hosting;
using ApiStudio.Runtime.OpenApi;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ApiStudio.Runtime.Tests.OpenApi;

/// <summary>The document, the UI and health behind the whole runtime pipeline (errors, authentication, rate limits).</summary>
public sealed class RuntimeHostingTests : IAsyncLifetime
{
    private readonly SqliteConnection connection = new("Data Source=:memory:");
    private WebApplication app = null!;
    private HttpClient client = null!;

    public async Task InitializeAsync()
    {
        await connection.OpenAsync();
        var definition = SampleDocuments.Definition("hiring");
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddApiRuntime(
            new RuntimeOptions { Definition = definition, SigningKey = new string('k', 48) },
            new PropertyBagTableModel(definition),
            database => database.UseSqlite(connection));
        app = builder.Build();
        app.UseApiRuntime();
        await app.StartAsync();
        client = app.GetTestClient();
    }

    public async Task DisposeAsync()
    {
        client.Dispose();
        await app.DisposeAsync();
        await connection.DisposeAsync();
    }

    [Fact]
    public async Task Anonymous_caller_gets_the_document_the_ui_and_health()
    {
        var document = await client.GetAsync(OpenApiEndpoints.DocumentPath);
        var ui = await client.GetAsync("/docs/index.html");
        var bundle = await client.GetAsync("/docs/swagger-ui-bundle.js");
        var health = await client.GetAsync(OpenApiEndpoints.HealthPath);

        Assert.Equal(HttpStatusCode.OK, document.StatusCode);
        Assert.Equal(OpenApiDocumentBuilder.Serialize(SampleDocuments.Definition("hiring")), await document.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, ui.StatusCode);
        Assert.Equal(HttpStatusCode.OK, bundle.StatusCode);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal("""{"status":"ok"}""", await health.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Documented_example_is_the_body_the_runtime_answers_for_the_same_request()
    {
        var operation = SampleDocuments.Operation(SampleDocuments.Document("hiring"), "updateJob");
        var example = SampleDocuments.Example(operation, "401", ErrorCodes.AuthMissing)!;
        var echo = example["error"]!["request"]!;
        // Shared examples write the table and the record as {table} and {id}; the request names real ones.
        var idSchema = operation["parameters"]!.AsArray().Single(p => (string?)p!["name"] == "id")!["schema"]!;
        var id = (string?)idSchema["format"] == "uuid" ? "5d6f2a1e-8b3c-4e7d-9a0f-1c2b3d4e5f60" : "42";
        var url = ((string)echo["url"]!).Replace("{table}", "jobs", StringComparison.Ordinal).Replace("{id}", id, StringComparison.Ordinal);
        using var request = new HttpRequestMessage(HttpMethod.Patch, url)
        {
            Content = new StringContent((string)echo["body"]!, Encoding.UTF8, "application/json"),
        };

        var response = await client.SendAsync(request);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        // The request id is the only part that differs from one request to the next.
        body["error"]!["request"]!["requestId"] = (string)echo["requestId"]!;
        Assert.Equal(url, (string?)body["error"]!["request"]!["url"]);
        body["error"]!["request"]!["url"] = (string)echo["url"]!;
        Assert.Equal(example.ToJsonString(), body.ToJsonString());
    }
}
