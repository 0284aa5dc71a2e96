namespace ApiStudio.Studio.ErrorPreview;

/// <summary>An operation of a table as the preview's picker offers it.</summary>
public sealed record OperationChoice(string Key, string Label);
