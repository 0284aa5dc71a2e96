using ApiStudio.Runtime.Definition;
using ApiStudio.Studio.Editor;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Radzen;

namespace ApiStudio.Studio.Tests.Tables;

/// <summary>
/// A bunit context with what the project page gives the tables workspace and the problems panel:
/// Radzen's services, the editor loaded with the CRM sample, and the editor location.
/// </summary>
public abstract class DesignerContext : BunitContext
{
    protected DesignerContext()
    {
        // Radzen components call into Radzen.Blazor.js; those calls have no effect worth asserting here.
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddRadzenComponents();
        Services.AddScoped<DefinitionEditor>();
        Services.AddScoped<EditorLocation>();
        Editor.Load(Guid.NewGuid(), 1, Samples.Crm);
    }

    protected DefinitionEditor Editor => Services.GetRequiredService<DefinitionEditor>();

    protected EditorLocation Location => Services.GetRequiredService<EditorLocation>();

    protected TableDefinition TableNamed(string name) => Editor.Definition.FindTable(name)
        ?? throw new InvalidOperationException($"No table {name} in the design.");

    protected void Open(string table, TableTab tab, string? focusPath = null) =>
        Location.GoTo(EditorSection.Tables, table, tab, focusPath);
}
