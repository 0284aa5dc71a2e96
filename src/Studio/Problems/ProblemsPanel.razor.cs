using ApiStudio.Runtime.Validation;
using ApiStudio.Studio.Editor;
using Microsoft.AspNetCore.Components;
using Radzen;

namespace ApiStudio.Studio.Problems;

/// <summary>
/// Every diagnostic of the open design, worst first, with counts per severity; a click takes the
/// editor to the element the diagnostic points at.
/// </summary>
public partial class ProblemsPanel
{
    private static readonly DiagnosticSeverity[] Severities = [DiagnosticSeverity.Error, DiagnosticSeverity.Warning, DiagnosticSeverity.Info];

    private readonly HashSet<DiagnosticSeverity> hidden = [];

    [Inject] private DefinitionEditor Editor { get; set; } = null!;

    [Inject] private EditorLocation Location { get; set; } = null!;

    private IReadOnlyList<Diagnostic> Visible => Editor.Diagnostics
        .Where(d => !hidden.Contains(d.Severity))
        .OrderBy(d => d.Severity)
        .ToList();

    protected override void OnInitialized()
    {
        Editor.Changed += OnChanged;
        Location.Changed += OnChanged;
    }

    private int CountOf(DiagnosticSeverity severity) => Editor.Diagnostics.Count(d => d.Severity == severity);

    private bool IsShown(DiagnosticSeverity severity) => !hidden.Contains(severity);

    private void Show(DiagnosticSeverity severity, bool on)
    {
        if (on)
        {
            hidden.Remove(severity);
        }
        else
        {
            hidden.Add(severity);
        }
    }

    private bool IsCurrent(Diagnostic diagnostic) => Location.FocusPath is { } focus && focus == diagnostic.Path;

    private void GoTo(Diagnostic diagnostic)
    {
        var target = DiagnosticLocation.Resolve(Editor.Definition, diagnostic);
        Location.GoTo(target.Section, target.TableName, target.TableTab, target.FocusPath);
    }

    private static string Plural(DiagnosticSeverity severity, int count) => severity switch
    {
        DiagnosticSeverity.Error => count == 1 ? "error" : "errors",
        DiagnosticSeverity.Warning => count == 1 ? "warning" : "warnings",
        _ => "info",
    };

    private static ButtonStyle ToggleStyle(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => ButtonStyle.Danger,
        DiagnosticSeverity.Warning => ButtonStyle.Warning,
        _ => ButtonStyle.Info,
    };

    private void OnChanged() => InvokeAsync(StateHasChanged);

    public void Dispose()
    {
        Editor.Changed -= OnChanged;
        Location.Changed -= OnChanged;
    }
}
