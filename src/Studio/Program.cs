using ApiStudio.Studio.Components;
using ApiStudio.Studio.Editor;
using ApiStudio.Studio.Projects;
using ApiStudio.Studio.Store;
using Radzen;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddRazorComponents()
    .AddInteractiveServerComponents()
    // A pasted api.json travels in one circuit message; the default 32 KB would drop the circuit.
    .AddHubOptions(hub => hub.MaximumReceiveMessageSize = 16 * 1024 * 1024);
builder.Services.AddRadzenComponents();

var store = builder.Configuration.GetSection(StoreOptions.Section).Get<StoreOptions>() ?? new StoreOptions();
builder.Services.AddProjectStore(store.Provider, store.ResolveConnectionString(builder.Environment.ContentRootPath));
builder.Services.AddSingleton(new SampleCatalog());
builder.Services.AddScoped<DefinitionEditor>();
builder.Services.AddScoped<EditorLocation>();
builder.Services.AddScoped<ApiStudio.Studio.Simulator.SimulatorSession>();

var app = builder.Build();

await app.Services.GetRequiredService<StoreSchema>().MigrateAsync();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/error", createScopeForErrors: true);
}
app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
app.UseAntiforgery();

app.MapStaticAssets();
app.MapProjectExport();
app.MapRazorComponents<App>()
    .AddInteractiveServerRenderMode();

app.Run();

// Lets WebApplicationFactory and test projects name the entry point's assembly.
public partial class Program;
