using ApiStudio.Runtime.Validation;
using Radzen;

namespace ApiStudio.Studio.Problems;

/// <summary>The icon and colour each severity is shown with, the same in the panel and next to elements.</summary>
public static class SeverityIcons
{
    public static string Icon(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "info",
    };

    public static IconStyle Style(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => IconStyle.Danger,
        DiagnosticSeverity.Warning => IconStyle.Warning,
        _ => IconStyle.Info,
    };
}
