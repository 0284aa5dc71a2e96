using ApiStudio.Studio.Editor;
using Microsoft.AspNetCore.Components;

namespace ApiStudio.Studio.Projects;

/// <summary>
/// A component that shows part of the open design. Blazor does not re-render a child whose parameters
/// did not change, so each one follows <see cref="DefinitionEditor.Changed"/> itself.
/// </summary>
public abstract class EditorBoundComponent : ComponentBase, IDisposable
{
    [Inject]
    protected DefinitionEditor Editor { get; set; } = default!;

    protected override void OnInitialized() => Editor.Changed += OnEditorChanged;

    public void Dispose()
    {
        Editor.Changed -= OnEditorChanged;
        OnDisposed();
        GC.SuppressFinalize(this);
    }

    /// <summary>Called after the component stopped following the editor.</summary>
    protected virtual void OnDisposed()
    {
    }

    /// <summary>Called when the design changed; by default only re-renders.</summary>
    protected virtual Task OnEditorChangedAsync() => Task.CompletedTask;

    private void OnEditorChanged() => _ = InvokeAsync(async () =>
    {
        await OnEditorChangedAsync();
        StateHasChanged();
    });
}
