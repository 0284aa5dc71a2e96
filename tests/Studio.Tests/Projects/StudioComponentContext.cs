using ApiStudio.Runtime.Definition;
using ApiStudio.Studio.Editor;
using ApiStudio.Studio.Projects;
using ApiStudio.Studio.Store;
using ApiStudio.Studio.Tests.Store;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Radzen;

namespace ApiStudio.Studio.Tests.Projects;

/// <summary>
/// A bunit context with what the Studio's components expect: Radzen's services, the circuit's editor
/// and location, the samples and a real project store on a temporary SQLite file.
/// </summary>
public abstract class StudioComponentContext : BunitContext, IAsyncLifetime
{
    private TemporaryStore? store;

    protected StudioComponentContext()
    {
        // Radzen components call into Radzen.Blazor.js; the calls have no effect worth asserting here.
        JSInterop.Mode = JSRuntimeMode.Loose;
        JSInterop.SetupModule("./js/editor-shortcuts.js").Mode = JSRuntimeMode.Loose;
        Services.AddRadzenComponents();
        Services.AddScoped<DefinitionEditor>();
        Services.AddScoped<EditorLocation>();
        Services.AddSingleton(new SampleCatalog(Path.Combine(AppContext.BaseDirectory, "samples")));
        // Resolved on first use, after InitializeAsync created the store.
        Services.AddSingleton(_ => TemporaryStore.Projects);
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    protected TemporaryStore TemporaryStore => store ?? throw new InvalidOperationException("InitializeAsync has not run.");

    protected ProjectStore Store => TemporaryStore.Projects;

    protected DefinitionEditor Editor => Services.GetRequiredService<DefinitionEditor>();

    public virtual async Task InitializeAsync()
    {
        store = await TemporaryStore.CreateAsync();
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        if (store is not null)
        {
            await store.DisposeAsync();
        }
    }

    /// <summary>Loads <paramref name="definition"/> into the editor as revision 1 of a made-up project.</summary>
    protected void LoadIntoEditor(ApiDefinition definition, int revision = 1) =>
        Editor.Load(Guid.NewGuid(), revision, definition);

    protected static ApiDefinition Sample(string name) =>
        DefinitionJson.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", name + ".api.json"))).Definition!;
}
