namespace ApiStudio.Runtime.Definition;

/// <summary>Marks a property written to api.json even when it holds its default value.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class AlwaysWrittenAttribute : Attribute;
