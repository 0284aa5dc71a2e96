using ApiStudio.Runtime.Validation;

namespace ApiStudio.Studio.Store;

/// <summary>The result of creating, importing, renaming or duplicating a project.</summary>
public sealed record ProjectChange(StoreOutcome Outcome, ProjectSummary? Project, string? Error, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool Succeeded => Outcome == StoreOutcome.Done;

    public static ProjectChange Done(ProjectSummary project) => new(StoreOutcome.Done, project, null, []);

    public static ProjectChange Refused(StoreOutcome outcome, string error) => new(outcome, null, error, []);

    public static ProjectChange Invalid(IReadOnlyList<Diagnostic> diagnostics) =>
        new(StoreOutcome.DefinitionInvalid, null, "The definition has errors; nothing was saved.", diagnostics);
}
