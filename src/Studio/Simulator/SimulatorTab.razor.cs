using System.Text.Json;
using ApiStudio.Studio.Editor;
using ApiStudio.Studio.Problems;
using Microsoft.AspNetCore.Components;
using Radzen;

namespace ApiStudio.Studio.Simulator;

public sealed partial class SimulatorTab
{
    private static readonly string[] Methods = ["GET", "POST", "PATCH", "DELETE", "HEAD"];

    private string? personaId;
    private string method = "GET";
    private string? path;
    private string? organizationHeader;
    private string? body;
    private bool busy;
    private string? buildError;
    private SimulationEntry? current;
    private IReadOnlyList<string> paths = [];

    [Inject] private DefinitionEditor Editor { get; set; } = null!;

    [Inject] private EditorLocation Location { get; set; } = null!;

    [Inject] private SimulatorSession Session { get; set; } = null!;

    /// <summary>Malformed JSON is flagged while typing; it can still be sent, to see the API's own 400.</summary>
    private string? BodyProblem
    {
        get
        {
            if (string.IsNullOrWhiteSpace(body))
            {
                return null;
            }

            try
            {
                using var _ = JsonDocument.Parse(body);
                return null;
            }
            catch (JsonException exception)
            {
                return $"Malformed JSON (line {exception.LineNumber + 1}, position {exception.BytePositionInLine + 1}); the API will answer 400.";
            }
        }
    }

    protected override async Task OnInitializedAsync()
    {
        Session.Changed += OnSessionChanged;
        path = Editor.Definition.Tables.FirstOrDefault() is { } table ? $"{Editor.Definition.Project.BasePath}/{table.Name}" : null;
        await BuildAsync(force: false);
        personaId = Session.Sandbox?.Personas.FirstOrDefault(p => p.Kind == PersonaKind.User)?.Id;
    }

    private async Task BuildAsync(bool force)
    {
        try
        {
            var sandbox = await Session.EnsureAsync(Editor.Definition, force);
            paths = RequestPaths.For(Editor.Definition, sandbox.Records);
            buildError = null;
        }
        catch (InvalidOperationException exception)
        {
            buildError = exception.Message;
        }
    }

    private Task RebuildAsync() => BuildAsync(force: true);

    private async Task<string> AddKeyAsync(KeyPersonaRequest key) =>
        (await Session.AddApiKeyAsync(Editor.Definition, key.Organization, key.Secret, key.Scopes, key.Environment)).Id;

    private async Task SendAsync()
    {
        if (string.IsNullOrWhiteSpace(path) || personaId is null)
        {
            return;
        }

        busy = true;
        try
        {
            await BuildAsync(force: false);
            if (buildError is not null)
            {
                return;
            }

            var headers = string.IsNullOrWhiteSpace(organizationHeader)
                ? new Dictionary<string, string>()
                : new Dictionary<string, string> { ["X-Organization-Id"] = organizationHeader.Trim() };
            current = await Session.SendAsync(Editor.Definition, new SimulatedRequest(method, path.Trim(), body, personaId) { Headers = headers });
        }
        finally
        {
            busy = false;
        }
    }

    private async Task RerunAsync(SimulationEntry entry)
    {
        await BuildAsync(force: false);
        if (buildError is null)
        {
            current = await Session.RerunAsync(Editor.Definition, entry);
        }
    }

    private async Task RerunAllAsync()
    {
        foreach (var entry in Session.History.ToList())
        {
            await RerunAsync(entry);
        }
    }

    private void Show(SimulationEntry entry)
    {
        current = entry;
        (method, path, body, personaId) = (entry.Request.Method, entry.Request.Path, entry.Request.Body, entry.Request.PersonaId);
    }

    private void OpenRule(string definitionPath)
    {
        var target = DiagnosticLocation.Resolve(Editor.Definition, definitionPath);
        Location.GoTo(target.Section, target.TableName, target.TableTab, target.FocusPath);
    }

    private string PersonaLabel(string id) => Session.Sandbox?.Personas.FirstOrDefault(p => p.Id == id)?.Label ?? id;

    private static BadgeStyle StatusStyle(int status) => status switch
    {
        < 300 => BadgeStyle.Success,
        < 400 => BadgeStyle.Info,
        < 500 => BadgeStyle.Warning,
        _ => BadgeStyle.Danger,
    };

    private void OnSessionChanged() => InvokeAsync(StateHasChanged);

    public void Dispose() => Session.Changed -= OnSessionChanged;
}
