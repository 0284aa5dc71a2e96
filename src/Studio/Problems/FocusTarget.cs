using ApiStudio.Studio.Editor;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using Microsoft.JSInterop;

namespace ApiStudio.Studio.Problems;

/// <summary>
/// Wraps an element that a diagnostic can point at: when <see cref="EditorLocation.FocusPath"/> lies
/// within <see cref="Path"/>, the element is highlighted and scrolled into view (by focusing it).
/// </summary>
public sealed class FocusTarget : ComponentBase, IDisposable
{
    private const string HighlightStyle = "outline: 2px solid var(--rz-warning, #f9a825); outline-offset: 2px; border-radius: 4px;";

    private ElementReference element;
    private string? scrolledTo;

    [Inject] private EditorLocation Location { get; set; } = null!;

    [Parameter, EditorRequired] public string Path { get; set; } = "";

    /// <summary>Further paths of the same element, such as every guard list entry of one field.</summary>
    [Parameter] public IReadOnlyList<string>? AlsoPaths { get; set; }

    /// <summary>Highlight only when the focus path is exactly this element's, not one inside it.</summary>
    [Parameter] public bool Exact { get; set; }

    [Parameter] public string TagName { get; set; } = "div";

    [Parameter] public string? Class { get; set; }

    [Parameter] public RenderFragment? ChildContent { get; set; }

    [Parameter(CaptureUnmatchedValues = true)] public IReadOnlyDictionary<string, object>? Attributes { get; set; }

    public bool IsFocused => Location.FocusPath is { } focus
        && (AlsoPaths is null ? [Path] : AlsoPaths.Prepend(Path)).Any(p => Exact ? focus == p : DiagnosticPaths.IsWithin(focus, p));

    protected override void OnInitialized() => Location.Changed += OnLocationChanged;

    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        var focused = IsFocused;
        builder.OpenElement(0, TagName);
        builder.AddMultipleAttributes(1, Attributes);
        builder.AddAttribute(2, "class", $"focus-target {Class} {(focused ? "is-focused" : "")}".Trim());
        builder.AddAttribute(3, "data-path", Path);
        builder.AddAttribute(4, "tabindex", "-1");
        if (focused)
        {
            builder.AddAttribute(5, "style", HighlightStyle);
        }

        builder.AddElementReferenceCapture(6, e => element = e);
        builder.AddContent(7, ChildContent);
        builder.CloseElement();
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        // Focusing scrolls the element into view without any script of our own; done once per new focus path.
        if (IsFocused && scrolledTo != Location.FocusPath)
        {
            scrolledTo = Location.FocusPath;
            try
            {
                await element.FocusAsync();
            }
            catch (JSException)
            {
                // The element left the page (another tab opened) before the browser got the call.
            }
        }
        else if (!IsFocused)
        {
            scrolledTo = null;
        }
    }

    private void OnLocationChanged() => InvokeAsync(StateHasChanged);

    public void Dispose() => Location.Changed -= OnLocationChanged;
}
