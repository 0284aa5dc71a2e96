using ApiStudio.Runtime.Definition;
using ApiStudio.Runtime.Validation;
using ApiStudio.Studio.Editor;
using ApiStudio.Studio.Store;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Routing;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.JSInterop;
using Radzen;

namespace ApiStudio.Studio.Projects;

/// <summary>
/// The shell of an open project: loads its latest revision into the circuit's <see cref="DefinitionEditor"/>,
/// saves revisions (resolving conflicts with another tab's saves), and hosts the section tabs.
/// </summary>
public sealed partial class ProjectPage
{
    private DotNetObjectReference<ProjectPage>? selfReference;
    private IJSObjectReference? shortcuts;
    private Guid loadedId;
    private PageState state = PageState.Loading;
    private string? projectName;
    private IReadOnlyList<Diagnostic> loadDiagnostics = [];
    private string message = "";
    private bool saving;

    [Parameter]
    public Guid Id { get; set; }

    [Inject]
    private ProjectStore Store { get; set; } = default!;

    [Inject]
    private DefinitionEditor Editor { get; set; } = default!;

    [Inject]
    private EditorLocation Location { get; set; } = default!;

    [Inject]
    private DialogService DialogService { get; set; } = default!;

    [Inject]
    private NotificationService NotificationService { get; set; } = default!;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    public static string RouteFor(Guid id) => $"/projects/{id}";

    protected override void OnInitialized()
    {
        Editor.Changed += OnStateChanged;
        Location.Changed += OnStateChanged;
    }

    protected override async Task OnParametersSetAsync()
    {
        if (Id != loadedId)
        {
            loadedId = Id;
            Location.GoTo(EditorSection.Tables);
            await LoadLatestAsync();
        }
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender && RendererInfo.IsInteractive)
        {
            selfReference = DotNetObjectReference.Create(this);
            var module = await JS.InvokeAsync<IJSObjectReference>("import", "./js/editor-shortcuts.js");
            shortcuts = await module.InvokeAsync<IJSObjectReference>("register", selfReference);
        }
    }

    [JSInvokable]
    public Task SaveFromShortcutAsync() => InvokeAsync(SaveAsync);

    [JSInvokable]
    public Task UndoFromShortcutAsync() => InvokeAsync(Editor.Undo);

    [JSInvokable]
    public Task RedoFromShortcutAsync() => InvokeAsync(Editor.Redo);

    public async ValueTask DisposeAsync()
    {
        Editor.Changed -= OnStateChanged;
        Location.Changed -= OnStateChanged;
        try
        {
            if (shortcuts is not null)
            {
                await shortcuts.InvokeVoidAsync("dispose");
                await shortcuts.DisposeAsync();
            }
        }
        catch (JSDisconnectedException)
        {
            // The browser is gone, and its listener with it.
        }

        selfReference?.Dispose();
    }

    private async Task LoadLatestAsync()
    {
        state = PageState.Loading;
        var latest = await Store.GetLatestAsync(Id);
        if (latest is null)
        {
            state = PageState.NotFound;
            return;
        }

        projectName = latest.ProjectName;
        var parsed = DefinitionJson.Parse(latest.DefinitionJson);
        if (parsed.Definition is not { } definition)
        {
            loadDiagnostics = parsed.Diagnostics;
            state = PageState.Unreadable;
            return;
        }

        Editor.Load(Id, latest.Revision.Number, definition);
        state = PageState.Ready;
    }

    private async Task SaveAsync()
    {
        if (state != PageState.Ready || saving)
        {
            return;
        }

        if (!Editor.IsDirty)
        {
            NotificationService.Notify(NotificationSeverity.Info, "Nothing to save", $"Revision {Editor.BaseRevision} is up to date.");
            return;
        }

        saving = true;
        try
        {
            var baseRevision = Editor.BaseRevision;
            while (true)
            {
                var definition = Editor.Definition;
                var result = await Store.SaveAsync(Id, baseRevision, definition, message);
                switch (result.Outcome)
                {
                    case StoreOutcome.Done:
                        MarkSaved(definition, result.Revision!);
                        return;
                    case StoreOutcome.Conflict:
                        var choice = await AskAboutConflictAsync(result.Revision!);
                        if (choice == SaveConflictChoice.SaveAnyway)
                        {
                            baseRevision = result.Revision!.Number;
                            continue;
                        }

                        if (choice == SaveConflictChoice.Reload)
                        {
                            await LoadLatestAsync();
                            NotificationService.Notify(NotificationSeverity.Info, $"Loaded revision {Editor.BaseRevision}");
                        }

                        return;
                    default:
                        NotificationService.Notify(new NotificationMessage
                        {
                            Severity = NotificationSeverity.Error,
                            Summary = "Not saved: the project was deleted",
                            Detail = "Your edits are still open here. Create a new project and paste them in to keep them.",
                            Duration = 15_000,
                        });
                        return;
                }
            }
        }
        finally
        {
            saving = false;
        }
    }

    private void MarkSaved(ApiDefinition definition, RevisionSummary revision)
    {
        // Edits made while the save was in flight stay unsaved: only what was written counts as saved.
        if (ReferenceEquals(definition, Editor.Definition))
        {
            Editor.MarkSaved(revision.Number);
        }

        message = "";
        NotificationService.Notify(NotificationSeverity.Success, $"Saved revision {revision.Number}");
    }

    private async Task<SaveConflictChoice?> AskAboutConflictAsync(RevisionSummary latest)
    {
        var answer = await DialogService.OpenAsync<SaveConflictDialog>("Saved elsewhere meanwhile",
            new Dictionary<string, object?>
            {
                [nameof(SaveConflictDialog.Latest)] = latest,
                [nameof(SaveConflictDialog.BaseRevision)] = Editor.BaseRevision,
            },
            new DialogOptions { Width = "44rem", CloseDialogOnEsc = true });
        return answer as SaveConflictChoice?;
    }

    private async Task SaveOnEnterAsync(KeyboardEventArgs e)
    {
        if (e.Key == "Enter")
        {
            await SaveAsync();
        }
    }

    private void OnTabChanged(int index) => Location.GoTo((EditorSection)index);

    private async Task ConfirmLeaveAsync(LocationChangingContext context)
    {
        if (!Editor.IsDirty)
        {
            return;
        }

        var leave = await DialogService.Confirm(
            "Your edits are not saved. Leave this project and lose them?", "Unsaved changes",
            new ConfirmOptions { OkButtonText = "Leave", CancelButtonText = "Stay", CloseDialogOnEsc = true });
        if (leave != true)
        {
            context.PreventNavigation();
        }
    }

    private void OnStateChanged() => _ = InvokeAsync(StateHasChanged);
}
