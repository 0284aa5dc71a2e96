using ApiStudio.Runtime.Definition;

namespace ApiStudio.Generator.Export;

/// <summary>The handler class of one action: <c>DealsAdvanceHandler</c> for action advance of table deals.</summary>
public sealed record ActionHandlerModel(TableDefinition Table, ActionDefinition Action, string ClassName)
{
    public string GeneratedPath => $"{ExportLayout.ActionsFolder}/{ClassName}.cs";

    public string CustomPath => $"{ExportLayout.CustomFolder}/{ExportLayout.ActionsFolder}/{ClassName}.cs";
}
